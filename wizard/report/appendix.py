"""The appendix: every question, the answer given and the notes."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from wizard.core.limits import MAX_PRINTED_NOTE
from wizard.core.model import UNSURE, Question
from wizard.core.questions import SECTIONS, answer_label, questions_in
from wizard.report import texts
from wizard.report.context import Brief, heading, p
from wizard.report.para import Paragraph
from wizard.report.safety import clean, inline, markup

# A piece of a note printed as one paragraph: about a third of a page.
NOTE_PIECE = 1500
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
    cut = len(note) - MAX_PRINTED_NOTE
    if cut > 0:
        note = note[:MAX_PRINTED_NOTE]
    lines = note_lines(note)
    notes_label = f"<b>{inline(brief.t(texts.NOTES))}:</b> "
    first = Paragraph(notes_label + markup(lines[0][0]), s.note)
    rest = [Paragraph(markup(line), s.note_gap if gap else s.note) for line, gap in lines[1:]]
    if cut > 0:
        # Said where it happens: the brief never shortens a note without a word.
        rest.append(Paragraph(f"<i>{inline(brief.t(texts.NOTE_CUT, count=cut))}</i>", s.note_gap))
    if len(lines[0][0]) <= KEEP_WITH_ANSWER:
        return [KeepTogether([*head, first]), *rest]
    # A long first line would carry the question to the next page and leave a gap.
    return [KeepTogether(head), first, *rest]


def note_lines(note: str) -> list[tuple[str, bool]]:
    """A note's pieces to print, each with whether a blank line came before it.

    Each line becomes its own paragraph, and a line longer than NOTE_PIECE characters is cut
    into pieces of about that length, at the end of a sentence where there is one, else
    between words. reportlab wraps a paragraph again, whole, each time it splits it between
    pages, so one long paragraph takes time with the square of its length; pieces keep the
    time in proportion to the note's length, at the cost of a line ending early where one
    piece gives way to the next.
    """
    lines: list[tuple[str, bool]] = []
    gap = False
    for line in note.split("\n"):
        if not line.strip():
            gap = bool(lines)
            continue
        for index, piece in enumerate(_pieces(line.rstrip())):
            lines.append((piece, gap and index == 0))
        gap = False
    return lines or [("", False)]


def _pieces(line: str) -> list[str]:
    """`line` cut into pieces of at most NOTE_PIECE characters, at sentence ends or spaces."""
    pieces = []
    while len(line) > NOTE_PIECE:
        window = line[:NOTE_PIECE]
        cut = max(window.rfind(end) for end in (". ", "! ", "? ", "; "))
        if cut < NOTE_PIECE // 2:
            cut = window.rfind(" ")
        if cut < NOTE_PIECE // 2:
            cut = NOTE_PIECE - 1  # no space to cut at: a word longer than any
        pieces.append(line[: cut + 1].rstrip())
        line = line[cut + 1 :].lstrip()
    if line:
        pieces.append(line)
    return pieces

