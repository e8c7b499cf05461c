"""The brief's "Where the room disagrees" section, for a team file: the questions whose answers
would change the advice first, who said what, and each participant's own recommendation."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from wizard.core.disagreement import Room, room
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.outcome import VERDICT_LABELS
from wizard.core.questions import QUESTIONS, answer_label
from wizard.report.context import Brief, p
from wizard.report.para import Paragraph
from wizard.report.safety import inline, markup
from wizard.report.styles import ACCENT_LIGHT, RULE, WARN, WARN_LIGHT, table_style

CONTEXT = "workshop"
TITLE = QT_TRANSLATE_NOOP("workshop", "Where the room disagrees")
INTRO = QT_TRANSLATE_NOOP(
    "workshop",
    "{count} participants answered on their own; the advice above stands on the room's "
    'consensus (the answer most gave; a tie counts as "don\'t know"). The questions where '
    "they differed, those that would change the recommendation first.",
)
AGREED = QT_TRANSLATE_NOOP("workshop", "The participants gave the same answer to every question.")
FLIPS = QT_TRANSLATE_NOOP("workshop", "Changes the recommendation")
HOLDS = QT_TRANSLATE_NOOP("workshop", "The recommendation holds")
CONSENSUS = QT_TRANSLATE_NOOP("workshop", "Consensus: {answer}")
SPAN = QT_TRANSLATE_NOOP("workshop", "Readiness across these answers: {low} to {high}")
SPAN_SAME = QT_TRANSLATE_NOOP("workshop", "Readiness with any of these answers: {score}")
WHO = QT_TRANSLATE_NOOP("workshop", "{answer}: {names}")
OWN = QT_TRANSLATE_NOOP("workshop", "Each participant's own advice")
PARTICIPANT = QT_TRANSLATE_NOOP("workshop", "Participant")
ANONYMOUS = QT_TRANSLATE_NOOP("workshop", "Participant {number}")
RECOMMENDATION = QT_TRANSLATE_NOOP("workshop", "Recommendation")
READINESS = QT_TRANSLATE_NOOP("workshop", "Readiness")
VERDICT = QT_TRANSLATE_NOOP("workshop", "Verdict")


def room_section(brief: Brief, *, hide_names: bool = False) -> list[Flowable]:
    """The section for a team file; nothing for a one-person assessment."""
    found = room(brief.assessment, brief.translate, brief.result)
    if found is None:
        return []
    return disagreement_flowables(brief, found, hide_names=hide_names)


def disagreement_flowables(brief: Brief, found: Room, *, hide_names: bool) -> list[Flowable]:
    """The heading, one block per disagreement, and the table of participants' own advice."""
    s = brief.s

    def t(text: str, **fields: object) -> str:
        translated = brief.translate(CONTEXT, text)
        return translated.format(**fields) if fields else translated

    shown = {
        o.name: t(ANONYMOUS, number=i) if hide_names else o.name
        for i, o in enumerate(found.outcomes, start=1)
    }
    parts: list[Flowable] = [
        Paragraph(inline(t(TITLE)), s.h1),
        p(t(INTRO, count=len(found.outcomes)), s.body),
    ]
    if not found.disagreements:
        parts.append(p(t(AGREED), s.body))
    for d in found.disagreements:
        question = QUESTIONS[d.question]
        by_answer: dict[str, list[str]] = {}
        for name, answer in d.answers.items():
            by_answer.setdefault(answer, []).append(shown[name])

        def option_label(option: str, qid: str = d.question) -> str:
            return brief.translate("questions", answer_label(qid, option))

        lines = [
            Paragraph(inline(brief.translate("questions", question.label)), s.cell_bold),
            Paragraph(inline(t(FLIPS if d.flips else HOLDS)), s.cell_bold if d.flips else s.cell),
            *(
                p(t(WHO, answer=option_label(option), names=", ".join(names)), s.cell)
                for option, names in by_answer.items()
            ),
            p(
                t(CONSENSUS, answer=option_label(d.consensus))
                + " · "
                + (
                    t(SPAN, low=d.readiness[0], high=d.readiness[1])
                    if d.readiness[0] != d.readiness[1]
                    else t(SPAN_SAME, score=d.readiness[0])
                ),
                s.cell_muted,
            ),
        ]
        box = Table([[lines]], colWidths=[brief.width], hAlign="LEFT")
        box.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, -1), WARN_LIGHT if d.flips else ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, WARN if d.flips else RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            )
        )
        parts.append(KeepTogether([box, Spacer(1, 2 * mm)]))
    head = [t(PARTICIPANT), t(RECOMMENDATION), t(READINESS), t(VERDICT)]
    rows = [[Paragraph(inline(h), s.cell_bold) for h in head]]
    for o in found.outcomes:
        verdict = brief.translate("labels", VERDICT_LABELS[o.verdict]) if o.verdict else "—"
        rows.append(
            [
                Paragraph(markup(shown[o.name]), s.cell),
                Paragraph(inline(brief.path_name(o.recommendation)), s.cell),
                Paragraph(str(o.readiness), s.cell),
                Paragraph(inline(verdict), s.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=[brief.width - 110 * mm, 60 * mm, 25 * mm, 25 * mm],
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(
        table_style(("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"))
    )
    parts += [KeepTogether([Paragraph(inline(t(OWN)), s.h2), table])]
    return parts
