"""The .ts sources and the compiled .qm catalogs: complete, current, loadable."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess

import pytest
from PySide6.QtCore import QTranslator

from tests.i18n.catalogs import (
    I18N,
    LANGUAGES,
    LOCALE,
    PLACEHOLDER,
    ROOT,
    marked_strings,
    messages,
    ts_path,
)
from wizard.translation import available_languages, translator_for

# i18n/update.py, the one command that makes the catalogs: the tests run what it runs.
_spec = importlib.util.spec_from_file_location("dlready_i18n_update", I18N / "update.py")
assert _spec is not None and _spec.loader is not None
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)


def test_every_shipped_language_is_available():
    assert available_languages() == ("en", *sorted(LANGUAGES))
    assert update.languages() == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalog_loads_with_qtranslator(lang):
    translator = QTranslator()
    assert translator.load(str(LOCALE / f"dlready_{lang}.qm"))
    assert not translator.isEmpty()
    assert translator.language() == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_translates_through_translator_for(lang):
    translate = translator_for(lang)
    assert translate("questions", "Don't know") != "Don't know"
    assert translate("paths", "Custom deep learning") != "Custom deep learning"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_is_unfinished_obsolete_or_empty(lang):
    problems = [
        (context, source, translation.get("type"))
        for context, source, translation in messages(ts_path(lang))
        if translation.get("type") is not None or not (translation.text or "").strip()
    ]
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder(lang):
    wrong = [
        (context, source, translation.text)
        for context, source, translation in messages(ts_path(lang))
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_window_strings_keep_their_shortcut_marker(lang):
    missing = [
        (context, source, translation.text)
        for context, source, translation in messages(ts_path(lang))
        if context[:1].isupper() and "&" in source and "&" not in (translation.text or "")
    ]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogs_are_current(lang, tmp_path):
    built = tmp_path / f"dlready_{lang}.qm"
    subprocess.run(update.lrelease_command(ts_path(lang), built), check=True, cwd=ROOT)
    assert built.read_bytes() == (LOCALE / f"dlready_{lang}.qm").read_bytes(), (
        "wizard/locale is out of date: run python i18n/update.py --qm"
    )


def test_sources_hold_every_string_in_the_code(tmp_path):
    # lupdate into copies of the .ts files: nothing may be new, nothing may vanish.
    for lang in LANGUAGES:
        copy = tmp_path / f"dlready_{lang}.ts"
        shutil.copy(ts_path(lang), copy)
        subprocess.run(update.lupdate_command(lang, copy), check=True, cwd=ROOT)
        before = {(c, s) for c, s, _ in messages(ts_path(lang))}
        after = {(c, s) for c, s, _ in messages(copy)}
        assert after == before, "i18n/*.ts are out of date: run python i18n/update.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_marked_string_is_in_the_catalog(lang):
    catalog = QTranslator()
    assert catalog.load(str(LOCALE / f"dlready_{lang}.qm"))
    marked = marked_strings()
    assert len(marked) > 300
    missing = [entry for entry in marked if not catalog.translate(entry[1], entry[2])]
    assert missing == []
