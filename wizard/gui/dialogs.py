"""The modal questions the window asks, in one place (and patched in one place by the tests)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

# A plain name, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

# The dialogs' classes are loaded when a dialog is first shown, not when the window opens.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def file_filter() -> str:
    return translate("dialogs", "dlready assessments (*.dlready)")


def documents_folder() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def plain(text: str) -> str:
    """`text` as a message box shows it, character for character.

    A message box takes text that looks like HTML as HTML, so a file name or an organisation
    such as `<img src=…>` would be drawn, or fetched, instead of shown. Escaped and wrapped
    in a paragraph, every character reads as written.
    """
    from html import escape

    # pre-wrap keeps the line breaks as they are, in the text and on screen
    return '<p style="white-space:pre-wrap">' + escape(text, quote=False) + "</p>"


def show_error(parent: QWidget, title: str, message: str) -> None:
    """A dialog naming what went wrong; the window keeps running."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, plain(message))


def show_path(parent: QWidget, title: str, message: str, path: str) -> None:
    """A message with a file's path that can be selected, and a button that copies it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=parent)
    box.setInformativeText(path)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(translate("dialogs", "&Copy the Path"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(path)


def ask_open_backup(parent: QWidget, problem: str, backup: str) -> bool:
    """A file cannot be opened but its backup exists: True to open the backup instead."""
    from PySide6.QtCore import QFileInfo, QLocale
    from PySide6.QtWidgets import QMessageBox

    info = QFileInfo(backup)
    shown = QLocale().toString(info.lastModified(), QLocale.FormatType.ShortFormat)
    offer = translate("dialogs", "dlready kept a copy of the version saved before ({time}). "
                      "Open that copy instead?").format(time=shown)
    answer = QMessageBox.question(
        parent, translate("dialogs", "Cannot open the assessment"), plain(f"{problem}\n\n{offer}"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open)
    return answer == QMessageBox.StandardButton.Open


def ask_unsaved(parent: QWidget, name: str) -> str:
    """Save, discard or cancel unsaved changes: returns "save", "discard" or "cancel"."""
    from PySide6.QtWidgets import QMessageBox

    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    text = (
        translate(
            "dialogs",
            "The answers for \u201c{name}\u201d have changed since they were saved. Save "
            "them first?",
        ).format(name=name)
        if name
        else translate("dialogs", "These answers have not been saved. Save them first?")
    )
    box = QMessageBox(QMessageBox.Icon.Question, translate("dialogs", "Unsaved answers"), text,
                      buttons, parent)
    box.setProperty("dlready_kind", "question")  # how the tests' stand-in dialog answers
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    # Mnemonics of their own: Qt's default "Discard" has none on most desktops (Alt+D).
    for which, label in ((QMessageBox.StandardButton.Save, translate("dialogs", "&Save")),
                         (QMessageBox.StandardButton.Discard,
                          translate("dialogs", "&Discard")),
                         (QMessageBox.StandardButton.Cancel, translate("dialogs", "Cancel"))):
        button = box.button(which)
        if button is not None:
            button.setText(label)
    answer = QMessageBox.StandardButton(box.exec())
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_restore(parent: QWidget, original: str, who: str = "", when: str = "") -> str:
    """After a crash: "restore", "discard" or "later" (keep the recovery copy for next time).

    `who` names the assessment (organisation and project), `when` the time of the copy.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("dialogs", "Restore unsaved answers?"),
        translate(
            "dialogs",
            "dlready did not close normally last time, and some answers were not "
            "saved. A recovery copy was kept.",
        ),
        parent=parent,
    )
    details = []
    if who or when:
        details.append(translate("dialogs", "Assessment: {name}, last changed {time}.").format(
            name=who or translate("dialogs", "untitled"), time=when))
    if original:
        details.append(translate("dialogs", "They belong to {file}.").format(file=original))
    if details:
        box.setInformativeText(plain("\n".join(details)))
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.button(QMessageBox.StandardButton.Yes).setText(translate("dialogs", "&Restore"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("dialogs", "&Delete the copy"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("dialogs", "&Not now"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    answer = QMessageBox.StandardButton(box.exec())
    if answer == QMessageBox.StandardButton.Yes:
        return "restore"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "later"


def ask_open_path(parent: QWidget, folder: str = "") -> str | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("dialogs", "Open an assessment"),
        folder or documents_folder(),
        file_filter(),
    )
    return name or None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, translate("dialogs", "Save the assessment"), suggested, file_filter()
    )
    if not name:
        return None
    return name if name.endswith(".dlready") else name + ".dlready"


def suggested_name(title: str, current: Path | None, folder: str = "") -> str:
    """Where Save As proposes to write: the current file, or the title in `folder` (the last
    folder used), else in Documents."""
    if current is not None:
        return str(current)
    safe = "".join(ch for ch in title if ch not in '<>:"/\\|?*').strip() or translate(
        "dialogs", "assessment"
    )
    return str(Path(folder or documents_folder()) / f"{safe}.dlready")
