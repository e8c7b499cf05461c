"""Exporting the brief from the window: the dialog, remembered names, progress, opening it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.helpers.cases import CASE_FILES
from wizard.gui import export
from wizard.gui.settings import Settings


def test_the_dialog_remembers_the_consultant_and_logo(qtbot, tmp_path):
    settings = Settings()
    dialog = export.ExportDialog(None, settings, str(tmp_path / "brief"))
    qtbot.addWidget(dialog)
    dialog.consultant.setText("Zoë Ångström & Partners")
    dialog.logo.setText(str(tmp_path / "logo.png"))
    dialog.accept()
    options = dialog.options()
    assert options.path == str(tmp_path / "brief.pdf")
    assert options.consultant == "Zoë Ångström & Partners"
    again = export.ExportDialog(None, Settings(), "x.pdf")
    qtbot.addWidget(again)
    assert again.consultant.text() == "Zoë Ångström & Partners"
    assert again.logo.text() == str(tmp_path / "logo.png")
    for line in (again.path, again.consultant, again.logo):
        assert line.accessibleName()


def test_export_writes_the_brief_with_the_consultant_and_offers_to_open_it(
    window, dialogs, monkeypatch, tmp_path
):
    window.open_path(str(CASE_FILES[0]))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(
        export, "ask_brief_options",
        lambda parent, settings, suggested: export.BriefOptions(str(target), "Ada Consulting", ""),
    )
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialogs.question_answer = QMessageBox.StandardButton.Open
    assert window.export_pdf()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Ada Consulting" in text
    assert [url.toLocalFile() for url in opened] == [str(target)]
    assert "critical" not in dialogs.kinds()


def test_export_to_a_missing_folder_says_why_and_writes_nothing(
    window, dialogs, monkeypatch, tmp_path
):
    target = tmp_path / "missing" / "brief.pdf"
    monkeypatch.setattr(
        export, "ask_brief_options",
        lambda parent, settings, suggested: export.BriefOptions(str(target), "", ""),
    )
    assert not window.export_pdf()
    assert dialogs.kinds() == ["critical"]
    assert not target.parent.exists()


def test_cancelling_the_dialog_exports_nothing(window, dialogs, monkeypatch):
    monkeypatch.setattr(export, "ask_brief_options", lambda *args: None)
    assert not window.export_pdf()
    assert dialogs.kinds() == []


def test_delete_all_client_data_is_in_the_file_menu(window, dialogs):
    window.settings.consultant = "Canary Client Ltd"
    action = window._menu_items["delete_data"]
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    action.trigger()
    assert window.settings.consultant == ""
    assert any(kind == "question" for kind in dialogs.kinds())


def test_the_brief_is_suggested_beside_the_file_or_named_for_the_client(
    window, monkeypatch, tmp_path
):
    asked = []
    monkeypatch.setattr(export, "ask_brief_options",
                        lambda parent, settings, suggested: asked.append(suggested))
    window.document.set_meta("organisation", "Acme Retail")
    window.document.set_meta("project", "Returns v2.1")
    assert not window.export_pdf()
    assert Path(asked[-1]).name == "Acme Retail – Returns v2.1.pdf"
    window.document.set_modified(False)
    client = tmp_path / "client.dlready"
    client.write_bytes(CASE_FILES[0].read_bytes())
    assert window.open_path(str(client))
    assert not window.export_pdf()
    assert asked[-1] == str(tmp_path.resolve() / "client.pdf")


def test_the_confidential_setting_is_remembered_and_marks_the_brief(
    qtbot, window, dialogs, monkeypatch, tmp_path
):
    dialog = export.ExportDialog(None, Settings(), str(tmp_path / "brief"))
    qtbot.addWidget(dialog)
    assert not dialog.confidential.isChecked()
    dialog.confidential.setChecked(True)
    dialog.accept()
    again = export.ExportDialog(None, Settings(), "x.pdf")
    qtbot.addWidget(again)
    assert again.confidential.isChecked()
    window.open_path(str(CASE_FILES[0]))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(
        export, "ask_brief_options",
        lambda parent, settings, suggested: export.BriefOptions(str(target), "", "", True),
    )
    dialogs.question_answer = QMessageBox.StandardButton.Close
    assert window.export_pdf()
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert all("CONFIDENTIAL" in page for page in pages)


def _export_and_open(window, dialogs, monkeypatch, tmp_path, handlers, opens):
    """Export a brief and press Open, with these desktop handlers and openUrl results."""
    from wizard.gui import dialogs as dialog_module

    window.open_path(str(CASE_FILES[0]))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(
        export, "ask_brief_options",
        lambda parent, settings, suggested: export.BriefOptions(str(target), "", "", False),
    )
    monkeypatch.setattr(export, "handler_for", lambda mime: handlers.get(mime))
    opened, told = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or opens(url.toLocalFile()))
    monkeypatch.setattr(dialog_module, "show_path",
                        lambda parent, title, text, path: told.append((text, path)))
    outcome = []
    real = export.offer_to_open
    monkeypatch.setattr(export, "offer_to_open",
                        lambda parent, path: outcome.append(real(parent, path)) or outcome[-1])
    dialogs.question_answer = QMessageBox.StandardButton.Open
    assert window.export_pdf()
    return target, outcome[0], opened, told


def test_without_a_pdf_viewer_the_folder_is_shown_instead(window, dialogs, monkeypatch,
                                                           tmp_path):
    target, outcome, opened, told = _export_and_open(
        window, dialogs, monkeypatch, tmp_path,
        {"application/pdf": "", "inode/directory": "org.gnome.Nautilus.desktop"},
        lambda path: True)
    assert outcome == "folder"
    assert opened == [str(target.parent)]
    assert not told


def test_with_nothing_to_open_it_the_user_is_told_with_the_path(window, dialogs, monkeypatch,
                                                                 tmp_path):
    target, outcome, opened, told = _export_and_open(
        window, dialogs, monkeypatch, tmp_path, {}, lambda path: False)
    assert outcome == "told"
    assert len(opened) == 2  # the PDF, then its folder: both refused by the desktop
    (text, path), = told
    assert path == str(target.resolve())
    assert "No program to show PDF files" in text


def test_characters_the_brief_cannot_print_are_named_before_writing(
    window, dialogs, monkeypatch, tmp_path
):
    window.open_path(str(CASE_FILES[0]))
    assessment = window.document.to_assessment()
    meta = assessment.meta.model_copy(update={"organisation": "上海数据科技有限公司"})
    monkeypatch.setattr(
        window.document, "to_assessment",
        lambda: assessment.model_copy(update={"meta": meta}),
    )
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(
        export, "ask_brief_options",
        lambda parent, settings, suggested: export.BriefOptions(str(target), "", ""),
    )
    shown = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ok]
    assert not window.export_pdf()
    assert not target.exists()
    assert "上" in shown[0]
    dialogs.question_answer = QMessageBox.StandardButton.Close
    assert window.export_pdf()
    assert target.exists()
