"""The publications, laws and rules of thumb the advice stands on, declared once, cited by id."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from wizard.core.i18n import Translate, untranslated
from wizard.core.sourcemodel import KINDS, Source, SourceKind
from wizard.core.sources_guidance import ESSAYS, GUIDANCE
from wizard.core.sources_law import LAWS, RULES_OF_THUMB
from wizard.core.sources_research import EVIDENCE_OF_HARM, PAPERS

__all__ = ["KINDS", "SOURCES", "Source", "SourceKind", "cited", "markdown_table"]

_ALL = (*PAPERS, *EVIDENCE_OF_HARM, *GUIDANCE, *ESSAYS, *LAWS, *RULES_OF_THUMB)

SOURCES: MappingProxyType[str, Source] = MappingProxyType({s.id: s for s in _ALL})
if len(SOURCES) != len(_ALL):
    raise ValueError("two sources share an id")


def cited(ids: Iterable[str | None]) -> tuple[Source, ...]:
    """The sources named by `ids`, once each, in the order first named; None is skipped."""
    seen: dict[str, Source] = {}
    for source_id in ids:
        if source_id is not None and source_id not in seen:
            seen[source_id] = SOURCES[source_id]
    return tuple(seen.values())


def markdown_table(translate: Translate = untranslated) -> str:
    """The README's table of sources: id, kind, year, what each is cited for."""
    rows = ["| id | kind | year | cited for |", "| --- | --- | --- | --- |"]
    for source in sorted(SOURCES.values(), key=lambda s: (KINDS.index(s.kind), s.id)):
        what = translate("sources", source.cited_for).replace("|", "\\|")
        rows.append(f"| `{source.id}` | {source.kind} | {source.year} | {what} |")
    return "\n".join(rows) + "\n"
