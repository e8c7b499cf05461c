"""The window saves with the core's one writer: links, backups, and what Delete All finds."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers.cases import CASE_FILES
from wizard.core.storage import load
from wizard.gui import privacy

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX links and processes")


def dead_pid() -> int:
    """The process id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@posix_only
def test_the_window_saves_through_a_link_and_never_follows_a_planted_backup_link(
        window, tmp_path):
    real = tmp_path / "real" / "client.dlready"
    real.parent.mkdir()
    real.write_bytes(CASE_FILES[0].read_bytes())
    real.chmod(0o600)
    link = tmp_path / "client.dlready"
    link.symlink_to(real)
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    (real.parent / "client.dlready.bak").symlink_to(victim)

    window.document.replace(load(link), link, modified=True)
    window.document.set_answer("budget", "gt_1m")
    assert window.save()

    assert victim.read_text() == "not yours"
    assert link.is_symlink()
    assert load(real).answers["budget"] == "gt_1m"
    assert real.stat().st_mode & 0o777 == 0o600
    backup = real.parent / "client.dlready.bak"
    assert not backup.is_symlink() and backup.read_bytes() == CASE_FILES[0].read_bytes()


@posix_only
def test_delete_all_client_data_finds_every_backup_and_leftover(window, tmp_path):
    folder = tmp_path / "clients"
    folder.mkdir()
    path = folder / "client.dlready"
    window.document.replace(load(CASE_FILES[0]), None, modified=True)
    window._write(path)
    window.document.set_answer("budget", "gt_1m")
    assert window.save()
    backup = folder / "client.dlready.bak"
    assert backup.is_file()
    # a save killed half-way, and the file gone from the recent list
    leftovers = [folder / f".client.dlready.{dead_pid()}-0123abcd.tmp",
                 folder / f".client.dlready.bak.{dead_pid()}-4567cdef.tmp"]
    for leftover in leftovers:
        leftover.write_bytes(b"half a save")
    window.settings.clear_recent()
    someone_elses = folder / "notes.txt.bak"
    someone_elses.write_text("not dlready's")

    removed = privacy.delete_client_data(window.autosaver)

    assert sorted(p.name for p in folder.iterdir()) == ["client.dlready", "notes.txt.bak"]
    assert {backup, *leftovers} <= set(removed.files)
    assert privacy.delete_client_data(window.autosaver).files == []


def test_a_save_that_cannot_be_written_names_the_file_in_a_dialog(window, dialogs, tmp_path):
    folder = tmp_path / "client.dlready"
    folder.mkdir()
    window.document.set_answer("budget", "gt_1m")
    assert not window._write(folder)
    [(kind, message)] = dialogs.calls
    assert kind == "critical" and str(folder) in message and "regular file" in message
    assert window.document.modified


@pytest.mark.parametrize("failure", ["raises", "writes nothing"])
def test_export_never_reports_success_for_a_brief_that_is_not_there(
        window, tmp_path, monkeypatch, failure):
    import wizard.report.brief
    from wizard.gui import export

    def broken(*args, **kwargs):
        if failure == "raises":
            raise RuntimeError("Ghostscript went away")

    monkeypatch.setattr(wizard.report.brief, "write_brief", broken)
    options = export.BriefOptions(str(tmp_path / "brief.pdf"), "", "")
    message = export.write_with_progress(window, window.document.to_assessment(), options, "en")
    assert message
    assert not (tmp_path / "brief.pdf").exists()


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_opening_a_fifo_in_the_window_says_why_and_never_blocks(window, dialogs, tmp_path):
    fifo = tmp_path / "pipe.dlready"
    os.mkfifo(fifo)
    assert not window.open_path(str(fifo))
    [(kind, message)] = dialogs.calls
    assert kind == "critical" and "regular file" in message


def test_a_message_box_shows_text_from_a_file_as_written(window, dialogs):
    from PySide6.QtGui import QTextDocument

    from wizard.gui.dialogs import plain, show_error

    hostile = 'Acme <img src="file:///etc/x.png"> & <b>Co</b>\nline two'
    show_error(window, "title", hostile)
    [(_kind, message)] = dialogs.calls
    document = QTextDocument()
    document.setHtml(message)
    assert document.toPlainText() == hostile
    assert "<img" not in plain(hostile)
