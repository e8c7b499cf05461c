"""Year-one cost ranges: ordered, itemised, growing with volume and data as they should."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.core.costs import against_budget, estimate, path_cost
from wizard.core.costs_table import PRICES
from wizard.core.declared import allowed
from wizard.core.model import PathId
from wizard.core.result import CostRange
from wizard.core.sources import SOURCES

CML, PRE, CDL = PathId.CLASSICAL_ML, PathId.PRETRAINED_OR_TRANSFER, PathId.CUSTOM_DEEP_LEARNING
READ = ["ml_skills", "data_volume", "label_status", "label_expertise", "volume",
        "data_residency", "decision_area", "task", "people_impact", "audience"]
ANSWERS = st.fixed_dictionaries({q: st.sampled_from(allowed(q)) for q in READ})
APPROACH = st.sampled_from([None, "hosted_api", "retrieval_augmented", "fine_tune_pretrained",
                            "self_hosted_open_model"])
VOLUMES = ["lt_10k", "10k_1m", "1m_100m", "gt_100m"]
DATA = ["lt_1k", "1k_10k", "10k_100k", "100k_1m", "gt_1m"]


def item(cost: CostRange, what: str):
    return next(i for i in cost.items if i.what == what)


@given(ANSWERS, APPROACH)
def test_every_path_has_an_ordered_itemised_range(answers, approach):
    cost = estimate(answers, {PRE: approach})
    assert cost.currency == "USD" and set(cost.by_path) == set(PathId)
    for path_range in cost.by_path.values():
        assert 0 <= path_range.low <= path_range.high
        assert path_range.low == sum(i.low for i in path_range.items)
        assert path_range.high == sum(i.high for i in path_range.items)
        for cost_item in path_range.items:
            assert isinstance(cost_item.low, int) and cost_item.low <= cost_item.high
            assert cost_item.what and cost_item.assumption


@given(ANSWERS, st.sampled_from(["hosted_api", "retrieval_augmented", None]))
def test_service_fees_grow_with_volume(answers, approach):
    highs = [path_cost({**answers, "volume": v}, PRE, approach).high for v in VOLUMES]
    lows = [path_cost({**answers, "volume": v}, PRE, approach).low for v in VOLUMES]
    assert highs == sorted(highs) and len(set(highs)) == len(highs)
    assert lows == sorted(lows)


@given(ANSWERS, st.sampled_from([CML, CDL]))
def test_labelling_grows_with_data_and_expertise(answers, path):
    unlabelled = {**answers, "label_status": "unlabelled"}
    labelling = [item(path_cost({**unlabelled, "data_volume": d}, path), "Labelling").high
                 for d in DATA]
    assert labelling == sorted(labelling) and labelling[0] < labelling[-1]
    by_who = [item(path_cost({**unlabelled, "label_expertise": w}, path), "Labelling").high
              for w in ("anyone", "trained_staff", "experts")]
    assert by_who == sorted(by_who) and by_who[0] < by_who[-1]


def test_nothing_to_label_costs_nothing_to_label():
    cost = path_cost({"label_status": "labelled", "data_volume": "gt_1m"}, CDL)
    assert item(cost, "Labelling").high == 0


def test_a_skills_gap_raises_the_people_cost():
    staffed = item(path_cost({"ml_skills": "deep_learning"}, CDL), "People")
    gap = item(path_cost({"ml_skills": "analysts"}, CDL), "People")
    assert gap.low > staffed.low and gap.high > staffed.high


def test_rules_that_apply_add_compliance():
    assert "Compliance" not in {i.what for i in path_cost({"decision_area": "none"}, CML).items}
    heavy = item(path_cost({"decision_area": "health"}, CML), "Compliance")
    light = item(path_cost({"task": "answer_questions"}, CML), "Compliance")
    assert heavy.low > light.low


def test_the_budget_comparison_says_it_in_words():
    def span(low, high):
        return CostRange(low=low, high=high, items=())

    assert against_budget(span(60_000, 200_000), "50k_250k") == "within the budget"
    assert against_budget(span(500_000, 600_000), "50k_250k") == "needs about twice the budget"
    assert against_budget(span(900_000, 1_000_000), "50k_250k") == (
        "needs about 4 times the budget"
    )
    assert "high end" in against_budget(span(100_000, 400_000), "50k_250k")
    assert against_budget(span(5_000_000, 9_000_000), "gt_1m") == "within the budget"
    assert "no budget" in against_budget(span(1, 2), "unsure")


def test_prices_are_ranges_with_a_dated_rule_of_thumb_source():
    for price in PRICES.values():
        assert price.low <= price.high and price.basis
        assert SOURCES[price.source].kind == "rule_of_thumb"


def test_items_are_translated():
    cost = path_cost({}, PRE, "hosted_api", lambda c, t: f"<{c}>{t}")
    assert all(i.what.startswith("<costs>") for i in cost.items)
    assert all(i.assumption.startswith("<costs>") for i in cost.items)


@given(ANSWERS, APPROACH)
def test_no_figure_claims_more_than_two_significant_figures(answers, approach):
    for path_range in estimate(answers, {PRE: approach}).by_path.values():
        for cost_item in path_range.items:
            for value in (cost_item.low, cost_item.high):
                assert value == 0 or value % 100 == 0
                assert len(str(value).rstrip("0")) <= 2
