"""What every part of the brief draws from, and the small helpers they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem

from wizard.core.assessment import Assessment
from wizard.core.i18n import Translate
from wizard.core.labels import OWNER_LABELS, SEVERITY_LABELS
from wizard.core.model import PathId
from wizard.core.paths import PATHS
from wizard.core.result import Result
from wizard.core.sources import KINDS, SOURCES
from wizard.report import texts
from wizard.report.para import Paragraph
from wizard.report.safety import inline, markup
from wizard.report.styles import Styles, styles

T = TypeVar("T")


@dataclass(frozen=True)
class Brief:
    """One brief being drawn: the assessment, its result, the language and the frame width."""

    assessment: Assessment
    result: Result
    translate: Translate
    width: float
    height: float = 0.0  # of the body frame
    consultant: str = ""
    logo: bytes | None = None
    confidential: bool = False
    lang: str = "en"
    _made: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def once(self, key: str, make: Callable[[], T]) -> T:
        """`make()` the first time `key` is asked for in this brief, the same object after."""
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]  # type: ignore[no-any-return]

    @property
    def s(self) -> Styles:
        """The paragraph styles."""
        return styles()

    def t(self, text: str, **fields: object) -> str:
        """A brief string, translated and filled in (fields are not escaped)."""
        translated = self.translate(texts.CONTEXT, text)
        return translated.format(**fields) if fields else translated

    def severity(self, severity: str) -> str:
        """A risk's severity as the command line and the window name it."""
        return self.translate("labels", SEVERITY_LABELS[severity])

    def owner(self, owner: str) -> str:
        """An owner's role as the command line and the window name it."""
        return self.translate("labels", OWNER_LABELS[owner])

    def path_name(self, path: PathId) -> str:
        """The translated name of a path."""
        return self.translate("paths", PATHS[path].name)

    @cached_property
    def references(self) -> list[str]:
        """The ids of the sources this brief cites, graded: grouped by kind (peer-reviewed
        first, rules of thumb last), in the order first cited within a kind."""
        result = self.result
        named = [
            *(r.source for r in result.reasons),
            *(b.source for b in result.blockers),
            *(r.source for r in result.risks),
            *(r.source for r in result.regulation),
            *(s.id for s in result.sources),
        ]
        cited: list[str] = []
        for source in named:
            if source and source in SOURCES and source not in cited:
                cited.append(source)
        return sorted(cited, key=lambda i: (KINDS.index(SOURCES[i].kind), cited.index(i)))

    def cite_source(self, source: str | None) -> str:
        """The reference number of a source as " [n]", or "" if it has none."""
        refs = self.references
        return f" [{refs.index(source) + 1}]" if source in refs else ""

    def source_name(self, source: str) -> str:
        """The short form of a source ("Grinsztajn et al., NeurIPS 2022"), or the text given."""
        known = SOURCES.get(source)
        return known.short if known is not None else source


def heading(text: str, style: ParagraphStyle, *, title: str = "", keep: bool = True) -> Paragraph:
    """A section heading (h1 or the headline) or subsection heading (h2), bookmarked in the
    PDF's outline under `title`, or under its own text."""
    from wizard.report.layout import Heading

    level = 1 if style.name == "h2" else 0
    made = Heading(inline(text), style, level, " ".join((title or text).split()))
    if not keep:  # the caller keeps room for what follows instead (a CondPageBreak)
        made.keepWithNext = 0
    return made


def section_break(brief: Brief) -> Flowable:
    """A new page for the next section if this one is already half full; else go on here,
    so no page but the last is left under half full."""
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(brief.height / 2)


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped here, so it may come from anywhere."""
    return Paragraph(markup(text), style)


def bullets(
    items: Iterable[list[Flowable]], *, numbered: bool = False, start: int = 1
) -> ListFlowable:
    """A bulleted (or numbered) list whose items are lists of flowables."""
    s = styles()
    entries = [ListItem(item, leftIndent=14) for item in items]
    return ListFlowable(
        entries,
        bulletType="1" if numbered else "bullet",
        start=start if numbered else "•",
        bulletFontName=s.body.fontName,
        bulletFontSize=9,
        bulletColor=s.body.textColor,
        leftIndent=14,
    )
