"""Languages: one function installs the translators; the window switches language at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from tests.gui.walk import answer_page, click_next
from tests.helpers.cases import CASE_FILES
from wizard.core.engine import assess
from wizard.core.model import UNSURE
from wizard.core.questions import UNSURE_LABEL
from wizard.gui.language import core_tr, install_language, native_name
from wizard.gui.settings import Settings
from wizard.translation import available_languages, translator_for

TRANSLATED = [code for code in available_languages() if code != "en"]


@pytest.fixture
def english(qapp):
    """The window starts in English, and the next test finds English installed again."""
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def test_english_installs_and_translates_as_is(qapp, english):
    assert install_language(qapp, "en") == "en"
    assert core_tr("questions", UNSURE_LABEL) == UNSURE_LABEL
    assert "en" in available_languages()


def test_an_unknown_language_is_refused(qapp, english):
    with pytest.raises(ValueError, match="xx"):
        install_language(qapp, "xx")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_shipped_language_installs(qapp, english, lang):
    assert install_language(qapp, lang) == lang
    assert native_name(lang) != lang


def choose_language(window, code: str) -> None:
    """Open View › Language and click a language, as a person would."""
    window.language_menu.aboutToShow.emit()
    action = next(a for a in window.language_menu.actions() if a.data() == code)
    action.trigger()


def visible_texts(window) -> dict[str, str]:
    wizard = window.wizard
    return {
        "page": wizard.currentPage().title(),
        "next": wizard.button(QWizard.WizardButton.NextButton).text(),
        "back": wizard.button(QWizard.WizardButton.BackButton).text(),
        "file menu": window.menuBar().actions()[0].text(),
    }


def shown_answers(page) -> tuple[dict[str, str], dict[str, str]]:
    """The options checked and the notes typed on a section page, as the widgets show them."""
    answers = {qid: option for qid, box in page.boxes.items()
               for option, button in box.buttons.items() if button.isChecked()}
    notes = {qid: box.note.text() for qid, box in page.boxes.items() if box.note.text()}
    return answers, notes


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_language_menu_switches_at_once_and_keeps_every_answer(qtbot, english, window,
                                                                   lang):
    window.wizard.welcome.fields["organisation"].setText("Ünïcødé GmbH")
    click_next(qtbot, window)
    first = window.wizard.currentPage()
    ids = list(first.boxes)
    answer_page(qtbot, first, {ids[0]: first.boxes[ids[0]].question.options[-1].id,
                               ids[1]: UNSURE}, {ids[0]: "Nur ein Satz — ça va"})
    click_next(qtbot, window)
    second = window.wizard.currentPage()
    answer_page(qtbot, second, {qid: UNSURE for qid in second.boxes}, {})
    page_name = window.wizard.page_name()
    document = window.document
    before = (dict(document.answers), dict(document.notes), dict(document.meta),
              document.modified, document.path)
    english_texts = visible_texts(window)
    on_screen = shown_answers(window.wizard.currentPage())

    choose_language(window, lang)

    assert window.language == lang and Settings().language == lang
    assert window.wizard.page_name() == page_name
    assert (document.answers, document.notes, document.meta, document.modified,
            document.path) == before
    assert shown_answers(window.wizard.currentPage()) == on_screen
    translated = visible_texts(window)
    changed = [key for key in english_texts if translated[key] != english_texts[key]]
    assert changed == list(english_texts), translated
    # Back to the first page, through the rebuilt wizard: its answers are all still there.
    window.wizard.back()
    assert shown_answers(window.wizard.currentPage()) == shown_answers(first)

    choose_language(window, "en")
    window.wizard.next()
    assert window.language == "en"
    assert visible_texts(window) == english_texts
    assert (document.answers, document.notes, document.meta, document.modified,
            document.path) == before


@pytest.mark.skipif("de" not in available_languages(), reason="no German translation built")
def test_qts_own_wizard_buttons_speak_german(qtbot, english, window):
    window.wizard.show_page("data")
    choose_language(window, "de")
    wizard = window.wizard
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Weiter >"
    assert wizard.button(QWizard.WizardButton.BackButton).text().replace("&", "") == "< Zurück"
    assert window.windowTitle().startswith("Neue Bewertung")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_results_are_shown_again_in_the_new_language(english, window, lang):
    window.open_path(str(CASE_FILES[0]))
    window.wizard.show_page("results")
    headline = window.wizard.results.findChild(QLabel, "headline").accessibleName()
    recommendation = window.wizard.results.result.recommendation

    choose_language(window, lang)

    results = window.wizard.results
    assert window.wizard.page_name() == "results"
    assert results.isVisible() and results.result.recommendation == recommendation
    assert results.findChild(QLabel, "headline").accessibleName() != headline
    assert not window.document.modified


def test_the_menu_names_each_language_in_itself_and_checks_the_one_in_use(english, window):
    choose_language(window, window.language)  # the one in use: nothing changes
    names = {a.data(): (a.text(), a.isChecked()) for a in window.language_menu.actions()}
    assert set(names) == set(available_languages())
    assert names["en"] == ("English", True)
    if "de" in names:
        assert names["de"] == ("Deutsch", False)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_after_a_switch_every_part_of_the_results_is_in_the_new_language(english, window, lang):
    # The engine keeps what it has said per translate function: the window must hand it one
    # for the new language, or reasons and sources said in English come back after a switch.
    window.open_path(str(CASE_FILES[0]))
    window.wizard.show_page("results")

    choose_language(window, lang)

    shown = window.wizard.results.result
    expected = assess(window.document.to_assessment(), translator_for(lang))
    assert shown.to_contract() == expected.to_contract()
    assert [r.text for r in shown.reasons] != [
        r.text for r in assess(window.document.to_assessment()).reasons
    ]
