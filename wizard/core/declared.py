"""Conditions on the answers for the declared evidence (regulation, risks, steps, costs).

Like rulemodel's conditions, but the question ids and values are checked against the bank,
or, for a v2 question the bank does not hold yet, against the contract's options.
"""

from __future__ import annotations

from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wizard.core import answerbits
from wizard.core.model import UNSURE
from wizard.core.questions import QUESTIONS

# The contract's options (spec/assessment.md, v2) for questions the bank may not hold yet.
CONTRACT_V2: dict[str, tuple[str, ...]] = {
    "task": (
        "score_or_classify", "forecast", "rank_or_recommend", "recognise", "extract",
        "answer_questions", "generate",
    ),
    "decision_area": (
        "employment", "credit_insurance", "health", "education", "public_services",
        "law_justice_migration", "biometrics", "emotion_recognition_work",
        "emotion_recognition", "critical_infrastructure", "product_safety", "none",
    ),
    "audience": ("experts", "staff", "customers", "public"),
    "volume": ("lt_10k", "10k_1m", "1m_100m", "gt_100m"),
    "label_source": ("measured_outcomes", "human_decisions", "expert_review", "none_yet"),
    "label_expertise": ("anyone", "trained_staff", "experts"),
}


def allowed(qid: str) -> tuple[str, ...]:
    """Every value an answer to `qid` may take, 'unsure' last."""
    if qid in QUESTIONS:
        return QUESTIONS[qid].allowed
    return (*CONTRACT_V2[qid], UNSURE)


def any_of(qid: str, *values: str) -> dict[str, frozenset[str]]:
    """A condition part: `qid` is one of `values`."""
    return {qid: frozenset(values)}


def none_of(qid: str, *values: str) -> dict[str, frozenset[str]]:
    """A condition part: `qid` is anything but `values`, 'don't know' included."""
    return {qid: frozenset(set(allowed(qid)) - set(values))}


class When(BaseModel):
    """Holds when every named question has one of the listed answers ('unsure' only if listed)."""

    model_config = ConfigDict(frozen=True)

    answers: dict[str, frozenset[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known(self) -> When:
        for qid, values in self.answers.items():
            unknown = values - set(allowed(qid))
            if unknown:
                raise ValueError(f"condition reads {qid} = {sorted(unknown)}")
        return self

    def holds(self, bits: int) -> bool:
        """Whether answers encoded by `answerbits.encode` meet every part."""
        return not bits & self.excluded

    @cached_property
    def excluded(self) -> int:
        """The bits of the answers this condition does not accept."""
        return answerbits.excluded(self.answers)

    @property
    def questions(self) -> tuple[str, ...]:
        """The questions this condition reads."""
        return tuple(sorted(self.answers))


def when(*parts: dict[str, frozenset[str]]) -> When:
    """A condition that holds when all `parts` hold."""
    merged: dict[str, frozenset[str]] = {}
    for part in parts:
        for qid, values in part.items():
            merged[qid] = merged[qid] & values if qid in merged else values
    return When(answers=merged)


def any_holds(exclusions: tuple[int, ...], bits: int) -> bool:
    """Whether any of the conditions whose excluded bits are given holds for answers encoded
    by `answerbits.encode` (none given always holds)."""
    # A condition holds when the answers set none of its excluded bits; all() over map stays
    # in C and stops at the first that holds.
    return not exclusions or not all(map(bits.__and__, exclusions))
