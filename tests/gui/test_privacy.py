"""Delete all client data: a canary client name is written everywhere dlready remembers
things, deleted, and then found nowhere in the application's data and settings folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from wizard.core.assessment import parse
from wizard.core.storage import save
from wizard.gui import privacy
from wizard.gui.autosave import recovery_dir
from wizard.gui.settings import Settings

CANARY = "Zebracanary Holdings 7731"


@pytest.fixture
def qt_dialog_settings(isolated):
    """Qt's own file dialog settings in the temporary config folder, put back afterwards."""
    original = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()).parent
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(isolated / "config"))
    yield QSettings(QSettings.Scope.UserScope, "QtProject")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(original))


def client_file(folder: Path) -> Path:
    """A saved client assessment, saved twice so that a .bak backup sits beside it."""
    folder.mkdir(parents=True)
    path = folder / f"{CANARY}.dlready"
    text = json.dumps({"format": "dlready-assessment", "version": 1,
                       "meta": {"organisation": CANARY, "project": "Churn"},
                       "answers": {"budget": "lt_50k"}})
    save(parse(text), path)
    save(parse(text), path)
    assert path.with_name(path.name + ".bak").is_file()
    return path


def remember_everything(qtbot, window, store: QSettings, qt_dialogs: QSettings,
                        client: Path) -> None:
    """Write the canary through every path that remembers something about a client."""
    assert window.open_path(str(client))  # the recent files list
    window.document.set_note("budget", f"{CANARY} said no")  # the recovery copy
    qtbot.waitUntil(window.autosaver.copy_path.exists, timeout=2000)
    settings = window.settings
    settings.consultant = f"{CANARY} consultant"  # the brief's cover, remembered
    settings.logo = f"{CANARY} logo"
    store.setValue("last_folder", str(client.parent))
    qt_dialogs.setValue("FileDialog/lastVisited", f"file://{client.parent}")
    qt_dialogs.setValue("FileDialog/history", [str(client.parent)])
    settings.language = "en"
    settings.zoom = 1.3
    settings.sync()
    qt_dialogs.sync()


def files_mentioning(folder: Path, needle: str) -> list[Path]:
    """Files under `folder` whose name or bytes hold `needle` (UTF-8 or UTF-16)."""
    encodings = (needle.encode("utf-8"), needle.encode("utf-16-le"))
    hits = []
    for path in folder.rglob("*"):
        if needle in str(path.relative_to(folder)) or (
                path.is_file() and any(code in path.read_bytes() for code in encodings)):
            hits.append(path)
    return hits


def test_the_settings_file_is_the_windows_own():
    assert privacy.settings_store().fileName() == Settings()._qs.fileName()


def test_deleting_leaves_the_canary_nowhere(qtbot, window, isolated, qt_dialog_settings):
    client = client_file(isolated / "home" / "Clients" / CANARY)
    store = privacy.settings_store()
    remember_everything(qtbot, window, store, qt_dialog_settings, client)
    config, data = isolated / "config", isolated / "data"
    assert files_mentioning(config, CANARY) and files_mentioning(data, CANARY)

    removed = privacy.delete_client_data(window.autosaver)

    assert files_mentioning(config, CANARY) == []
    assert files_mentioning(data, CANARY) == []
    assert not client.with_name(client.name + ".bak").exists()
    assert client.is_file()  # the user's own file is theirs to keep
    assert not list(recovery_dir().glob("*.dlready"))
    assert window.settings.recent_files() == []
    assert window.settings.language == "en" and window.settings.zoom == 1.3
    assert "recent_files" in removed.settings
    assert "QtProject/FileDialog/history" in removed.settings
    assert client.with_name(client.name + ".bak") in removed.files
    assert "Deleted" in removed.summary()


def test_a_second_deletion_finds_nothing(qtbot, window, isolated, qt_dialog_settings):
    window.document.set_meta("organisation", CANARY)
    qtbot.waitUntil(window.autosaver.copy_path.exists, timeout=2000)
    assert privacy.delete_client_data(window.autosaver)
    removed = privacy.delete_client_data(window.autosaver)
    assert not removed
    assert removed.summary() == "There was no client data to delete."


def test_another_running_windows_lock_is_left_alone(qtbot, make_window, isolated,
                                                    qt_dialog_settings):
    other = make_window()
    other.document.set_meta("organisation", CANARY)
    qtbot.waitUntil(other.autosaver.copy_path.exists, timeout=2000)
    privacy.delete_client_data()
    lock = other.autosaver.copy_path.with_suffix(".lock")
    assert lock.exists()
    assert CANARY not in lock.read_text("utf-8", errors="replace")
    assert files_mentioning(isolated / "data", CANARY) == []


def test_nothing_is_deleted_unless_confirmed(qtbot, window, dialogs, isolated,
                                             qt_dialog_settings):
    client = client_file(isolated / "home" / CANARY)
    window.open_path(str(client))
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    assert privacy.ask_and_delete(window, window.autosaver) is None
    assert window.settings.recent_files() == [str(client)]
    assert dialogs.kinds() == ["question"]

    dialogs.question_answer = QMessageBox.StandardButton.Yes
    removed = privacy.ask_and_delete(window, window.autosaver)
    assert removed is not None and "recent_files" in removed.settings
    assert window.settings.recent_files() == []
