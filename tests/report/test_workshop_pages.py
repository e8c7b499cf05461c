"""The brief's workshop pages: progress since an earlier assessment, where the room disagrees."""

from __future__ import annotations

import pytest

from tests.helpers.cases import CASES_DIR
from tests.report.pdfread import text
from wizard.core.compare import changed_answers
from wizard.core.questions import QUESTIONS
from wizard.core.storage import load
from wizard.core.team import merge
from wizard.report.brief import render_brief


def _flat(data: bytes) -> str:
    return " ".join(text(data).split())


@pytest.fixture
def credit():
    return load(CASES_DIR / "credit-scoring.dlready")


def test_progress_page_lists_every_change(credit):
    earlier = credit.with_answers({"data_volume": "lt_1k", "budget": "lt_50k"}).model_copy(
        update={"meta": credit.meta.model_copy(update={"date": "2026-01-15"})})
    flat = _flat(render_brief(credit, earlier=earlier))
    assert "Progress since 15 January 2026" in flat
    for change in changed_answers(earlier, credit):
        assert QUESTIONS[change.question].label in flat
    assert "Progress since" not in _flat(render_brief(credit))


def test_the_room_section_names_or_numbers_the_participants(credit):
    people = [
        ("Ana Ortiz", credit.with_answers({"problem_class": "text"})),
        ("Ben Berg", credit.with_answers({"problem_class": "image"})),
        ("Cy Chen", credit),
    ]
    team = merge(people).assessment
    named = _flat(render_brief(team))
    assert "Where the room disagrees" in named
    assert all(name in named for name, _ in people)
    hidden = _flat(render_brief(team, hide_names=True))
    assert "Where the room disagrees" in hidden
    assert not any(name in hidden for name, _ in people)
    assert "Participant 3" in hidden
    assert "Where the room disagrees" not in _flat(render_brief(credit))
