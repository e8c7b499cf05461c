"""Decisions about people and the law: no black box where decisions must be explained, no
model that learns past decisions alone, prohibited practices stopped (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.strategies import partial_answers
from wizard.core.engine import assess
from wizard.core.model import PathId
from wizard.core.risks import RISKS
from wizard.core.rules_context import EXPLAINED_AREAS, PAST_DECISION_AREAS
from wizard.core.rules_judgement import ANNEX_III_AREAS

CV_SCREENING = {
    "use_case_clarity": "metric_defined", "sponsorship": "committed", "data_access": "ready",
    "problem_class": "text", "task": "score_or_classify", "pretrained_options": "api_available",
    "data_volume": "10k_100k", "label_status": "labelled", "label_source": "human_decisions",
    "label_expertise": "trained_staff", "decision_area": "employment", "audience": "staff",
    "explainability": "required", "people_impact": "high", "ml_skills": "data_scientists",
    "budget": "250k_1m", "compute": "cloud", "timeline": "3_6m", "deployment": "batch",
    "accuracy_differentiation": "important", "data_residency": "contracts_needed",
    "volume": "10k_1m", "data_drift": "stable",
}


def test_cv_screening_gets_no_black_box_and_no_model_of_past_hiring_decisions():
    result = assess(CV_SCREENING)
    assert result.recommendation == PathId.CLASSICAL_ML
    assert not result.approach.black_box
    assert result.approach.labels != "learned"
    assert result.confidence != "high"


@settings(max_examples=300, deadline=None)
@given(partial_answers(), st.sampled_from(EXPLAINED_AREAS))
def test_explained_decisions_about_people_never_get_a_black_box(answers, area):
    result = assess({**answers, "decision_area": area, "explainability": "required"})
    assert result.recommendation == PathId.CLASSICAL_ML
    if result.approach is not None:
        assert not result.approach.black_box


@settings(max_examples=300, deadline=None)
@given(partial_answers(), st.sampled_from(PAST_DECISION_AREAS), st.sampled_from(["high", "some"]))
def test_past_decisions_about_people_are_never_all_a_model_learns(answers, area, impact):
    answers = {
        **answers,
        "decision_area": area,
        "label_source": "human_decisions",
        "people_impact": impact,
    }
    result = assess(answers)
    if result.approach is not None:
        assert result.approach.labels != "learned"
    assert result.confidence != "high"


@settings(max_examples=150, deadline=None)
@given(partial_answers())
def test_emotion_recognition_at_work_is_stopped_of_customers_it_is_not(answers):
    work = assess({**answers, "decision_area": "emotion_recognition_work"})
    assert work.verdict == "stop"
    assert "eu_ai_act_prohibited" in {rule.id for rule in work.regulation}
    assert "prohibited-practice" in {blocker.id for blocker in work.blockers}
    assert work.approach is None and not work.levers
    stop_risks = {rule.id for rule in RISKS if rule.under_stop}
    assert work.risks and {risk.id for risk in work.risks} <= stop_risks
    customers = assess({**answers, "decision_area": "emotion_recognition"})
    assert customers.verdict != "stop"
    assert "eu_ai_act_prohibited" not in {rule.id for rule in customers.regulation}


@settings(max_examples=100, deadline=None)
@given(partial_answers(), st.sampled_from(ANNEX_III_AREAS))
def test_every_annex_iii_area_is_high_risk(answers, area):
    result = assess({**answers, "decision_area": area})
    regulation = {rule.id for rule in result.regulation}
    assert "eu_ai_act_high_risk" in regulation
    if result.verdict != "stop":
        assert {"regulatory-assessment", "bias-audit"} <= {s.id for s in result.next_steps}


def test_clinical_decision_support_is_a_medical_device_and_high_risk():
    answers = {"decision_area": "health", "task": "score_or_classify", "people_impact": "high",
               "problem_class": "time_series", "audience": "experts"}
    regulation = {rule.id for rule in assess(answers).regulation}
    assert {"medical_device", "eu_ai_act_high_risk"} <= regulation
