"""What-if: every change said holds when applied, and none smaller was missed."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.strategies import complete_answers, partial_answers
from wizard.core.engine import assess
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTIONS
from wizard.core.scoring import raw_fit, winner
from wizard.core.storage import load


def _path_after(answers, changes):
    return PATH_ORDER[winner(raw_fit({**answers, **changes}))]


def _brute_force(answers):
    """Paths reachable with one changed answer, and with two, by scoring every combination."""
    choices = {
        qid: [o for o in q.option_ids if o != answers.get(qid, UNSURE)]
        for qid, q in QUESTIONS.items()
    }
    singles = {
        _path_after(answers, {qid: o}) for qid, options in choices.items() for o in options
    }
    pairs = set()
    for q1, q2 in itertools.combinations(QUESTIONS, 2):
        for o1, o2 in itertools.product(choices[q1], choices[q2]):
            pairs.add(_path_after(answers, {q1: o1, q2: o2}))
    current = PATH_ORDER[winner(raw_fit(answers))]
    return singles - {current}, pairs - {current}


@settings(max_examples=60, deadline=None)
@given(st.one_of(partial_answers(), complete_answers()))
def test_applying_a_change_gives_exactly_its_path(answers):
    result = assess(answers)
    for change in result.what_would_change:
        assert change.recommendation != result.recommendation
        assert assess({**answers, **change.answers}).recommendation == change.recommendation


@settings(max_examples=25, deadline=None)
@given(st.one_of(partial_answers(), complete_answers()))
def test_changes_are_the_smallest_and_none_is_missed(answers):
    by_singles, by_pairs = _brute_force(answers)
    result = assess(answers)
    listed = {}
    for change in result.what_would_change:
        listed.setdefault(change.recommendation, set()).add(len(change.answers))
    for path in PATH_ORDER:
        if path in by_singles:
            assert listed.get(path) == {1}, path
        elif path in by_pairs:
            assert listed.get(path) == {2}, path
        else:
            assert path not in listed
    assert bool(result.what_would_change) == bool(by_singles | by_pairs)


def test_changes_name_only_the_changed_questions(cases_dir):
    answers = load(cases_dir / "visual-inspection-line.dlready").answers
    for change in assess(answers).what_would_change:
        assert all(answers.get(qid) != value for qid, value in change.answers.items())
        assert change.text.strip()


def test_a_pair_is_offered_when_no_single_answer_is_enough():
    # A deep learning team with a novel image task and GPUs, but only 10-100k examples and a
    # 3-6 month timeline: more data alone, or more time alone, is not enough for custom.
    answers = {
        "use_case_clarity": "metric_defined", "accuracy_differentiation": "core",
        "problem_class": "image", "pretrained_options": "none_known",
        "data_volume": "10k_100k", "label_status": "labelled", "data_access": "ready",
        "budget": "250k_1m", "compute": "gpu", "timeline": "3_6m",
        "ml_skills": "deep_learning", "sponsorship": "committed",
    }
    result = assess(answers)
    assert result.recommendation == PathId.PRETRAINED_OR_TRANSFER
    custom = [c for c in result.what_would_change if c.recommendation == "custom_deep_learning"]
    assert custom and all(len(c.answers) == 2 for c in custom)
    assert any(c.answers.get("data_volume") in ("100k_1m", "gt_1m") for c in custom)
