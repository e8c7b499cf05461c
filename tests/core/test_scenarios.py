"""Scenarios judged as a senior ML consultant would in late 2026, written down before the
engine was run on them: the path, the approach, the verdict and what must not be said."""

from __future__ import annotations

import pytest

from wizard.core.engine import assess

BASE = {
    "use_case_clarity": "metric_defined", "sponsorship": "committed", "data_access": "ready",
    "data_drift": "stable", "budget": "250k_1m", "compute": "cloud",
    "data_residency": "contracts_needed", "deployment": "interactive", "timeline": "6_12m",
    "ml_skills": "data_scientists", "accuracy_differentiation": "important",
    "volume": "10k_1m", "audience": "staff", "explainability": "helpful",
    "people_impact": "some", "decision_area": "none", "label_status": "labelled",
    "label_source": "measured_outcomes", "label_expertise": "trained_staff",
}
# name: (answers, accepted paths, accepted approaches, accepted verdicts, confidences ruled out)
SCENARIOS = {
    "cv-screening": (
        dict(problem_class="text", task="score_or_classify", pretrained_options="api_available",
             data_volume="10k_100k", label_source="human_decisions",
             decision_area="employment", explainability="required", people_impact="high"),
        {"classical_ml"}, {"interpretable_model", "heuristic_first"}, {"go", "fix_first"},
        {"high"},
    ),
    "support-chatbot": (
        dict(problem_class="text", task="answer_questions", pretrained_options="api_available",
             data_volume="1k_10k", label_status="unlabelled", label_source="none_yet",
             audience="customers", budget="50k_250k", timeline="3_6m"),
        {"pretrained_or_transfer"}, {"retrieval_augmented", "ready_product"}, {"go"}, set(),
    ),
    "forecast-40m-series-deep-learning-team": (
        dict(problem_class="time_series", task="forecast", pretrained_options="pretrained_model",
             data_volume="gt_1m", ml_skills="deep_learning", compute="gpu", budget="gt_1m",
             accuracy_differentiation="core", deployment="batch", volume="gt_100m",
             people_impact="none"),
        {"classical_ml", "custom_deep_learning"},
        {"statistical_forecasting", "gradient_boosting", "custom_network"}, {"go"}, {"high"},
    ),
    "x-ray-triage": (
        dict(problem_class="image", task="score_or_classify", pretrained_options="api_available",
             data_volume="10k_100k", label_source="expert_review", label_expertise="experts",
             decision_area="health", audience="experts", people_impact="high",
             data_residency="on_premises_only"),
        {"pretrained_or_transfer"}, {"ready_product"}, {"go", "fix_first"}, {"high"},
    ),
    "no-use-case": (
        dict(use_case_clarity="exploring", sponsorship="interested", data_access="scattered",
             ml_skills="analysts", budget="lt_50k", compute="laptops"),
        {"classical_ml"}, {"heuristic_first"}, {"not_yet"}, {"high", "medium"},
    ),
    "on-premises-code-assistant": (
        dict(problem_class="text", task="generate", pretrained_options="pretrained_model",
             data_volume="100k_1m", label_status="unlabelled", label_source="none_yet",
             data_residency="on_premises_only", compute="gpu", people_impact="none"),
        {"pretrained_or_transfer"}, {"self_hosted_open_model"}, {"go"}, set(),
    ),
    "legal-tech-100k-labels": (
        dict(problem_class="text", task="score_or_classify", pretrained_options="pretrained_model",
             data_volume="100k_1m", ml_skills="deep_learning", compute="gpu", budget="gt_1m",
             accuracy_differentiation="core", label_expertise="experts",
             label_source="expert_review", audience="customers"),
        {"pretrained_or_transfer"}, {"fine_tune_pretrained"}, {"go"}, set(),
    ),
    "emotion-recognition-at-work": (
        dict(problem_class="video", task="recognise", pretrained_options="pretrained_model",
             data_volume="10k_100k", decision_area="emotion_recognition_work",
             people_impact="high"),
        {"classical_ml", "pretrained_or_transfer", "custom_deep_learning"}, {None}, {"stop"},
        {"high"},
    ),
    "emotion-recognition-of-customers": (
        dict(problem_class="audio", task="recognise", pretrained_options="api_available",
             data_volume="10k_100k", decision_area="emotion_recognition"),
        {"pretrained_or_transfer"}, {"hosted_api", "fine_tune_pretrained"},
        {"go", "fix_first"}, set(),
    ),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_scenario_is_judged_as_a_consultant_would(name):
    answers, paths, approaches, verdicts, not_confidence = SCENARIOS[name]
    result = assess({**BASE, **answers})
    assert result.recommendation.value in paths
    assert (result.approach.id if result.approach else None) in approaches
    assert result.verdict in verdicts
    assert result.confidence not in not_confidence


def test_emotion_recognition_of_customers_is_high_risk_with_a_duty_to_inform():
    answers = {**BASE, **SCENARIOS["emotion-recognition-of-customers"][0]}
    regulation = {rule.id for rule in assess(answers).regulation}
    assert {"eu_ai_act_high_risk", "eu_ai_act_transparency"} <= regulation
    assert "eu_ai_act_prohibited" not in regulation
