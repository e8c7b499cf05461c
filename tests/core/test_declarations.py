"""The question bank and the rulebook are complete and consistent, as data."""

from __future__ import annotations

import pytest

from wizard.core.model import PathId
from wizard.core.paths import PATHS
from wizard.core.questions import QUESTIONS, SECTION_IDS, SECTIONS, questions_in
from wizard.core.readiness import NEEDS, PRE_ON_PREMISES_COMPUTE
from wizard.core.rulebook import BLOCKERS, FIT_RULES, READINESS_CAPS, RISKS
from wizard.core.sources import SOURCES

CONTRACT = {
    "use_case_clarity": {"metric_defined", "problem_defined", "exploring"},
    "accuracy_differentiation": {"core", "important", "good_enough"},
    "problem_class": {"tabular", "time_series", "text", "image", "audio", "video",
                      "recommendation", "multimodal"},
    "pretrained_options": {"api_available", "pretrained_model", "none_known"},
    "data_volume": {"lt_1k", "1k_10k", "10k_100k", "100k_1m", "gt_1m"},
    "label_status": {"labelled", "partial", "unlabelled"},
    "data_access": {"ready", "scattered", "not_collected"},
    "data_drift": {"stable", "changing", "volatile"},
    "budget": {"lt_50k", "50k_250k", "250k_1m", "gt_1m"},
    "compute": {"laptops", "cloud", "gpu"},
    "data_residency": {"external_ok", "contracts_needed", "on_premises_only"},
    "deployment": {"batch", "interactive", "edge_realtime"},
    "timeline": {"lt_3m", "3_6m", "6_12m", "gt_12m"},
    "ml_skills": {"none", "analysts", "data_scientists", "deep_learning"},
    "sponsorship": {"committed", "interested", "none"},
    "explainability": {"required", "helpful", "not_needed"},
    "people_impact": {"high", "some", "none"},
    "task": {"score_or_classify", "forecast", "rank_or_recommend", "recognise", "extract",
             "answer_questions", "generate"},
    "decision_area": {"employment", "credit_insurance", "health", "education",
                      "public_services", "law_justice_migration", "biometrics",
                      "emotion_recognition_work", "emotion_recognition",
                      "critical_infrastructure", "product_safety", "none"},
    "audience": {"experts", "staff", "customers", "public"},
    "volume": {"lt_10k", "10k_1m", "1m_100m", "gt_100m"},
    "label_source": {"measured_outcomes", "human_decisions", "expert_review", "none_yet"},
    "label_expertise": {"anyone", "trained_staff", "experts"},
}
# The contract's ladders, weakest first: levers move only up these.
CONTRACT_LADDERS = {
    "use_case_clarity": ("exploring", "problem_defined", "metric_defined"),
    "data_volume": ("lt_1k", "1k_10k", "10k_100k", "100k_1m", "gt_1m"),
    "label_status": ("unlabelled", "partial", "labelled"),
    "data_access": ("not_collected", "scattered", "ready"),
    "budget": ("lt_50k", "50k_250k", "250k_1m", "gt_1m"),
    "compute": ("laptops", "cloud", "gpu"),
    "timeline": ("lt_3m", "3_6m", "6_12m", "gt_12m"),
    "ml_skills": ("none", "analysts", "data_scientists", "deep_learning"),
    "sponsorship": ("none", "interested", "committed"),
}
ALL_RULES = (*FIT_RULES, *BLOCKERS, *RISKS, *READINESS_CAPS)


def test_the_contract_questions_and_options_are_all_there():
    assert set(QUESTIONS) == set(CONTRACT)
    for qid, options in CONTRACT.items():
        assert set(QUESTIONS[qid].option_ids) == options, qid


def test_the_contract_ladders_are_declared():
    for qid, ladder in CONTRACT_LADDERS.items():
        assert QUESTIONS[qid].ladder == ladder, qid


def test_every_question_is_explained_and_in_a_section():
    for question in QUESTIONS.values():
        assert question.text.endswith("?"), question.id
        assert len(question.help) > 60, question.id
        assert question.label, question.id
        assert question.section in SECTION_IDS, question.id
    assert sum(len(questions_in(s.id)) for s in SECTIONS) == len(QUESTIONS)
    assert all(questions_in(s.id) for s in SECTIONS)


@pytest.mark.parametrize("path", list(PathId))
def test_what_each_path_needs_covers_every_option_and_rises_with_each_ladder(path):
    specs = [*NEEDS[path].items()]
    if path is PathId.PRETRAINED_OR_TRANSFER:
        specs.append(("compute", PRE_ON_PREMISES_COMPUTE))
    for qid, spec in specs:
        question = QUESTIONS[qid]
        assert set(spec.values) == set(question.option_ids), qid
        if question.ladder:
            values = [spec.values[o] for o in question.ladder]
            assert values == sorted(values), qid


def test_requirements_are_not_capabilities():
    # A deadline, millisecond answers or the importance of quality shape the path; they do
    # not make an organisation more or less ready.
    for path in PathId:
        assert not {"timeline", "deployment", "accuracy_differentiation"} & set(NEEDS[path])


def test_rule_ids_are_unique_and_every_rule_cites_a_source():
    ids = [rule.id for rule in ALL_RULES]
    assert len(ids) == len(set(ids))
    for rule in ALL_RULES:
        assert rule.source in SOURCES, rule.id
        assert rule.text and not rule.text.endswith("."), rule.id


@pytest.mark.parametrize("path", list(PathId))
def test_every_path_has_a_name(path):
    assert PATHS[path].name


def test_every_band_confidence_and_dimension_has_a_label():
    from wizard.core.labels import BAND_LABELS, CONFIDENCE_LABELS, DIMENSION_LABELS
    from wizard.core.model import Dimension
    from wizard.core.readiness import BAND_FLOORS

    assert set(BAND_LABELS) == {"not_ready", *BAND_FLOORS}
    assert set(CONFIDENCE_LABELS) == {"low", "medium", "high"}
    assert set(DIMENSION_LABELS) == {dimension.value for dimension in Dimension}
