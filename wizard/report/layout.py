"""Pages of the brief: the document template, and the footer that knows the page count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from wizard.report import fonts
from wizard.report.styles import FOOTER_GAP, MARGIN, MUTED, RULE

FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class Running:
    """What the header and the footer say, already translated."""

    header: str  # the organisation and project, shown above every page but the cover
    page_of: str  # "Page {page} of {pages}"
    rulebook: str
    prepared: str


def _fit(text: str, width: float, size: float) -> str:
    """`text` cut with an ellipsis so that it fits in `width` points."""
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def canvas_class(running: Running) -> type[Canvas]:
    """A canvas that holds each page back until the end, to write "page x of y" on it."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_running(total)
                super().showPage()
            super().save()

        def _draw_running(self, total: int) -> None:
            width, _ = self._pagesize
            inner = width - 2 * MARGIN
            y = MARGIN - FOOTER_GAP
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 10, width - MARGIN, y + 10)
            self.setFont(fonts.REGULAR, FOOTER_SIZE)
            self.setFillColor(MUTED)
            page = running.page_of.format(page=self._pageNumber, pages=total)
            self.drawString(MARGIN, y, page)
            self.drawCentredString(width / 2, y, running.rulebook)
            self.drawRightString(width - MARGIN, y, running.prepared)
            if self._pageNumber > 1 and running.header:
                top = self._pagesize[1] - MARGIN + 8
                self.drawString(MARGIN, top, _fit(running.header, inner, FOOTER_SIZE))
                self.line(MARGIN, top - 4, width - MARGIN, top - 4)
            self.restoreState()

    return NumberedCanvas


def tune() -> None:
    """Write streams as binary Flate, not ASCII85 on top: smaller, and without reportlab's
    C accelerator the pure-Python ASCII85 encoder takes a third of the build."""
    from reportlab import rl_config

    rl_config.useA85 = 0


def document(target: Any, pagesize: tuple[float, float], **info: Any) -> BaseDocTemplate:
    """The brief's document: every page one frame inside the margins, in invariant mode."""
    fonts.register()
    tune()
    width, height = pagesize
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
        **info,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        width - 2 * MARGIN,
        height - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
