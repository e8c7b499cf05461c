"""What an assessment produces: the shape every layer reads and `assess --json` prints.

The attribute names mirror the keys of the contract's JSON (spec/assessment.md, v2) so that
the window, the brief and the command line read the same names. Texts are already in the
language the assessment was made in.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from wizard.core.model import PathId

Band = Literal["not_ready", "emerging", "ready", "advanced"]
Confidence = Literal["low", "medium", "high"]
Verdict = Literal["stop", "not_yet", "fix_first", "go"]
Severity = Literal["high", "medium", "low"]
When = Literal["now", "30", "60", "90"]
Owner = Literal["sponsor", "data_owner", "ml_lead", "legal", "it"]
SourceKind = Literal[
    "peer_reviewed",
    "official_guidance",
    "regulation",
    "industry_report",
    "practitioner_essay",
    "rule_of_thumb",
]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)


class Reason(_Out):
    """A rule that fired, or rules said together: their points for every path (`effects`).

    `path` is the path it is listed under, `weight` its points there: positive when it speaks
    for that path, negative when it counts against it. `rules` and `sources` name every rule
    and source said in it; `rule` and `source` are the first of them.
    """

    text: str
    rule: str
    source: str
    effects: dict[PathId, int]
    questions: tuple[str, ...]
    path: PathId
    weight: int
    rules: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


class Blocker(_Out):
    """Something to clear before the recommended path can start."""

    id: str
    text: str
    rule: str
    source: str
    questions: tuple[str, ...]


class Approach(_Out):
    """The concrete first thing to build on the recommended path."""

    id: str
    path: PathId
    text: str
    baseline: str
    go_no_go: str
    risk: str | None = None
    black_box: bool = True
    labels: str = "learned"


class Regulation(_Out):
    """A rule of law that applies given the answers."""

    id: str
    text: str
    obligations: tuple[str, ...]
    applies_from: str
    source: str


class Risk(_Out):
    """Something to watch, how bad it is and what to do about it."""

    id: str
    text: str
    severity: Severity
    mitigation: str
    source: str | None = None
    owner: Owner | None = None
    questions: tuple[str, ...] = ()

    @property
    def rule(self) -> str:
        """The id of the declaration behind this risk (the name v1 used)."""
        return self.id


class Lever(_Out):
    """A forward move of answers the organisation controls, and what it would give."""

    text: str
    answers: dict[str, str]
    recommendation: PathId
    band: Band
    effort: str


class Change(_Out):
    """A smallest change of answers that makes another path the recommendation."""

    text: str
    answers: dict[str, str]
    recommendation: PathId


class CostItem(_Out):
    """One line of a cost estimate, with the assumption behind it."""

    what: str
    low: int
    high: int
    assumption: str


class CostRange(_Out):
    """A year-one cost range for one path, itemised."""

    low: int
    high: int
    items: tuple[CostItem, ...]


class Cost(_Out):
    """Year-one cost ranges for every path."""

    currency: Literal["USD"] = "USD"
    by_path: dict[PathId, CostRange]


class Step(_Out):
    """A next step: when, who, what, and how to tell it is done."""

    id: str
    when: When
    owner: Owner
    text: str
    done_when: str

    @property
    def days(self) -> int:
        """Days from the start by which the step is done; 0 for `now` (the name v1 used)."""
        return 0 if self.when == "now" else int(self.when)


class Source(_Out):
    """A publication, regulation or rule of thumb that the advice names."""

    id: str
    citation: str
    year: int
    kind: SourceKind
    link: str | None = None
    cited_for: str = ""


class Readiness(_Out):
    """How ready the organisation is for `for_path`, overall and by dimension (0-100)."""

    score: int
    band: Band
    for_path: PathId
    bands: dict[str, int]
    dimensions: dict[str, int]


# Contract keys whose value the engine does not compute: `to_contract` gives them as null
# rather than as an empty list that would claim "nothing applies". Since rulebook 2026.12 the
# engine computes every part, so it is empty; layers still honour it.
Pending = Literal["approach", "regulation", "risks", "levers", "cost", "next_steps", "sources"]


class Result(_Out):
    """The full advice for one assessment."""

    recommendation: PathId
    verdict: Verdict
    headline: str
    approach: Approach | None
    fit: dict[PathId, int]
    readiness: Readiness
    confidence: Confidence
    confidence_note: str
    reasons: tuple[Reason, ...]
    blockers: tuple[Blocker, ...]
    regulation: tuple[Regulation, ...] = ()
    risks: tuple[Risk, ...] = ()
    levers: tuple[Lever, ...] = ()
    what_would_change: tuple[Change, ...]
    cost: Cost | None = None
    next_steps: tuple[Step, ...] = ()
    sources: tuple[Source, ...] = ()
    unknown: tuple[str, ...]
    rulebook: str
    pending: frozenset[Pending] = frozenset()

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of the contract, contract keys first, additions after them."""
        document: dict[str, Any] = {
            "recommendation": self.recommendation.value,
            "verdict": self.verdict,
            "headline": self.headline,
            "approach": _approach(self.approach),
            "fit": {path.value: value for path, value in self.fit.items()},
            "readiness": self.readiness.model_dump(mode="json"),
            "confidence": self.confidence,
            "confidence_note": self.confidence_note,
            "reasons": [_reason(reason) for reason in self.reasons],
            "blockers": [blocker.model_dump(mode="json") for blocker in self.blockers],
            "regulation": [_dump(item) for item in self.regulation],
            "risks": [_risk(risk) for risk in self.risks],
            "levers": [_dump(lever) for lever in self.levers],
            "what_would_change": [_dump(change) for change in self.what_would_change],
            "cost": _cost(self.cost),
            "next_steps": [_dump(step) for step in self.next_steps],
            "sources": [_dump(source) for source in self.sources],
            "rulebook": self.rulebook,
            "unknown": list(self.unknown),
        }
        for key in sorted(self.pending):
            document[key] = None
        return document


def _dump(item: BaseModel) -> dict[str, Any]:
    return item.model_dump(mode="json")


def _approach(approach: Approach | None) -> dict[str, Any] | None:
    if approach is None:
        return None
    document = _dump(approach)
    if approach.risk is None:
        del document["risk"]
    return document


def _reason(reason: Reason) -> dict[str, Any]:
    return {
        "text": reason.text,
        "rule": reason.rule,
        "source": reason.source,
        "effects": {path.value: points for path, points in reason.effects.items()},
        "questions": list(reason.questions),
        "path": reason.path.value,
        "weight": reason.weight,
        "rules": list(reason.rules),
        "sources": list(reason.sources),
    }


def _risk(risk: Risk) -> dict[str, Any]:
    document = _dump(risk)
    return {key: value for key, value in document.items() if value is not None}


def _cost(cost: Cost | None) -> dict[str, Any] | None:
    if cost is None:
        return None
    return {"currency": cost.currency, **{path.value: _dump(r) for path, r in cost.by_path.items()}}
