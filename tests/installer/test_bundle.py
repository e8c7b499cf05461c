"""The built bundle runs with no Python around it. Skipped unless DLREADY_BUNDLE names one:

    python packaging/build.py && DLREADY_BUNDLE=dist/dlready python -m pytest tests/installer
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.installer.helpers import ROOT, load_script

BUNDLE = os.environ.get("DLREADY_BUNDLE")
check = load_script("check")
build = load_script("build")
slim = load_script("slim")

needs_bundle = pytest.mark.skipif(not BUNDLE, reason="set DLREADY_BUNDLE to a built bundle")


@pytest.fixture(scope="module")
def bundle() -> Path:
    path = (ROOT / BUNDLE).resolve()
    if not path.is_dir():
        pytest.fail(f"DLREADY_BUNDLE={BUNDLE}: no such folder")
    return path


@needs_bundle
@pytest.mark.slow
@pytest.mark.parametrize("name", list(check.CHECKS))
def test_the_bundled_program(bundle, tmp_path, name):
    message = check.CHECKS[name](bundle, tmp_path)
    assert message


@needs_bundle
def test_the_bundle_holds_what_the_program_reads(bundle):
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    names = {str(path.relative_to(internal)).replace(os.sep, "/")
             for path in internal.rglob("*")}
    assert "wizard/resources/dlready.svg" in names
    assert "wizard/resources/samples/example.dlready" in names
    assert "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf" in names
    assert {f"wizard/locale/{qm.name}" for qm in (ROOT / "wizard" / "locale").glob("*.qm")} <= names
    assert any(name.startswith("PySide6/Qt/translations/qtbase_") for name in names)
    # Qt's own strings for each language dlready ships, and for no other.
    shipped = {qm.stem.removeprefix("dlready_") for qm in (ROOT / "wizard" / "locale").glob("*.qm")}
    qt_translations = {name for name in names if name.startswith("PySide6/Qt/translations/")
                       and name.endswith(".qm")}
    assert qt_translations == {f"PySide6/Qt/translations/qtbase_{lang}.qm" for lang in shipped}
    # QtNetwork is kept for the single-instance hand-off (QLocalSocket); its TLS and
    # network-information plugins are not.
    unwanted = ("plugins/tls/", "plugins/networkinformation/", "QtQml", "QtQuick",
                "QtWebEngine", "QtPdf", "QtMultimedia",
                "tkinter", "_tkinter", "pytest", "hypothesis", "libssl", "libgtk", "libgio",
                "libstdc++", "numpy/random/_", "numpy/fft/_", "charset_normalizer/", "STIXGeneral",
                "PySide6/QtDBus.", "PySide6/QtSvg.", "libqminimal", "wizard/report/brief.py")
    assert not [name for name in names if any(part in name for part in unwanted)]


@needs_bundle
def test_the_bundle_fits_the_size_budget(bundle):
    allocated, _ = build.size_on_disk(bundle)
    assert allocated <= build.SIZE_TARGET, f"{allocated / 1e6:.1f} MB"


def test_size_on_disk_counts_hard_links_once(tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 100_000)
    os.link(tmp_path / "a", tmp_path / "b")
    allocated, apparent = build.size_on_disk(tmp_path)
    assert apparent == 100_000
    assert 100_000 <= allocated < 200_000


def test_the_check_finds_the_version_in_the_source():
    from wizard import __version__

    assert check.package_version() == __version__


@needs_bundle
def test_every_qt_library_a_bundled_file_needs_is_bundled(bundle):
    """Filtering by name must not drop a Qt library that a kept plugin still links."""
    files = [path for path in bundle.rglob("*") if path.is_file()
             and (".so" in path.name or path.name == "dlready")]
    present = {path.name for path in bundle.rglob("*")}
    missing = {f"{path.relative_to(bundle)} needs {needed}"
               for path in files for needed in slim.needed(path)
               if needed.startswith(("libQt6", "libpyside6", "libshiboken6", "libicu"))
               and needed not in present}
    assert not missing, sorted(missing)
