"""A room of participants: each one's answers, the consensus, and merging files into one.

A team file holds `participants`, an object keyed by each participant's name with their own
`answers` and `notes`; its top-level answers are the room's consensus. The consensus of a
question is the answer most participants gave; "don't know" is no vote for an option, and a
tie between the most given answers is recorded as "don't know".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from wizard.core.assessment import Assessment, AssessmentError, Meta, ParticipantAnswers
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import UNSURE
from wizard.core.questions import QUESTIONS


@dataclass(frozen=True)
class Participant:
    """One person in the room and what they answered."""

    name: str
    answers: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def answer(self, question_id: str) -> str:
        """Their answer, `unsure` when they gave none."""
        return self.answers.get(question_id, UNSURE)


@dataclass(frozen=True)
class Merged:
    """The team file a merge makes, and the questions whose vote was tied."""

    assessment: Assessment
    ties: tuple[str, ...]


def participants(assessment: Assessment) -> tuple[Participant, ...]:
    """The participants a file holds, in the file's order; empty for a one-person file."""
    return tuple(
        Participant(name, dict(entry.answers), dict(entry.notes))
        for name, entry in assessment.participants.items()
    )


def consensus(votes: Iterable[str]) -> tuple[str | None, bool]:
    """The answer most gave, and whether the top was tied; (None, False) when none answered."""
    counts = Counter(vote for vote in votes if vote != UNSURE)
    if not counts:
        return None, False
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return UNSURE, True
    return ranked[0][0], False


def room_consensus(people: Sequence[Participant]) -> tuple[dict[str, str], tuple[str, ...]]:
    """The consensus answers in the bank's order, and the tied questions."""
    answers: dict[str, str] = {}
    ties = []
    for qid in QUESTIONS:
        given = [person.answers[qid] for person in people if qid in person.answers]
        if not given:
            continue
        answer, tied = consensus(given)
        answers[qid] = answer if answer is not None else UNSURE
        if tied:
            ties.append(qid)
    return answers, tuple(ties)


def unique_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name (2)`, `name (3)`… when it is taken."""
    used = set(taken)
    if name not in used:
        return name
    number = 2
    while f"{name} ({number})" in used:
        number += 1
    return f"{name} ({number})"


def with_participants(
    base: Assessment,
    people: Sequence[Participant],
    consensus_answers: Mapping[str, str] | None = None,
) -> Assessment:
    """A team file: `base`'s meta, the people as participants, their consensus on top.

    The consensus is the majority's unless `consensus_answers` gives it (a facilitator's
    choice); questions nobody answered keep `base`'s answer. Notes that participants wrote
    are kept on top too, each line headed by its author.
    """
    answers = dict(base.answers)
    majority, _ = room_consensus(people)
    answers.update(majority)
    answers.update(consensus_answers or {})
    notes: dict[str, str] = dict(base.notes)
    for qid in QUESTIONS:
        written = [(p.name, p.notes[qid]) for p in people if p.notes.get(qid, "").strip()]
        if not written:
            continue
        joined = "\n".join(f"{name}: {text}" for name, text in written)
        existing = notes.get(qid, "")
        # A note already on top (the facilitator's, or this text from before) is kept whole.
        notes[qid] = existing if joined in existing else "\n".join(filter(None, (existing,
                                                                                  joined)))
    return base.model_copy(update={
        "answers": {qid: answers[qid] for qid in QUESTIONS if qid in answers},
        "notes": notes,
        "participants": {
            p.name: ParticipantAnswers(
                answers=dict(p.answers), notes={k: v for k, v in p.notes.items() if v})
            for p in people
        },
    })


def merge(inputs: Sequence[tuple[str, Assessment]], *, force: bool = False) -> Merged:
    """One team file from several: one participant per input, named as given, made unique.

    An input that is itself a team file brings each of its participants. Inputs for different
    organisations or projects are refused unless `force`.
    """
    if not force:
        for key in ("organisation", "project"):
            _same(key, [getattr(a.meta, key) for _, a in inputs])
    people: list[Participant] = []
    for name, assessment in inputs:
        inner = participants(assessment)
        for person in inner or (Participant(name, dict(assessment.answers),
                                            dict(assessment.notes)),):
            taken = [p.name for p in people]
            people.append(Participant(unique_name(person.name, taken), person.answers,
                                      person.notes))
    first = inputs[0][1]
    dates = sorted(a.meta.date for _, a in inputs if a.meta.date)
    meta = {
        "organisation": next((a.meta.organisation for _, a in inputs if a.meta.organisation), ""),
        "project": next((a.meta.project for _, a in inputs if a.meta.project), ""),
        "date": dates[-1] if dates else "",
        "language": first.meta.language,
    }
    base = Assessment(meta=Meta(**{k: v for k, v in meta.items() if v}))
    team = with_participants(base, people)
    _, ties = room_consensus(people)
    return Merged(team, ties)


_DIFFERENT = {
    "organisation": QT_TRANSLATE_NOOP(
        "errors", "The files are for different organisations ({values}); merge them with "
        "--force if they belong together."
    ),
    "project": QT_TRANSLATE_NOOP(
        "errors", "The files are for different projects ({values}); merge them with --force "
        "if they belong together."
    ),
}


def _same(key: str, values: Sequence[str]) -> None:
    shown = sorted({value.strip() for value in values if value.strip()}, key=str.casefold)
    if len({value.casefold() for value in shown}) > 1:
        raise AssessmentError(_DIFFERENT[key], values=", ".join(shown))


def participant_name(assessment: Assessment, file_stem: str) -> str:
    """Who a single file speaks for: its assessor, else the file's name."""
    return assessment.meta.assessor.strip() or file_stem
