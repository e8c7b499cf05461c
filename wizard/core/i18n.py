"""Markers for strings that are declared before any translator exists.

The core never imports Qt: these markers only tag strings so that `pyside6-lupdate` extracts
them (it recognises the name `QT_TRANSLATE_NOOP`); the layer that shows a string translates it
with the same context.
"""

from collections.abc import Callable

# pylint: disable=invalid-name


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` and return it unchanged."""
    del context
    return text


# A translate function must always give the same text for the same (context, text): the core
# keeps what it has said per function (wizard.core.shown, the reasons' caches), so a window
# that switches language hands the core another function (translation.translator_for).
Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    """The identity translator, used when no language is loaded."""
    del context
    return text
