"""Year-one cost ranges per path, itemised, from the declared unit prices and the answers.

`estimate(answers, approach_ids_by_path)` gives a range in US dollars for each of the three
paths: people (by the skills gap for that path), compute, labelling (examples times the cost
per label of the answered expertise), service fees at the answered volume, and operations
(compliance included where a rule applies). Ranges for orientation, not quotes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache

from wizard.core.costs_table import PRICES
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wizard.core.model import UNSURE, PathId
from wizard.core.regulation import applicable
from wizard.core.result import Cost, CostItem, CostRange

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING
Span = tuple[float, float]

SKILL_LADDER = ("none", "analysts", "data_scientists", "deep_learning")
# Who does the work on each path, how much of a year, and the skill it needs.
STAFF: dict[PathId, tuple[str, Span, str]] = {
    CML: ("data_scientist_year", (0.5, 1.0), "data_scientists"),
    PRE: ("ml_engineer_year", (0.5, 1.0), "analysts"),
    CDL: ("dl_engineer_year", (1.5, 3.0), "deep_learning"),
}
# Approaches on the service path that need machine learning skills, not only integration.
BUILDS_ON_WEIGHTS = frozenset({"fine_tune_pretrained", "self_hosted_open_model"})
SERVICE_APPROACHES = frozenset(
    {"hosted_api", "ready_product", "foundation_model_prompting", "retrieval_augmented"}
)
EXAMPLES: dict[str, Span] = {
    "lt_1k": (200, 1_000), "1k_10k": (1_000, 10_000), "10k_100k": (10_000, 100_000),
    "100k_1m": (100_000, 1_000_000), "gt_1m": (1_000_000, 3_000_000), UNSURE: (1_000, 100_000),
}
UNLABELLED_SHARE: dict[str, Span] = {
    "labelled": (0.0, 0.0), "partial": (0.3, 0.7), "unlabelled": (1.0, 1.0), UNSURE: (0.0, 1.0),
}
# Labels a path can use at most in year one (a classical model stops gaining much sooner).
LABEL_CAP: dict[PathId, float] = {CML: 50_000, PRE: 10_000, CDL: 3_000_000}
EVALUATION_SET: Span = (300, 1_000)
REQUESTS_A_MONTH: dict[str, Span] = {
    "lt_10k": (1_000, 10_000), "10k_1m": (10_000, 1_000_000),
    "1m_100m": (1_000_000, 100_000_000), "gt_100m": (100_000_000, 300_000_000),
    UNSURE: (10_000, 1_000_000),
}
GPU_HOURS: dict[str, Span] = {
    "lt_1k": (50, 300), "1k_10k": (200, 1_000), "10k_100k": (500, 3_000),
    "100k_1m": (2_000, 10_000), "gt_1m": (5_000, 30_000), UNSURE: (500, 10_000),
}
FINE_TUNE_GPU_HOURS: Span = (50, 500)
SELF_HOSTED_GPU_HOURS: Span = (4_380, 17_520)  # one to two GPUs, half or all of the year
CLASSICAL_COMPUTE: Span = (1_000, 10_000)
MONTHS_LIVE = 12

T_PEOPLE = QT_TRANSLATE_NOOP(
    "costs",
    "People",
)
T_COMPUTE = QT_TRANSLATE_NOOP(
    "costs",
    "Compute",
)
T_LABELS = QT_TRANSLATE_NOOP(
    "costs",
    "Labelling",
)
T_FEES = QT_TRANSLATE_NOOP(
    "costs",
    "Service and model fees",
)
T_SERVING = QT_TRANSLATE_NOOP(
    "costs",
    "Serving",
)
T_OPERATIONS = QT_TRANSLATE_NOOP(
    "costs",
    "Operations",
)
T_COMPLIANCE = QT_TRANSLATE_NOOP(
    "costs",
    "Compliance",
)
A_PEOPLE = QT_TRANSLATE_NOOP(
    "costs",
    "{fte} of a year of {role} at ${low}–${high} a year, fully loaded",
)
A_GAP = QT_TRANSLATE_NOOP(
    "costs",
    "; the skills are not in house, so contractors or hires cost about {factor} times more",
)
A_GPU = QT_TRANSLATE_NOOP(
    "costs",
    "{hours} GPU-hours rented at ${low}–${high} an hour",
)
A_CLASSICAL = QT_TRANSLATE_NOOP(
    "costs",
    "cloud machines for training and experiments",
)
A_LABELS = QT_TRANSLATE_NOOP(
    "costs",
    "{count} examples to label at ${low}–${high} each ({who})",
)
A_NO_LABELS = QT_TRANSLATE_NOOP(
    "costs",
    "the examples are already labelled",
)
A_EVALUATION = QT_TRANSLATE_NOOP(
    "costs",
    "an evaluation set of {count} examples checked at ${low}–${high} each ({who})",
)
A_FEES = QT_TRANSLATE_NOOP(
    "costs",
    "{requests} requests a month for {months} months at ${low}–${high} each",
)
A_OPERATIONS = QT_TRANSLATE_NOOP(
    "costs",
    "hosting, monitoring and logging for one model",
)
A_ON_PREMISES = QT_TRANSLATE_NOOP(
    "costs",
    "; machines of your own, as the data must stay on premises",
)
A_COMPLIANCE = QT_TRANSLATE_NOOP(
    "costs",
    "counsel and documentation for the rules that apply",
)
A_HIGH_RISK = QT_TRANSLATE_NOOP(
    "costs",
    "conformity work, audits and counsel for a high-risk use or a medical device",
)
ROLES = {
    "data_scientist_year": QT_TRANSLATE_NOOP(
        "costs",
        "a data scientist",
    ),
    "ml_engineer_year": QT_TRANSLATE_NOOP(
        "costs",
        "an engineer building on pretrained models",
    ),
    "dl_engineer_year": QT_TRANSLATE_NOOP(
        "costs",
        "deep learning engineers",
    ),
}
LABELLERS = {
    "anyone": QT_TRANSLATE_NOOP(
        "costs",
        "any staff or crowd workers",
    ),
    "trained_staff": QT_TRANSLATE_NOOP(
        "costs",
        "trained staff",
    ),
    "experts": QT_TRANSLATE_NOOP(
        "costs",
        "experts",
    ),
    UNSURE: QT_TRANSLATE_NOOP(
        "costs",
        "labellers not yet known",
    ),
}


def _money(value: float) -> str:
    return f"{round(value):,}"


def _price(value: float) -> str:
    if value < 1:
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return f"{value:,.2f}".removesuffix(".00")


def _count(span: Span) -> str:
    low, high = (f"{round(v):,}" for v in span)
    return low if low == high else f"{low}–{high}"


def _rounded(value: float, *, up: bool) -> int:
    """`value` to two significant figures, in steps of at least $100: the low end of a range
    rounded down and the high end up, so the range only widens and no total claims a dollar's
    precision ("$71,001")."""
    if value <= 0:
        return 0
    step = max(100, 10 ** (math.floor(math.log10(value)) - 1))
    return int((math.ceil if up else math.floor)(value / step) * step)


def _item(what: str, span: Span, assumption: str, translate: Translate) -> CostItem:
    low, high = _rounded(span[0], up=False), _rounded(span[1], up=True)
    return CostItem.model_construct(
        what=translate("costs", what), low=low, high=high, assumption=assumption
    )


# Each item reads a few answers, so a batch of thousands of assessments needs a few hundred
# distinct items: each is worked out once (items are frozen) from the answers it reads.
@cache
def _people(path: PathId, approach: str | None, skills: str, translate: Translate) -> CostItem:
    role, (fte_low, fte_high), needed = STAFF[path]
    if path == PRE and approach in BUILDS_ON_WEIGHTS:
        needed = "data_scientists"
    price = PRICES[role]
    gap = skills == UNSURE or SKILL_LADDER.index(skills) < SKILL_LADDER.index(needed)
    factor = PRICES["gap_premium"] if gap else None
    low = fte_low * price.low * (factor.low if factor else 1)
    high = fte_high * price.high * (factor.high if factor else 1)
    text = translate("costs", A_PEOPLE).format(
        fte=f"{fte_low:g}–{fte_high:g}", role=translate("costs", ROLES[role]),
        low=_money(price.low), high=_money(price.high),
    )
    if factor:
        text += translate("costs", A_GAP).format(factor=f"{factor.low:g}–{factor.high:g}")
    return _item(T_PEOPLE, (low, high), text, translate)


@cache
def _compute(path: PathId, approach: str | None, data_volume: str,
             translate: Translate) -> CostItem:
    gpu = PRICES["gpu_hour"]
    if path == CML:
        return _item(T_COMPUTE, CLASSICAL_COMPUTE, translate("costs", A_CLASSICAL), translate)
    if path == CDL:
        hours = GPU_HOURS[data_volume]
    elif approach == "self_hosted_open_model":
        hours = SELF_HOSTED_GPU_HOURS
    elif approach == "fine_tune_pretrained":
        hours = FINE_TUNE_GPU_HOURS
    else:
        return _item(T_COMPUTE, CLASSICAL_COMPUTE, translate("costs", A_CLASSICAL), translate)
    text = translate("costs", A_GPU).format(
        hours=_count(hours), low=_price(gpu.low), high=_price(gpu.high)
    )
    return _item(T_COMPUTE, (hours[0] * gpu.low, hours[1] * gpu.high), text, translate)


@cache
def _labelling(path: PathId, approach: str | None, expertise: str, data_volume: str,
               label_status: str, translate: Translate) -> CostItem:
    price = PRICES[f"label_{expertise}"] if expertise != UNSURE else PRICES["label_experts"]
    low_price = PRICES["label_anyone"].low if expertise == UNSURE else price.low
    who = translate("costs", LABELLERS[expertise])
    if path == PRE and approach not in BUILDS_ON_WEIGHTS:
        count = EVALUATION_SET
        text = translate("costs", A_EVALUATION).format(
            count=_count(count), low=_price(low_price), high=_price(price.high), who=who
        )
        return _item(T_LABELS, (count[0] * low_price, count[1] * price.high), text, translate)
    examples = EXAMPLES[data_volume]
    share = UNLABELLED_SHARE[label_status]
    cap = LABEL_CAP[path]
    count = (min(examples[0] * share[0], cap), min(examples[1] * share[1], cap))
    if count[1] == 0:
        return _item(T_LABELS, (0, 0), translate("costs", A_NO_LABELS), translate)
    text = translate("costs", A_LABELS).format(
        count=_count(count), low=_price(low_price), high=_price(price.high), who=who
    )
    return _item(T_LABELS, (count[0] * low_price, count[1] * price.high), text, translate)


@cache
def _fees(path: PathId, approach: str | None, volume: str, translate: Translate) -> CostItem:
    requests = REQUESTS_A_MONTH[volume]
    paid = path == PRE and approach not in BUILDS_ON_WEIGHTS
    price = PRICES["model_request" if paid else "serving_request"]
    text = translate("costs", A_FEES).format(
        requests=_count(requests), months=MONTHS_LIVE, low=_price(price.low),
        high=_price(price.high),
    )
    span = (requests[0] * MONTHS_LIVE * price.low, requests[1] * MONTHS_LIVE * price.high)
    return _item(T_FEES if paid else T_SERVING, span, text, translate)


@cache
def _operations(path: PathId, residency: str, translate: Translate) -> CostItem:
    base = PRICES["operations_year"]
    span = (base.low, base.high)
    text = translate("costs", A_OPERATIONS)
    if path != CML and residency == "on_premises_only":
        extra = PRICES["on_premises_year"]
        span = (span[0] + extra.low, span[1] + extra.high)
        text += translate("costs", A_ON_PREMISES)
    return _item(T_OPERATIONS, span, text, translate)


HEAVY_COMPLIANCE = frozenset({"eu_ai_act_high_risk", "medical_device"})


def _compliance(rules: frozenset[str], translate: Translate) -> CostItem | None:
    if not rules:
        return None
    return _compliance_item(not HEAVY_COMPLIANCE.isdisjoint(rules), translate)


@cache
def _compliance_item(heavy: bool, translate: Translate) -> CostItem:
    price = PRICES["high_risk_compliance_year" if heavy else "compliance_year"]
    text = translate("costs", A_HIGH_RISK if heavy else A_COMPLIANCE)
    return _item(T_COMPLIANCE, (price.low, price.high), text, translate)


def path_cost(answers: Mapping[str, str], path: PathId, approach: str | None = None,
              translate: Translate = untranslated,
              rules: frozenset[str] | None = None) -> CostRange:
    """The year-one range for one path, itemised; `rules` are the regulation ids that apply
    (found from the answers when not given)."""
    if rules is None:
        rules = frozenset(r.id for r in applicable(answers))
    volume = answers.get("data_volume", UNSURE)
    items = [
        _people(path, approach, answers.get("ml_skills", UNSURE), translate),
        _compute(path, approach, volume, translate),
        _labelling(
            path, approach, answers.get("label_expertise", UNSURE), volume,
            answers.get("label_status", UNSURE), translate,
        ),
        _fees(path, approach, answers.get("volume", UNSURE), translate),
        _operations(path, answers.get("data_residency", UNSURE), translate),
    ]
    compliance = _compliance(rules, translate)
    if compliance is not None:
        items.append(compliance)
    low = high = 0
    for item in items:
        low += item.low
        high += item.high
    return CostRange.model_construct(low=low, high=high, items=tuple(items))


def estimate(answers: Mapping[str, str], approach_ids_by_path: Mapping[PathId, str | None],
             translate: Translate = untranslated,
             rules: frozenset[str] | None = None) -> Cost:
    """Year-one cost ranges for every path, in US dollars; `rules` are the regulation ids that
    apply (found from the answers when not given)."""
    if rules is None:
        rules = frozenset(r.id for r in applicable(answers))
    return Cost.model_construct(by_path={
        path: path_cost(answers, path, approach_ids_by_path.get(path), translate, rules)
        for path in PathId
    })


BUDGET_CEILING: dict[str, tuple[int, int | None]] = {
    "lt_50k": (0, 50_000), "50k_250k": (50_000, 250_000), "250k_1m": (250_000, 1_000_000),
    "gt_1m": (1_000_000, None),
}
WITHIN = QT_TRANSLATE_NOOP(
    "costs",
    "within the budget",
)
MAY_EXCEED = QT_TRANSLATE_NOOP(
    "costs",
    "within the budget at the low end, over it at the high end",
)
OVER = QT_TRANSLATE_NOOP(
    "costs",
    "over the budget even at the low end",
)
TWICE = QT_TRANSLATE_NOOP(
    "costs",
    "needs about twice the budget",
)
TIMES = QT_TRANSLATE_NOOP(
    "costs",
    "needs about {times} times the budget",
)
NO_BUDGET = QT_TRANSLATE_NOOP(
    "costs",
    "no budget was given to compare with",
)


def against_budget(cost: CostRange, budget: str, translate: Translate = untranslated) -> str:
    """The range compared with the answered yearly budget, in words."""
    if budget not in BUDGET_CEILING:
        return translate("costs", NO_BUDGET)
    ceiling = BUDGET_CEILING[budget][1]
    if ceiling is None or cost.high <= ceiling:
        return translate("costs", WITHIN)
    if cost.low <= ceiling:
        return translate("costs", MAY_EXCEED)
    ratio = cost.low / ceiling
    if ratio < 1.5:
        return translate("costs", OVER)
    if ratio < 2.5:
        return translate("costs", TWICE)
    return translate("costs", TIMES).format(times=round(ratio))
