"""What would change the recommendation: the smallest sets of changed answers.

For every other path, the single answers that would make it the recommendation, or failing
those the pairs. Each candidate is checked by scoring the changed answers with the same rules,
so applying a change and assessing again gives exactly the path it names.
"""

from __future__ import annotations

import itertools
from functools import cache

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTION_IDS, QUESTIONS, answer_label
from wizard.core.result import Change
from wizard.core.scoring import COMPILED, RULES_READING, Answers, RawFit, fires, raw_fit, winner

MAX_PER_PATH = 3

Candidate = tuple[tuple[str, str], ...]


@cache
def _rules_reading_pair(first: str, second: str) -> tuple[int, ...]:
    return tuple(sorted(set(RULES_READING[first]) | set(RULES_READING[second])))


def _score_change(
    answers: Answers, base: RawFit, changes: Candidate, rule_indexes: tuple[int, ...]
) -> int:
    """The winning path's index once `changes` are applied, rescoring only affected rules."""
    changed = dict(answers)
    changed.update(changes)
    before = raw_fit(answers, rule_indexes)
    after = raw_fit(changed, rule_indexes)
    return winner(tuple(b - old + new for b, old, new in zip(base, before, after, strict=True)))


def _alternatives(answers: Answers, qid: str) -> tuple[str, ...]:
    current = answers.get(qid, UNSURE)
    return tuple(option for option in QUESTIONS[qid].option_ids if option != current)


def _single_changes(answers: Answers, base: RawFit) -> dict[int, list[Candidate]]:
    found: dict[int, list[Candidate]] = {}
    current = winner(base)
    for qid in QUESTION_IDS:
        for option in _alternatives(answers, qid):
            candidate = ((qid, option),)
            path = _score_change(answers, base, candidate, RULES_READING[qid])
            if path != current:
                found.setdefault(path, []).append(candidate)
    return found


def _upper_gain(answers: Answers, qid: str, target: int, rival: int) -> int:
    """Most that changing `qid` alone could move target's total relative to rival's."""
    gain = 0
    for index in RULES_READING[qid]:
        effects = COMPILED[index][1]
        delta = effects[target] - effects[rival]
        gain += max(0, -delta) if fires(COMPILED[index], answers) else max(0, delta)
    return gain


def _pair_changes(answers: Answers, base: RawFit, target: int) -> list[Candidate]:
    current = winner(base)
    # A tie goes to the simpler path, so a more demanding target must get strictly ahead.
    needed = base[current] - base[target] + (1 if target > current else 0)
    gains = {qid: _upper_gain(answers, qid, target, current) for qid in QUESTION_IDS}
    found: list[Candidate] = []
    for first, second in itertools.combinations(QUESTION_IDS, 2):
        if gains[first] + gains[second] < needed:
            continue
        rule_indexes = _rules_reading_pair(first, second)
        for a, b in itertools.product(
            _alternatives(answers, first), _alternatives(answers, second)
        ):
            candidate = ((first, a), (second, b))
            if _score_change(answers, base, candidate, rule_indexes) == target:
                found.append(candidate)
    return found


def _rank(candidate: Candidate) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
    """Changes the organisation can make first, then the order of the bank."""
    facts = sum(1 for qid, _ in candidate if not QUESTIONS[qid].decision)
    positions = tuple(QUESTION_IDS.index(qid) for qid, _ in candidate)
    options = tuple(QUESTIONS[qid].option_ids.index(value) for qid, value in candidate)
    return facts, positions, options


def _distinct(candidates: list[Candidate]) -> list[Candidate]:
    """The first candidate for each set of questions: one sentence per question is enough."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for candidate in candidates:
        questions = tuple(qid for qid, _ in candidate)
        if questions not in seen:
            seen.add(questions)
            kept.append(candidate)
    return kept


def _sentence(answers: Answers, candidate: Candidate, path: PathId, tr: Translate) -> str:
    name = tr("paths", PATHS[path].name)
    if len(candidate) == 1:
        (qid, value), = candidate
        question = QUESTIONS[qid]
        now = tr("questions", answer_label(qid, answers.get(qid, UNSURE)))
        return tr(
            "whatif", QT_TRANSLATE_NOOP("whatif", "{path} would lead if “{question}” were “{answer}” (now “{now}”).")
        ).format(
            path=name,
            question=tr("questions", question.label),
            answer=tr("questions", question.option(value).label),
            now=now,
        )
    (q1, a1), (q2, a2) = candidate
    return tr(
        "whatif",
        QT_TRANSLATE_NOOP(
            "whatif", "{path} would lead if “{question1}” were “{answer1}” and “{question2}” were “{answer2}”."
        ),
    ).format(
        path=name,
        question1=tr("questions", QUESTIONS[q1].label),
        answer1=tr("questions", QUESTIONS[q1].option(a1).label),
        question2=tr("questions", QUESTIONS[q2].label),
        answer2=tr("questions", QUESTIONS[q2].option(a2).label),
    )


def what_would_change(answers: Answers, tr: Translate) -> tuple[Change, ...]:
    """The smallest changes of answers that make each other path the recommendation."""
    base = raw_fit(answers)
    current = winner(base)
    singles = _single_changes(answers, base)
    changes: list[Change] = []
    for target, path in enumerate(PATH_ORDER):
        if target == current:
            continue
        candidates = singles.get(target) or _pair_changes(answers, base, target)
        for candidate in _distinct(sorted(candidates, key=_rank))[:MAX_PER_PATH]:
            changes.append(
                Change(
                    text=_sentence(answers, candidate, path, tr),
                    answers=dict(candidate),
                    recommendation=path,
                )
            )
    return tuple(changes)
