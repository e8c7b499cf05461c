"""A smaller ICU data library for the Linux bundle: `python packaging/icudata.py LIB OUT_DIR`.

PySide6's Qt links ICU, whose data library (`libicudata.so.73`, 31 MB) holds every locale of
CLDR, the CJK and South-East Asian word dictionaries, transliterators and about 200 legacy
code page converters. Qt calls ICU for five things only (the symbols `libQt6Core` imports:
`ucol_*` for QCollator and `localeAwareCompare`, `ucnv_*` for QStringConverter's
non-Unicode encodings, `ucal_*` for time zone names and IDs, `u_strToUpper`/`u_strToLower`
for QLocale::toUpper/toLower). The library made here holds the same ICU data package with
these items removed (see `dropped()`):

- locale data, in every tree (main, coll, curr, lang, region, unit, zone, rbnf), of every
  language but the ones dlready ships (the spec's `LANGUAGES`, plus English) and `root`;
  a missing locale falls back to its parent and finally to `root`, as ICU always does;
- the break iterators (`brkitr/`, with the Chinese/Japanese, Thai, Lao, Khmer and Burmese
  word dictionaries): Qt finds line and word breaks with its own tables, never `ubrk_*`;
- the transliterators (`translit/`), character names (`unames.icu`), the spoof checker's
  confusables (`confusables.cfu`) and the StringPrep profiles (`*.spp`): Qt uses none;
- the multi-byte converters (`*.cnv` of more than one byte per character: CJK code pages,
  EBCDIC DBCS, ISO-2022 parts). Every single-byte code page stays (ISO 8859-*, windows-125x,
  KOI8, DOS and Mac code pages), and UTF-8/16/32, US-ASCII and ISO 8859-1 are built into
  ICU's code, not data.

Everything else stays as it was: the collation root (`coll/ucadata.icu`), normalisation,
converter aliases, supplemental data, likely subtags, time zones, the shared string pools.

The package format is ICU's "common data" (`CmnD`, ucmndata.h): a data header, a table of
contents sorted by item name ({name offset, data offset} pairs relative to the end of the
header), the names, then the items at 16-byte boundaries. The new library is assembled
from that package with binutils (`as`, `ld`: PyInstaller needs binutils on Linux anyway),
under the original SONAME and exporting the original symbol (`icudt73_dat`, unversioned:
check with `objdump -T libicuuc.so.73 | grep icudt`).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import elf64

# A locale ID as ICU names its resource bundles: language, optional script, region or
# UN M.49 area, variants (de, en_001, sr_Latn_BA, ca_ES_VALENCIA, en_US_POSIX).
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_(?:[A-Z]{2}|[0-9]{3}))?(_[A-Z0-9]+)*$")
ALWAYS = {"en"}  # the language of the source texts, and ICU's default outside any locale
DROPPED_TREES = ("translit/", "brkitr/")
DROPPED_FILES = {"unames.icu", "confusables.cfu"}
DROPPED_SUFFIXES = (".dict", ".spp")


class IcuDataError(RuntimeError):
    """The library or package is not what this script understands."""


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(data header, [(item name, item bytes)]) of an ICU common data package."""
    header_size, magic = struct.unpack_from("<H2s", blob, 0)
    if magic != b"\xda\x27" or blob[12:16] != b"CmnD" or blob[16] != 1:
        raise IcuDataError("not an ICU common data package (CmnD, format 1)")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise IcuDataError("big-endian ICU data is not supported")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = header_size + entries[index + 1][1] if index + 1 < count else len(blob)
        items.append((name, blob[header_size + data_offset:end]))
    return blob[:header_size], items


