"""Where the room disagrees, and whether it matters: each participant's own advice, and for
every question the participants answered differently, whether any of their answers taken
instead of the consensus changes the recommendation, and the readiness the answers span.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wizard.core.assessment import Assessment
from wizard.core.engine import assess
from wizard.core.i18n import Translate, untranslated
from wizard.core.model import PathId
from wizard.core.outcome import verdict
from wizard.core.questions import QUESTION_IDS
from wizard.core.result import Result
from wizard.core.team import Participant, participants


@dataclass(frozen=True)
class Outcome:
    """One participant's own advice, from their answers alone."""

    name: str
    recommendation: PathId
    readiness: int
    verdict: str

    def to_json(self) -> dict[str, Any]:
        return {
            "recommendation": self.recommendation.value,
            "readiness": self.readiness,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class Disagreement:
    """A question the participants answered differently."""

    question: str
    consensus: str
    answers: dict[str, str]  # participant -> option (`unsure` when they gave none)
    flips: bool  # some participant's answer instead of the consensus changes the advice
    flipping: tuple[str, ...]  # the options that do
    readiness: tuple[int, int]  # lowest and highest readiness over the answers given

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "consensus": self.consensus,
            "answers": dict(self.answers),
            "flips": self.flips,
            "flipping_answers": list(self.flipping),
            "readiness": {"low": self.readiness[0], "high": self.readiness[1]},
        }


@dataclass(frozen=True)
class Room:
    """Everything the team tools show about the people in the room."""

    outcomes: tuple[Outcome, ...]
    disagreements: tuple[Disagreement, ...]

    def to_json(self) -> dict[str, Any]:
        """The keys `assess --json` adds for a team file."""
        return {
            "participants": {o.name: o.to_json() for o in self.outcomes},
            "disagreement": [d.to_json() for d in self.disagreements],
        }


def room(
    assessment: Assessment,
    translate: Translate = untranslated,
    consensus_result: Result | None = None,
) -> Room | None:
    """The room of a team file; None for a file without participants."""
    people = participants(assessment)
    if not people:
        return None
    base = consensus_result or assess(assessment, translate)
    outcomes = tuple(_outcome(p, translate) for p in people)
    found = [
        d for qid in QUESTION_IDS
        if (d := _disagreement(qid, assessment, base, people, translate)) is not None
    ]
    order = {qid: index for index, qid in enumerate(QUESTION_IDS)}
    found.sort(key=lambda d: (not d.flips, d.readiness[0] - d.readiness[1], order[d.question]))
    return Room(outcomes, tuple(found))


def _outcome(person: Participant, translate: Translate) -> Outcome:
    result = assess(person.answers, translate)
    return Outcome(person.name, result.recommendation, result.readiness.score, verdict(result))


def _disagreement(
    qid: str,
    assessment: Assessment,
    base: Result,
    people: tuple[Participant, ...],
    translate: Translate,
) -> Disagreement | None:
    given = {person.name: person.answer(qid) for person in people}
    if len(set(given.values())) < 2:
        return None
    consensus = assessment.answer(qid)
    scores = [base.readiness.score]
    flipping = []
    for option in dict.fromkeys(given.values()):
        if option == consensus:
            continue
        swapped = assess({**assessment.answers, qid: option}, translate)
        scores.append(swapped.readiness.score)
        if swapped.recommendation != base.recommendation:
            flipping.append(option)
    return Disagreement(
        question=qid,
        consensus=consensus,
        answers=given,
        flips=bool(flipping),
        flipping=tuple(flipping),
        readiness=(min(scores), max(scores)),
    )


def room_json(assessment: Assessment, translate: Translate, result: Result) -> dict[str, Any]:
    """The keys a team file adds to `assess --json`; empty for a one-person file."""
    found = room(assessment, translate, result)
    return found.to_json() if found is not None else {}

