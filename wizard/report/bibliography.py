"""The references, graded: grouped by kind of evidence, one citation style, with the DOI or
URL and what each is cited for, in the brief's language."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wizard.core.sources import SOURCES
from wizard.report import texts
from wizard.report.context import Brief, heading, p
from wizard.report.para import Paragraph
from wizard.report.safety import markup


def law_names(brief: Brief, text: str) -> str:
    """Names of laws in the language's own form (GDPR as DSGVO or RGPD)."""
    for name in texts.LAW_NAMES:
        local = brief.t(name)
        if local != name:
            text = text.replace(name, local)
    return text


def references(brief: Brief) -> list[Flowable]:
    """Every cited source, numbered as cited in the text, under the heading of its kind."""
    s = brief.s
    cited = brief.references
    if not cited:
        return []
    parts: list[Flowable] = [
        Spacer(1, 4 * mm),
        heading(brief.t(texts.REFERENCES), s.h2),
        p(brief.t(texts.REFERENCES_INTRO), s.muted),
    ]
    kind = ""
    group: list[Flowable] = []
    for number, source_id in enumerate(cited, start=1):
        source = SOURCES[source_id]
        if source.kind != kind:
            if group:
                parts.append(KeepTogether(group))
            kind = source.kind
            group = [Paragraph(f"<b>{markup(brief.t(texts.KINDS[kind]))}</b>", s.label)]
        entry = f"[{number}] " + markup(law_names(brief, source.citation))
        if source.link:
            entry += " " + markup(source.link)
        gloss = brief.translate("sources", source.cited_for)
        entry += f' <font color="#5b6475">{markup(brief.t(texts.CITED_FOR, what=gloss))}</font>'
        # Each entry on its own, so a group may break between entries but never leave a
        # kind's heading alone.
        if len(group) == 1:
            group.append(Paragraph(entry, s.reference))
        else:
            parts.append(KeepTogether(group))
            group = [Paragraph(entry, s.reference)]
    parts.append(KeepTogether(group))
    # The last two entries together: no reference is left alone on a last page.
    if len(parts) > 4 and all(isinstance(part, KeepTogether) for part in parts[-2:]):
        last = parts.pop()
        before = parts.pop()
        parts.append(KeepTogether([*before._content, *last._content]))
    return parts
