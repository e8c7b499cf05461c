"""The example assessments and their expert answers, as test data."""

from __future__ import annotations

import json
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
EXPECTED: dict[str, dict] = json.loads((CASES_DIR / "expected.json").read_text("utf-8"))
CASE_FILES = sorted(CASES_DIR.glob("*.dlready"))
