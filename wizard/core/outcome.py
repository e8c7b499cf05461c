"""The few facts of a Result that the workshop tools compare: verdict, blockers, steps, cost.

Read in one place so that the merge, compare, plan and portfolio code does not care whether
the Result carries the v2 fields yet (verdict, blocker ids, steps with owners, cost ranges).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.result import Result

VERDICT_ORDER = ("stop", "not_yet", "fix_first", "go")
VERDICT_LABELS = {
    "stop": QT_TRANSLATE_NOOP("labels", "Stop"),
    "not_yet": QT_TRANSLATE_NOOP("labels", "Not yet"),
    "fix_first": QT_TRANSLATE_NOOP("labels", "Fix first"),
    "go": QT_TRANSLATE_NOOP("labels", "Go"),
}
WHEN_OF_DAYS = {0: "now", 30: "30", 60: "60", 90: "90"}


@dataclass(frozen=True)
class StepRow:
    """One next step as a row of the action plan."""

    id: str
    when: str
    owner: str
    text: str
    done_when: str


def verdict(result: Result) -> str:
    """The verdict id, or "" when the Result has none."""
    return str(getattr(result, "verdict", "") or "")


def headline(result: Result) -> str:
    """The one-sentence action title, or "" when the Result has none."""
    return str(getattr(result, "headline", "") or "")


def blocker_ids(result: Result) -> tuple[str, ...]:
    """The stable id of every blocker, in the Result's order."""
    return tuple(str(getattr(b, "id", None) or getattr(b, "rule", "")) for b in result.blockers)


def steps(result: Result) -> tuple[StepRow, ...]:
    """The next steps, in order, as plan rows."""
    rows = []
    for index, step in enumerate(result.next_steps, start=1):
        days: Any = getattr(step, "days", None)
        when = getattr(step, "when", None) or WHEN_OF_DAYS.get(days, str(days or ""))
        rows.append(
            StepRow(
                id=str(getattr(step, "id", "") or f"step-{index}"),
                when=str(when),
                owner=str(getattr(step, "owner", "") or ""),
                text=step.text,
                done_when=str(getattr(step, "done_when", "") or ""),
            )
        )
    return tuple(rows)


def cost_range(result: Result) -> tuple[int, int] | None:
    """The year-one cost range (low, high) of the recommended path, in USD, if known."""
    cost: Any = getattr(result, "cost", None)
    if cost is None:
        return None
    by_path = getattr(cost, "by_path", None) or {}
    entry = by_path.get(result.recommendation)
    if entry is None:
        return None
    return int(entry.low), int(entry.high)


def verdict_rank(result: Result) -> int:
    """The verdict's place from `stop` (0) to `go` (3); -1 when there is none."""
    value = verdict(result)
    return VERDICT_ORDER.index(value) if value in VERDICT_ORDER else -1
