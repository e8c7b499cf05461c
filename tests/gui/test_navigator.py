"""The section list: each section's status, one click to any page; the review before results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.walk import click_next
from tests.helpers.cases import CASES_DIR
from wizard.core.model import UNSURE
from wizard.core.questions import QUESTION_IDS, QUESTIONS, SECTION_IDS, questions_in

CASE = CASES_DIR / "churn-small-team.dlready"


def click_row(qtbot, window, name: str) -> None:
    navigator = window.navigator
    row = next(r for r in range(navigator.count()) if navigator.name_of(r) == name)
    rect = navigator.visualItemRect(navigator.item(row))
    qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_one_click_from_the_welcome_page_to_any_section_and_to_the_results(qtbot, window):
    window.wizard.ensure_pages()
    for name in (SECTION_IDS[3], SECTION_IDS[0], "results", SECTION_IDS[-1], "welcome"):
        click_row(qtbot, window, name)
        assert window.wizard.page_name() in (name, "review" if name == "results" else name)


def test_a_reason_link_then_one_click_back_to_the_results(qtbot, window):
    window.document.open(str(CASE))
    window.wizard.show_page("results")
    qid = QUESTION_IDS[5]
    window.wizard.go_to_question(qid)
    assert window.wizard.page_name() == QUESTIONS[qid].section
    click_row(qtbot, window, "results")
    assert window.wizard.page_name() == "results"


def test_each_section_shows_complete_dont_know_or_not_visited(qtbot, window):
    window.wizard.ensure_pages()
    complete, unsure, untouched = SECTION_IDS[0], SECTION_IDS[1], SECTION_IDS[2]
    for question in questions_in(complete):
        window.document.set_answer(question.id, question.options[0].id)
    window.document.set_answer(questions_in(unsure)[0].id, UNSURE)
    navigator = window.navigator
    assert navigator.status(complete) == "complete"
    assert navigator.status(unsure) == "unsure"
    assert navigator.status(untouched) == "not_visited"
    window.wizard.show_page(untouched)
    assert navigator.status(untouched) == "partial"
    texts = {navigator.name_of(r): navigator.item(r).text() for r in range(navigator.count())}
    assert len({texts[complete][0], texts[unsure][0], texts[SECTION_IDS[3]][0]}) == 3


def test_a_complete_assessment_opens_on_its_results(window, tmp_path):
    window.document.open(str(CASE))
    answers = {q: QUESTIONS[q].options[0].id for q in QUESTION_IDS}
    answers[QUESTION_IDS[0]] = UNSURE  # "don't know" leaves nothing to fill in
    path = tmp_path / "complete.dlready"
    window.document.answers = answers
    window.document.save(path)
    window.document.replace(None, None, modified=False)
    assert window.open_path(str(path))
    assert window.wizard.page_name() == "results"


def test_an_incomplete_assessment_opens_on_the_welcome_page(window, tmp_path):
    path = tmp_path / "partial.dlready"
    window.document.set_answer(QUESTION_IDS[0], QUESTIONS[QUESTION_IDS[0]].options[0].id)
    window.document.save(path)
    assert window.open_path(str(path))
    assert window.wizard.page_name() == "welcome"


def test_review_lists_skipped_and_dont_know_and_links_to_each(qtbot, window):
    skipped, unsure = QUESTION_IDS[-1], QUESTION_IDS[0]
    for qid in QUESTION_IDS:
        if qid != skipped:
            window.document.set_answer(qid, QUESTIONS[qid].options[0].id)
    window.document.set_answer(unsure, UNSURE)
    window.wizard.show_page(SECTION_IDS[-1])
    click_next(qtbot, window)
    assert window.wizard.page_name() == "review"
    review = window.wizard.review
    assert set(review.links) == {skipped, unsure}
    qtbot.mouseClick(review.links[skipped], Qt.MouseButton.LeftButton)
    assert window.wizard.page_name() == QUESTIONS[skipped].section
    assert QApplication.focusWidget() in window.wizard.section_pages[
        QUESTIONS[skipped].section].boxes[skipped].buttons.values()


def test_no_review_when_every_question_is_answered(qtbot, window):
    for qid in QUESTION_IDS:
        window.document.set_answer(qid, QUESTIONS[qid].options[0].id)
    window.wizard.show_page(SECTION_IDS[-1])
    click_next(qtbot, window)
    assert window.wizard.page_name() == "results"


def test_progress_and_results_count_the_same_unanswered(qtbot, window):
    from wizard.gui.pages.section import ProgressRow

    window.document.set_answer(QUESTION_IDS[0], UNSURE)
    window.document.set_answer(QUESTION_IDS[1], QUESTIONS[QUESTION_IDS[1]].options[0].id)
    window.wizard.show_page(SECTION_IDS[0])
    row = window.wizard.currentPage().findChild(ProgressRow)
    window.wizard.show_page("results")
    result = window.wizard.results.result
    assert row.bar.value() == len(QUESTION_IDS) - len(result.unknown)