def write_package(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """The common data package of `items`, sorted by name as ICU's binary search needs."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    offset = toc_size + len(names)
    offset += -(len(header) + offset) % 16  # the first item on a 16-byte boundary
    toc = [struct.pack("<I", len(items))]
    body = []
    name_offset = toc_size
    for name, data in items:
        toc.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = data + b"\0" * (-len(data) % 16)
        body.append(padded)
        offset += len(padded)
    start = b"".join(toc) + names
    start += b"\0" * (-(len(header) + len(start)) % 16)
    return header + start + b"".join(body)


def dropped(item: str, languages: Iterable[str], code_page_bytes: int = 1) -> str | None:
    """Why `item` (a package path without its `icudt73l/` prefix) is left out, or None.

    `code_page_bytes` is the largest number of bytes per character of a `.cnv` converter.
    """
    keep = {*languages, *ALWAYS}
    tree, _, name = item.rpartition("/")
    stem, _, suffix = name.rpartition(".")
    if item.startswith(DROPPED_TREES):
        return "transliterators and break iterators are not used by Qt"
    if name in DROPPED_FILES or name.endswith(DROPPED_SUFFIXES):
        return "not used by Qt"
    if suffix == "res" and LOCALE.match(stem) and stem.split("_")[0] not in keep:
        return "locale of a language dlready does not ship"
    if suffix == "cnv" and not tree and code_page_bytes > 1:
        return "multi-byte code page"
    return None


def code_page_bytes(data: bytes) -> int:
    """maxBytesPerChar of a converter (.cnv): UConverterStaticData after the data header."""
    (header_size,) = struct.unpack_from("<H", data, 0)
    return data[header_size + 71]


def trim(blob: bytes, languages: Iterable[str]) -> tuple[bytes, list[str], list[str]]:
    """(new package, kept item names, dropped item names) of a common data package."""
    languages = list(languages)
    header, items = read_package(blob)
    kept, gone = [], []
    for name, data in items:
        _, _, item = name.partition("/")
        width = code_page_bytes(data) if item.endswith(".cnv") else 1
        (gone if dropped(item, languages, width) else kept).append((name, data))
    return write_package(header, kept), [n for n, _ in kept], [n for n, _ in gone]


def elf_symbol(path: Path, pattern: str) -> tuple[str, bytes]:
    """(name, bytes) of the one defined dynamic data symbol matching `pattern` (ELF64 LE)."""
    elf = path.read_bytes()
    if not elf64.is_elf64le(elf):
        raise IcuDataError(f"{path}: not a 64-bit little-endian ELF file")
    sections = elf64.sections(elf)
    found = []
    for table in sections:
        if table.kind != elf64.SHT_DYNSYM:
            continue
        strtab = sections[table.link].offset
        for at in range(table.offset, table.offset + table.size, table.entsize):
            st_name, _, _, shndx, value, st_size = struct.unpack_from("<IBBHQQ", elf, at)
            name = elf64.string(elf, strtab + st_name)
            if shndx and re.fullmatch(pattern, name):
                section = sections[shndx]
                start = section.offset + value - section.address
                found.append((name, elf[start:start + st_size]))
    if len(found) != 1:
        raise IcuDataError(f"{path}: {len(found)} symbols match {pattern}")
    return found[0]


def build_library(source: Path, out_dir: Path, languages: Iterable[str]) -> Path:
    """out_dir/<source's name>: the ICU data library with a trimmed package.

    Also writes out_dir/icudata-kept.txt and icudata-dropped.txt, the item lists.
    """
    symbol, blob = elf_symbol(source, r"icudt\d+_dat")
    package, kept, gone = trim(blob, languages)
    soname = source.name
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "icudata-kept.txt").write_text("".join(f"{n}\n" for n in kept), "ascii")
    (out_dir / "icudata-dropped.txt").write_text("".join(f"{n}\n" for n in gone), "ascii")
    target = out_dir / soname
    with tempfile.TemporaryDirectory(prefix="icudata-") as scratch:
        work = Path(scratch)
        (work / "icudata.dat").write_bytes(package)
        (work / "icudata.S").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f"\t.balign 16\n{symbol}:\n\t.incbin \"icudata.dat\"\n"
            f"\t.size {symbol}, . - {symbol}\n"
            "\t.section .note.GNU-stack,\"\",@progbits\n", "ascii")
        subprocess.run(["as", "-o", "icudata.o", "icudata.S"], cwd=work, check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-z", "noexecstack",
                        "-o", str(target), "icudata.o"], cwd=work, check=True)
    name, copy = elf_symbol(target, re.escape(symbol))
    if copy != package:
        raise IcuDataError(f"{target}: {name} does not hold the package written")
    return target


def available() -> bool:
    """Whether this machine can assemble the library (binutils' as and ld)."""
    return sys.platform.startswith("linux") and all(shutil.which(t) for t in ("as", "ld"))


if __name__ == "__main__":
    library = build_library(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
    print(f"{library}: {library.stat().st_size} bytes")
