"""The ten example assessments agree with the expert answers in expected.json."""

from __future__ import annotations

import pytest

from tests.helpers.cases import CASE_FILES, EXPECTED
from wizard.core.engine import assess
from wizard.core.storage import load


def test_every_expected_case_has_a_file():
    assert {f.name for f in CASE_FILES} == set(EXPECTED)


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.stem)
def test_case_matches_the_expert(case):
    expected = EXPECTED[case.name]
    result = assess(load(case))
    accepted = {expected["recommendation"], *expected.get("acceptable", [])}
    assert result.recommendation.value in accepted
    if "band" in expected:
        assert result.readiness.band in expected["band"]
    if "confidence" in expected:
        assert result.confidence in expected["confidence"]
    said = " ".join(reason.text for reason in result.reasons).lower()
    for word in expected.get("mention", []):
        assert word.lower() in said


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.stem)
def test_preferred_answer_is_given_where_the_expert_has_one(case):
    """Where expected.json also accepts a second path, the first is still what we say."""
    assert assess(load(case)).recommendation.value == EXPECTED[case.name]["recommendation"]
