"""A note of any length is printed in time proportional to its length: cut into pieces the
layout splits between pages cheaply, nothing lost, and a note over the printed limit says
where it stops. (The time itself is measured by tests/bench_notes.py, not here.)"""

from __future__ import annotations

from tests.report import pdfread
from wizard.core.limits import MAX_PRINTED_NOTE
from wizard.report.appendix import NOTE_PIECE, note_lines

SENTENCE = "The second scan is often late, and nobody knows why. "


def test_a_long_line_is_printed_in_pieces_the_layout_splits_in_linear_time():
    note = (SENTENCE * 3000).strip()
    pieces = [piece for piece, _gap in note_lines(note)]
    assert len(pieces) >= len(note) // NOTE_PIECE
    assert all(len(piece) <= NOTE_PIECE for piece in pieces)
    assert " ".join(pieces) == note  # nothing lost, nothing added
    assert all(piece.endswith(".") for piece in pieces)  # cut where a sentence ends


def test_a_word_longer_than_a_piece_is_cut_and_kept_whole():
    note = "x" * (5 * NOTE_PIECE + 7)
    pieces = [piece for piece, _gap in note_lines(note)]
    assert "".join(pieces) == note and max(map(len, pieces)) <= NOTE_PIECE


def test_blank_lines_still_separate_paragraphs():
    note = f"{SENTENCE * 60}\n\n{SENTENCE * 60}"
    gaps = [gap for _piece, gap in note_lines(note)]
    assert gaps.count(True) == 1


def test_a_note_over_the_printed_limit_says_where_it_stops(credit):
    from wizard.report.brief import render_brief

    over = 12_345
    note = (SENTENCE * (MAX_PRINTED_NOTE // len(SENTENCE) + 300))[: MAX_PRINTED_NOTE + over]
    assessment = credit.model_copy(update={"notes": {"budget": note}})
    text = pdfread.squeezed(pdfread.text(render_brief(assessment, paper="a4")))
    assert pdfread.squeezed(f"continues for {over} more characters") in text
