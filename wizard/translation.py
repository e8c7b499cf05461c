"""Choosing a language and turning it into a translate function for the core's strings.

The translations are Qt Linguist `.qm` files built from `i18n/*.ts`; they are read with
QtCore's QTranslator, which needs no QApplication, so the command line translates without
loading any widget. With DLREADY_PSEUDO=1 in the environment every translated string is
stretched and bracketed, to find layouts that clip longer languages.
"""

from __future__ import annotations

import locale
import math
import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.core.i18n import Translate, untranslated

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"
PSEUDO_VARIABLE = "DLREADY_PSEUDO"
# Qt's own contexts (QWizard, QMessageBox, QShortcut...) are left to qtbase's translations.
_QT_CONTEXT = re.compile(r"Q[A-Z]")
# Placeholders, markup and entities that must reach the formatter or the widget unchanged.
_KEEP = re.compile(r"\{[^{}]*\}|<[^<>]*>|&[#\w]+;|%\d+")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéîöûÿÅÉÎÖÛŸçñšž")


def available_languages() -> tuple[str, ...]:
    """English and every language that has a compiled translation."""
    compiled = sorted(p.stem.removeprefix("dlready_") for p in LOCALE_DIR.glob("dlready_*.qm"))
    return (SOURCE_LANGUAGE, *compiled)


def normalise_language(code: str) -> str:
    """"de_DE.UTF-8", "de-AT" or "DE" as "de"."""
    return re.split(r"[_.@-]", code.strip(), maxsplit=1)[0].lower()


def _environment_languages() -> list[str] | None:
    """The languages the POSIX environment asks for, in order; None when it says nothing."""
    current = next(
        (os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)),
        None,
    )
    if current is None:
        return None
    if normalise_language(current) in ("c", "posix"):
        return [SOURCE_LANGUAGE]
    # As gettext does: LANGUAGE is a preference list, honoured unless the locale is C.
    preferred = [part for part in os.environ.get("LANGUAGE", "").split(":") if part]
    return [*preferred, current]


def _platform_languages() -> list[str]:
    code = locale.getlocale()[0]
    if code:
        return [code]
    from PySide6.QtCore import QLocale

    return list(QLocale.system().uiLanguages())


def system_language() -> str:
    """The user's language if dlready has it, otherwise English."""
    candidates = _environment_languages()
    if candidates is None:
        candidates = _platform_languages()
    available = available_languages()
    for candidate in candidates:
        code = normalise_language(candidate)
        if code in available:
            return code
    return SOURCE_LANGUAGE


def check_language(lang: str | None) -> str:
    """`lang` normalised, or the system's language for None; ValueError if it is unknown."""
    if lang is None:
        return system_language()
    code = normalise_language(lang)
    if code not in available_languages():
        raise ValueError(
            f"language {lang!r} is not available; choose one of: "
            f"{', '.join(available_languages())}."
        )
    return code


def qt_translations_file(lang: str) -> Path | None:
    """PySide6's own `qtbase_<lang>.qm` (wizard buttons, standard dialogs), if it ships one."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{normalise_language(lang)}.qm"
    return path if path.is_file() else None


def pseudo_enabled() -> bool:
    """Whether DLREADY_PSEUDO asks for pseudo-translation."""
    return os.environ.get(PSEUDO_VARIABLE, "").strip().lower() not in ("", "0", "false", "no")


def pseudo(text: str) -> str:
    """`text` accented, stretched by about 40% and bracketed; placeholders kept as they are."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    padding = "~" * max(1, math.ceil(len(text) * 0.4) - 8)
    return f"[!! {''.join(parts)} {padding} !!]"


def _load(lang: str) -> QTranslator:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(LOCALE_DIR / f"dlready_{lang}.qm")):
        raise ValueError(f"the translation for {lang!r} cannot be read.")
    return translator


def translator_for(lang: str | None) -> Translate:
    """A translate function for `lang` (None: English); ValueError for an unknown language.

    The function carries the QTranslator that backs it as `.translator` (None for plain
    English), for the window to install.
    """
    return _translator_for(lang, pseudo_enabled())


@cache
def _translator_for(lang: str | None, stretched: bool) -> Translate:
    code = SOURCE_LANGUAGE if lang is None else check_language(lang)
    if code == SOURCE_LANGUAGE and not stretched:
        return untranslated
    catalog = None if code == SOURCE_LANGUAGE else _load(code)
    qt_translator = _pseudo_translator_class()(catalog) if stretched else catalog

    def translate(context: str, text: str) -> str:
        found = (catalog.translate(context, text) if catalog else "") or text
        return pseudo(found) if stretched else found

    translate.translator = qt_translator  # type: ignore[attr-defined]  # keeps it alive
    return translate


@cache
def _pseudo_translator_class() -> type:
    from PySide6.QtCore import QObject, QTranslator

    class _PseudoTranslator(QTranslator):
        """A QTranslator that stretches every dlready string, translated or not.

        Install it in place of the language's own translator; Qt's contexts are passed over so
        that qtbase's translator answers them.
        """

        def __init__(
            self, catalog: QTranslator | None = None, parent: QObject | None = None
        ) -> None:
            super().__init__(parent)
            self._catalog = catalog

        def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
            return False

        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            if not source or _QT_CONTEXT.match(context or ""):
                # None, not "": a null string lets QCoreApplication ask the next translator.
                return None
            found = None
            if self._catalog is not None:
                found = self._catalog.translate(context, source, disambiguation, n)
            return pseudo(found or source)

    return _PseudoTranslator


def __getattr__(name: str) -> object:
    # PseudoTranslator subclasses QTranslator: made on first use, so importing this module
    # loads no Qt at all.
    if name == "PseudoTranslator":
        cls = _pseudo_translator_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)
