"""How a verdict looks on paper: a colour and a shape, so the page reads in greyscale too."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VerdictLook:
    """The marker of one verdict in a chart and its symbol in a table."""

    colour: str
    marker: str  # a matplotlib marker
    filled: bool
    symbol: str  # the same shape as a character of DejaVu Sans


LOOKS = {
    "go": VerdictLook("#2e7d32", "o", True, "●"),
    "fix_first": VerdictLook("#e3a600", "s", True, "■"),
    "not_yet": VerdictLook("#c0392b", "^", False, "△"),
    "stop": VerdictLook("#5c1010", "X", True, "✖"),
}
UNKNOWN = VerdictLook("#8a94a6", "D", False, "◇")


def look(verdict: str) -> VerdictLook:
    """The look of a verdict id; a neutral one for a Result without a verdict."""
    return LOOKS.get(verdict, UNKNOWN)
