"""Choosing a language and turning it into a translate function for the core's strings.

The translations are Qt Linguist `.qm` files; they are read with QtCore's QTranslator, which
needs no QApplication, so the command line translates without loading any widget.
"""

from __future__ import annotations

import locale
from functools import cache
from pathlib import Path

from wizard.core.i18n import Translate, untranslated

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"


def available_languages() -> tuple[str, ...]:
    """English and every language that has a compiled translation."""
    compiled = sorted(p.stem.removeprefix("dlready_") for p in LOCALE_DIR.glob("dlready_*.qm"))
    return (SOURCE_LANGUAGE, *compiled)


def system_language() -> str:
    """The user's language if dlready has it, otherwise English."""
    code = (locale.getlocale()[0] or "").split("_")[0].lower()
    return code if code in available_languages() else SOURCE_LANGUAGE


@cache
def translator_for(lang: str | None) -> Translate:
    """A translate function for `lang` (None: English); ValueError for an unknown language."""
    if lang is None or lang == SOURCE_LANGUAGE:
        return untranslated
    if lang not in available_languages():
        raise ValueError(
            f"language {lang!r} is not available; choose one of: "
            f"{', '.join(available_languages())}."
        )
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(LOCALE_DIR / f"dlready_{lang}.qm")):
        raise ValueError(f"the translation for {lang!r} cannot be read.")

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined]  # keeps it alive
    return translate
