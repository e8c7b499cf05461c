"""Input files are untrusted: anything but a regular assessment within the declared limits
is refused with exit 2 and one line, quickly, never a traceback, never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.helpers.cases import CASE_FILES
from wizard.core.limits import MAX_FILE_BYTES, MAX_INT_DIGITS, MAX_NESTING

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX FIFOs and devices")


def dlready(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="surrogateescape", env=env,
                          timeout=timeout, check=False)


def one_line(run: subprocess.CompletedProcess[str]) -> str:
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert run.stderr.count("\n") == 1, run.stderr
    assert "Traceback" not in run.stderr and run.stderr.startswith("dlready")
    return run.stderr


def document(**extra: object) -> dict[str, object]:
    base = json.loads(CASE_FILES[0].read_text("utf-8"))
    base.update(extra)
    return base


def refused_everywhere(path, tmp_path) -> list[str]:
    """The one line each of assess, report and the window's screenshot gives for `path`."""
    return [
        one_line(dlready("assess", str(path))),
        one_line(dlready("report", str(path), "-o", str(tmp_path / "brief.pdf"))),
        one_line(dlready("gui", str(path), "--screenshot", str(tmp_path / "shot.png"))),
    ]


@posix_only
def test_only_regular_files_are_read(tmp_path):
    fifo = tmp_path / "pipe.dlready"
    os.mkfifo(fifo)
    for line in refused_everywhere(fifo, tmp_path):
        assert "not a regular file" in line
    assert "not a regular file" in one_line(dlready("assess", "/dev/zero"))
    assert not (tmp_path / "brief.pdf").exists() and not (tmp_path / "shot.png").exists()


def test_a_file_larger_than_any_assessment_is_refused_quickly(tmp_path):
    big = tmp_path / "big.dlready"
    with big.open("w") as handle:
        handle.write('{"format": "dlready-assessment", "version": 1, "junk": [')
        handle.write("[]," * (MAX_FILE_BYTES // 3 + 10))
        handle.write("[]]}")
    started = time.monotonic()
    line = one_line(dlready("assess", str(big)))
    assert f"{MAX_FILE_BYTES // 2**20} MB" in line
    assert time.monotonic() - started < 30  # a bound, not a benchmark: it took minutes


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 1000, 100_000])
def test_nesting_deeper_than_the_limit_is_refused(tmp_path, depth):
    path = tmp_path / "deep.dlready"
    text = json.dumps(document(extra="@"))
    path.write_text(text.replace('"@"', "[" * depth + "]" * depth))
    for line in refused_everywhere(path, tmp_path):
        assert f"more than {MAX_NESTING} deep" in line


def test_nesting_within_the_limit_is_kept(tmp_path):
    path = tmp_path / "deep.dlready"
    nested: object = []
    for _ in range(MAX_NESTING - 2):
        nested = [nested]
    path.write_text(json.dumps(document(extra=nested)))
    assert dlready("assess", str(path)).returncode == 0


@pytest.mark.parametrize("number", ["9" * 5000, "-" + "9" * (MAX_INT_DIGITS + 1)])
def test_an_integer_longer_than_the_limit_is_refused(tmp_path, number):
    path = tmp_path / "number.dlready"
    path.write_text(json.dumps(document(extra="@")).replace('"@"', number))
    assert "digits" in one_line(dlready("assess", str(path)))


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_numbers_json_does_not_allow_are_refused_never_saved_back(tmp_path, value):
    path = tmp_path / "nan.dlready"
    path.write_text(json.dumps(document(extra="@")).replace('"@"', value))
    for line in refused_everywhere(path, tmp_path):
        assert "not a number JSON allows" in line


@pytest.mark.parametrize("where", ["name", "key"])
def test_lone_surrogates_are_refused(tmp_path, where):
    path = tmp_path / "surrogate.dlready"
    data = document()
    if where == "name":
        data["meta"] = {"organisation": "@"}
        text = json.dumps(data).replace('"@"', '"Acme \\ud800"')
    else:
        text = json.dumps(data)[:-1] + ', "\\udfff": 1}'
    path.write_text(text)
    for line in refused_everywhere(path, tmp_path):
        assert "not valid Unicode" in line


@posix_only
def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    folder = tmp_path / "clients"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9.dlready"
    with open(name, "wb") as handle:
        handle.write(CASE_FILES[0].read_bytes())
    with open(os.fsencode(folder) + b"/bad\xff.dlready", "wb") as handle:
        handle.write(b"{not json")
    run = dlready("assess", str(folder), "--json")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert json.loads(run.stdout)["file"].endswith("caf\\xe9.dlready")
    assert "bad\\xff.dlready" in run.stderr and run.stderr.count("\n") == 1
    csv_run = dlready("assess", str(folder), "--csv")
    assert "caf\\xe9.dlready" in csv_run.stdout and "Traceback" not in csv_run.stderr


def test_terminal_escapes_in_names_are_shown_escaped(tmp_path):
    path = tmp_path / "escapes.dlready"
    hostile = "Acme\x1b]0;owned\x07\x1b[2J\x9b\u202eevil\r@SUM(1+1)"
    path.write_text(json.dumps(document(meta={"organisation": hostile, "project": "P"})))
    for args in ([], ["--csv"]):
        out = dlready("assess", str(path), *args).stdout
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e\r")
        assert "\\x1b]0;owned\\x07" in out and "\\u202e" in out


def test_a_formula_after_a_line_break_in_a_cell_is_never_a_row_of_its_own(tmp_path):
    import csv
    import io

    path = tmp_path / "formula.dlready"
    meta = {"organisation": "=1+1", "project": "a\r@SUM(A1)\n-2"}
    path.write_text(json.dumps(document(meta=meta)))
    out = dlready("assess", str(path), "--csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 2 and len(rows[1]) == len(rows[0])
    for line in out.replace("\r", "\n").split("\n"):
        assert not line.startswith(("=", "+", "-", "@"))
    assert rows[1][1] == "'=1+1"


def test_an_empty_or_odd_option_is_one_line(tmp_path):
    out = tmp_path / "brief.pdf"
    one_line(dlready("report", str(CASE_FILES[0]), "-o", ""))
    one_line(dlready("report", str(CASE_FILES[0]), "-o", str(out), "--consultant", "\udcff"))
    assert not out.exists()


def test_the_workshop_commands_show_names_escaped(tmp_path):
    hostile = "Ana\x1b]0;owned\x07"
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.dlready"
        meta = {"organisation": "Acme", "project": "P", "assessor": hostile + name}
        path.write_text(json.dumps(document(meta=meta)))
        paths.append(str(path))
    team = tmp_path / "team.dlready"
    runs = [dlready("merge", *paths, "-o", str(team)), dlready("plan", paths[0]),
            dlready("compare", *paths)]
    for run in runs:
        assert "\x1b" not in run.stdout and "\x07" not in run.stdout, run.stdout
    assert "\\x1b]0;owned\\x07" in runs[0].stdout
