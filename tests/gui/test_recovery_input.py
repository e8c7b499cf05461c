"""Recovery copies are input: validated before they are offered, set aside when they cannot
be read, and never a way to name a file to write or delete."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from tests.helpers.cases import CASE_FILES
from wizard.gui import privacy
from wizard.gui.autosave import SET_ASIDE, find_orphans, recovery_dir


def plant(name: str, copy: bytes, original: str = "") -> None:
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.dlready").write_bytes(copy)
    (folder / f"{name}.json").write_text(json.dumps({"path": original}), "utf-8")


def test_a_recovery_copy_never_names_the_file_save_writes(window, dialogs, tmp_path):
    victim = tmp_path / "victim.dlready"
    victim.write_bytes(CASE_FILES[1].read_bytes())
    plant("1-planted", CASE_FILES[0].read_bytes(), str(victim))
    dialogs.restore_answer = QMessageBox.StandardButton.Yes
    window.offer_recovery()
    assert window.document.modified and window.document.path is None
    assert str(victim) not in dialogs.calls[0][1]
    dialogs.save_path = ""  # Save asks where; the user cancels
    assert not window.save()
    assert "save-dialog" in dialogs.kinds()
    assert victim.read_bytes() == CASE_FILES[1].read_bytes()


def test_delete_all_never_deletes_what_a_recovery_copy_names(window, tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_text("mine")
    backup = tmp_path / "precious.txt.bak"
    backup.write_text("also mine")
    plant("2-planted", CASE_FILES[0].read_bytes(), str(victim))
    privacy.delete_client_data(window.autosaver)
    assert backup.read_text() == "also mine" and victim.read_text() == "mine"


def test_a_garbage_or_deeply_nested_recovery_copy_is_set_aside_once(window, dialogs):
    plant("3-garbage", b"\x00\xff garbage")
    plant("4-nested", b"[" * 100_000 + b"]" * 100_000)
    plant("5-version", b'{"format": "dlready-assessment", "version": 99}')
    window.offer_recovery()
    [(kind, message)] = dialogs.calls
    assert kind == "critical" and message.count(SET_ASIDE) == 3
    assert "deep" in message and "version 99" in message
    assert find_orphans() == []
    window.offer_recovery()
    assert len(dialogs.calls) == 1  # not offered again at the next start
    aside = sorted(p.name for p in (recovery_dir() / SET_ASIDE).iterdir())
    assert "4-nested.dlready" in aside and len(aside) == 6
