"""Money as each language writes it, and a cost range set against the answered budget."""

from __future__ import annotations

from types import MappingProxyType

from wizard.report import texts
from wizard.report.context import Brief

# Thousands as the language groups them (the i18n README: 10.000, 10 000, 10.000 but 1000).
_GROUPING = MappingProxyType({"de": ".", "fr": "\u202f", "es": "."})
# The yearly budget's answers as ranges in US dollars (None: no upper end).
BUDGETS: MappingProxyType[str, tuple[int, int | None]] = MappingProxyType(
    {
        "lt_50k": (0, 50_000),
        "50k_250k": (50_000, 250_000),
        "250k_1m": (250_000, 1_000_000),
        "gt_1m": (1_000_000, None),
    }
)


def number(brief: Brief, value: int) -> str:
    """An integer with the language's thousands separator."""
    digits = f"{value:,}"
    separator = _GROUPING.get(brief.lang, ",")
    if brief.lang == "es" and value < 10_000:
        return str(value)
    return digits.replace(",", separator)


def money(brief: Brief, value: int) -> str:
    """An amount in US dollars, "$60,000" or "60.000 $" as the language writes it."""
    return brief.t(texts.DOLLARS, amount=number(brief, value))


def money_range(brief: Brief, low: int, high: int) -> str:
    """A range of US dollars; one amount when both ends are the same."""
    if low == high:
        return money(brief, low)
    return brief.t(texts.RANGE, low=money(brief, low), high=money(brief, high))


def budget_verdict(brief: Brief, low: int, high: int, budget: str) -> str:
    """How a cost range sits against the answered yearly budget, in one sentence."""
    if budget not in BUDGETS:
        return brief.t(texts.BUDGET_UNKNOWN)
    floor, ceiling = BUDGETS[budget]
    if ceiling is None or high <= ceiling:
        return brief.t(texts.WITHIN_BUDGET, budget=_budget(brief, budget))
    if low > ceiling:
        return brief.t(texts.ABOVE_BUDGET, budget=_budget(brief, budget))
    return brief.t(texts.MAY_EXCEED_BUDGET, budget=_budget(brief, budget))


def _budget(brief: Brief, budget: str) -> str:
    from wizard.core.questions import answer_label

    return brief.translate("questions", answer_label("budget", budget))
