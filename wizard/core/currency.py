"""Amounts in the user's currency, for display only: the advice and the files stay in US dollars.

The rates are fixed, approximate and declared here (no network, ever): enough to say a budget
band or a cost range in familiar money, which is why every converted amount is rounded to two
significant figures. Saved answers keep their ids (`lt_50k`), whatever the currency shown.
"""

from __future__ import annotations

import math
from types import MappingProxyType

# Units of each currency for one US dollar: approximate, for showing ranges, not for accounts.
RATES: MappingProxyType[str, float] = MappingProxyType({
    "USD": 1.0,
    "EUR": 0.92,
    "GBP": 0.79,
    "CHF": 0.88,
    "CAD": 1.37,
    "AUD": 1.52,
    "JPY": 150.0,
    "SEK": 10.5,
})
SYMBOLS: MappingProxyType[str, str] = MappingProxyType({
    "USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "CHF": "CHF", "CAD": "CA$", "AUD": "A$",
    "JPY": "\u00a5", "SEK": "kr",
})
CURRENCIES: tuple[str, ...] = tuple(RATES)

# The budget question's options as ranges in US dollars: (at least, less than); None is open.
BUDGET_BOUNDS: MappingProxyType[str, tuple[int | None, int | None]] = MappingProxyType({
    "lt_50k": (None, 50_000),
    "50k_250k": (50_000, 250_000),
    "250k_1m": (250_000, 1_000_000),
    "gt_1m": (1_000_000, None),
})


def rounded(value: float, figures: int = 2) -> int:
    """`value` rounded to `figures` significant figures (0 stays 0)."""
    if value == 0:
        return 0
    digits = figures - 1 - math.floor(math.log10(abs(value)))
    return int(round(value, digits))


def convert(usd: int, currency: str) -> int:
    """An amount in US dollars in `currency`; rounded unless it is dollars already."""
    if currency == "USD" or currency not in RATES:
        return usd
    return rounded(usd * RATES[currency])
