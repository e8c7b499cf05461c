"""Before and after: what changed between two assessments of the same use case, and what it did
to the advice (recommendation, verdict, readiness per dimension, blockers cleared and new)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wizard.core.assessment import Assessment
from wizard.core.engine import assess
from wizard.core.i18n import Translate, untranslated
from wizard.core.outcome import blocker_ids, verdict
from wizard.core.questions import QUESTION_IDS
from wizard.core.result import Result


@dataclass(frozen=True)
class AnswerChange:
    """A question answered differently the second time (`unsure` for no answer)."""

    question: str
    before: str
    after: str


@dataclass(frozen=True)
class Comparison:
    """Two assessments and their advice, side by side."""

    before: Assessment
    after: Assessment
    before_result: Result
    after_result: Result
    changes: tuple[AnswerChange, ...]
    cleared: tuple[str, ...]
    new: tuple[str, ...]

    @property
    def dimensions(self) -> dict[str, tuple[int, int]]:
        """Each readiness dimension's (before, after)."""
        before = self.before_result.readiness.dimensions
        after = self.after_result.readiness.dimensions
        return {dim: (before.get(dim, 0), after.get(dim, 0)) for dim in {**before, **after}}

    def to_json(self) -> dict[str, Any]:
        """What `dlready compare --json` prints."""
        b, a = self.before_result, self.after_result
        return {
            "before": {"date": self.before.meta.date},
            "after": {"date": self.after.meta.date},
            "changes": [
                {"question": c.question, "before": c.before, "after": c.after}
                for c in self.changes
            ],
            "recommendation": {"before": b.recommendation.value, "after": a.recommendation.value},
            "verdict": {"before": verdict(b), "after": verdict(a)},
            "readiness": {
                "before": b.readiness.score,
                "after": a.readiness.score,
                "dimensions": {
                    dim: {"before": pair[0], "after": pair[1]}
                    for dim, pair in self.dimensions.items()
                },
            },
            "blockers": {"cleared": list(self.cleared), "new": list(self.new)},
        }


def changed_answers(before: Assessment, after: Assessment) -> tuple[AnswerChange, ...]:
    """Every question whose answer differs, in the bank's order."""
    return tuple(
        AnswerChange(qid, before.answer(qid), after.answer(qid))
        for qid in QUESTION_IDS
        if before.answer(qid) != after.answer(qid)
    )


def compare(
    before: Assessment, after: Assessment, translate: Translate = untranslated
) -> Comparison:
    """Compare two assessments; the earlier one first."""
    b, a = assess(before, translate), assess(after, translate)
    before_ids, after_ids = blocker_ids(b), blocker_ids(a)
    return Comparison(
        before=before,
        after=after,
        before_result=b,
        after_result=a,
        changes=changed_answers(before, after),
        cleared=tuple(i for i in before_ids if i not in after_ids),
        new=tuple(i for i in after_ids if i not in before_ids),
    )
