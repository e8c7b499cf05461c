"""Typed shapes of the rulebook: a rule reads some answers and, when they match, has effects."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wizard.core import answerbits
from wizard.core.model import UNSURE, PathId
from wizard.core.questions import QUESTIONS
from wizard.core.sources import SOURCES


class Condition(BaseModel):
    """The rule fires when every named question has one of the listed answers.

    'Don't know' matches only where a condition lists `unsure` itself: by default an unknown
    answer neither helps nor hurts a path.
    """

    model_config = ConfigDict(frozen=True)

    when: dict[str, frozenset[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_ids(self) -> Condition:
        for qid, values in self.when.items():
            allowed = QUESTIONS[qid].allowed
            unknown = values - set(allowed)
            if unknown:
                raise ValueError(f"rule reads {qid} = {sorted(unknown)}; allowed {allowed}")
        return self

    def matches(self, answers: Mapping[str, str]) -> bool:
        """Whether the answers meet every part of the condition."""
        # A plain loop: conditions are checked tens of times per assessment, and all() over
        # a generator costs a third more.
        for qid, values in self.when.items():  # noqa: SIM110
            if answers.get(qid, UNSURE) not in values:
                return False
        return True

    def holds(self, bits: int) -> bool:
        """Whether answers encoded by `answerbits.encode` meet every part of the condition."""
        return not bits & self.excluded

    @cached_property
    def excluded(self) -> int:
        """The bits of the answers this condition does not accept."""
        return answerbits.excluded(self.when)

    @cached_property
    def questions(self) -> tuple[str, ...]:
        """The questions this condition reads, in the order of the bank."""
        return tuple(qid for qid in QUESTIONS if qid in self.when)


class _Rule(Condition):
    id: str
    text: str
    source: str

    @model_validator(mode="after")
    def _known_source(self) -> _Rule:
        if self.source not in SOURCES:
            raise ValueError(f"rule {self.id} cites unknown source {self.source}")
        return self


class FitRule(_Rule):
    """Moves the fit of one or more paths: positive favours a path, negative counts against.

    Rules of one `group` are said together in one reason, each by its `short` phrase (the
    prerequisites of custom deep learning: six gates, one sentence).
    """

    fit: dict[PathId, int]
    group: str = ""
    short: str = ""


class BlockerRule(_Rule):
    """Something to clear before the recommended path can start.

    `action` is what to do, as the imperative the headline puts after "first".
    """

    action: str


class RiskRule(_Rule):
    """Something to watch; `paths` limits it to some recommendations (empty: any)."""

    paths: frozenset[PathId] = frozenset()


class ContestedRule(_Rule):
    """Ground where informed experts disagree or the advice cannot be settled from answers:
    it keeps the confidence below high and says why."""


class GovernanceLoad(_Rule):
    """Governance work the answers show is still ahead (duties, audits, agreements), in points
    taken off a governance score of 100; `paths` limits it to some recommendations."""

    points: int = Field(gt=0, le=100)
    paths: frozenset[PathId] = frozenset()


class ReadinessCap(_Rule):
    """Holds readiness at or below `limit` while the condition holds."""

    limit: int = Field(ge=0, le=100)


def any_of(qid: str, *values: str) -> dict[str, frozenset[str]]:
    """A condition part: `qid` is one of `values`."""
    return {qid: frozenset(values)}


def none_of(qid: str, *values: str) -> dict[str, frozenset[str]]:
    """A condition part: `qid` is anything but `values`, 'don't know' included."""
    allowed = set(QUESTIONS[qid].allowed) - set(values)
    return {qid: frozenset(allowed)}
