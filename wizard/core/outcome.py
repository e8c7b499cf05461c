"""The few facts of a Result that the workshop tools compare and list: verdict labels, blocker
ids, steps as plan rows, the cost range of the recommended path."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.result import Result

VERDICT_ORDER = ("stop", "not_yet", "fix_first", "go")
VERDICT_LABELS = {
    "stop": QT_TRANSLATE_NOOP("labels", "Stop"),
    "not_yet": QT_TRANSLATE_NOOP("labels", "Not yet"),
    "fix_first": QT_TRANSLATE_NOOP("labels", "Fix first"),
    "go": QT_TRANSLATE_NOOP("labels", "Go"),
}


@dataclass(frozen=True)
class StepRow:
    """One next step as a row of the action plan."""

    id: str
    when: str
    owner: str
    text: str
    done_when: str


def verdict(result: Result) -> str:
    """The verdict id."""
    return str(result.verdict)


def headline(result: Result) -> str:
    """The one-sentence action title."""
    return result.headline


def blocker_ids(result: Result) -> tuple[str, ...]:
    """The stable id of every blocker, in the Result's order."""
    return tuple(blocker.id for blocker in result.blockers)


def steps(result: Result) -> tuple[StepRow, ...]:
    """The next steps, in order, as plan rows."""
    return tuple(
        StepRow(id=s.id, when=str(s.when), owner=str(s.owner), text=s.text,
                done_when=s.done_when)
        for s in result.next_steps
    )


def cost_range(result: Result) -> tuple[int, int] | None:
    """The year-one cost range (low, high) of the recommended path in USD, if computed."""
    if result.cost is None or result.recommendation not in result.cost.by_path:
        return None
    entry = result.cost.by_path[result.recommendation]
    return entry.low, entry.high
