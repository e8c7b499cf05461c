"""The appendix: every question, the answer given and the notes; then the references."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from wizard.core.model import UNSURE
from wizard.core.questions import SECTIONS, answer_label, questions_in
from wizard.core.sources import SOURCES
from wizard.report import texts
from wizard.report.context import Brief, bullets, p
from wizard.report.safety import clean, inline, markup

# Notes are split into paragraphs at blank lines, and long paragraphs into pieces of about
# this many characters, so that page breaks fall cleanly and wrapping stays fast.
PIECE = 2000


def appendix(brief: Brief) -> list[Flowable]:
    """The answers section by section, and the references."""
    s = brief.s
    parts: list[Flowable] = [
        Paragraph(inline(brief.t(texts.APPENDIX)), s.h1),
        p(brief.t(texts.APPENDIX_INTRO), s.body),
    ]
    for section in SECTIONS:
        parts.append(Paragraph(inline(brief.tr("sections", section.title)), s.h2))
        for question in questions_in(section.id):
            parts += _question(brief, question.id, question.label, question.text)
    parts += references(brief)
    return parts


def _question(brief: Brief, qid: str, label: str, text: str) -> list[Flowable]:
    s = brief.s
    answer = brief.assessment.answer(qid)
    shown = brief.tr("questions", answer_label(qid, answer))
    answer_markup = f"{inline(brief.t(texts.ANSWER))}: "
    answer_markup += f"<i>{inline(shown)}</i>" if answer == UNSURE else f"<b>{inline(shown)}</b>"
    head: list[Flowable] = [
        Paragraph(inline(brief.tr("questions", label)), s.h3),
        p(brief.tr("questions", text), s.muted),
        Paragraph(answer_markup, s.body),
    ]
    note = clean(brief.assessment.notes.get(qid, "")).strip()
    if not note:
        return [KeepTogether(head)]
    pieces = [markup(piece) for piece in split_note(note)]
    label_markup = f"<b>{inline(brief.t(texts.NOTES))}:</b> "
    first = Paragraph(label_markup + pieces[0], s.note)
    return [KeepTogether([*head, first]), *(Paragraph(piece, s.note) for piece in pieces[1:])]


def split_note(note: str) -> list[str]:
    """A note as paragraphs (at blank lines), each long one cut into pieces at spaces."""
    pieces: list[str] = []
    for paragraph in re.split(r"\n\s*\n", note):
        paragraph = paragraph.strip()
        while len(paragraph) > PIECE:
            cut = paragraph.rfind(" ", PIECE // 2, PIECE)
            cut = PIECE if cut < 0 else cut + 1
            pieces.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        if paragraph:
            pieces.append(paragraph)
    return pieces or [""]


def references(brief: Brief) -> list[Flowable]:
    """The full citation of every source the brief cites, numbered as cited."""
    s = brief.s
    cited = brief.references
    if not cited:
        return []
    return [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph(inline(brief.t(texts.REFERENCES)), s.h2),
                p(brief.t(texts.REFERENCES_INTRO), s.muted),
            ]
        ),
        bullets(([p(SOURCES[source].full, s.small)] for source in cited), numbered=True),
    ]
