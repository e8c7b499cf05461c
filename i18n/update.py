"""Update the Qt Linguist sources from the code and build the compiled translations.

    python i18n/update.py              # lupdate: i18n/*.ts from wizard/**/*.py, then lrelease
    python i18n/update.py --ts         # only update the .ts files
    python i18n/update.py --qm         # only build wizard/locale/*.qm from the .ts files
    python i18n/update.py --add it     # start a new language (then translate i18n/dlready_it.ts)

See i18n/README.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
SOURCES = ROOT / "wizard"
LOCALE = SOURCES / "locale"
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """The PySide6 tool `name`, preferring the one beside this Python."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"update.py: {name} not found; install PySide6.")
    return found


def languages() -> list[str]:
    """The languages that have a .ts file, sorted."""
    return sorted(p.stem.removeprefix("dlready_") for p in I18N.glob("dlready_*.ts"))


def ts_file(lang: str) -> Path:
    return I18N / f"dlready_{lang}.ts"


def qm_file(lang: str) -> Path:
    return LOCALE / f"dlready_{lang}.qm"


def lupdate_command(lang: str, ts: Path | None = None) -> list[str]:
    """The lupdate run that refreshes one language's .ts (by default in i18n/) from every .py
    under wizard/; run it from the top of the repository."""
    return [
        tool("pyside6-lupdate"),
        "-silent",
        "-extensions", "py",
        "-no-obsolete",
        "-locations", "none",
        "-source-language", SOURCE_LANGUAGE,
        "-target-language", lang,
        str(SOURCES.relative_to(ROOT)),
        "-ts", str(ts or ts_file(lang)),
    ]


def lrelease_command(ts: Path, qm: Path) -> list[str]:
    """The lrelease run that compiles one .ts (the tests run the same to check the .qm)."""
    return [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]


def update_ts(langs: list[str]) -> None:
    for lang in langs:
        subprocess.run(lupdate_command(lang), cwd=ROOT, check=True)
        print(f"updated {ts_file(lang).relative_to(ROOT)}: {unfinished(ts_file(lang))} unfinished")


def build_qm(langs: list[str]) -> None:
    LOCALE.mkdir(exist_ok=True)
    for lang in langs:
        subprocess.run(lrelease_command(ts_file(lang), qm_file(lang)), cwd=ROOT, check=True)
        print(f"built {qm_file(lang).relative_to(ROOT)}")


def unfinished(ts: Path) -> int:
    """How many messages of a .ts file still wait for a translation."""
    import xml.etree.ElementTree as ET

    return sum(
        1
        for translation in ET.parse(ts).getroot().iter("translation")
        if translation.get("type") == "unfinished"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--ts", action="store_true", help="only update the .ts files")
    only.add_argument("--qm", action="store_true", help="only build the .qm files")
    parser.add_argument("--add", metavar="LANG", help="create i18n/dlready_LANG.ts")
    args = parser.parse_args(argv)
    langs = languages()
    if args.add:
        if ts_file(args.add).exists():
            parser.error(f"{ts_file(args.add).name} exists already")
        langs = [args.add]
    if not args.qm:
        update_ts(langs)
    if not args.ts and not args.add:
        build_qm(langs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
