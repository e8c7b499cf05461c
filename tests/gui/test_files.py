"""Files: save and open round trip, bad files refused with a dialog and left untouched."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers.cases import CASE_FILES
from wizard.core.storage import load
from wizard.gui.settings import Settings


def test_save_as_then_open_gives_the_same_assessment(window, dialogs, tmp_path):
    case = load(CASE_FILES[0])
    window.document.replace(case, None, modified=True)
    window.document.set_note("budget", "Ünïcødé Ελληνικά Кириллица")
    target = tmp_path / "client"
    dialogs.save_path = str(target)
    assert window.save()
    saved = tmp_path / "client.dlready"
    assert saved.exists() and not window.document.modified
    assert window.windowTitle().startswith(case.meta.organisation)

    window.new()
    assert window.document.answers == {}
    assert window.open_path(str(saved))
    reopened = window.document.to_assessment()
    assert reopened.answers == case.answers
    assert reopened.notes["budget"] == "Ünïcødé Ελληνικά Кириллица"
    assert reopened.meta.organisation == case.meta.organisation
    assert json.loads(saved.read_text("utf-8"))["format"] == "dlready-assessment"
    assert Settings().recent_files()[0] == str(saved.resolve())


def test_save_writes_to_the_opened_file_without_asking(window, dialogs, tmp_path):
    path = tmp_path / "case.dlready"
    path.write_bytes(CASE_FILES[1].read_bytes())
    assert window.open_path(str(path))
    window.document.set_answer("budget", "gt_1m")
    assert window.save()
    assert "save-dialog" not in dialogs.kinds()
    assert load(path).answers["budget"] == "gt_1m"
    backup = load(tmp_path / "case.dlready.bak")
    assert backup.answers == load(CASE_FILES[1]).answers


@pytest.mark.parametrize("content, named", [
    (b"{not json", "damaged at line 1"),
    (b'{"format": "dlready-assessment", "version": 99}', "version 99"),
    (b'{"format": "dlready-assessment", "version": 1, "answers": {"budget": "lots"}}',
     "Yearly budget"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
])
def test_a_bad_file_shows_a_dialog_and_stays_untouched(window, dialogs, tmp_path, content,
                                                       named):
    window.document.set_answer("budget", "lt_50k")
    window.document.set_modified(False)
    bad = tmp_path / "bad.dlready"
    bad.write_bytes(content)
    before = bad.stat().st_mtime_ns
    assert not window.open_path(str(bad))
    [(kind, message)] = dialogs.calls
    assert kind == "critical" and named in message and str(bad) in message
    assert bad.read_bytes() == content and bad.stat().st_mtime_ns == before
    assert window.document.answers == {"budget": "lt_50k"}
    assert window.isVisible()


def test_open_with_unsaved_changes_asks_and_cancel_keeps_them(window, dialogs):
    window.document.set_answer("budget", "lt_50k")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    assert not window.open_path(str(CASE_FILES[0]))
    assert dialogs.kinds() == ["question"]
    assert window.document.answers == {"budget": "lt_50k"}


def test_a_failed_save_says_why_and_keeps_the_answers_unsaved(window, dialogs, tmp_path):
    window.document.set_answer("budget", "gt_1m")
    dialogs.save_path = str(tmp_path / "no such folder" / "client.dlready")
    assert not window.save()
    assert dialogs.kinds() == ["save-dialog", "critical"]
    assert "no such folder" in dialogs.calls[1][1]
    assert window.document.modified and window.document.path is None


def test_export_pdf_from_the_results_page(qtbot, window, dialogs, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from wizard.gui import export

    window.open_path(str(CASE_FILES[0]))
    window.wizard.show_page("results")
    button = window.wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.isVisible()
    monkeypatch.setattr(
        export, "ask_brief_options",
        lambda parent, settings, suggested: export.BriefOptions(
            str(tmp_path / "brief.pdf"), "", ""
        ),
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "brief.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "critical" not in dialogs.kinds()
    window.wizard.show_page("data")
    assert not window.wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
