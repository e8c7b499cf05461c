"""GUI fixtures: isolated settings and data folders, dialogs that never block."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wizard.gui.settings import Settings
from wizard.gui.window import MainWindow


class Dialogs:
    """Stands in for every modal dialog: records what was asked, answers as told."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.question_answer = QMessageBox.StandardButton.Cancel
        self.restore_answer = QMessageBox.StandardButton.Cancel
        self.save_path = ""
        self.open_path = ""
        self.buttons: dict = {}

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    """Settings, application data and documents in a temporary folder, never the user's."""
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                             ("HOME", "home")):
        (tmp_path / folder).mkdir()
        monkeypatch.setenv(variable, str(tmp_path / folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    qapp.setOrganizationName("dlready")
    qapp.setApplicationName("dlready")
    return tmp_path


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """Patch QMessageBox and QFileDialog so that no test ever blocks on a modal dialog."""
    log = Dialogs()

    def question(parent, title, text, *args, **kwargs):
        log.calls.append(("question", text))
        return log.question_answer

    def critical(parent, title, text, *args, **kwargs):
        log.calls.append(("critical", text))
        return QMessageBox.StandardButton.Ok

    def execute(box):
        if box.property("dlready_kind") == "question":  # the unsaved-answers question
            log.calls.append(("question", box.text()))
            log.buttons = {box.standardButton(b): b.text() for b in box.buttons()}
            return log.question_answer.value
        log.calls.append(("restore", "\n".join((box.text(), box.informativeText()))))
        return log.restore_answer.value

    def save_name(*args, **kwargs):
        log.calls.append(("save-dialog", log.save_path))
        return log.save_path, ""

    def open_name(*args, **kwargs):
        log.calls.append(("open-dialog", log.open_path))
        return log.open_path, ""

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "exec", execute)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    return log


@pytest.fixture
def make_window(qtbot):
    """Build shown main windows; each is closed at the end without asking."""
    windows = []

    def make(**kwargs) -> MainWindow:
        window = MainWindow(Settings(), autosave_interval=kwargs.pop("autosave_interval", 50),
                            **kwargs)
        qtbot.addWidget(window)
        # The offscreen screen is 800x600 and drops clicks outside it: keep the window inside.
        window.move(0, 0)
        window.resize(800, 600)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.document.set_modified(False)


@pytest.fixture
def window(make_window):
    return make_window()
