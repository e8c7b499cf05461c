"""Qt's ICU data, trimmed for the Linux bundle (packaging/icudata.py), and the system
libraries the spec leaves out because nothing links them (packaging/slim.py).

The behaviour test runs the installed PySide6 with the trimmed library preloaded (same
SONAME, so the dynamic linker uses it for libicuuc and libicui18n; the probe reads
/proc/self/maps to prove it) and compares everything Qt asks ICU for with the full data.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.helpers import ROOT, load_script

icudata = load_script("icudata")
slim = load_script("slim")
BUNDLE = os.environ.get("DLREADY_BUNDLE")
PROBE = Path(__file__).with_name("icu_probe.py")
LANGUAGES = ["de", "fr", "es"]

linux_only = pytest.mark.skipif(not icudata.available(),
                                reason="Linux with binutils (as, ld) only")


def qt_library(name: str) -> Path:
    pyside = pytest.importorskip("PySide6")
    found = sorted(Path(pyside.__file__).parent.glob(f"Qt/lib/{name}"))
    if not found:
        pytest.skip(f"this PySide6 bundles no {name}")
    return found[0]


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory) -> Path:
    if not icudata.available():
        pytest.skip("Linux with binutils (as, ld) only")
    return icudata.build_library(qt_library("libicudata.so.*"),
                                 tmp_path_factory.mktemp("icu"), LANGUAGES)


def lines(path: Path) -> set[str]:
    return {line.partition("/")[2] for line in path.read_text("ascii").split()}


def test_what_is_kept_and_what_is_dropped(trimmed):
    kept = lines(trimmed.with_name("icudata-kept.txt"))
    gone = lines(trimmed.with_name("icudata-dropped.txt"))
    assert {"coll/ucadata.icu", "coll/root.res", "coll/de.res", "coll/es.res", "coll/fr_CA.res",
            "de.res", "de_CH.res", "fr.res", "es_419.res", "en.res", "en_GB.res", "root.res",
            "pool.res", "res_index.res", "supplementalData.res", "likelySubtags.res",
            "zoneinfo64.res", "metaZones.res", "zone/de.res", "cnvalias.icu", "nfkc.nrm",
            "ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv"} <= kept  # windows-1252, 8859-15
    assert {"coll/sv.res", "coll/zh.res", "ja.res", "zone/ja.res", "brkitr/cjdict.dict",
            "brkitr/root.res", "translit/root.res", "gb18030.cnv", "unames.icu"} <= gone
    assert not kept & gone
    assert trimmed.stat().st_size < 6_000_000


def test_the_package_reads_back_item_for_item():
    _, blob = icudata.elf_symbol(qt_library("libicudata.so.*"), r"icudt\d+_dat")
    header, items = icudata.read_package(blob)
    again = icudata.read_package(icudata.write_package(header, items))
    assert again == (header, [(name, data + b"\0" * (-len(data) % 16)) for name, data in items])


@pytest.mark.skipif(shutil.which("icupkg") is None, reason="icupkg (icu-devtools) is not installed")
def test_icupkg_reads_the_package_and_finds_every_dependency(trimmed, tmp_path):
    """ICU's own tool lists the same items and checks that no kept item needs a dropped one."""
    _, package = icudata.elf_symbol(trimmed, r"icudt\d+_dat")
    name = trimmed.with_name("icudata-kept.txt").read_text("ascii").split("/")[0]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / f"{name}.dat").write_bytes(package)
    listed = subprocess.run(["icupkg", "-l", f"in/{name}.dat"], cwd=tmp_path, text=True,
                            capture_output=True, check=True).stdout.split()
    assert {f"{name}/{item}" for item in listed} == set(
        trimmed.with_name("icudata-kept.txt").read_text("ascii").split())
    (tmp_path / "out").mkdir()
    rewrite = subprocess.run(["icupkg", "-w", "-tl", f"in/{name}.dat", f"out/{name}.dat"],
                             cwd=tmp_path, text=True, capture_output=True, check=False)
    assert rewrite.returncode == 0 and "missing" not in rewrite.stdout + rewrite.stderr, \
        rewrite.stdout + rewrite.stderr


def probe(preload: Path | None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LD_PRELOAD", None)
    if preload:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, str(PROBE)], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout)


# Only these answers may change: the data of languages dlready does not ship (Swedish
# collation and Japanese zone names fall back to root's), and the multi-byte code pages.
MAY_CHANGE = {"sort sv", "numeric sv", "insensitive sv", "decode Shift_JIS", "decode GB18030",
              "decode Big5", "codecs", "icudata",
              *(f"zone {zone}" for zone in ["Europe/Berlin", "Europe/Paris", "Europe/Madrid",
                                            "America/Mexico_City"])}


