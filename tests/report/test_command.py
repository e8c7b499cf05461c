"""`dlready report`: exit 0 with a PDF, or exit 2 with one line and no file."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from PIL import Image

from tests.helpers.cases import CASES_DIR
from tests.report import pdfread
from wizard.cli import main

CASE = str(CASES_DIR / "credit-scoring.dlready")


def _logo(path, fmt="PNG"):
    image = Image.new("RGB", (240, 80), (31, 95, 139))
    image.save(path, format=fmt)
    return str(path)


def test_report_writes_the_brief(tmp_path):
    out = tmp_path / "brief.pdf"
    logo = _logo(tmp_path / "logo.png")
    code = main(["report", CASE, "-o", str(out), "--consultant", "A. Adviser", "--logo", logo])
    assert code == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdfread.image_count(data, 0) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf", "logo.png"]


def test_jpeg_logo_is_accepted(tmp_path):
    out = tmp_path / "brief.pdf"
    logo = _logo(tmp_path / "logo.jpg", "JPEG")
    assert main(["report", CASE, "-o", str(out), "--logo", logo]) == 0


def _fails(capsys, argv, folder):
    before = sorted(os.listdir(folder))
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("dlready: ")
    assert "Traceback" not in err
    assert sorted(os.listdir(folder)) == before
    return err


def test_unwritable_destination(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    err = _fails(capsys, ["report", CASE, "-o", str(blocker / "brief.pdf")], tmp_path)
    assert "cannot be written" in err


def test_missing_folder(tmp_path, capsys):
    err = _fails(capsys, ["report", CASE, "-o", str(tmp_path / "no" / "b.pdf")], tmp_path)
    assert "cannot be written" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        _fails(capsys, ["report", CASE, "-o", str(folder / "b.pdf")], folder)
    finally:
        folder.chmod(0o700)


def test_missing_assessment(tmp_path, capsys):
    err = _fails(
        capsys, ["report", str(tmp_path / "nope.dlready"), "-o", str(tmp_path / "b.pdf")], tmp_path
    )
    assert "no such file" in err


def test_invalid_assessment(tmp_path, capsys):
    bad = tmp_path / "bad.dlready"
    bad.write_text('{"format": "dlready-assessment", "version": 1, "answers": {"budget": 3}}')
    err = _fails(capsys, ["report", str(bad), "-o", str(tmp_path / "b.pdf")], tmp_path)
    assert "budget" in err


def test_invalid_assessment_is_reported_in_the_chosen_language(tmp_path, capsys):
    bad = tmp_path / "bad.dlready"
    bad.write_text('{"format": "dlready-assessment", "version": 1, "answers": {"budget": "x"}}')
    argv = ["report", str(bad), "-o", str(tmp_path / "b.pdf"), "--lang", "de"]
    err = _fails(capsys, argv, tmp_path)
    assert "zulässige Werte" in err and "lt_50k" in err


@pytest.mark.parametrize("content", [b"", b"not an image", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"])
def test_bad_logo(tmp_path, capsys, content):
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    err = _fails(
        capsys, ["report", CASE, "-o", str(tmp_path / "b.pdf"), "--logo", str(logo)], tmp_path
    )
    assert "logo" in err


def test_gif_logo_is_refused(tmp_path, capsys):
    logo = tmp_path / "logo.gif"
    Image.new("RGB", (10, 10)).save(logo, format="GIF")
    err = _fails(
        capsys, ["report", CASE, "-o", str(tmp_path / "b.pdf"), "--logo", str(logo)], tmp_path
    )
    assert "PNG or JPEG" in err


def test_missing_logo(tmp_path, capsys):
    err = _fails(
        capsys,
        ["report", CASE, "-o", str(tmp_path / "b.pdf"), "--logo", str(tmp_path / "none.png")],
        tmp_path,
    )
    assert "logo" in err


def test_unknown_language(tmp_path, capsys):
    _fails(capsys, ["report", CASE, "-o", str(tmp_path / "b.pdf"), "--lang", "xx"], tmp_path)


def test_existing_brief_is_replaced_whole(tmp_path):
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"old")
    assert main(["report", CASE, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_command_line_in_a_fresh_process(tmp_path):
    out = tmp_path / "b.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "report", CASE, "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.exists()
    data = io.BytesIO(out.read_bytes())
    assert data.read(4) == b"%PDF"


def test_destination_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "brief.pdf"
    folder.mkdir()
    err = _fails(capsys, ["report", CASE, "-o", str(folder)], tmp_path)
    assert "not a regular file" in err
    assert list(folder.iterdir()) == []


def test_failure_while_renaming_leaves_nothing(tmp_path, capsys, monkeypatch):
    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    err = _fails(capsys, ["report", CASE, "-o", str(tmp_path / "b.pdf")], tmp_path)
    assert "No space left on device" in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_new_brief_is_readable_by_others_and_a_replaced_one_keeps_its_mode(tmp_path):
    umask = os.umask(0o022)
    try:
        out = tmp_path / "brief.pdf"
        assert main(["report", CASE, "-o", str(out)]) == 0
        assert out.stat().st_mode & 0o777 == 0o644
        out.chmod(0o600)
        assert main(["report", CASE, "-o", str(out)]) == 0
        assert out.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)
