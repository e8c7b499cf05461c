"""The arithmetic of the advice: raw fit per path, the winner, fit figures and readiness.

Fit rules are compiled once into plain tuples because what-if evaluates them thousands of
times per assessment.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from wizard.core.model import UNSURE, Dimension, PathId
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTIONS
from wizard.core.rulebook import FIT_RULES, READINESS_CAPS
from wizard.core.rulemodel import FitRule

Answers = Mapping[str, str]
RawFit = tuple[int, ...]

DIMENSION_WEIGHTS: Mapping[Dimension, float] = {
    Dimension.STRATEGY: 0.25,
    Dimension.DATA: 0.30,
    Dimension.PEOPLE: 0.20,
    Dimension.INFRASTRUCTURE: 0.15,
    Dimension.GOVERNANCE: 0.10,
}
BANDS: tuple[tuple[int, str], ...] = (
    (35, "not_ready"),
    (55, "emerging"),
    (75, "ready"),
    (101, "advanced"),
)
# Raw points at which a path's fit figure is 73 of 100; the curve keeps the order of the
# raw totals while keeping every figure inside 0-100.
FIT_SCALE = 30.0

Compiled = tuple[tuple[tuple[str, frozenset[str]], ...], RawFit]


def _compile(rule: FitRule) -> Compiled:
    conditions = tuple((qid, rule.when[qid]) for qid in rule.questions)
    effects = tuple(rule.fit.get(path, 0) for path in PATH_ORDER)
    return conditions, effects


COMPILED: tuple[Compiled, ...] = tuple(_compile(rule) for rule in FIT_RULES)
RULES_READING: Mapping[str, tuple[int, ...]] = {
    qid: tuple(i for i, rule in enumerate(FIT_RULES) if qid in rule.when) for qid in QUESTIONS
}


def fires(compiled: Compiled, answers: Answers) -> bool:
    """Whether a compiled rule's condition holds for these answers."""
    # A plain loop: this runs for every rule of every assessment, and all() over a
    # generator costs a third more.
    for qid, values in compiled[0]:  # noqa: SIM110
        if answers.get(qid, UNSURE) not in values:
            return False
    return True


def fired(answers: Answers) -> tuple[int, ...]:
    """Indexes into FIT_RULES of the rules whose conditions hold for these answers."""
    return tuple(i for i, compiled in enumerate(COMPILED) if fires(compiled, answers))


def total(rule_indexes: Iterable[int]) -> RawFit:
    """Sum of the effects of these rules, per path in PATH_ORDER."""
    totals = [0] * len(PATH_ORDER)
    for index in rule_indexes:
        for i, effect in enumerate(COMPILED[index][1]):
            totals[i] += effect
    return tuple(totals)


def raw_fit(answers: Answers) -> RawFit:
    """Sum of the effects of the rules that fire, per path in PATH_ORDER."""
    return total(fired(answers))


def winner(raw: RawFit) -> int:
    """Index of the best path; on a tie the simplest, so that simple wins."""
    best = 0
    for i in range(1, len(raw)):
        if raw[i] > raw[best]:
            best = i
    return best


def fit_figures(raw: RawFit) -> dict[PathId, int]:
    """Raw totals as 0-100 figures that keep their order."""
    return {
        path: int(round(100 / (1 + math.exp(-value / FIT_SCALE))))
        for path, value in zip(PATH_ORDER, raw, strict=True)
    }


def dimension_scores(answers: Answers) -> dict[Dimension, float]:
    """Each readiness dimension as the weighted mean of its questions' values."""
    sums = dict.fromkeys(Dimension, 0.0)
    weights = dict.fromkeys(Dimension, 0.0)
    for question in QUESTIONS.values():
        spec = question.readiness
        if spec is None:
            continue
        answer = answers.get(question.id, UNSURE)
        value = spec.unsure if answer == UNSURE else spec.values[answer]
        sums[spec.dimension] += spec.weight * value
        weights[spec.dimension] += spec.weight
    return {dim: sums[dim] / weights[dim] for dim in Dimension}


def readiness_score(answers: Answers, dimensions: Mapping[Dimension, float]) -> int:
    """The overall score, held down by any readiness cap whose condition holds."""
    score = sum(DIMENSION_WEIGHTS[dim] * value for dim, value in dimensions.items())
    for cap in READINESS_CAPS:
        if cap.matches(answers):
            score = min(score, cap.limit)
    return int(round(score))


def band(score: int) -> str:
    """The readiness band a score falls in."""
    return next(name for upper, name in BANDS if score < upper)
