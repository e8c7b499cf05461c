"""Fixtures for the brief: assessments, from the example cases and made up to attack it."""

from __future__ import annotations

import pytest

from tests.helpers.cases import CASES_DIR
from wizard.core.assessment import Assessment
from wizard.core.storage import load

HOSTILE_NAME = (
    'Smith & Sons <b>bold</b> <font color="red">red</font> '
    '<img src="http://example.invalid/x.png"/> &amp; </para>'
)
GREEK_CYRILLIC = "Ελληνική Εταιρεία Ω — Российская компания Ж"


@pytest.fixture
def credit() -> Assessment:
    """A complete, clear case: credit scoring at a bank."""
    return load(CASES_DIR / "credit-scoring.dlready")


@pytest.fixture
def hostile(credit: Assessment) -> Assessment:
    """The credit case with markup, entities and non-Latin text in every free-text field."""
    meta = credit.meta.model_copy(
        update={
            "organisation": HOSTILE_NAME,
            "project": GREEK_CYRILLIC,
            "assessor": '<img src="file:///etc/passwd"/> Ann <i>',
        }
    )
    notes = {
        "problem_class": '<font name="Helvetica">x</font> <a href="http://example.invalid">'
        "link</a> <br/> 1 < 2 & 3 > 2",
        "budget": "Line one\nLine two\n\n<seq id='x'/> paragraph two",
    }
    return credit.model_copy(update={"meta": meta, "notes": notes})


def long_note(words: int = 2600) -> str:
    """About 20,000 characters of distinct words, so every one can be found again."""
    return " ".join(f"w{index:05d}x" for index in range(words))[:20_000]


@pytest.fixture
def long_notes(credit: Assessment) -> Assessment:
    """The credit case with a 20,000-character note on three questions."""
    note = long_note()
    notes = {"problem_class": note, "budget": note, "people_impact": note}
    return credit.model_copy(update={"notes": notes})
