"""The arithmetic of the fit: raw points per path, the winner and the 0-100 fit figures.

Fit rules are compiled once into plain tuples because what-if evaluates them thousands of
times per assessment.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from itertools import compress
from operator import not_

from wizard.core import answerbits
from wizard.core.answerbits import encode
from wizard.core.model import PathId
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTIONS
from wizard.core.readiness import BANDS, DIMENSION_WEIGHTS
from wizard.core.rulebook import FIT_RULES
from wizard.core.rulemodel import FitRule

# BANDS and DIMENSION_WEIGHTS are the readiness module's, read by the brief from here.
__all__ = [
    "BANDS",
    "COMPILED",
    "DIMENSION_WEIGHTS",
    "RULES_READING",
    "fired",
    "fit_figures",
    "total",
    "winner",
]

Answers = Mapping[str, str]
RawFit = tuple[int, ...]

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


# Per rule, the bits of the answers it does not accept (see answerbits).
EXCLUDED: tuple[int, ...] = tuple(answerbits.excluded(dict(c[0])) for c in COMPILED)


_INDEXES = range(len(EXCLUDED))


def fired(answers: Answers) -> tuple[int, ...]:
    """Indexes into FIT_RULES of the rules whose conditions hold for these answers."""
    bits = encode(answers)
    # In C: the indexes of the rules none of whose excluded bits is set.
    return tuple(compress(_INDEXES, map(not_, map(bits.__and__, EXCLUDED))))


def total(rule_indexes: Iterable[int]) -> RawFit:
    """Sum of the effects of these rules, per path in PATH_ORDER."""
    effects = [COMPILED[index][1] for index in rule_indexes]
    if not effects:
        return (0,) * len(PATH_ORDER)
    return tuple(map(sum, zip(*effects, strict=True)))


def raw_fit(answers: Answers) -> RawFit:
    """Sum of the effects of the rules that fire, per path in PATH_ORDER."""
    return total(fired(answers))


def winner(raw: RawFit) -> int:
    """Index of the best path; on a tie the simplest, so that simple wins."""
    # The first of the highest: PATH_ORDER runs from the simplest path.
    return raw.index(max(raw))


def fit_figures(raw: RawFit) -> dict[PathId, int]:
    """Raw totals as 0-100 figures that keep their order."""
    return {
        path: int(round(100 / (1 + math.exp(-value / FIT_SCALE))))
        for path, value in zip(PATH_ORDER, raw, strict=True)
    }
