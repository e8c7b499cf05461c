"""Fill translations into the Qt Linguist sources from a JSON file, then rebuild them.

    python i18n/fill.py translations.json

The file holds a list of messages, each {"context": …, "source": …, "de": …, "fr": …, …}
with one key per language. A message is matched by context and source text; its translation
is replaced and marked finished. Messages the code no longer has are reported and skipped.
Afterwards the .ts files are refreshed with lupdate and the .qm files rebuilt, so the result
is exactly what `python i18n/update.py` would write. Keeping a change's translations in such a
file lets them be applied again after a merge regenerates the .ts files.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update  # noqa: E402


def fill(ts: Path, lang: str, messages: list[dict[str, str]]) -> list[str]:
    """Write each message's `lang` translation into `ts`; return what could not be placed."""
    tree = ET.parse(ts)
    index: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            index[(name, message.findtext("source", ""))] = message
    missing = []
    for entry in messages:
        if lang not in entry:
            continue
        message = index.get((entry["context"], entry["source"]))
        if message is None:
            missing.append(f"{lang}: {entry['context']}: {entry['source'][:60]}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = entry[lang]
        translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("translations", type=Path)
    args = parser.parse_args(argv)
    messages = json.loads(args.translations.read_text(encoding="utf-8"))
    langs = update.languages()
    update.update_ts(langs)
    missing = []
    for lang in langs:
        missing += fill(update.ts_file(lang), lang, messages)
    update.update_ts(langs)
    update.build_qm(langs)
    for line in missing:
        print(f"not in the code: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
