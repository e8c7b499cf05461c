"""A portfolio: every assessment in a folder, scored, in the order the board reads them.

The order is by verdict (go first, then fix first, not yet, stop), then by readiness, highest
first, then by name, so the same folder always gives the same page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wizard.core.assessment import Assessment, AssessmentError
from wizard.core.engine import assess
from wizard.core.i18n import Translate, untranslated
from wizard.core.outcome import VERDICT_ORDER, cost_range, headline, verdict
from wizard.core.result import Result
from wizard.core.storage import load

# The board reads the use cases it can start first.
BOARD_ORDER = tuple(reversed(VERDICT_ORDER))


@dataclass(frozen=True)
class Entry:
    """One use case of the portfolio."""

    path: Path
    assessment: Assessment
    result: Result

    @property
    def name(self) -> str:
        """Organisation and project, or the file's name."""
        meta = self.assessment.meta
        parts = [part.strip() for part in (meta.organisation, meta.project) if part.strip()]
        return " – ".join(parts) or self.path.stem

    @property
    def verdict(self) -> str:
        return verdict(self.result)

    @property
    def fit(self) -> int:
        """The fit of the recommended path."""
        return self.result.fit[self.result.recommendation]

    @property
    def readiness(self) -> int:
        return self.result.readiness.score

    @property
    def headline(self) -> str:
        return headline(self.result)

    @property
    def cost(self) -> tuple[int, int] | None:
        return cost_range(self.result)


def board_key(entry: Entry) -> tuple[int, int, str, str]:
    """Sort key: verdict (go first), readiness (highest first), name, file."""
    rank = BOARD_ORDER.index(entry.verdict) if entry.verdict in BOARD_ORDER else len(BOARD_ORDER)
    return rank, -entry.readiness, entry.name.casefold(), str(entry.path)


def folder_files(folder: Path) -> list[Path]:
    """The assessment files in a folder and below it, in a stable order."""
    return sorted(p for p in folder.rglob("*.dlready") if p.is_file())


def collect(
    paths: Iterable[Path], translate: Translate = untranslated
) -> tuple[list[Entry], list[AssessmentError]]:
    """Score every file; the entries in board order, and the errors of the files that failed."""
    entries, errors = [], []
    for path in paths:
        try:
            assessment = load(path)
        except AssessmentError as error:
            errors.append(error)
            continue
        entries.append(Entry(path, assessment, assess(assessment, translate)))
    entries.sort(key=board_key)
    return entries, errors
