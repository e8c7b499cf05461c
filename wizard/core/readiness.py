"""Readiness for a path: what that path needs, declared per path, and the score it gives.

Only capabilities count (a sponsor, a measure, data, labels, skills, budget, compute);
requirements such as a short deadline or millisecond answers shape the path, not the
readiness. Governance measures the governance work the answers show is ahead. Any blocker
caps the band at "emerging"; a prohibited use, no use case or no data make it "not ready".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from wizard.core.answerbits import encode
from wizard.core.model import UNSURE, Dimension, PathId, Readiness
from wizard.core.questions import QUESTIONS
from wizard.core.result import Band
from wizard.core.rulebook import READINESS_CAPS
from wizard.core.rulemodel import Condition, any_of
from wizard.core.rules_judgement import GOVERNANCE_LOADS

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

DIMENSION_WEIGHTS: Mapping[Dimension, float] = MappingProxyType(
    {
        Dimension.STRATEGY: 0.25,
        Dimension.DATA: 0.30,
        Dimension.PEOPLE: 0.20,
        Dimension.INFRASTRUCTURE: 0.10,
        Dimension.GOVERNANCE: 0.15,
    }
)
# Governance below this much means duties, audits or agreements are still ahead: technically
# ready perhaps, but not "advanced" until they are done.
GOVERNANCE_FOR_ADVANCED = 60
# The lowest score of each band above "not ready" (the contract's `readiness.bands`).
_FLOORS: tuple[tuple[Band, int], ...] = (("emerging", 35), ("ready", 55), ("advanced", 75))
BAND_FLOORS: Mapping[str, int] = MappingProxyType(dict(_FLOORS))
# The same cut-offs as (upper bound, band) pairs, lowest band first.
BANDS: tuple[tuple[int, str], ...] = (
    *zip((*BAND_FLOORS.values(),), ("not_ready", *tuple(BAND_FLOORS)[:-1]), strict=True),
    (101, tuple(BAND_FLOORS)[-1]),
)


def _need(dimension: Dimension, weight: float, unsure: int, **values: int) -> Readiness:
    return Readiness(dimension=dimension, weight=weight, values=values, unsure=unsure)


STRAT, DATA, PEOPLE, INFRA = (
    Dimension.STRATEGY, Dimension.DATA, Dimension.PEOPLE, Dimension.INFRASTRUCTURE
)

# What every path needs alike: a use case with a measure, a sponsor, the data in reach.
_COMMON: dict[str, Readiness] = {
    "use_case_clarity": _need(STRAT, 3, 20, exploring=10, problem_defined=60, metric_defined=100),
    "sponsorship": _need(STRAT, 2, 20, none=10, interested=55, committed=100),
    "data_access": _need(DATA, 3, 15, not_collected=0, scattered=50, ready=100),
}

NEEDS: Mapping[PathId, Mapping[str, Readiness]] = MappingProxyType(
    {
        # Classical models: labelled records, analysts or data scientists, ordinary computers.
        CML: {
            **_COMMON,
            "data_volume": _need(
                DATA, 2, 25, lt_1k=45, **{"1k_10k": 75, "10k_100k": 95, "100k_1m": 100},
                gt_1m=100,
            ),
            "label_status": _need(DATA, 2, 20, unlabelled=15, partial=60, labelled=100),
            "ml_skills": _need(
                PEOPLE, 3, 15, none=10, analysts=55, data_scientists=95, deep_learning=100
            ),
            "budget": _need(
                INFRA, 2, 30, lt_50k=60, **{"50k_250k": 90, "250k_1m": 100}, gt_1m=100
            ),
            "compute": _need(INFRA, 2, 40, laptops=85, cloud=100, gpu=100),
        },
        # A service, a product or an adapted pretrained model: an evaluation set, integration
        # skills and contracts rather than many labels or GPUs.
        PRE: {
            **_COMMON,
            "data_volume": _need(
                DATA, 2, 40, lt_1k=75, **{"1k_10k": 95, "10k_100k": 100, "100k_1m": 100},
                gt_1m=100,
            ),
            "label_status": _need(DATA, 1, 30, unlabelled=40, partial=80, labelled=100),
            "ml_skills": _need(
                PEOPLE, 3, 20, none=25, analysts=65, data_scientists=95, deep_learning=100
            ),
            "budget": _need(
                INFRA, 2, 30, lt_50k=60, **{"50k_250k": 90, "250k_1m": 100}, gt_1m=100
            ),
            "compute": _need(INFRA, 1, 40, laptops=90, cloud=100, gpu=100),
        },
        # A network of one's own: large labelled data, a deep learning team, budget, GPUs.
        CDL: {
            **_COMMON,
            "data_volume": _need(
                DATA, 2, 10, lt_1k=0, **{"1k_10k": 10, "10k_100k": 35, "100k_1m": 80},
                gt_1m=100,
            ),
            "label_status": _need(DATA, 2, 10, unlabelled=10, partial=55, labelled=100),
            "ml_skills": _need(
                PEOPLE, 3, 10, none=0, analysts=10, data_scientists=45, deep_learning=100
            ),
            "budget": _need(
                INFRA, 2, 15, lt_50k=5, **{"50k_250k": 30, "250k_1m": 80}, gt_1m=100
            ),
            "compute": _need(INFRA, 2, 15, laptops=5, cloud=85, gpu=100),
        },
    }
)

# Where the data must stay on premises, a pretrained model runs on the organisation's own
# machines: then the pretrained path needs GPUs it can use there.
ON_PREMISES = Condition(when=any_of("data_residency", "on_premises_only"))
PRE_ON_PREMISES_COMPUTE = _need(INFRA, 2, 20, laptops=20, cloud=45, gpu=100)


def _spec(path: PathId, qid: str, answers: Mapping[str, str]) -> Readiness:
    if path is PRE and qid == "compute" and ON_PREMISES.matches(answers):
        return PRE_ON_PREMISES_COMPUTE
    return NEEDS[path][qid]


def governance_score(answers: Mapping[str, str], path: PathId) -> int:
    """100 less the governance work the answers show is ahead for this path."""
    bits = encode(answers)
    load = sum(
        rule.points
        for rule in GOVERNANCE_LOADS
        if (not rule.paths or path in rule.paths) and rule.holds(bits)
    )
    return max(0, 100 - load)


def dimensions(
    answers: Mapping[str, str], path: PathId, governance: int | None = None
) -> dict[Dimension, float]:
    """Each dimension as the weighted mean of what the path needs, governance as its load.

    `governance` may be given when it is already known (it reads no controllable answer).
    """
    sums = dict.fromkeys(Dimension, 0.0)
    weights = dict.fromkeys(Dimension, 0.0)
    for qid in NEEDS[path]:
        spec = _spec(path, qid, answers)
        answer = answers.get(qid, UNSURE)
        value = spec.unsure if answer == UNSURE else spec.values[answer]
        sums[spec.dimension] += spec.weight * value
        weights[spec.dimension] += spec.weight
    found = {dim: sums[dim] / weights[dim] for dim in Dimension if weights[dim]}
    found[Dimension.GOVERNANCE] = float(
        governance_score(answers, path) if governance is None else governance
    )
    return found


# Per path (and, for the pretrained path, per residency), each needed question's share of the
# overall score for each answer: the weighted dimension means, unrolled. Levers score
# thousands of moves with it; the engine scores with the same table, so both always agree.
Table = tuple[tuple[str, dict[str, float]], ...]


def _table(path: PathId, on_premises: bool) -> Table:
    probe = {"data_residency": "on_premises_only"} if on_premises else {}
    specs = {qid: _spec(path, qid, probe) for qid in NEEDS[path]}
    totals = dict.fromkeys(Dimension, 0.0)
    for spec in specs.values():
        totals[spec.dimension] += spec.weight
    rows = []
    for qid, spec in specs.items():
        share = DIMENSION_WEIGHTS[spec.dimension] * spec.weight / totals[spec.dimension]
        values = {answer: share * value for answer, value in spec.values.items()}
        values[UNSURE] = share * spec.unsure
        rows.append((qid, values))
    return tuple(rows)


TABLES: Mapping[tuple[PathId, bool], Table] = MappingProxyType(
    {(path, on_prem): _table(path, on_prem) for path in NEEDS for on_prem in (False, True)}
)


_ROWS: Mapping[tuple[PathId, bool], dict[str, dict[str, float]]] = MappingProxyType(
    {key: dict(table) for key, table in TABLES.items()}
)


def uncapped(answers: Mapping[str, str], path: PathId, governance: int) -> float:
    """The score before any cap: an upper bound of what these answers can score."""
    on_premises = answers.get("data_residency") == "on_premises_only"
    value = DIMENSION_WEIGHTS[Dimension.GOVERNANCE] * governance
    for qid, values in TABLES[path, on_premises]:
        value += values[answers.get(qid, UNSURE)]
    return value


def top_gain(answers: Mapping[str, str], path: PathId, qid: str) -> float:
    """How much the uncapped score can grow by moving `qid` to the top of its ladder."""
    on_premises = answers.get("data_residency") == "on_premises_only"
    values = _ROWS[path, on_premises].get(qid)
    if values is None:
        return 0.0
    return max(0.0, values[QUESTIONS[qid].ladder[-1]] - values[answers.get(qid, UNSURE)])


def score(
    answers: Mapping[str, str],
    path: PathId,
    *,
    governance: int,
    blocked: bool,
    prohibited: bool,
) -> int:
    """The overall score for `path`, held down by the caps: a blocker keeps it below "ready",
    governance work ahead below "advanced", no use case or no data below "emerging"."""
    on_premises = answers.get("data_residency") == "on_premises_only"
    value = DIMENSION_WEIGHTS[Dimension.GOVERNANCE] * governance
    for qid, values in TABLES[path, on_premises]:
        value += values[answers.get(qid, UNSURE)]
    if governance < GOVERNANCE_FOR_ADVANCED:
        value = min(value, BAND_FLOORS["advanced"] - 1)
    for cap in _CAPS:
        if answers.get(cap[0], UNSURE) in cap[1]:
            value = min(value, cap[2])
    if blocked:
        value = min(value, BAND_FLOORS["ready"] - 1)
    if prohibited:
        value = min(value, BAND_FLOORS["emerging"] - 1)
    return int(round(value))


_CAPS: tuple[tuple[str, frozenset[str], int], ...] = tuple(
    (qid, values, cap.limit) for cap in READINESS_CAPS for qid, values in cap.when.items()
)
if any(len(cap.when) != 1 for cap in READINESS_CAPS):
    raise ValueError("a readiness cap reads one question")


def band(value: int) -> Band:
    """The band a score falls in."""
    found: Band = "not_ready"
    for name, floor in _FLOORS:
        if value >= floor:
            found = name
    return found
