"""One assessment's rule state and the effect of every single changed answer, shared by
what-if (wizard/core/whatif.py), the unknowns that decide, and the levers."""

from __future__ import annotations

import itertools
from functools import cached_property
from operator import add, sub
from typing import NamedTuple

from wizard.core.answerbits import encode
from wizard.core.model import UNSURE
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTION_IDS, QUESTIONS
from wizard.core.scoring import COMPILED, EXCLUDED, RULES_READING, Answers, total

Candidate = tuple[tuple[str, str], ...]
Delta = tuple[int, ...]

# Per rule: the answers each of its questions accepts. Pairs of questions that some rule reads
# together are the only ones whose joint effect differs from the sum of their single effects.
_CONDITIONS: tuple[dict[str, frozenset[str]], ...] = tuple(dict(c[0]) for c in COMPILED)
EFFECTS: tuple[Delta, ...] = tuple(c[1] for c in COMPILED)


QUESTION_PAIRS: tuple[tuple[tuple[str, str], ...], ...] = tuple(
    tuple(itertools.combinations(tuple(qid for qid in QUESTION_IDS if qid in conditions), 2))
    for conditions in _CONDITIONS
)


class Probe:
    """One assessment's rule state, to score changed answers without rescoring everything.

    A rule fires when none of its conditions is unmet; counting the unmet ones per rule lets
    a change of one or two answers be scored from the few rules that read them.
    """

    def __init__(self, answers: Answers) -> None:
        self.answers = answers
        # The answer bits a rule excludes that are set: one per unmet condition.
        bits = encode(answers)
        self.unmet = [(bits & excluding).bit_count() for excluding in EXCLUDED]
        self.raw = total(i for i, unmet in enumerate(self.unmet) if unmet == 0)

    def flip(self, index: int, changes: Candidate) -> int:
        """+1 if rule `index` starts firing with `changes`, -1 if it stops, else 0."""
        conditions = _CONDITIONS[index]
        before = unmet = self.unmet[index]
        for qid, value in changes:
            values = conditions.get(qid)
            if values is not None:
                unmet += (self.answers.get(qid, UNSURE) in values) - (value in values)
        return (unmet == 0) - (before == 0)

    def winner_after(self, delta: Delta) -> int:
        after = tuple(map(add, self.raw, delta))
        return after.index(max(after))  # as `winner` does, without a call


def distance(qid: str, current: str, option: str) -> int:
    """How far an answer is from the current one on an ordered question; 0 where unordered."""
    ladder = QUESTIONS[qid].ladder
    if current not in ladder or option not in ladder:
        return 0
    return abs(ladder.index(option) - ladder.index(current))


def _ordered_alternatives(qid: str, current: str) -> tuple[str, ...]:
    options = QUESTIONS[qid].option_ids
    others = [option for option in options if option != current]
    return tuple(sorted(others, key=lambda o: (distance(qid, current, o), options.index(o))))


ALTERNATIVES: dict[tuple[str, str], tuple[str, ...]] = {
    (qid, current): _ordered_alternatives(qid, current)
    for qid, question in QUESTIONS.items()
    for current in (*question.option_ids, UNSURE)
}
# The single changes of each question from each answer, in that order.
_CANDIDATES: dict[tuple[str, str], tuple[Candidate, ...]] = {
    key: tuple(((key[0], option),) for option in options) for key, options in ALTERNATIVES.items()
}
STILL: Delta = (0,) * len(PATH_ORDER)


class _Single(NamedTuple):
    """The single changes of one question's answer and their effects."""

    options: tuple[tuple[Candidate, Delta], ...]  # in the order of `ALTERNATIVES`
    by_value: dict[str, Delta]
    distinct: tuple[Delta, ...]  # the different effects; none when no change moves a path


