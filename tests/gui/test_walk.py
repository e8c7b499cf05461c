"""Walking the whole wizard gives the same advice as `dlready assess`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.walk import answer_page, click_back, click_next, walk
from tests.helpers.cases import CASE_FILES
from wizard.core.model import UNSURE
from wizard.core.paths import PATHS
from wizard.core.questions import QUESTIONS, SECTION_IDS
from wizard.core.storage import load
from wizard.gui.pages.section import ProgressRow


def assess_on_command_line(path) -> dict:
    done = subprocess.run([sys.executable, "-m", "wizard", "assess", str(path), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("case_file", CASE_FILES, ids=lambda p: p.stem)
def test_walking_a_case_gives_the_command_line_advice(qtbot, window, case_file):
    case = load(case_file)
    walk(qtbot, window, case)
    page = window.wizard.results
    expected = assess_on_command_line(case_file)
    assert page.result.recommendation.value == expected["recommendation"]
    assert {p.value: v for p, v in page.result.fit.items()} == expected["fit"]
    assert page.result.readiness.score == expected["readiness"]["score"]
    recommended = page.findChild(QLabel, "recommended")
    assert PATHS[page.result.recommendation].name in recommended.accessibleName()
    assert page.findChild(QLabel, "headline").accessibleName() == page.result.headline
    entered = window.document.to_assessment()
    assert entered.answers == case.answers
    assert entered.notes == case.notes
    assert entered.meta.organisation == case.meta.organisation


def test_every_section_has_a_page_with_all_its_questions(window):
    window.wizard.ensure_pages()
    shown = [qid for sid in SECTION_IDS for qid in window.wizard.section_pages[sid].boxes]
    assert sorted(shown) == sorted(QUESTIONS)


def test_dont_know_is_recorded_but_counted_apart_from_answers(qtbot, window):
    click_next(qtbot, window)
    page = window.wizard.currentPage()
    first, second = list(page.boxes.values())[:2]
    answer_page(qtbot, page, {first.question.id: UNSURE,
                              second.question.id: second.question.options[0].id}, {})
    assert window.document.answers[first.question.id] == UNSURE
    assert window.document.answered_count() == 1
    progress = page.findChild(ProgressRow)
    assert progress.text.text().startswith(f"1 of {len(QUESTIONS)} questions answered")
    assert "1 “Don't know”" in progress.text.text()
    assert progress.bar.value() == 1


def test_back_and_next_keep_answers_and_notes(qtbot, window):
    click_next(qtbot, window)
    answer_page(qtbot, window.wizard.currentPage(), {"use_case_clarity": "exploring"},
                {"use_case_clarity": "Ünïcødé Ελληνικά Кириллица"})
    click_next(qtbot, window)
    click_back(qtbot, window)
    click_back(qtbot, window)
    click_next(qtbot, window)
    box = window.wizard.currentPage().boxes["use_case_clarity"]
    assert box.buttons["exploring"].isChecked()
    assert box.note.text() == "Ünïcødé Ελληνικά Кириллица"


def test_changing_an_answer_on_the_way_back_updates_the_results(qtbot, window):
    case = load(next(p for p in CASE_FILES if p.stem == "invoice-ocr"))
    walk(qtbot, window, case)
    results = window.wizard.results
    change = results.result.what_would_change[0]
    question_id = next(iter(change.answers))
    window.wizard.go_to_question(question_id)
    page = window.wizard.currentPage()
    assert question_id in page.boxes
    answer_page(qtbot, page, change.answers, {})
    while window.wizard.page_name() != "results":
        click_next(qtbot, window)
    assert results.result.recommendation == change.recommendation


def test_a_reasons_question_link_jumps_back_to_the_question(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    walk(qtbot, window, load(CASE_FILES[0]))
    links = [b for b in window.wizard.results.findChildren(QToolButton)
             if b.property("question_id")]
    assert links
    target = links[0].property("question_id")
    qtbot.mouseClick(links[0], Qt.MouseButton.LeftButton)
    assert window.wizard.page_name() == QUESTIONS[target].section
    box = window.wizard.currentPage().boxes[target]
    assert box.isAncestorOf(window.focusWidget())


def test_help_is_one_click_or_a_hover_away(qtbot, window):
    window.wizard.show_page("problem")
    box = window.wizard.currentPage().boxes["pretrained_options"]
    assert not box.help_label.isVisible()
    assert "OCR" in box.help_button.toolTip()
    qtbot.mouseClick(box.help_button, Qt.MouseButton.LeftButton)
    assert box.help_label.isVisible() and "OCR" in box.help_label.text()
