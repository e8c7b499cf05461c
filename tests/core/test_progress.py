"""One meaning of "answered": the progress count and the engine's unknowns agree."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.core.engine import assess
from wizard.core.model import UNSURE
from wizard.core.progress import is_answered, progress
from wizard.core.questions import QUESTION_IDS, QUESTIONS

# Any mix of a real option, "don't know" and nothing, for every question.
answer_sets = st.fixed_dictionaries(
    {},
    optional={
        qid: st.sampled_from([o.id for o in QUESTIONS[qid].options] + [UNSURE])
        for qid in QUESTION_IDS
    },
)


@given(answer_sets)
def test_every_question_is_exactly_one_of_answered_unsure_skipped(answers):
    state = progress(answers)
    together = state.answered + state.unsure + state.skipped
    assert sorted(together) == sorted(QUESTION_IDS)
    assert state.total == len(QUESTION_IDS)
    assert all(is_answered(answers, qid) for qid in state.answered)
    assert not any(is_answered(answers, qid) for qid in state.unknown)


@given(answer_sets)
def test_the_count_of_answered_and_the_engines_unknowns_add_up(answers):
    state = progress(answers)
    result = assess(answers)
    assert set(result.unknown) == set(state.unknown)
    assert len(state.answered) + len(result.unknown) == len(QUESTION_IDS)


def test_dont_know_is_not_answered_and_nothing_is_skipped():
    first, second = QUESTION_IDS[:2]
    state = progress({first: UNSURE})
    assert first in state.unsure and first not in state.answered
    assert second in state.skipped
    assert not state.complete
