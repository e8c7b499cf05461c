"""Reading the Qt Linguist sources and compiled catalogs, for the i18n tests."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
LOCALE = ROOT / "wizard" / "locale"
LANGUAGES = ("de", "es", "fr")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def ts_path(lang: str) -> Path:
    return I18N / f"dlready_{lang}.ts"


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


def marked_strings() -> list[tuple[str, str, str]]:
    """(file, context, text) for every QT_TRANSLATE_NOOP call with literal arguments in wizard/.

    Python's own parser reads the literals, so a string that lupdate reads differently (escapes,
    implicit concatenation) shows up as missing from the catalog.
    """
    found = []
    for path in sorted((ROOT / "wizard").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(arg, ast.Constant) for arg in node.args)
            ):
                context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                found.append((str(path.relative_to(ROOT)), context, text))
    return found
