"""Quitting (Ctrl+Q, the window's close button) never loses answers silently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def press_quit(qtbot, window) -> None:
    window.activateWindow()
    window.wizard.welcome.fields["organisation"].setFocus()
    qtbot.keyClick(window.focusWidget() or window.wizard, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier)


def test_quit_with_unsaved_changes_asks_and_cancel_stays(qtbot, window, dialogs):
    window.wizard.welcome.fields["organisation"].setText("Ünïcødé Ελληνικά Кириллица")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    press_quit(qtbot, window)
    assert dialogs.kinds() == ["question"]
    assert window.isVisible()
    assert window.document.meta["organisation"] == "Ünïcødé Ελληνικά Кириллица"


def test_quit_with_unsaved_changes_then_discard_closes(qtbot, window, dialogs):
    window.document.set_answer("budget", "lt_50k")
    qtbot.waitUntil(window.autosaver.copy_path.exists, timeout=2000)
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    press_quit(qtbot, window)
    assert dialogs.kinds() == ["question"]
    assert not window.isVisible()
    assert not window.autosaver.copy_path.exists()


def test_closing_with_save_writes_the_file_first(qtbot, window, dialogs, tmp_path):
    window.document.set_answer("budget", "lt_50k")
    dialogs.question_answer = QMessageBox.StandardButton.Save
    dialogs.save_path = str(tmp_path / "kept.dlready")
    assert window.close()
    assert (tmp_path / "kept.dlready").exists()


def test_quit_without_changes_closes_without_asking(qtbot, window, dialogs):
    press_quit(qtbot, window)
    assert dialogs.calls == []
    assert not window.isVisible()


def test_the_unsaved_question_has_alt_s_and_alt_d(qtbot, window, dialogs):
    window.document.set_answer("budget", "lt_50k")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert dialogs.buttons[QMessageBox.StandardButton.Discard].startswith("&D")
    assert dialogs.buttons[QMessageBox.StandardButton.Save].startswith("&S")
