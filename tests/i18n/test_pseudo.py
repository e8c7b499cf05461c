"""DLREADY_PSEUDO=1: every string longer and bracketed, so clipped layouts show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.helpers.cases import CASES_DIR
from wizard.core.engine import assess
from wizard.core.storage import load
from wizard.translation import PseudoTranslator, pseudo, translator_for

CONFIDENCE = ("Medium confidence: {unknown} of {total} questions are unanswered, and {path} is "
              "{margin} points behind.")


@pytest.fixture
def pseudo_mode(monkeypatch):
    monkeypatch.setenv("DLREADY_PSEUDO", "1")


def test_pseudo_lengthens_by_at_least_a_third_and_keeps_placeholders():
    for text in ("Data", "Readiness: {score}/100 ({band})", CONFIDENCE, "&Open…", "<b>x</b> &amp;"):
        stretched = pseudo(text)
        assert stretched.startswith("[!! ") and stretched.endswith(" !!]")
        assert len(stretched) >= 1.33 * len(text)
    filled = pseudo(CONFIDENCE).format(unknown=3, total=20, path="P", margin=7)
    assert "3" in filled and "20" in filled and "{" not in filled
    assert "<b>" in pseudo("<b>x</b>") and "&amp;" in pseudo("&amp;")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_pseudo_mode_stretches_the_translate_function(pseudo_mode, lang):
    translate = translator_for(lang)
    text = translate("questions", "Don't know")
    assert text.startswith("[!! ")
    if lang == "de":
        assert text.startswith("[!! Wéîß ñîçht ")


def test_pseudo_mode_is_off_by_default(monkeypatch):
    monkeypatch.delenv("DLREADY_PSEUDO", raising=False)
    assert translator_for("de")("questions", "Don't know") == "Weiß nicht"
    monkeypatch.setenv("DLREADY_PSEUDO", "0")
    assert translator_for("de")("questions", "Don't know") == "Weiß nicht"


def test_assessment_in_pseudo_mode_keeps_its_advice(pseudo_mode):
    assessment = load(CASES_DIR / "invoice-ocr.dlready")
    stretched = assess(assessment, translator_for("fr"))
    plain = assess(assessment)
    assert stretched.recommendation == plain.recommendation
    assert all(reason.text.startswith("[!! ") for reason in stretched.reasons)
    assert all(change.text.startswith("[!! ") for change in stretched.what_would_change)


def test_pseudo_translator_stretches_window_strings_but_not_qts(qapp):
    catalog = translator_for("de")
    translator = PseudoTranslator(catalog.translator if catalog.translator else None)
    assert qapp.installTranslator(translator)
    try:
        own = QCoreApplication.translate("questions", "Don't know")
        assert own.startswith("[!! ") and "W" in own
        untranslated = QCoreApplication.translate("SomePage", "Not in any catalog")
        assert untranslated.startswith("[!! ")
        # Qt's own contexts are left to qtbase's translator (none installed here).
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Next >"
    finally:
        qapp.removeTranslator(translator)
