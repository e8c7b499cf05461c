"""The portfolio page names every use case, in board order, and keeps user text inert."""

from __future__ import annotations

import shutil

from tests.helpers.cases import CASE_FILES, CASES_DIR
from tests.report.conftest import HOSTILE_NAME
from tests.report.pdfread import page_texts, squeezed
from tests.test_cli import dlready
from wizard.core.portfolio import board_key, collect, folder_files
from wizard.core.storage import load, save
from wizard.report.portfolio import render_portfolio


def test_the_portfolio_names_every_use_case(tmp_path):
    out = tmp_path / "portfolio.pdf"
    run = dlready("portfolio", CASES_DIR, "-o", out)
    assert run.returncode == 0, run.stderr
    pages = page_texts(out.read_bytes())
    flat = squeezed("".join(pages))
    for path in CASE_FILES:
        meta = load(path).meta
        assert squeezed(meta.organisation) in flat, path.name
        assert squeezed(meta.project) in flat, path.name
    assert len(pages) == 1  # the example folder fits one board page


def test_entries_are_in_board_order_and_bad_files_are_reported(tmp_path):
    for path in CASE_FILES[:4]:
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "broken.dlready").write_text("{", "utf-8")
    entries, errors = collect(folder_files(tmp_path))
    assert len(entries) == 4 and len(errors) == 1
    assert entries == sorted(entries, key=board_key)
    run = dlready("portfolio", tmp_path, "--csv")
    assert run.returncode == 2 and "broken.dlready" in run.stderr
    assert len(run.stdout.strip().splitlines()) == 1 + 4


def test_user_text_is_printed_as_text(tmp_path):
    assessment = load(CASE_FILES[0])
    hostile = assessment.model_copy(
        update={"meta": assessment.meta.model_copy(update={"organisation": HOSTILE_NAME})})
    save(hostile, tmp_path / "hostile.dlready")
    entries, _ = collect(folder_files(tmp_path))
    flat = squeezed("".join(page_texts(render_portfolio(entries, lambda c, t: t))))
    assert squeezed("Smith & Sons <b>bold</b>") in flat


def test_no_output_asked_is_exit_2(tmp_path):
    assert dlready("portfolio", CASES_DIR).returncode == 2
    assert dlready("portfolio", tmp_path, "--csv").returncode == 2  # no files
