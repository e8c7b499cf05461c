"""What an assessment produces: the shape every layer reads and `assess --json` prints."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from wizard.core.model import PathId

Band = Literal["not_ready", "emerging", "ready", "advanced"]
Confidence = Literal["low", "medium", "high"]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Reason(_Out):
    """A rule that fired, with the path it speaks for (weight > 0) or against (weight < 0)."""

    text: str
    rule: str
    source: str
    path: PathId
    weight: int
    questions: tuple[str, ...]


class Finding(_Out):
    """A blocker or a risk: what it is, the rule behind it and the questions that raised it."""

    text: str
    rule: str
    source: str
    questions: tuple[str, ...]


class NextStep(_Out):
    """What to have done by `days` after the start."""

    days: int
    text: str


class Change(_Out):
    """A smallest change of answers that makes another path the recommendation."""

    text: str
    answers: dict[str, str]
    recommendation: PathId


class Readiness(_Out):
    """How ready the organisation is, overall and by dimension (0-100)."""

    score: int
    band: Band
    dimensions: dict[str, int]


class Result(_Out):
    """The full advice for one assessment."""

    recommendation: PathId
    fit: dict[PathId, int]
    readiness: Readiness
    confidence: Confidence
    confidence_note: str
    unknown: tuple[str, ...]
    reasons: tuple[Reason, ...]
    blockers: tuple[Finding, ...]
    risks: tuple[Finding, ...]
    next_steps: tuple[NextStep, ...]
    what_would_change: tuple[Change, ...]
    rulebook: str

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of the contract, contract keys first, additions after them."""
        return {
            "recommendation": self.recommendation.value,
            "fit": {path.value: value for path, value in self.fit.items()},
            "readiness": self.readiness.model_dump(),
            "confidence": self.confidence,
            "reasons": [reason.model_dump(mode="json") for reason in self.reasons],
            "blockers": [blocker.model_dump(mode="json") for blocker in self.blockers],
            "what_would_change": [
                change.model_dump(mode="json") for change in self.what_would_change
            ],
            "confidence_note": self.confidence_note,
            "unknown": list(self.unknown),
            "risks": [risk.model_dump(mode="json") for risk in self.risks],
            "next_steps": [step.model_dump(mode="json") for step in self.next_steps],
            "rulebook": self.rulebook,
        }
