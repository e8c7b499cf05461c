"""The appendix: every question, the answer given and the notes."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from wizard.core.model import UNSURE, Question
from wizard.core.questions import SECTIONS, answer_label, questions_in
from wizard.report import texts
from wizard.report.context import Brief, heading, p
from wizard.report.safety import clean, inline, markup

# A first line of notes up to this long stays on the page of its question.
KEEP_WITH_ANSWER = 600


def appendix(brief: Brief) -> list[Flowable]:
    """The answers section by section, and the references."""
    s = brief.s
    parts: list[Flowable] = [
        heading(brief.t(texts.APPENDIX), s.h1),
        p(brief.t(texts.APPENDIX_INTRO), s.body),
    ]
    for section in SECTIONS:
        # The section's heading goes inside its first question's block, so it never stands
        # alone at a page's foot (reportlab does not keep a heading with a KeepTogether).
        lead = [heading(brief.translate("sections", section.title), s.h2)]
        for question in questions_in(section.id):
            parts += _question(brief, question, lead)
            lead = []
    return parts


def _question(brief: Brief, question: Question, lead: list[Flowable]) -> list[Flowable]:
    s = brief.s
    answer = brief.assessment.answer(question.id)
    shown = brief.translate("questions", answer_label(question.id, answer))
    answer_markup = f"{inline(brief.t(texts.ANSWER))}: "
    answer_markup += f"<i>{inline(shown)}</i>" if answer == UNSURE else f"<b>{inline(shown)}</b>"
    head: list[Flowable] = [
        *lead,
        Paragraph(inline(brief.translate("questions", question.label)), s.h3),
        p(brief.translate("questions", question.text), s.muted),
        Paragraph(answer_markup, s.body),
    ]
    note = clean(brief.assessment.notes.get(question.id, "")).strip()
    if not note:
        return [KeepTogether(head)]
    lines = note_lines(note)
    notes_label = f"<b>{inline(brief.t(texts.NOTES))}:</b> "
    first = Paragraph(notes_label + markup(lines[0][0]), s.note)
    rest = [Paragraph(markup(line), s.note_gap if gap else s.note) for line, gap in lines[1:]]
    if len(lines[0][0]) <= KEEP_WITH_ANSWER:
        return [KeepTogether([*head, first]), *rest]
    # A long first line would carry the question to the next page and leave a gap.
    return [KeepTogether(head), first, *rest]


def note_lines(note: str) -> list[tuple[str, bool]]:
    """A note's lines, each with whether a blank line came before it.

    Each line becomes its own paragraph, which looks the same as line breaks inside one
    paragraph but lets reportlab split a long note between pages without wrapping the whole
    of it again for every page.
    """
    lines: list[tuple[str, bool]] = []
    gap = False
    for line in note.split("\n"):
        if not line.strip():
            gap = bool(lines)
            continue
        lines.append((line.rstrip(), gap))
        gap = False
    return lines or [("", False)]
