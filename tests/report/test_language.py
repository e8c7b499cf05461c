"""The brief's own strings go through the translator; dates and paper follow the language."""

from __future__ import annotations

import pytest

from tests.report import pdfread
from wizard.report import brief as brief_module
from wizard.report import texts
from wizard.report.brief import render_brief
from wizard.report.dates import format_date
from wizard.report.styles import paper_for


def pseudo(context: str, text: str) -> str:
    """A pseudo-translation that marks and stretches every string, as Vorta's switch does."""
    if context == "brief" and text == texts.DATE:
        return "{year}-{month}-{day}"
    return f"[{text} ~~~~]" if "{" not in text else f"[{text}]"


def test_every_brief_string_is_translated(monkeypatch, credit):
    monkeypatch.setattr(brief_module, "translator_for", lambda lang: pseudo)
    text = pdfread.text(render_brief(credit, lang="xx", paper="a4"))
    for marked in ("[Method and limits ~~~~]", "[Appendix: the answers ~~~~]", "[Page 1 of"):
        assert marked in text
    assert "2026-[November ~~~~]-21" in text
    assert "[Classical machine learning ~~~~]" in text  # core strings too


def test_date_format():
    assert format_date("2026-11-21", lambda c, t: t) == "21 November 2026"
    assert format_date("next week", lambda c, t: t) == "next week"
    assert format_date("2026-02-30", lambda c, t: t) == "2026-02-30"


@pytest.mark.parametrize(
    ("lang", "env", "paper"),
    [
        ("en_US", "", "letter"),
        ("en_GB", "", "a4"),
        ("en", "en_US.UTF-8", "letter"),
        ("de", "de_DE.UTF-8", "a4"),
        ("en", "", "a4"),
        ("fr-CA", "", "letter"),
    ],
)
def test_paper_follows_the_locale(monkeypatch, lang, env, paper):
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(name, raising=False)
    if env:
        monkeypatch.setenv("LANG", env)
    assert paper_for(lang) == paper


def test_unknown_paper_is_refused(credit):
    with pytest.raises(ValueError, match="paper"):
        render_brief(credit, paper="a3")