def check_qt_behaves_the_same(library: Path) -> None:
    full, small = probe(None), probe(library)
    assert small["icudata"] == [str(library.resolve())], small["icudata"]
    assert full["icudata"] != small["icudata"]
    changed = {key for key in full if full[key] != small[key]}
    assert changed <= MAY_CHANGE, {key: (full[key], small[key]) for key in changed - MAY_CHANGE}
    for zone in ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "America/Mexico_City"]:
        assert full[f"zone {zone}"][:5] == small[f"zone {zone}"][:5]  # valid; de, fr, es, en
    assert small["sort de"].index("Äpfel") < small["sort de"].index("Zebra")
    assert small["sort es"].index("nube") < small["sort es"].index("ñu")
    assert small["numeric de"].index("file9") < small["numeric de"].index("file10")
    assert small["decode windows-1252"][0] == small["decode UTF-8"][0]
    assert small["decode ISO-8859-15"][:2] == full["decode ISO-8859-15"][:2]
    assert small["case tr"] == full["case tr"]
    assert small["decode GB18030"][2] is False  # the one kind of thing given up


@pytest.mark.slow
def test_qt_behaves_the_same_with_the_trimmed_data(trimmed):
    check_qt_behaves_the_same(trimmed)


@pytest.mark.slow
@pytest.mark.skipif(not BUNDLE, reason="set DLREADY_BUNDLE to a built bundle")
def test_the_bundled_icu_data_behaves_the_same():
    if not sys.platform.startswith("linux"):
        pytest.skip("only the Linux bundle carries Qt's ICU")
    found = sorted((ROOT / BUNDLE).resolve().rglob("libicudata.so.*"))
    assert found, "the bundle has no libicudata"
    assert found[0].stat().st_size < 6_000_000, "the bundle's ICU data is not the trimmed one"
    check_qt_behaves_the_same(found[0])


@linux_only
def test_needed_reads_the_dynamic_section():
    icuuc, icui18n = qt_library("libicuuc.so.*"), qt_library("libicui18n.so.*")
    assert {icuuc.name, icui18n.name} <= set(slim.needed(qt_library("libQt6Core.so.6")))
    assert slim.needed(PROBE) == []  # not ELF


@linux_only
def test_a_system_library_nothing_links_is_left_out():
    core, svg = qt_library("libQt6Core.so.6"), qt_library("libQt6Svg.so.6")
    icuuc, icudata_lib = qt_library("libicuuc.so.*"), qt_library("libicudata.so.*")
    entries = [("PySide6/Qt/lib/libQt6Core.so.6", str(core), "BINARY"),
               (icuuc.name, str(icuuc), "BINARY"),
               (icudata_lib.name, str(icudata_lib), "BINARY"),
               ("libQt6Svg.so.6", str(svg), "BINARY")]
    assert slim.unreferenced(entries) == {"libQt6Svg.so.6"}
    assert slim.is_system_library("libX11.so.6")
    assert not slim.is_system_library("libpython3.11.so.1.0")
    assert not slim.is_system_library("PySide6/Qt/lib/libQt6Gui.so.6")


# Needed by the xcb and Wayland plugins, before and after slimming, and taken from the
# desktop: PyInstaller never bundles libwayland-*, and libxcb-icccm4 and libxcb-keysyms1 are
# not installed on the Debian 12 build machine, so it could not bundle those (README).
UNRESOLVED_ON_THE_BUILD_MACHINE = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                   "libwayland-cursor.so.0"}


@pytest.mark.skipif(not BUNDLE or shutil.which("ldconfig") is None and not Path(
    "/sbin/ldconfig").exists(), reason="set DLREADY_BUNDLE to a built Linux bundle")
def test_every_library_a_bundled_file_needs_is_bundled_or_on_the_system():
    bundle = (ROOT / BUNDLE).resolve()
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    system = {line.split()[0] for line in subprocess.run(
        [ldconfig, "-p"], capture_output=True, text=True, check=True).stdout.splitlines()[1:]}
    present = {path.name for path in bundle.rglob("*")}
    missing = {f"{path.relative_to(bundle)} needs {name}"
               for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()
               for name in slim.needed(path)
               if name not in present | system | UNRESOLVED_ON_THE_BUILD_MACHINE}
    assert not missing, sorted(missing)
    top = (bundle / "_internal") if (bundle / "_internal").is_dir() else bundle
    assert not {path.name for path in top.glob("*.so*")} & {
        "libgio-2.0.so.0", "libXext.so.6", "libxcb-glx.so.0", "libjpeg.so.62"}
