"""Installing the translators for one language: dlready's own strings and Qt's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from wizard.core.i18n import Translate
from wizard.translation import (
    SOURCE_LANGUAGE,
    check_language,
    qt_translations_file,
    translator_for,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# Each language is offered in its own name, as people look for it.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}

_installed: list[QTranslator] = []  # the QTranslators in use, kept alive here
_language: list[str] = [SOURCE_LANGUAGE]  # the language they are for


def native_name(code: str) -> str:
    """"Deutsch" for "de": a language's name in that language."""
    return NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code


def install_language(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for `lang` (None: the system's); returns the language used.

    Replaces the translators of the language installed before, so it also switches a running
    window (which then rebuilds its texts). Raises ValueError for a language dlready has no
    translation for, and changes nothing then.
    """
    lang = check_language(lang)
    own = getattr(translator_for(lang), "translator", None)  # None for plain English
    wanted: list[QTranslator] = []
    if lang != SOURCE_LANGUAGE:
        from PySide6.QtCore import QTranslator

        qt_file = qt_translations_file(lang)
        qt = QTranslator()
        if qt_file is not None and qt.load(str(qt_file)):
            wanted.append(qt)
    if own is not None:
        wanted.append(own)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed[:] = wanted
    for translator in wanted:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))
    _language[0] = lang
    return lang


def core_tr(context: str, text: str) -> str:
    """Translate a string declared in the core (the core's `Translate` for the window)."""
    return QCoreApplication.translate(context, text)


def core_translate() -> Translate:
    """The core's `Translate` for the language installed now, to pass to the engine.

    One function per language (not `core_tr`, whose answers change when the language does):
    the engine keeps what it has said per translate function, so a window switched to German
    must not be handed the English it said before.
    """
    return translator_for(_language[0])
