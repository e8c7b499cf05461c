"""The plain-text advice that `dlready assess FILE` prints for a person to read."""

from __future__ import annotations

from wizard.core.assessment import Assessment
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.labels import BAND_LABELS
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.result import Result
from wizard.core.sources import SOURCES


def render_text(name: str, assessment: Assessment, result: Result, translate: Translate) -> str:
    """A short, readable summary of the advice for one file."""
    meta = assessment.meta
    title = " / ".join(part for part in (meta.organisation, meta.project) if part) or name
    lines = [
        title,
        "=" * len(title),
        result.headline,
        "",
        translate("text", QT_TRANSLATE_NOOP("text", "Recommendation: {path}")).format(
            path=translate("paths", PATHS[result.recommendation].name)
        ),
        result.confidence_note,
        translate("text", QT_TRANSLATE_NOOP("text", "Readiness: {score}/100 ({band})")).format(
            score=result.readiness.score,
            band=translate("labels", BAND_LABELS[result.readiness.band]),
        ),
        "",
        translate("text", QT_TRANSLATE_NOOP("text", "Fit of each path:")),
    ]
    lines += [f"  {result.fit[p]:3d}  {translate('paths', PATHS[p].name)}" for p in PATH_ORDER]
    sections = (
        (
            QT_TRANSLATE_NOOP("text", "Why:"),
            [f"{r.text} [{_cite(r.source)}]" for r in result.reasons],
        ),
        (QT_TRANSLATE_NOOP("text", "Fix first:"), [b.text for b in result.blockers]),
        (QT_TRANSLATE_NOOP("text", "Risks to watch:"), [r.text for r in result.risks]),
        (
            QT_TRANSLATE_NOOP("text", "What would change the recommendation:"),
            [c.text for c in result.what_would_change],
        ),
    )
    for heading, items in sections:
        if items:
            lines += ["", translate("text", heading), *(f"  - {item}" for item in items)]
    return "\n".join(lines) + "\n"


def _cite(source: str) -> str:
    found = SOURCES.get(source)
    return found.short if found is not None else source
