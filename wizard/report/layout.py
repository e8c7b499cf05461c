"""Pages of the brief: the document template, the footer that knows the page count, the
outline (bookmarks), the creation date, and how full each page was left."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from wizard.report import fonts
from wizard.report.para import Paragraph
from wizard.report.styles import FOOTER_GAP, MARGIN, MUTED, RULE, WARN

FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class Running:
    """What the header and the footer say, already translated."""

    header: str  # the organisation and project, shown above every page but the cover
    page_of: str  # "Page {page} of {pages}"
    rulebook: str
    prepared: str
    mark: str = ""  # a confidentiality mark, on every page when given


class _Stamp:
    """reportlab's TimeStamp for a given day: the PDF's creation date is the assessment's."""

    def __init__(self, day: dt.date) -> None:
        self.t = 0.0  # only seeds the file identifier, which must not follow the clock
        self.YMDhms = (day.year, day.month, day.day, 0, 0, 0)  # noqa: N815 - reportlab's name
        self.dhh = 0
        self.dmm = 0


def _fit(text: str, width: float, size: float) -> str:
    """`text` cut with an ellipsis so that it fits in `width` points."""
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def canvas_class(running: Running, created: dt.date | None = None) -> type[Canvas]:
    """A canvas that holds each page back until the end, to write "page x of y" on it."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.marks: list[tuple[str, float, float, int]] = []
            if created is not None:
                self._doc._timeStamp = _Stamp(created)
            self.showOutline()

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self.marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages):
                self.__dict__.update(state)
                self._draw_running(total)
                self._outline(number)
                super().showPage()
            super().save()

        def _outline(self, page: int) -> None:
            """Bookmarks for the headings on this page, made now that it is really output."""
            for index, (title, x, y, level) in enumerate(self.marks):
                key = f"p{page}-{index}"
                self.bookmarkHorizontalAbsolute(key, y, left=x)
                self.addOutlineEntry(title, key, level=level, closed=level > 0)

        def _draw_running(self, total: int) -> None:
            width, height = self._pagesize
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
            top = height - MARGIN + 8
            mark = ""
            if running.mark:
                mark = running.mark.upper()
                self.setFont(fonts.BOLD, FOOTER_SIZE)
                self.setFillColor(WARN)
                self.drawRightString(width - MARGIN, top, mark)
                self.setFont(fonts.REGULAR, FOOTER_SIZE)
                self.setFillColor(MUTED)
            if self._pageNumber > 1 and running.header:
                room = inner - (stringWidth(mark, fonts.BOLD, FOOTER_SIZE) + 12 if mark else 0)
                self.drawString(MARGIN, top, _fit(running.header, room, FOOTER_SIZE))
            if self._pageNumber > 1 or mark:
                self.line(MARGIN, top - 4, width - MARGIN, top - 4)
            self.restoreState()

    return NumberedCanvas


class Heading(Paragraph):
    """A heading that puts itself in the PDF's outline (bookmarks) where it is drawn.

    Drawing, not placing, adds the entry, so a heading inside a frame that is shrunk to fit
    (the summary) is bookmarked too.
    """

    def __init__(self, text: str, style: Any, level: int, title: str) -> None:
        super().__init__(text, style)
        self.level = level
        self.title = title

    def draw(self) -> None:
        canvas = self.canv
        marks = getattr(canvas, "marks", None)
        if marks is not None:  # the pages are output at the end: note where this one is
            x, y = canvas.absolutePosition(0, self.height + 4)
            marks.append((self.title, x, y, self.level))
        super().draw()


def tune() -> None:
    """Write streams as binary Flate, not ASCII85 on top: smaller, and without reportlab's
    C accelerator the pure-Python ASCII85 encoder takes a third of the build."""
    from reportlab import rl_config

    rl_config.useA85 = 0


class BriefDocument(BaseDocTemplate):
    """The brief's document; it notes how full the body frame was when each page ended."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fills: list[float] = []

    def handle_pageEnd(self) -> None:  # noqa: N802 - reportlab's name
        frame = self.frame
        self.fills.append(float((frame._y2 - frame._y) / (frame._y2 - frame._y1)))
        super().handle_pageEnd()


def document(target: Any, pagesize: tuple[float, float], **info: Any) -> BriefDocument:
    """The brief's document: every page one frame inside the margins, in invariant mode."""
    fonts.register()
    tune()
    width, height = pagesize
    doc = BriefDocument(
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
