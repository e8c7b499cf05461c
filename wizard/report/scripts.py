"""Which characters of the user's text the brief cannot print as written.

The brief embeds DejaVu Sans, which covers Latin, Greek and Cyrillic (and more) but not
Chinese, Japanese, Korean, Thai or Devanagari: those print as empty boxes and drop out of the
text layer. Arabic and Hebrew letters are in the font, but reportlab lays every line out left
to right, so a name in them would read backwards. Both are named to the user before the brief
is written (the command line on standard error, the window in a dialog); the text itself is
kept as given, never changed or shortened.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from wizard.core.assessment import Assessment
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate

MISSING = QT_TRANSLATE_NOOP(
    "brief",
    "The brief's font has no letters for {chars}: they will print as empty boxes and "
    "cannot be searched in the PDF.",
)
RIGHT_TO_LEFT = QT_TRANSLATE_NOOP(
    "brief",
    "The brief prints Arabic and Hebrew left to right, so these words will read backwards: "
    "{chars}.",
)
SHOWN = 24  # characters named at most in one message
_RTL = ("R", "AL")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def user_text(assessment: Assessment, consultant: str | None = None) -> list[str]:
    """Every free text the brief prints from the file and the command: names and notes."""
    data = assessment.model_dump(mode="json")
    data.pop("answers", None)  # ids only
    return [*_strings(data), consultant or ""]


def problems(texts: Iterable[str]) -> tuple[str, str]:
    """The characters the embedded fonts lack, and the right-to-left ones, each once."""
    from wizard.report import fonts

    covered = fonts.coverage()
    missing: dict[str, None] = {}
    backwards: dict[str, None] = {}
    for text in texts:
        for char in text:
            if char.isspace() or unicodedata.category(char).startswith("C"):
                continue
            if ord(char) not in covered:
                missing[char] = None
            elif unicodedata.bidirectional(char) in _RTL:
                backwards[char] = None
    return "".join(missing), "".join(backwards)


def _listed(chars: str) -> str:
    shown = " ".join(chars[:SHOWN])
    return shown + (" …" if len(chars) > SHOWN else "")


def warnings(
    assessment: Assessment, translate: Translate, consultant: str | None = None
) -> list[str]:
    """One sentence per problem, in the user's language; empty when the brief prints all."""
    missing, backwards = problems(user_text(assessment, consultant))
    found = []
    if missing:
        found.append(translate("brief", MISSING).format(chars=_listed(missing)))
    if backwards:
        found.append(translate("brief", RIGHT_TO_LEFT).format(chars=_listed(backwards)))
    return found
