"""The wheel `pip install .` builds holds the whole program: every module, resource and .qm.

The tests and the bundle run from the source tree, so nothing else notices a sub-package, a
data file or a translation that the packaging configuration leaves out of the wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

from tests.installer.helpers import ROOT

# Left out of the copy the wheel is built from: caches, build output, the checkout's own
# virtual environments and folders the build never reads.
_CACHES = shutil.ignore_patterns("__pycache__", "*.pyc")
_TOP_LEVEL_SKIP = ("build", "dist", "tests", "i18n", "packaging", "out")


def _skip(folder: str, names: list[str]) -> set[str]:
    skipped = set(_CACHES(folder, names))
    if Path(folder) == ROOT:
        skipped |= {name for name in names if name in _TOP_LEVEL_SKIP
                    or name.startswith(".") or name.endswith(".egg-info")}
    return skipped


def _tree(folder: Path, installed_as: str) -> set[str]:
    """Every file under `folder`, named as it is installed, without caches."""
    return {
        f"{installed_as}/{path.relative_to(folder).as_posix()}"
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel built from a copy of the working tree, offline, with this Python's setuptools.

    The copy keeps build/ and *.egg-info out of the tree the other tests read.
    """
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_skip)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--disable-pip-version-check", "-q", "-w", str(work), str(source)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = work.glob("dlready-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def _installed(wheel: zipfile.ZipFile) -> set[str]:
    return {name for name in wheel.namelist() if ".dist-info/" not in name}


@pytest.mark.slow
def test_the_wheel_holds_every_module_and_data_file_of_the_package(wheel):
    expected = _tree(ROOT / "wizard", "wizard")
    assert {name for name in expected if name.endswith(".py")} >= {
        "wizard/cli.py", "wizard/gui/pages/__init__.py", "wizard/core/questions.py",
    }
    missing = sorted(expected - _installed(wheel))
    assert not missing, f"left out of the wheel: {missing}"


@pytest.mark.slow
def test_the_wheel_holds_every_resource(wheel):
    expected = _tree(ROOT / "resources", "wizard/resources")
    assert "wizard/resources/samples/example.dlready" in expected
    missing = sorted(expected - _installed(wheel))
    assert not missing, f"left out of the wheel: {missing}"


@pytest.mark.slow
def test_the_wheel_holds_a_compiled_translation_for_every_language(wheel):
    languages = sorted(path.stem.removeprefix("dlready_")
                       for path in (ROOT / "i18n").glob("dlready_*.ts"))
    assert languages, "no translations in i18n/"
    missing = [lang for lang in languages
               if f"wizard/locale/dlready_{lang}.qm" not in _installed(wheel)]
    assert not missing, f"no .qm in the wheel for {missing}"


@pytest.mark.slow
def test_the_wheel_holds_the_program_and_nothing_else(wheel):
    """Only the wizard package: no tests, packaging scripts or stray top-level modules."""
    expected = _tree(ROOT / "wizard", "wizard") | _tree(ROOT / "resources", "wizard/resources")
    extra = sorted(_installed(wheel) - expected)
    assert not extra, f"in the wheel but not in wizard/ or resources/: {extra}"


@pytest.mark.slow
def test_the_wheel_installs_the_dlready_command_under_the_mit_licence(wheel):
    dist_info = next(name.split("/")[0] for name in wheel.namelist() if ".dist-info/" in name)
    entry_points = wheel.read(f"{dist_info}/entry_points.txt").decode()
    assert "dlready = wizard.cli:main" in entry_points
    metadata = HeaderParser().parsestr(wheel.read(f"{dist_info}/METADATA").decode())
    assert metadata["License-Expression"] == "MIT"
