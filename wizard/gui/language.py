"""Installing the translators for one language: dlready's own strings and Qt's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.translation import SOURCE_LANGUAGE, available_languages, system_language, translator_for

_installed: list[QTranslator] = []


def languages() -> tuple[str, ...]:
    """Every language the window can be shown in."""
    return available_languages()


def install_language(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for `lang` (None: the system's); returns the language used.

    Raises ValueError for a language dlready has no translation for.
    """
    lang = lang or system_language()
    own = getattr(translator_for(lang), "translator", None)  # None for plain English
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", folder):
            _installed.append(qt)
    if own is not None:
        _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))
    return lang


def core_tr(context: str, text: str) -> str:
    """Translate a string declared in the core (the core's `Translate` for the window)."""
    return QCoreApplication.translate(context, text)
