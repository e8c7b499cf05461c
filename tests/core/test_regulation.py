"""The regulation declarations: which rules apply to which answers, and what they say."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.core.declared import allowed
from wizard.core.regulation import (
    ANNEX_I_AREAS,
    ANNEX_III_AREAS,
    PROHIBITED,
    RULES,
    applicable,
    blocking,
    cited_sources,
)
from wizard.core.sources import SOURCES

READ = sorted({q for rule in RULES for c in rule.conditions for q in c.answers})
ANSWERS = st.fixed_dictionaries({q: st.sampled_from(allowed(q)) for q in READ})


def ids(answers: dict[str, str]) -> list[str]:
    return [r.id for r in applicable(answers)]


@pytest.mark.parametrize("area", [*ANNEX_III_AREAS, *ANNEX_I_AREAS])
def test_every_annex_area_is_high_risk(area):
    assert "eu_ai_act_high_risk" in ids({"decision_area": area})


def test_emotion_recognition_at_work_is_prohibited_and_blocks():
    answers = {"decision_area": "emotion_recognition_work"}
    assert PROHIBITED in ids(answers)
    assert blocking(answers) == (PROHIBITED,)


def test_emotion_recognition_of_customers_is_high_risk_with_a_duty_to_inform():
    answers = {"decision_area": "emotion_recognition"}
    assert PROHIBITED not in ids(answers) and not blocking(answers)
    assert {"eu_ai_act_high_risk", "eu_ai_act_transparency"} <= set(ids(answers))


def test_health_software_is_a_medical_device_and_high_risk():
    assert {"medical_device", "eu_ai_act_high_risk"} <= set(ids({"decision_area": "health"}))


def test_credit_scoring_is_an_automated_decision_whoever_reviews_it():
    answers = {"decision_area": "credit_insurance", "audience": "experts"}
    assert "gdpr_automated_decision" in ids(answers)


def test_decisions_about_people_without_expert_review_fall_under_article_22():
    assert "gdpr_automated_decision" in ids({"people_impact": "high", "audience": "staff"})
    assert "gdpr_automated_decision" not in ids({"people_impact": "high", "audience": "experts"})


@pytest.mark.parametrize("task", ["answer_questions", "generate"])
def test_systems_that_talk_or_generate_owe_transparency(task):
    assert "eu_ai_act_transparency" in ids({"task": task, "audience": "staff"})


def test_nothing_applies_to_an_internal_forecast():
    answers = {"task": "forecast", "decision_area": "none", "people_impact": "none"}
    assert applicable(answers) == ()


@given(ANSWERS)
def test_each_rule_once_and_prohibition_exactly_for_emotions_at_work(answers):
    found = ids(answers)
    assert len(found) == len(set(found))
    at_work = answers["decision_area"] == "emotion_recognition_work"
    assert (PROHIBITED in found) == at_work == bool(blocking(answers))
    for source in cited_sources(answers):
        assert source in SOURCES


def test_every_rule_is_complete_and_dated():
    for rule in RULES:
        assert rule.text and rule.obligations and rule.conditions, rule.id
        datetime.date.fromisoformat(rule.applies_from)
        assert SOURCES[rule.source].kind == "regulation", rule.id


def test_texts_are_translated_and_ids_dates_sources_are_not():
    shown = applicable({"decision_area": "health"}, lambda context, text: f"<{context}>{text}")
    for regulation in shown:
        assert regulation.text.startswith("<regulation>")
        assert all(o.startswith("<regulation>") for o in regulation.obligations)
        assert regulation.source in SOURCES
        datetime.date.fromisoformat(regulation.applies_from)


def test_later_matches_of_an_id_add_only_missing_obligations():
    answers = {"decision_area": "emotion_recognition", "task": "answer_questions"}
    transparency = next(r for r in applicable(answers) if r.id == "eu_ai_act_transparency")
    assert len(transparency.obligations) == len(set(transparency.obligations)) == 3
