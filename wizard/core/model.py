"""Typed shapes of the declarations: sections, questions, options and the three paths."""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

UNSURE = "unsure"


class PathId(StrEnum):
    """The three recommendations, in order from simplest to most demanding."""

    CLASSICAL_ML = "classical_ml"
    PRETRAINED_OR_TRANSFER = "pretrained_or_transfer"
    CUSTOM_DEEP_LEARNING = "custom_deep_learning"


class Dimension(StrEnum):
    """The readiness dimensions of the contract."""

    STRATEGY = "strategy"
    DATA = "data"
    PEOPLE = "people"
    INFRASTRUCTURE = "infrastructure"
    GOVERNANCE = "governance"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Option(_Frozen):
    """One allowed answer: its stable id, a short label and what it means."""

    id: str
    label: str
    help: str = ""


class Readiness(_Frozen):
    """How an answer feeds a readiness dimension for one path: weight and 0-100 per option."""

    dimension: Dimension
    weight: float = Field(gt=0)
    values: dict[str, int]
    unsure: int = Field(ge=0, le=100, description="value of a 'don't know' answer")


class Question(_Frozen):
    """One question of the bank, as every layer shows and scores it."""

    id: str
    label: str = Field(description="a short name for lists, tables and what-if sentences")
    section: str
    text: str
    help: str
    options: tuple[Option, ...]
    decision: bool = Field(
        default=True,
        description="the organisation can choose this answer (budget, skills), "
        "not a fact of the problem",
    )
    ladder: tuple[str, ...] = Field(
        default=(),
        description="options from weakest to strongest, where moving up is an improvement",
    )

    @cached_property
    def option_ids(self) -> tuple[str, ...]:
        """The allowed option ids, without 'unsure'."""
        return tuple(option.id for option in self.options)

    @cached_property
    def allowed(self) -> tuple[str, ...]:
        """Every value a saved answer may take: the option ids, then 'unsure'."""
        return (*self.option_ids, UNSURE)

    def option(self, option_id: str) -> Option:
        """The option with this id; KeyError when there is none."""
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)


def options(*triples: tuple[str, str, str]) -> tuple[Option, ...]:
    """Options declared as (id, label, help) triples."""
    return tuple(Option(id=oid, label=label, help=text) for oid, label, text in triples)


class Section(_Frozen):
    """A group of questions shown together on one page."""

    id: str
    title: str
    intro: str


class Path(_Frozen):
    """One of the three recommendations as it is shown."""

    id: PathId
    name: str
    summary: str
