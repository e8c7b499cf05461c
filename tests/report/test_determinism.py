"""The same assessment gives the same bytes, and notes of any length flow over pages."""

from __future__ import annotations

from tests.report import pdfread
from tests.report.conftest import long_note
from wizard.core.engine import assess
from wizard.report.brief import render_brief


def test_two_renders_are_byte_identical(hostile):
    first = render_brief(hostile, consultant="A. Adviser", paper="a4")
    second = render_brief(hostile, consultant="A. Adviser", paper="a4")
    assert first == second


def test_charts_are_vectors_in_the_embedded_font(credit):
    data = render_brief(credit, paper="a4")
    scores = pdfread.page_texts(data)[2]
    readiness = f"Overall {assess(credit).readiness.score}"
    for label in ("Strategy", "Governance", "Classical machine", readiness, "100"):
        assert label in scores
    assert pdfread.image_count(data, 2) == 0


def test_long_notes_flow_across_pages(credit, long_notes):
    short = len(pdfread.reader(render_brief(credit, paper="a4")).pages)
    data = render_brief(long_notes, paper="a4")
    assert len(pdfread.reader(data).pages) >= short + 6
    text = pdfread.squeezed(pdfread.text(data))
    words = long_note().split()
    assert len(long_note()) == 20_000
    position = 0
    for _ in range(3):  # three notes, every word of each, in order
        for word in words:
            found = text.find(word, position)
            assert found >= 0, word
            position = found + len(word)


def test_a_note_without_spaces_is_wrapped_not_clipped(credit):
    plain = pdfread.squeezed(pdfread.text(render_brief(credit, paper="a4"))).count("x")
    note = "x" * 20_000
    data = render_brief(credit.model_copy(update={"notes": {"budget": note}}), paper="a4")
    assert pdfread.squeezed(pdfread.text(data)).count("x") == plain + 20_000


def test_two_processes_write_byte_identical_briefs(tmp_path):
    """Hash seeds, font subset names and the clock differ between runs; the bytes must not."""
    import os
    import subprocess
    import sys

    from tests.helpers.cases import CASES_DIR

    case = CASES_DIR / "marketplace-recommendations.dlready"
    outputs = []
    for run, seed in enumerate(("1", "2")):
        out = tmp_path / f"brief-{run}.pdf"
        subprocess.run(
            [sys.executable, "-m", "wizard", "report", str(case), "-o", str(out), "--lang", "en"],
            check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
