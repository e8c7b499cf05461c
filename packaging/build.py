"""Build the dlready bundle: `python packaging/build.py [--check] [--clean]`.

Draws the icons from resources/dlready.svg into build/icons, runs PyInstaller with
packaging/dlready.spec (one folder: dist/dlready), prints the bundle's size on disk and,
with --check, runs the bundled program with no Python around it (see packaging/check.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "dlready.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
# The target for the bundle on disk, which tests/installer/test_bundle.py holds it
# to: the Linux bundle fits since Qt's ICU data was trimmed to dlready's languages and the
# unused libraries, modules and fonts were left out (packaging/README.md). The floor is
# numpy's OpenBLAS (25 MB, matplotlib needs numpy) and Qt's Core, Gui and Widgets (27 MB).
SIZE_TARGET = 150_000_000


def size_on_disk(folder: Path) -> tuple[int, int]:
    """(bytes of allocated blocks, bytes of file contents) under `folder`, links counted once."""
    allocated = apparent = 0
    seen: set[tuple[int, int]] = set()
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        # st_blocks counts 512-byte units on every POSIX system; Windows has no such field.
        allocated += getattr(info, "st_blocks", 0) * 512 or info.st_size
        if not path.is_dir():
            apparent += info.st_size
    return allocated, apparent


def bundle_dir() -> Path:
    """The folder the spec produces (on macOS the .app holds the same files)."""
    return DIST / "dlready"


def build(clean: bool) -> Path:
    """Draw the icons and run PyInstaller; returns the bundle folder."""
    sys.path.insert(0, str(HERE))
    from icons import write_icons

    write_icons(BUILD / "icons")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm",
               "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, cwd=ROOT, check=True)
    return bundle_dir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="run the bundled dlready with a clean environment afterwards")
    parser.add_argument("--check-only", action="store_true",
                        help="check an existing bundle without building it")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)

    folder = bundle_dir() if args.check_only else build(args.clean)
    allocated, apparent = size_on_disk(folder)
    print(f"bundle: {folder}")
    print(f"size on disk: {allocated / 1e6:.1f} MB allocated, {apparent / 1e6:.1f} MB of "
          f"file contents, {sum(1 for _ in folder.rglob('*'))} entries")
    over = (allocated - SIZE_TARGET) / 1e6
    verdict = "within" if over <= 0 else f"{over:.1f} MB over"
    print(f"target {SIZE_TARGET / 1e6:.0f} MB: {verdict}")
    if args.check or args.check_only:
        sys.path.insert(0, str(HERE))
        from check import run_checks

        return run_checks(folder, out=BUILD / "check")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
