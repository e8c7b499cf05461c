"""Files that cannot be opened are explained with labels and lines, and the .bak offered;
Save and Open start in Documents or the last folder; the recovery prompt says whose answers
and when, and restoring returns to the page that was open."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_autosave import CRASH
from tests.helpers.cases import CASE_FILES
from wizard.core.assessment import Assessment
from wizard.core.questions import QUESTIONS
from wizard.gui import dialogs as dialog_module
from wizard.gui.language import core_tr, install_language
from wizard.gui.settings import Settings

CASE = CASE_FILES[0]


def broken_json(tmp_path):
    lines = CASE.read_text("utf-8").splitlines()
    lines[5] = lines[5] + " oops"
    path = tmp_path / "broken.dlready"
    path.write_text("\n".join(lines), "utf-8")
    return path, 6, lines[5].strip()


def bad_value(tmp_path, qid: str = "problem_class"):
    document = json.loads(CASE.read_text("utf-8"))
    document["answers"][qid] = "spreadsheet"
    path = tmp_path / "bad.dlready"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), "utf-8")
    return path


def last_message(dialogs) -> str:
    return dialogs.calls[-1][1]


def test_damaged_json_names_the_line_and_shows_it(window, dialogs, tmp_path):
    path, line, text = broken_json(tmp_path)
    assert not window.open_path(str(path))
    message = last_message(dialogs)
    assert f"line {line}" in message
    assert text in message
    assert "Expecting" not in message  # Python's parser speaking to developers


def test_a_wrong_answer_is_named_by_the_questions_label_not_its_id(window, dialogs, tmp_path):
    path = bad_value(tmp_path)
    assert not window.open_path(str(path))
    message = last_message(dialogs)
    assert QUESTIONS["problem_class"].label in message
    assert "problem_class\"" not in message.split("\n\n")[0]  # the sentence: no internal id
    assert "spreadsheet" in message
    assert "Line " in message


@pytest.fixture
def german(qapp):
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


def test_file_errors_speak_the_users_language(german, window, dialogs, tmp_path):
    path = bad_value(tmp_path)
    window.open_path(str(path))
    message = last_message(dialogs)
    label = core_tr("questions", QUESTIONS["problem_class"].label)
    assert label != QUESTIONS["problem_class"].label
    assert label in message
    assert "which is not one of its options" not in message


def test_the_backup_is_offered_and_opened_in_place_of_a_damaged_file(window, dialogs, tmp_path):
    path, _line, _text = broken_json(tmp_path)
    backup = tmp_path / "broken.dlready.bak"
    backup.write_bytes(CASE.read_bytes())
    dialogs.question_answer = QMessageBox.StandardButton.Open
    assert window.open_path(str(path))
    assert dialogs.kinds() == ["question"]
    assert "copy of the version saved before" in last_message(dialogs)
    expected = Assessment.model_validate_json(CASE.read_text("utf-8"))
    assert window.document.answers == expected.answers
    assert window.document.path == path.resolve()  # saving repairs the damaged file
    assert window.document.modified


def test_declining_the_backup_changes_nothing(window, dialogs, tmp_path):
    path, _line, _text = broken_json(tmp_path)
    (tmp_path / "broken.dlready.bak").write_bytes(CASE.read_bytes())
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    assert not window.open_path(str(path))
    assert window.document.answers == {}


def test_open_and_save_start_in_documents_then_in_the_last_folder(window, dialogs, tmp_path,
                                                                monkeypatch):
    asked = []
    monkeypatch.setattr(dialog_module, "ask_open_path",
                        lambda parent, folder="": asked.append(folder) or None)
    window.open_dialog()
    assert asked[-1] in ("", dialog_module.documents_folder())
    assert dialog_module.suggested_name("Acme", None).startswith(dialog_module.documents_folder())
    folder = tmp_path / "clients"
    folder.mkdir()
    dialogs.save_path = str(folder / "acme.dlready")
    window.document.set_answer("budget", QUESTIONS["budget"].options[0].id)
    assert window.save_as()
    window.document.replace(None, None, modified=False)
    window.open_dialog()
    assert asked[-1] == str(folder.resolve())
    assert Settings().last_folder == str(folder.resolve())


def test_recovery_names_organisation_project_time_and_returns_to_the_page(
        make_window, dialogs, tmp_path):
    original = tmp_path / "client.dlready"
    original.write_bytes(CASE.read_bytes())
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(original)], env=dict(os.environ),
                             capture_output=True, text=True, timeout=60)
    assert crashed.returncode == 3, crashed.stderr
    Settings().last_page = "data"  # where the crashed window was
    window = make_window()
    dialogs.restore_answer = QMessageBox.StandardButton.Yes
    window.offer_recovery()
    case = Assessment.model_validate_json(CASE.read_text("utf-8"))
    prompt = last_message(dialogs)
    assert case.meta.organisation in prompt and case.meta.project in prompt
    assert "last changed" in prompt
    assert window.wizard.page_name() == "data"
