"""The results page shows the v2 Result: verdict and headline first, the approach, levers to
try (and undo), the cost against the budget, top risks, regulation, next steps as a table.
The parts are given to the page here, as the engine will return them; the page computes none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton

from tests.helpers.cases import CASES_DIR
from wizard.core.engine import assess as real_assess
from wizard.core.paths import PathId
from wizard.core.questions import QUESTIONS
from wizard.core.result import (
    Approach,
    Cost,
    CostItem,
    CostRange,
    Lever,
    Regulation,
    Risk,
    Step,
)
from wizard.gui.money import money
from wizard.gui.pages import results as results_module
from wizard.translation import available_languages

CASE = CASES_DIR / "churn-small-team.dlready"


def lever_answers(document):
    """A lever that changes two answers the case gave differently."""
    changes = {}
    for qid in ("budget", "ml_skills"):
        current = document.answers.get(qid)
        other = next(o.id for o in QUESTIONS[qid].options if o.id != current)
        changes[qid] = other
    return changes


@pytest.fixture
def page(window, monkeypatch):
    window.document.open(str(CASE))
    changes = lever_answers(window.document)

    def assess(assessment, translate):
        result = real_assess(assessment, translate)
        path = result.recommendation
        return result.model_copy(update={
            "approach": Approach(id="a1", path=path, text="Start with gradient boosting.",
                                 baseline="Last year's churn rule", go_no_go="Beat it by 5 points",
                                 risk="Leaking future data"),
            "levers": (Lever(text="Hire one ML engineer and raise the budget", answers=changes,
                             recommendation=PathId.CUSTOM_DEEP_LEARNING, band="ready",
                             effort="months"),),
            "cost": Cost(by_path={path: CostRange(low=40_000, high=90_000, items=(
                CostItem(what="People", low=30_000, high=70_000, assumption="Half a person"),))}),
            "risks": tuple(Risk(id=f"r{i}", text=f"Risk number {i}", severity=s,
                                mitigation=f"Mitigation {i}")
                           for i, s in enumerate(("low", "high", "medium", "high"))),
            "regulation": (Regulation(id="gdpr", text="GDPR applies",
                                      obligations=("Record the purpose",),
                                      applies_from="2018-05-25", source="GDPR"),),
            "next_steps": (Step(id="s1", when="now", owner="sponsor", text="Name the owner",
                                done_when="A name is on the plan"),
                           Step(id="s2", when="30", owner="ml_lead", text="Build the baseline",
                                done_when="The baseline is measured")),
        })

    monkeypatch.setattr(results_module, "assess", assess)
    window.wizard.show_page("results")
    return window.wizard.results, changes


def boxes(page):
    return {b.objectName(): b for b in page.findChildren(QGroupBox) if b.isVisible()}


def test_verdict_and_headline_come_first(page):
    results, _ = page
    body = results.scroll_area.widget()
    order = [body.layout().itemAt(i).widget() for i in range(body.layout().count())]
    first = order[0]
    verdict = first.findChild(QLabel, "verdict")
    headline = first.findChild(QLabel, "headline")
    assert verdict is not None and headline is not None
    assert headline.accessibleName() == results.result.headline
    assert verdict.geometry().top() < headline.geometry().top()


def test_approach_baseline_risks_regulation_and_cost_are_shown(page):
    results, _ = page
    shown = boxes(results)
    for name in ("approach", "cost", "risks", "regulation", "next-steps", "levers"):
        assert name in shown, name
    texts = " ".join(label.text() for label in shown["approach"].findChildren(QLabel))
    assert "Last year's churn rule" in texts and "Beat it by 5 points" in texts
    risks = [label.text() for label in shown["risks"].findChildren(QLabel)
             if label.text().startswith("\u2022")]
    assert len(risks) == results_module.advice.TOP_RISKS
    assert "Risk number 0" not in " ".join(risks)  # the low one is left out
    cost = " ".join(label.text() for label in shown["cost"].findChildren(QLabel))
    assert money(40_000) in cost and money(90_000) in cost and "budget" in cost.lower()


def test_levers_are_apart_from_what_the_advice_depends_on(page):
    results, _ = page
    shown = boxes(results)
    levers = shown["levers"]
    depends = [b for name, b in shown.items() if name.startswith("section-What the advice")]
    assert depends and levers is not depends[0]
    assert levers.findChild(QPushButton, "try-lever-0") is not None
    assert depends[0].findChild(QPushButton) is None


def test_try_it_applies_the_answers_and_undo_puts_them_back(qtbot, page, window):
    results, changes = page
    before = {qid: window.document.answers.get(qid) for qid in changes}
    qtbot.mouseClick(boxes(results)["levers"].findChild(QPushButton, "try-lever-0"),
                     Qt.MouseButton.LeftButton)
    assert {qid: window.document.answers.get(qid) for qid in changes} == changes
    undo = boxes(results)["levers"].findChild(QPushButton, "undo-lever")
    assert undo is not None
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert {qid: window.document.answers.get(qid) for qid in changes} == before
    assert boxes(results)["levers"].findChild(QPushButton, "undo-lever") is None


def test_next_steps_are_a_table_of_when_owner_step_and_done_when(page):
    results, _ = page
    table = boxes(results)["next-steps"]
    grid = table.layout()
    assert grid.columnCount() == 4
    assert grid.rowCount() == 1 + len(results.result.next_steps)
    second = [grid.itemAtPosition(2, c).widget().text() for c in range(4)]
    assert second == ["By day 30", "ML lead", "Build the baseline", "The baseline is measured"]


def test_the_currency_setting_changes_budgets_and_costs_but_not_the_saved_ids(page, window):
    results, _ = page
    budget = window.document.answers["budget"]
    window.set_currency("EUR")
    window.wizard.show_page("results")
    cost = " ".join(label.text() for label in boxes(window.wizard.results)["cost"]
                    .findChildren(QLabel))
    assert "\u20ac" in cost and "$" not in cost
    window.wizard.show_page("infrastructure")
    box = window.wizard.currentPage().boxes["budget"]
    assert all("\u20ac" in b.text() for qid, b in box.buttons.items() if qid != "unsure")
    assert window.document.answers["budget"] == budget
    window.set_currency("USD")


def test_sources_are_shown_by_their_citation_when_the_result_lists_them(window, monkeypatch):
    from wizard.core.result import Source

    window.document.open(str(CASE))

    def assess(assessment, translate):
        result = real_assess(assessment, translate)
        cited = {reason.source for reason in result.reasons if reason.source}
        return result.model_copy(update={"sources": tuple(
            Source(id=sid, citation=f"Citation for {sid}, 2020", year=2020,
                   kind="peer_reviewed") for sid in cited)})

    monkeypatch.setattr(results_module, "assess", assess)
    window.wizard.show_page("results")
    texts = [label.text() for label in window.wizard.results.findChildren(QLabel)]
    first = window.wizard.results.result.reasons[0].source
    assert any(f"Citation for {first}, 2020" in text for text in texts)
    assert not any(text.endswith(f": {first}") for text in texts)


@pytest.mark.parametrize("lang", available_languages())
def test_owners_and_severities_are_named_as_in_the_brief_and_on_the_command_line(qapp, lang):
    from wizard.core.labels import OWNER_LABELS, SEVERITY_LABELS
    from wizard.gui.language import install_language
    from wizard.translation import translator_for

    elsewhere = translator_for(lang)  # what `dlready assess` and the brief translate with
    install_language(qapp, lang)
    try:
        for owner, text in OWNER_LABELS.items():
            assert results_module.advice.owner_label(owner) == elsewhere("labels", text)
        for severity, text in SEVERITY_LABELS.items():
            shown = results_module.advice.severity_label(severity)
            # The same word, capitalised: it stands alone in parentheses after the risk.
            assert shown.lower() == elsewhere("labels", text).lower()
            assert shown[:1].isupper()
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("verdict", ["go", "fix_first", "not_yet", "stop"])
def test_the_cost_box_says_what_the_board_paper_says_for_each_verdict(page, verdict):
    # The room and the board read the same: no range for a system not to be built, no money
    # asked before the groundwork, a range committed only once the blockers are cleared.
    results, _ = page
    results.result = results.result.model_copy(update={"verdict": verdict})
    results.scroll_area.setWidget(results._build(results.result))
    cost = boxes(results).get("cost")
    if verdict == "stop":
        assert cost is None
        return
    text = " ".join(label.text() for label in cost.findChildren(QLabel))
    assert (money(40_000) in text) == (verdict in ("go", "fix_first"))
    assert ("No money is asked for" in text) == (verdict == "not_yet")
    assert ("blockers are cleared" in text) == (verdict == "fix_first")


@pytest.mark.parametrize("verdict", ["go", "stop"])
def test_no_path_is_named_for_a_use_that_must_not_be_built(page, verdict):
    results, _ = page
    results.result = results.result.model_copy(update={"verdict": verdict})
    results.scroll_area.setWidget(results._build(results.result))
    named = results.scroll_area.widget().findChild(QLabel, "recommended")
    assert (named is None) == (verdict == "stop")
