"""What every part of the brief draws from, and the small helpers they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from wizard.core.assessment import Assessment
from wizard.core.i18n import Translate
from wizard.core.model import PathId
from wizard.core.paths import PATHS
from wizard.core.result import Result
from wizard.core.risks import RISKS
from wizard.core.rulebook import BLOCKERS, FIT_RULES
from wizard.core.sources import SOURCES
from wizard.report import texts
from wizard.report.safety import inline, markup
from wizard.report.styles import Styles, styles

T = TypeVar("T")

_RULE_SOURCE: dict[str, str] = {
    **{rule.id: rule.source for rule in (*FIT_RULES, *BLOCKERS)},
    **{risk.id: risk.source for risk in RISKS},
}


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

    def path_name(self, path: PathId) -> str:
        """The translated name of a path."""
        return self.translate("paths", PATHS[path].name)

    @cached_property
    def references(self) -> list[str]:
        """The ids of the sources cited in this brief, in the order they are first cited."""
        rules = [
            *(r.rule for r in self.result.reasons),
            *(b.rule for b in self.result.blockers),
            *(r.rule for r in self.result.risks),
        ]
        cited: list[str] = []
        for rule in rules:
            source = _RULE_SOURCE.get(rule)
            if source is not None and source in SOURCES and source not in cited:
                cited.append(source)
        return cited

    def cite(self, rule: str) -> str:
        """The reference number of a rule's source as " [n]", or "" if it has none."""
        source = _RULE_SOURCE.get(rule)
        refs = self.references
        return f" [{refs.index(source) + 1}]" if source is not None and source in refs else ""


def heading(text: str, style: ParagraphStyle) -> Paragraph:
    """A section heading (h1) or subsection heading (h2), bookmarked in the PDF's outline."""
    from wizard.report.layout import Heading

    level = 0 if style.name == "h1" else 1
    return Heading(inline(text), style, level, " ".join(text.split()))


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
