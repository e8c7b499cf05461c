"""File format v2: v1 files migrate without invented answers; invalid answers never score."""

from __future__ import annotations

import json

import pytest

from tests.helpers.cases import CASE_FILES
from wizard.core.assessment import CURRENT_VERSION, Assessment, AssessmentError, parse
from wizard.core.engine import assess
from wizard.core.storage import load, save

# The keys of `dlready assess --json` that the contract (v2) names.
CONTRACT_KEYS = {
    "recommendation", "verdict", "headline", "approach", "fit", "readiness", "confidence",
    "confidence_note", "reasons", "blockers", "regulation", "risks", "levers",
    "what_would_change", "cost", "next_steps", "sources", "rulebook",
}


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.stem)
def test_a_v1_file_loads_scores_and_saves_as_v2_inventing_no_answer(case, tmp_path):
    original = json.loads(case.read_text("utf-8"))
    assert original["version"] == 1
    assessment = load(case)
    assert assessment.answers == original["answers"]
    assess(assessment)
    save(assessment, tmp_path / case.name)
    saved = json.loads((tmp_path / case.name).read_text("utf-8"))
    assert saved["version"] == CURRENT_VERSION == 2
    assert saved["answers"] == original["answers"]
    assert load(tmp_path / case.name) == assessment


@pytest.mark.parametrize(
    "answers", [{"budget": "huge"}, {"colour": "blue"}, {"task": "dream"}]
)
def test_invalid_answers_are_refused_when_the_assessment_is_built(answers):
    with pytest.raises(AssessmentError) as caught:
        Assessment(answers=answers)
    assert next(iter(answers)) in str(caught.value)
    with pytest.raises(AssessmentError):
        assess(answers)
    with pytest.raises(AssessmentError):
        Assessment().with_answers(answers)


def test_every_contract_key_is_emitted():
    document = assess({"problem_class": "tabular"}).to_contract()
    assert set(document) >= CONTRACT_KEYS


def test_a_new_question_answered_in_a_v1_file_is_kept():
    text = json.dumps({"format": "dlready-assessment", "version": 1,
                       "answers": {"task": "forecast"}})
    assert parse(text).answers == {"task": "forecast"}
