"""The plain text that `dlready compare` and `dlready plan` print for a person to read, and
what `dlready assess` adds for a team file."""

from __future__ import annotations

from collections.abc import Sequence

from wizard.core.assessment import Assessment
from wizard.core.compare import Comparison
from wizard.core.disagreement import room
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.labels import DIMENSION_LABELS
from wizard.core.outcome import VERDICT_LABELS, StepRow, verdict
from wizard.core.paths import PATHS
from wizard.core.questions import QUESTIONS, answer_label
from wizard.core.result import Result

CONTEXT = "workshop"
WHEN_LABELS = {
    "now": QT_TRANSLATE_NOOP("workshop", "Now"),
    "30": QT_TRANSLATE_NOOP("workshop", "By day 30"),
    "60": QT_TRANSLATE_NOOP("workshop", "By day 60"),
    "90": QT_TRANSLATE_NOOP("workshop", "By day 90"),
}


def _title(assessment: Assessment, fallback: str = "") -> str:
    meta = assessment.meta
    return " / ".join(part for part in (meta.organisation, meta.project) if part) or fallback


def _signed(delta: int) -> str:
    return f"+{delta}" if delta > 0 else str(delta)


def render_comparison(comparison: Comparison, translate: Translate) -> str:
    """Before and after, for a person to read."""

    def t(text: str) -> str:
        return translate(CONTEXT, text)

    b, a = comparison.before_result, comparison.after_result
    title = _title(comparison.after) or _title(comparison.before)
    lines = [title, "=" * len(title)] if title else []
    dates = (comparison.before.meta.date or "?", comparison.after.meta.date or "?")
    lines.append(t(QT_TRANSLATE_NOOP("workshop", "Before: {before}   After: {after}")).format(
        before=dates[0], after=dates[1]))
    lines.append(t(QT_TRANSLATE_NOOP("workshop", "Recommendation: {before} → {after}")).format(
        before=translate("paths", PATHS[b.recommendation].name),
        after=translate("paths", PATHS[a.recommendation].name)))
    if verdict(b) or verdict(a):
        lines.append(t(QT_TRANSLATE_NOOP("workshop", "Verdict: {before} → {after}")).format(
            before=translate("labels", VERDICT_LABELS.get(verdict(b), verdict(b))),
            after=translate("labels", VERDICT_LABELS.get(verdict(a), verdict(a)))))
    lines.append(t(QT_TRANSLATE_NOOP("workshop", "Readiness: {before} → {after} ({delta})")).format(
        before=b.readiness.score, after=a.readiness.score,
        delta=_signed(a.readiness.score - b.readiness.score)))
    for dim, (before, after) in comparison.dimensions.items():
        label = translate("labels", DIMENSION_LABELS.get(dim, dim))
        lines.append(f"  {label:<16} {before:3d} → {after:3d} ({_signed(after - before)})")
    lines += ["", t(QT_TRANSLATE_NOOP("workshop", "Changed answers:"))]
    if not comparison.changes:
        lines.append("  " + t(QT_TRANSLATE_NOOP("workshop", "none")))
    for change in comparison.changes:
        question = QUESTIONS[change.question]
        lines.append("  - {label}: {before} → {after}".format(
            label=translate("questions", question.label),
            before=translate("questions", answer_label(change.question, change.before)),
            after=translate("questions", answer_label(change.question, change.after))))
    for heading, ids in (
        (QT_TRANSLATE_NOOP("workshop", "Blockers cleared:"), comparison.cleared),
        (QT_TRANSLATE_NOOP("workshop", "New blockers:"), comparison.new),
    ):
        if ids:
            lines += ["", t(heading), *(f"  - {blocker}" for blocker in ids)]
    return "\n".join(lines)


def render_plan(assessment: Assessment, rows: Sequence[StepRow], translate: Translate) -> str:
    """The next steps as a readable list: when, owner, what, and how to tell it is done."""

    def t(text: str) -> str:
        return translate(CONTEXT, text)

    title = t(QT_TRANSLATE_NOOP("workshop", "Action plan"))
    name = _title(assessment)
    heading = f"{title}: {name}" if name else title
    lines = [heading, "=" * len(heading)]
    for row in rows:
        when = t(WHEN_LABELS[row.when]) if row.when in WHEN_LABELS else row.when
        owner = f" [{row.owner}]" if row.owner else ""
        lines.append(f"{when}{owner}: {row.text}  ({row.id})")
        if row.done_when:
            lines.append("    " + t(QT_TRANSLATE_NOOP("workshop", "Done when: {text}")).format(
                text=row.done_when))
    return "\n".join(lines)


def render_room(assessment: Assessment, result: Result, translate: Translate) -> str:
    """Where the room disagrees, for a team file; "" for a one-person assessment."""
    found = room(assessment, translate, result)
    if found is None:
        return ""

    def t(text: str) -> str:
        return translate(CONTEXT, text)

    lines = ["", t(QT_TRANSLATE_NOOP("workshop", "Where the room disagrees:"))]
    for d in found.disagreements:
        flag = t(QT_TRANSLATE_NOOP("workshop", "changes the recommendation")) if d.flips else \
            t(QT_TRANSLATE_NOOP("workshop", "the recommendation holds"))
        lines.append(f"  - {translate('questions', QUESTIONS[d.question].label)} ({flag})")
        for name, option in d.answers.items():
            shown = translate("questions", answer_label(d.question, option))
            lines.append(f"      {name}: {shown}")
    lines += ["", t(QT_TRANSLATE_NOOP("workshop", "Each participant's own advice:"))]
    for o in found.outcomes:
        lines.append(f"  - {o.name}: {translate('paths', PATHS[o.recommendation].name)}, "
                     f"{o.readiness}/100")
    return "\n".join(lines) + "\n"