def _singles(probe: Probe) -> dict[str, _Single]:
    """Every single changed answer and its effect, by question.

    Only a rule whose other conditions all hold (a "ready" rule) can change with one answer:
    it fires after the change exactly when it accepts the new answer. So a question's effects
    follow from its answer and which of the rules reading it are ready; a batch meets the same
    few combinations again and again, and each is worked out once (`_single`).
    """
    answers, unmet_counts = probe.answers, probe.unmet
    result: dict[str, _Single] = {}
    for qid in QUESTION_IDS:
        current = answers.get(qid, UNSURE)
        ready = 0
        for bit, index, accepted in _READING[qid]:
            # Its other conditions hold when the only unmet one, if any, is this question's.
            if unmet_counts[index] == (current not in accepted):
                ready |= bit
        key = qid, current, ready
        found = _SINGLE.get(key)
        if found is None:
            found = _SINGLE[key] = _single(qid, current, ready)
        result[qid] = found
    return result


def _single(qid: str, current: str, ready: int) -> _Single:
    """The effect of answering each other option is S(option) - S(current), where S(x) sums
    the effects of the ready rules that accept x."""
    sums: dict[str, Delta] = {}
    for bit, index, accepted in _READING[qid]:
        if ready & bit:
            for value in accepted:
                found = sums.get(value)
                sums[value] = EFFECTS[index] if found is None else tuple(
                    map(add, found, EFFECTS[index])
                )
    now = sums.get(current, STILL)
    options = tuple(
        (candidate, tuple(map(sub, sums.get(candidate[0][1], STILL), now)))
        for candidate in _CANDIDATES[qid, current]
    )
    different = {delta for _, delta in options}
    return _Single(
        options=options,
        by_value={candidate[0][1]: delta for candidate, delta in options},
        distinct=() if different <= {STILL} else tuple(different),
    )


# Per question, the rules that read it: a bit of their own, their index, what they accept.
_READING: dict[str, tuple[tuple[int, int, frozenset[str]], ...]] = {
    qid: tuple((1 << k, index, _CONDITIONS[index][qid]) for k, index in enumerate(indexes))
    for qid, indexes in RULES_READING.items()
}
# The single changes worked out so far, by question, answer and ready rules. Bounded by the
# declarations (each question's answers times the subsets of the rules reading it, some 40,000
# at most); a batch of 2,000 generated assessments meets about 1,000.
_SINGLE: dict[tuple[str, str, int], _Single] = {}


class Analysis:
    """One assessment's rule state and the effect of every single changed answer, shared by
    what-if, the unknowns that decide, and the levers."""

    def __init__(self, answers: Answers) -> None:
        self.probe = Probe(answers)
        self.by_question = _singles(self.probe)

    @cached_property
    def singles(self) -> dict[str, tuple[tuple[Candidate, Delta], ...]]:
        """Per question, each single changed answer with its effect."""
        return {qid: single.options for qid, single in self.by_question.items()}

    @cached_property
    def distinct(self) -> dict[str, tuple[Delta, ...]]:
        """Per question, the different effects its changed answers have; none where no change
        moves any path."""
        return {qid: single.distinct for qid, single in self.by_question.items()}

    def effect(self, qid: str, value: str) -> Delta:
        """The change of raw fit per path when `qid` is answered `value` instead."""
        return self.by_question[qid].by_value[value]

    def delta_of(self, move: Candidate) -> Delta:
        """The change of raw fit per path when the answers of `move` are changed."""
        if len(move) == 1:
            return self.effect(*move[0])
        (q1, a1), (q2, a2) = move
        totals = list(map(add, self.effect(q1, a1), self.effect(q2, a2)))
        for index in _SHARED.get((q1, q2), _SHARED.get((q2, q1), ())):
            correction = (
                self.probe.flip(index, move)
                - self.probe.flip(index, move[:1])
                - self.probe.flip(index, move[1:])
            )
            if correction:
                for i, effect in enumerate(EFFECTS[index]):
                    totals[i] += correction * effect
        return tuple(totals)


# For each pair of questions (in the order of the bank), the rules that read both.
_SHARED: dict[tuple[str, str], tuple[int, ...]] = {}
for _index, _pairs in enumerate(QUESTION_PAIRS):
    for _pair in _pairs:
        _SHARED[_pair] = (*_SHARED.get(_pair, ()), _index)



def shared_rules(q1: str, q2: str) -> tuple[int, ...]:
    """The indexes of the fit rules that read both questions."""
    return _SHARED.get((q1, q2), _SHARED.get((q2, q1), ()))
