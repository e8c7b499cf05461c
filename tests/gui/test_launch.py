"""`dlready gui`: screenshots, bad arguments, and what start-up imports."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.cases import CASE_FILES
from wizard.gui.fonts import bundled_font_files
from wizard.gui.launch import parse_size, resource
from wizard.translation import available_languages


def dlready(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True,
                          text=True, timeout=60, env=env)


@pytest.fixture
def env(isolated):
    import os

    return dict(os.environ)


@pytest.mark.parametrize("page", ["welcome", "data", "results"])
def test_screenshot_of_a_page(tmp_path, env, page):
    out = tmp_path / f"{page}.png"
    done = dlready("gui", str(CASE_FILES[0]), "--page", page, "--screenshot", str(out),
                   "--size", "900x700", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 700)


def test_a_screenshot_leaves_the_remembered_window_alone(tmp_path, env):
    from wizard.gui.settings import Settings

    Settings().last_page = "results"  # where a crashed window was, for its recovery
    done = dlready("gui", "--screenshot", str(tmp_path / "x.png"), "--size", "900x700",
                   "--page", "data", env=env)
    assert done.returncode == 0, done.stderr
    assert Settings().geometry is None
    assert Settings().last_page == "results"


@pytest.mark.skipif("de" not in available_languages(), reason="no German translation built")
def test_a_german_screenshot(tmp_path, env):
    out = tmp_path / "de.png"
    done = dlready("gui", str(CASE_FILES[0]), "--lang", "de", "--page", "results",
                   "--screenshot", str(out), env=env)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert QImage(str(out)).width() == 1280


@pytest.mark.parametrize("args, says", [
    (["--page", "nowhere"], "--page"),
    (["--size", "big"], "--size"),
    (["--lang", "xx"], "xx"),
])
def test_bad_arguments_exit_2_with_one_line(tmp_path, env, args, says):
    done = dlready("gui", *args, "--screenshot", str(tmp_path / "x.png"), env=env)
    assert done.returncode == 2
    assert says in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


def test_a_bad_file_with_screenshot_exits_2(tmp_path, env):
    bad = tmp_path / "bad.dlready"
    bad.write_text('{"format": "dlready-assessment", "version": 7}', "utf-8")
    done = dlready("gui", str(bad), "--screenshot", str(tmp_path / "x.png"), env=env)
    assert done.returncode == 2
    assert "version 7" in done.stderr and done.stderr.count("\n") == 1


IMPORTS = """
import sys
from wizard.cli import main
code = main(["gui", sys.argv[1], "--page", sys.argv[2], "--screenshot", sys.argv[3]])
modules = sorted(sys.modules)
import json
print(json.dumps({"code": code, "modules": modules}))
"""


@pytest.mark.parametrize("page", ["welcome", "results"])
def test_the_window_imports_neither_matplotlib_nor_reportlab(tmp_path, env, page):
    done = subprocess.run([sys.executable, "-c", IMPORTS, str(CASE_FILES[0]), page,
                           str(tmp_path / "x.png")], capture_output=True, text=True, env=env,
                          timeout=60)
    report = json.loads(done.stdout)
    assert report["code"] == 0
    heavy = [m for m in report["modules"] if m.split(".")[0] in ("matplotlib", "reportlab")]
    assert heavy == []


def test_the_welcome_page_opens_before_the_question_bank_loads(tmp_path, env):
    done = subprocess.run([sys.executable, "-c", IMPORTS, "", "welcome", str(tmp_path / "x.png")],
                          capture_output=True, text=True, env=env, timeout=60)
    modules = json.loads(done.stdout)["modules"]
    assert "wizard.core.engine" not in modules and "pydantic" not in modules
    # Recovery copies and recent files read JSON later: not on the way to the first paint.
    assert "json" not in modules
    # Neither the workshop commands' code nor the secrets module (hmac, OpenSSL) either.
    assert "wizard.teamcli" not in modules and "secrets" not in modules


def test_dejavu_sans_is_found_without_importing_matplotlib():
    done = subprocess.run([sys.executable, "-c", "import sys; from wizard.gui.fonts import "
                           "bundled_font_files as f; print(len(f()), 'matplotlib' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    count, imported = done.stdout.split()
    assert int(count) >= 2 and imported == "False"
    files = bundled_font_files()
    assert any(f.name == "DejaVuSans.ttf" for f in files)


def test_sizes():
    assert parse_size("1280x800") == (1280, 800)
    assert parse_size("640X480") == (640, 480)
    assert parse_size("0x0") is None and parse_size("wide") is None


ROOT = Path(__file__).resolve().parents[2]


def test_resources_are_read_from_the_checkout_when_not_installed():
    # These tests run from the repository: resources/ has not become wizard.resources.
    assert resource("dlready.svg") == ROOT / "resources" / "dlready.svg"
    assert resource("dlready.svg").is_file()


def test_installed_resources_come_from_the_package(tmp_path, monkeypatch):
    import wizard

    # The layout a wheel or the bundle has: resources/ installed as the package
    # wizard.resources, with a different icon from the checkout's.
    installed = tmp_path / "wizard" / "resources"
    installed.mkdir(parents=True)
    (installed / "__init__.py").write_text("")
    (installed / "dlready.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    # Imported from there, as an installed copy would be: an editable install (the README's
    # test command) maps wizard.resources to the checkout, so the path alone would not do.
    spec = importlib.util.spec_from_file_location(
        "wizard.resources", installed / "__init__.py",
        submodule_search_locations=[str(installed)],
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    monkeypatch.setitem(sys.modules, "wizard.resources", package)
    monkeypatch.setattr(wizard, "resources", package, raising=False)
    assert resource("dlready.svg") == installed / "dlready.svg"
    # A file the package lacks is still looked for in the checkout.
    assert resource("org.dlready.dlready.desktop").parent == ROOT / "resources"
