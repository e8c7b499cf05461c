"""The window's Qt buttons and the PDF brief in German, through the GUI's and report's APIs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizard

from tests.helpers.cases import CASES_DIR
from wizard.core.storage import load
from wizard.translation import translator_for


@pytest.fixture
def german(qapp):
    from wizard.gui.language import install_language

    locale = QLocale()
    assert install_language(qapp, "de") == "de"
    yield qapp
    install_language(qapp, "en")
    QLocale.setDefault(locale)


def test_wizard_next_and_back_are_german(german, qtbot):
    from wizard.gui.document import Document
    from wizard.gui.wizard import AssessmentWizard

    wizard = AssessmentWizard(Document())
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "") == "Weiter >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton).replace("&", "") == "< Zurück"
    # No Finish button: the wizard never closes the window (issue 14).
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisibleTo(wizard)


@pytest.mark.slow
def test_german_brief_has_no_english_headings():
    from tests.report.pdfread import text
    from wizard.report import texts
    from wizard.report.brief import render_brief

    pdf = text(render_brief(load(CASES_DIR / "credit-scoring.dlready"), lang="de"))
    flat = " ".join(pdf.split())
    de = translator_for("de")
    headings = (texts.DECISION, texts.WHY, texts.LIMITS, texts.APPENDIX,
                texts.REFERENCES, texts.SCORES, texts.METHOD, texts.READINESS)
    for heading in headings:
        assert heading not in flat
        assert " ".join(de("brief", heading).split()) in flat
    assert "Klassisches Machine Learning" in flat
    for english in ("Use case", "Don't know", "Classical machine learning", "Page 1 of"):
        assert english not in flat
