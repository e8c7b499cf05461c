"""The Help menu: a guide, a glossary of the questions' terms, About with versions and licences,
all in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QTextBrowser

from wizard import __version__
from wizard.core.glossary import GLOSSARY
from wizard.core.rulebook import RULEBOOK_VERSION
from wizard.gui.language import install_language


def shown(window, name: str) -> str:
    window._menu_items[name].trigger()
    dialog = window.findChild(QDialog, f"help-{name}")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser).toPlainText()
    dialog.close()
    return text


def test_about_gives_the_version_the_rulebook_and_licences(window):
    text = shown(window, "about")
    assert __version__ in text and RULEBOOK_VERSION in text
    assert "LGPL" in text and "MIT" in text


def test_the_glossary_explains_the_terms_the_questions_use(window):
    text = shown(window, "glossary")
    for needed in ("Labelled examples", "Transfer learning", "Foundation model", "Retrieval",
                   "Fine-tuning"):
        assert needed in text
    assert all(term.meaning[:40] in text for term in GLOSSARY)


def test_the_guide_mentions_presentation_mode_and_escape(window):
    text = shown(window, "guide")
    assert "Presentation Mode" in text and "Esc" in text


@pytest.fixture
def german(qapp):
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


def test_help_is_translated(german, window):
    glossary = shown(window, "glossary")
    assert not any(term.meaning[:40] in glossary for term in GLOSSARY)
    assert "Transfer Learning" in glossary or "Transferlernen" in glossary
    guide = shown(window, "guide")
    assert "How to use" not in guide
