"""A workshop in progress: who is in the room, each one's vote per question, which questions
have been revealed, and the consensus the facilitator set (the majority unless changed).

Qt-free, so the window's workshop mode is a thin view over it and the tests drive it directly.
"""

from __future__ import annotations

from collections.abc import Iterable

from wizard.core.assessment import Assessment
from wizard.core.questions import QUESTIONS
from wizard.core.team import Participant, consensus, participants, unique_name, with_participants


class Session:
    """Votes by question and participant, blind until a question is revealed."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: list[str] = []
        self.votes: dict[str, dict[str, str]] = {}
        self.revealed: set[str] = set()
        self.chosen: dict[str, str] = {}
        for name in names:
            self.add(name)

    @classmethod
    def from_assessment(cls, assessment: Assessment) -> Session:
        """The session a team file holds: its participants' answers, already revealed."""
        session = cls()
        for person in participants(assessment):
            session.names.append(person.name)
            for qid, option in person.answers.items():
                session.votes.setdefault(qid, {})[person.name] = option
        session.revealed = set(session.votes)
        for qid in session.votes:
            if assessment.answer(qid) != session.majority(qid)[0]:
                session.chosen[qid] = assessment.answer(qid)
        return session

    def add(self, name: str) -> str:
        """Add a participant; returns the name used (made unique). Empty names are refused."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a participant needs a name")
        name = unique_name(name, self.names)
        self.names.append(name)
        return name

    def remove(self, name: str) -> None:
        """Take a participant out, with their votes."""
        self.names.remove(name)
        for votes in self.votes.values():
            votes.pop(name, None)

    def vote(self, question_id: str, name: str, option: str) -> None:
        """Record a participant's answer (any allowed value, `unsure` included)."""
        if option not in QUESTIONS[question_id].allowed:
            raise ValueError(f"{option!r} is not an answer to {question_id}")
        if name not in self.names:
            raise KeyError(name)
        self.votes.setdefault(question_id, {})[name] = option

    def voted(self, question_id: str) -> list[str]:
        """Who has answered this question, in the room's order."""
        given = self.votes.get(question_id, {})
        return [name for name in self.names if name in given]

    def reveal(self, question_id: str) -> None:
        self.revealed.add(question_id)

    def hide(self, question_id: str) -> None:
        """Close the question again for a new vote (the votes stay until changed)."""
        self.revealed.discard(question_id)

    def is_revealed(self, question_id: str) -> bool:
        return question_id in self.revealed

    def spread(self, question_id: str) -> dict[str, list[str]]:
        """Who gave each answer: every option of the question and `unsure`, in that order."""
        given = self.votes.get(question_id, {})
        return {
            option: [name for name in self.names if given.get(name) == option]
            for option in QUESTIONS[question_id].allowed
        }

    def majority(self, question_id: str) -> tuple[str | None, bool]:
        """The answer most gave and whether it was a tie (then `unsure`)."""
        return consensus(self.votes.get(question_id, {}).values())

    def set_consensus(self, question_id: str, option: str) -> None:
        """The facilitator's consensus for a question, over the majority."""
        if option not in QUESTIONS[question_id].allowed:
            raise ValueError(f"{option!r} is not an answer to {question_id}")
        self.chosen[question_id] = option

    def consensus(self, question_id: str) -> str | None:
        """The room's answer: the facilitator's choice, else the majority; None if no votes."""
        if question_id in self.chosen:
            return self.chosen[question_id]
        return self.majority(question_id)[0]

    def people(self) -> tuple[Participant, ...]:
        """The participants with their answers."""
        return tuple(
            Participant(name, {qid: votes[name] for qid, votes in self.votes.items()
                               if name in votes})
            for name in self.names
        )

    def apply(self, assessment: Assessment) -> Assessment:
        """`assessment` as a team file: these participants, the consensus as its answers."""
        chosen = {
            qid: value for qid in self.votes
            if self.voted(qid) and (value := self.consensus(qid)) is not None
        }
        kept_notes = {p.name: p.notes for p in participants(assessment)}
        people = tuple(
            Participant(p.name, p.answers, kept_notes.get(p.name, {})) for p in self.people()
        )
        return with_participants(assessment, people, chosen)
