"""What "answered" means, once, for the window, the brief and the command line.

A question is *answered* when it has one of its own options. "Don't know" is a choice the
person made, but not an answer: it is *unsure*. A question with nothing recorded is *skipped*.
The engine's `Result.unknown` is exactly the unsure and the skipped questions together, so a
progress count and the advice never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wizard.core.model import UNSURE
from wizard.core.questions import QUESTION_IDS


@dataclass(frozen=True)
class Progress:
    """The questions of some part of the bank, split by how they were answered."""

    answered: tuple[str, ...]
    unsure: tuple[str, ...]
    skipped: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.answered) + len(self.unsure) + len(self.skipped)

    @property
    def unknown(self) -> tuple[str, ...]:
        """Unsure or skipped: the questions the advice had to do without."""
        return tuple(qid for qid in self.order if qid not in self.answered)

    @property
    def complete(self) -> bool:
        """Every question answered with one of its options."""
        return len(self.answered) == self.total

    @property
    def order(self) -> tuple[str, ...]:
        chosen = set(self.answered) | set(self.unsure) | set(self.skipped)
        return tuple(qid for qid in QUESTION_IDS if qid in chosen)


def is_answered(answers: Mapping[str, str], question_id: str) -> bool:
    """True when the question has one of its options (not "don't know", not nothing)."""
    return answers.get(question_id, UNSURE) != UNSURE


def progress(answers: Mapping[str, str], question_ids: Iterable[str] = QUESTION_IDS) -> Progress:
    """How the questions (all of the bank by default, in its order) stand in `answers`."""
    answered: list[str] = []
    unsure: list[str] = []
    skipped: list[str] = []
    for qid in question_ids:
        value = answers.get(qid)
        (skipped if value is None else unsure if value == UNSURE else answered).append(qid)
    return Progress(tuple(answered), tuple(unsure), tuple(skipped))
