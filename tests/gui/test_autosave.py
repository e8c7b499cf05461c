"""Autosave: a recovery copy while there are unsaved changes, offered back after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMessageBox

from tests.helpers.cases import CASE_FILES
from wizard.gui.autosave import find_orphans, recovery_dir


def test_a_recovery_copy_is_written_apart_and_removed_on_save(qtbot, window, dialogs, tmp_path):
    window.document.set_answer("budget", "lt_50k")
    copy = window.autosaver.copy_path
    qtbot.waitUntil(copy.exists, timeout=2000)
    assert copy.parent == recovery_dir()
    assert str(tmp_path / "data") in str(copy)
    assert '"budget": "lt_50k"' in copy.read_text("utf-8")
    dialogs.save_path = str(tmp_path / "saved.dlready")
    assert window.save()
    assert not copy.exists()


def test_discarding_removes_the_recovery_copy(qtbot, window, dialogs):
    window.document.set_answer("budget", "lt_50k")
    qtbot.waitUntil(window.autosaver.copy_path.exists, timeout=2000)
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    window.new()
    assert not window.autosaver.copy_path.exists()
    assert not list(recovery_dir().glob("*.dlready"))


def test_a_running_windows_copy_is_not_offered_to_another(qtbot, make_window):
    first = make_window()
    first.document.set_answer("budget", "lt_50k")
    qtbot.waitUntil(first.autosaver.copy_path.exists, timeout=2000)
    assert find_orphans() == []


CRASH = textwrap.dedent("""
    import os, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    app.setOrganizationName("dlready"); app.setApplicationName("dlready")
    from wizard.gui.settings import Settings
    from wizard.gui.window import MainWindow
    window = MainWindow(Settings())
    window.open_path(sys.argv[1])
    window.document.set_answer("budget", "gt_1m")
    window.document.set_note("budget", "Ünïcødé Ελληνικά Кириллица")
    window.autosaver.write_now()
    os._exit(3)  # a crash: no closeEvent, no cleanup
""")


def test_after_a_crash_the_next_start_offers_the_answers(qtbot, make_window, dialogs, tmp_path):
    original = tmp_path / "client.dlready"
    original.write_bytes(CASE_FILES[0].read_bytes())
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(original)], env=dict(os.environ),
                             capture_output=True, text=True, timeout=60)
    assert crashed.returncode == 3, crashed.stderr
    assert len(list(recovery_dir().glob("*.dlready"))) == 1

    window = make_window()
    dialogs.restore_answer = QMessageBox.StandardButton.Yes
    window.offer_recovery()
    assert dialogs.kinds() == ["restore"]
    assert window.document.answers["budget"] == "gt_1m"
    assert window.document.notes["budget"] == "Ünïcødé Ελληνικά Кириллица"
    assert window.document.path == original.resolve()
    assert window.document.modified
    assert original.read_bytes() == CASE_FILES[0].read_bytes()  # the user's file untouched
    copies = list(recovery_dir().glob("*.dlready"))
    assert copies == [window.autosaver.copy_path]  # now this window's own copy

    assert window.save()
    assert not list(recovery_dir().glob("*.dlready"))


def test_not_now_keeps_the_copy_and_delete_removes_it(make_window, dialogs, tmp_path):
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(CASE_FILES[0])],
                             env=dict(os.environ), capture_output=True, text=True, timeout=60)
    assert crashed.returncode == 3, crashed.stderr
    window = make_window()
    dialogs.restore_answer = QMessageBox.StandardButton.Cancel
    window.offer_recovery()
    assert len(list(recovery_dir().glob("*.dlready"))) == 1
    assert window.document.answers == {}
    dialogs.restore_answer = QMessageBox.StandardButton.Discard
    window.offer_recovery()
    assert not list(recovery_dir().glob("*.dlready"))


def test_after_two_crashes_one_copy_is_restored_and_the_other_kept_for_later(
        make_window, dialogs, tmp_path):
    originals = []
    for index, case in enumerate(CASE_FILES[:2]):
        original = tmp_path / f"client{index}.dlready"
        original.write_bytes(case.read_bytes())
        crashed = subprocess.run([sys.executable, "-c", CRASH, str(original)],
                                 env=dict(os.environ), capture_output=True, text=True, timeout=60)
        assert crashed.returncode == 3, crashed.stderr
        originals.append(original.resolve())
    window = make_window()
    dialogs.restore_answer = QMessageBox.StandardButton.Yes
    window.offer_recovery()
    assert dialogs.kinds() == ["restore"]
    restored = window.document.path
    assert restored in originals
    [left] = find_orphans()  # free for the next start, not held by this window
    assert left.original == str(next(p for p in originals if p != restored))
    left.lock.unlock()
