"""Prints, as JSON, what Qt does with ICU: run by test_icudata.py under a given libicudata.

Collation (QCollator, as QFileSystemModel and localeAwareCompare use it), locale-aware
case mapping, decoding through ICU's converters (QXmlStreamReader asks QStringDecoder for
the declared encoding), time zone names, and which libicudata the process really loaded.
"""

import json
import sys

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCollator,
    QLocale,
    QStringConverter,
    QStringDecoder,
    Qt,
    QTimeZone,
    QXmlStreamReader,
)

WORDS = ["Zebra", "Äpfel", "apfel", "Öl", "Ober", "été", "ete", "Eté", "ñu", "nube", "oso",
         "chico", "cosa", "Straße", "Strasse", "file10", "file9", "Œuvre", "Oeuvre"]
TEXT = "Grüße, “Zitat” – déjà vu, año, œuvre, € 1.234,56"
COLLATION = ["de", "de_AT", "de_CH", "fr", "fr_CA", "es", "es_MX", "en", "en_GB", "C", "sv"]
CASES = ["de", "fr", "es", "en", "tr"]
ENCODINGS = ["UTF-8", "ISO-8859-1", "windows-1252", "ISO-8859-15", "IBM850", "KOI8-R",
             "macintosh", "windows-1250", "Shift_JIS", "GB18030", "Big5"]
ZONES = ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "America/Mexico_City"]
ZONE_LANGUAGES = ["de", "fr", "es", "en", "ja"]


def decoded(encoding: str) -> list:
    python = {"macintosh": "mac_roman"}.get(encoding, encoding)
    data = f'<?xml version="1.0" encoding="{encoding}"?><t>{TEXT}</t>'.encode(python, "replace")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    text = []
    while not reader.atEnd():
        reader.readNext()
        if reader.isCharacters():
            text.append(reader.text())
    return ["".join(text), reader.hasError(), QStringDecoder(encoding).isValid()]


def main() -> None:
    out: dict = {}
    for name in COLLATION:
        collator = QCollator(QLocale(name))
        out[f"sort {name}"] = sorted(WORDS, key=collator.sortKey)
        collator.setNumericMode(True)
        out[f"numeric {name}"] = sorted(WORDS, key=collator.sortKey)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        out[f"insensitive {name}"] = collator.compare("straße", "STRASSE")
    for name in CASES:
        locale = QLocale(name)
        out[f"case {name}"] = [locale.toUpper("straße ﬁ iı éè ñ œ"), locale.toLower("İI ÉÈ Ñ Œ")]
    for encoding in ENCODINGS:
        out[f"decode {encoding}"] = decoded(encoding)
    out["codecs"] = len(QStringConverter.availableCodecs())
    for zone in ZONES:
        tz = QTimeZone(zone.encode())
        out[f"zone {zone}"] = [tz.isValid()] + [
            tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                           QLocale(name)) for name in ZONE_LANGUAGES]
    with open("/proc/self/maps", encoding="utf-8") as maps:
        out["icudata"] = sorted({line.split()[-1] for line in maps if "libicudata" in line})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
