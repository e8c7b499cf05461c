"""The advice follows the literature whatever the other answers are (hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.helpers.strategies import partial_answers
from wizard.core.engine import assess
from wizard.core.model import PathId
from wizard.core.questions import QUESTIONS
from wizard.core.rules_custom import CUSTOM_NEEDS
from wizard.core.rules_data import FOUNDATION_TASKS


def said(result):
    """Every rule that a reason of the result speaks for."""
    return {rule for reason in result.reasons for rule in reason.rules}


@settings(max_examples=400, deadline=None)
@given(partial_answers())
def test_custom_deep_learning_only_when_every_prerequisite_holds(answers):
    if assess(answers).recommendation == PathId.CUSTOM_DEEP_LEARNING:
        for qid, allowed in CUSTOM_NEEDS.items():
            assert answers.get(qid) in allowed, qid


def test_gpus_rented_by_the_hour_count_as_compute():
    assert set(CUSTOM_NEEDS["compute"]) == {"cloud", "gpu"}


@settings(max_examples=300, deadline=None)
@given(
    partial_answers(),
    st.sampled_from(["tabular", "time_series"]),
    st.sampled_from(["score_or_classify", "forecast", "rank_or_recommend", "unsure"]),
)
def test_tables_and_forecasts_get_classical_models(answers, problem_class, task):
    # Unless a ready service does the task: then buying it can win ("don't build what an API
    # already does"), e.g. for a team with no ML skills, few unlabelled rows and a clinical use
    # for which certified products exist. A deep network is never the answer for tables.
    answers = {**answers, "problem_class": problem_class, "task": task}
    recommendation = assess(answers).recommendation
    if answers.get("pretrained_options") == "api_available":
        assert recommendation != PathId.CUSTOM_DEEP_LEARNING
    else:
        assert recommendation == PathId.CLASSICAL_ML


@settings(max_examples=300, deadline=None)
@given(
    partial_answers(),
    st.sampled_from(["text", "image", "audio", "video"]),
    st.sampled_from(["api_available", "pretrained_model"]),
    st.sampled_from(["lt_1k", "1k_10k", "10k_100k"]),
)
def test_unstructured_data_with_something_that_exists_is_not_built(
    answers, problem_class, pretrained, volume
):
    # Where each decision must be explained, an interpretable model on engineered features
    # may rightly win (Rudin 2019), and for decisions on jobs, credit, schooling and public
    # services it must; everywhere else, adapt what exists. Never a network of one's own.
    answers = {
        **answers,
        "problem_class": problem_class,
        "pretrained_options": pretrained,
        "data_volume": volume,
    }
    result = assess(answers)
    assert result.recommendation != PathId.CUSTOM_DEEP_LEARNING
    assume(answers.get("explainability") != "required")
    assume(answers.get("use_case_clarity") != "exploring")
    assert result.recommendation == PathId.PRETRAINED_OR_TRANSFER


@settings(max_examples=300, deadline=None)
@given(partial_answers())
def test_explanations_required_with_high_impact_gets_an_interpretable_model_where_the_law_lists_it(
    answers,
):
    # The decision for "explanations required + high impact on people": in the areas where
    # the EU AI Act lists the decision as high-risk and a person may contest it (jobs,
    # credit, schooling, public services), classical ML with an interpretable model or
    # transparent rules; elsewhere (a CE-marked triage tool, say) a certified product may
    # lead, with a person in the loop.
    area = answers.get("decision_area")
    answers = {**answers, "explainability": "required", "people_impact": "high"}
    result = assess(answers)
    assert "explanations-required" in said(result)
    if area in ("employment", "credit_insurance", "education", "public_services"):
        assert result.recommendation == PathId.CLASSICAL_ML
        assert result.approach is None or not result.approach.black_box


@settings(max_examples=200, deadline=None)
@given(partial_answers())
def test_data_on_premises_rules_out_the_cloud_service_not_transfer_learning(answers):
    answers = {
        **answers,
        "problem_class": "audio",
        "pretrained_options": "api_available",
        "data_residency": "on_premises_only",
        "data_volume": "1k_10k",
    }
    assume(answers.get("explainability") != "required")
    result = assess(answers)
    assert result.recommendation == PathId.PRETRAINED_OR_TRANSFER
    assert "on-premises-open-models" in said(result)
    if result.approach is not None and result.approach.id != "ready_product":
        assert result.approach.id in ("self_hosted_open_model", "retrieval_augmented")


@settings(max_examples=200, deadline=None)
@given(partial_answers())
def test_no_use_case_or_no_data_is_not_ready(answers):
    for blocked in ({"use_case_clarity": "exploring"}, {"data_access": "not_collected"}):
        result = assess({**answers, **blocked})
        assert result.readiness.band == "not_ready"
        assert result.blockers


@settings(max_examples=200, deadline=None)
@given(partial_answers(), st.sampled_from(FOUNDATION_TASKS))
def test_language_model_tasks_never_ask_for_a_thousand_labels_per_label(answers, task):
    result = assess({**answers, "task": task})
    texts = [r.text for r in result.reasons] + [b.text for b in result.blockers]
    assert not any("1,000" in text and "per label" in text for text in texts)
    assert "no-labels" not in {b.id for b in result.blockers}
    assert "small-data" not in said(result)


@settings(max_examples=300, deadline=None)
@given(partial_answers(), st.sampled_from(["lt_1k", "1k_10k", "10k_100k", "100k_1m", "gt_1m"]))
def test_text_never_trains_a_language_model_from_scratch_unless_nothing_exists_and_all_holds(
    answers, volume
):
    answers = {**answers, "problem_class": "text", "data_volume": volume}
    if assess(answers).recommendation == PathId.CUSTOM_DEEP_LEARNING:
        assert answers.get("pretrained_options") == "none_known"
        for qid, allowed in CUSTOM_NEEDS.items():
            assert answers.get(qid) in allowed, qid


def test_an_empty_assessment_is_scored_with_low_confidence_and_says_why():
    result = assess({})
    assert result.confidence == "low"
    assert f"{len(QUESTIONS)} of {len(QUESTIONS)}" in result.confidence_note
    assert result.recommendation == PathId.CLASSICAL_ML
