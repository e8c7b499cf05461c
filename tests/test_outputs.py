"""Every output (the brief, a screenshot) is a regular file other than the inputs, written
whole: anything else is refused with exit 2 and one sentence, and the input stays as it was."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers.cases import CASE_FILES
from wizard.cli import main

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX links and FIFOs")


def dlready(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True,
                          text=True, timeout=120, env=env, check=False)


def refused(run: subprocess.CompletedProcess[str]) -> str:
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    return run.stderr


@pytest.fixture
def case(tmp_path):
    path = tmp_path / "client.dlready"
    path.write_bytes(CASE_FILES[0].read_bytes())
    return path


@posix_only
@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_an_output_that_is_the_input_is_refused_and_the_input_kept(tmp_path, case, capsys, how):
    out = {"same": case, "symlink": tmp_path / "out.pdf", "hardlink": tmp_path / "hard.pdf"}[how]
    if how == "symlink":
        out.symlink_to(case)
    elif how == "hardlink":
        os.link(case, out)
    assert main(["report", str(case), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "input" in err
    assert case.read_bytes() == CASE_FILES[0].read_bytes()
    screenshot = refused(dlready("gui", str(case), "--screenshot", str(out)))
    assert str(out) in screenshot
    assert case.read_bytes() == CASE_FILES[0].read_bytes()


def test_the_logo_is_an_input_too(tmp_path, case, capsys):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20)).save(logo)
    before = logo.read_bytes()
    assert main(["report", str(case), "-o", str(logo), "--logo", str(logo)]) == 2
    assert logo.read_bytes() == before


@posix_only
def test_an_output_that_is_not_a_regular_file_is_refused(tmp_path, case, capsys):
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    assert main(["report", str(case), "-o", str(fifo)]) == 2
    assert "regular file" in capsys.readouterr().err
    assert fifo.is_fifo()
    png = tmp_path / "out.png"
    os.mkfifo(png)
    assert "regular file" in refused(dlready("gui", str(case), "--screenshot", str(png)))
    assert png.is_fifo()


def test_a_screenshot_is_written_whole_or_not_at_all(tmp_path, case):
    err = refused(dlready("gui", str(case), "--screenshot", str(case)))
    assert ".png" in err
    assert case.read_bytes() == CASE_FILES[0].read_bytes()
    out = tmp_path / "page.png"
    assert dlready("gui", str(case), "--screenshot", str(out)).returncode == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.dlready", "page.png"]


def test_an_empty_output_name_is_refused(case, capsys):
    assert main(["report", str(case), "-o", ""]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No file name" in err


def test_a_consultant_name_that_is_not_text_is_refused(tmp_path, case, capsys):
    out = tmp_path / "brief.pdf"
    assert main(["report", str(case), "-o", str(out), "--consultant", "\udcff"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\\xff" in err and "--consultant" in err
    assert not out.exists()


@posix_only
@pytest.mark.parametrize("command", ["merge", "portfolio"])
def test_every_command_refuses_an_output_that_is_not_a_regular_file(tmp_path, case, command):
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    args = [str(case), str(case)] if command == "merge" else [str(tmp_path)]
    for out in (str(fifo), str(tmp_path), ""):
        refused(dlready(command, *args, "-o", out))
    assert fifo.is_fifo() and case.read_bytes() == CASE_FILES[0].read_bytes()
