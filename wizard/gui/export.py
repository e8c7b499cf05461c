"""Exporting the PDF brief from the window: who it is from, progress, and opening it after.

The brief itself is made by wizard.report, imported only when the first brief is written so
that reportlab and matplotlib stay off the start-up path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.printable import shown
from wizard.core.writing import check_output
from wizard.gui.widgets import text_field

NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "{path}: the brief was not written.")

# A plain name, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from wizard.core.assessment import Assessment
    from wizard.gui.settings import Settings

LOGO_FILTER = "PNG or JPEG (*.png *.jpg *.jpeg)"


@dataclass(frozen=True)
class BriefOptions:
    """Where the brief goes and who it is from."""

    path: str
    consultant: str
    logo: str
    confidential: bool = False
    hide_names: bool = False


class ExportDialog(QDialog):
    """Asks for the PDF's file name, the consultant's name and logo; remembers the last two."""

    def __init__(self, parent: QWidget | None, settings: Settings, suggested: str) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("export", "Export the PDF brief"))
        self.path = self._line(suggested, translate("export", "PDF file"))
        self.consultant = self._line(settings.consultant, translate("export", "Consultant's name"))
        self.consultant.setPlaceholderText(
            translate("export", "Shown on the cover; leave empty for none")
        )
        self.logo = self._line(settings.logo, translate("export", "Logo image"))
        self.logo.setPlaceholderText(
            translate("export", "A PNG or JPEG for the cover; leave empty for none")
        )

        form = QFormLayout()
        form.addRow(
            translate("export", "&PDF file:"),
            self._with_button(self.path, translate("export", "&Browse\u2026"), self._browse_pdf),
        )
        form.addRow(translate("export", "&Consultant:"), self.consultant)
        self.confidential = QCheckBox(
            translate("export", "Mark the brief &confidential on every page"), self
        )
        self.confidential.setChecked(settings.confidential)
        self.hide_names = QCheckBox(
            translate("export", "&Number a workshop's participants instead of naming them"), self
        )
        self.hide_names.setChecked(settings.hide_names)
        form.addRow(
            translate("export", "&Logo:"),
            self._with_button(self.logo, translate("export", "C&hoose\u2026"), self._browse_logo),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("export", "&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        form.addRow("", self.confidential)
        form.addRow("", self.hide_names)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _line(self, text: str, name: str) -> QLineEdit:
        line = text_field(self, text)
        line.setAccessibleName(name)
        line.setMinimumWidth(360)
        return line

    def _with_button(self, line: QLineEdit, label: str, slot: Callable[[], None]) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        button = QPushButton(label, row)
        button.setAccessibleName(label.replace("&", "").rstrip("\u2026"))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return row

    def _browse_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("export", "Export the PDF brief"),
            self.path.text(),
            translate("export", "PDF documents (*.pdf)"),
        )
        if name:
            self.path.setText(name)

    def _browse_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("export", "Choose a logo"), self.logo.text(), LOGO_FILTER
        )
        if name:
            self.logo.setText(name)

    def options(self) -> BriefOptions:
        """What the dialog holds, the PDF's name ending in .pdf."""
        path = self.path.text().strip()
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return BriefOptions(
            path,
            self.consultant.text().strip(),
            self.logo.text().strip(),
            self.confidential.isChecked(),
            self.hide_names.isChecked(),
        )

    def accept(self) -> None:
        options = self.options()
        self.settings.consultant = options.consultant
        self.settings.logo = options.logo
        self.settings.confidential = options.confidential
        self.settings.hide_names = options.hide_names
        super().accept()


def confirm_characters(parent: QWidget, assessment: Assessment, options: BriefOptions) -> bool:
    """Name the characters the brief cannot print as written, and ask whether to go on;
    True when there are none or the user chose to export anyway."""
    from PySide6.QtWidgets import QMessageBox

    from wizard.report.scripts import warnings

    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    found = warnings(assessment, tr, options.consultant)
    if not found:
        return True
    answer = QMessageBox.warning(
        parent,
        translate("export", "Export the PDF brief"),
        "\n\n".join(found),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Ok


def ask_brief_options(parent: QWidget, settings: Settings, suggested: str) -> BriefOptions | None:
    """The export dialog, modal; None when cancelled."""
    dialog = ExportDialog(parent, settings, suggested)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class _BriefWriter(QThread):
    """Writes one brief off the window's thread, so the progress dialog stays alive."""

    def __init__(self, assessment: Assessment, options: BriefOptions, language: str) -> None:
        super().__init__()
        self.assessment = assessment
        self.options = options
        self.language = language
        self.failure = ""

    def run(self) -> None:  # noqa: D102 - QThread override
        from wizard.gui.language import core_tr
        from wizard.report.brief import write_brief  # reportlab and matplotlib load here

        try:
            check_output(self.options.path, self.options.logo or None)
            write_brief(
                self.assessment,
                self.options.path,
                lang=None if self.language == "en" else self.language,
                consultant=self.options.consultant or None,
                logo=self.options.logo or None,
                confidential=self.options.confidential,
                hide_names=self.options.hide_names,
            )
        except Exception as error:  # noqa: BLE001 - any failure is the user's to see, not a crash
            translated = getattr(error, "translated", None)
            self.failure = translated(core_tr) if translated else str(error) or repr(error)
            return
        if not Path(self.options.path).is_file():
            # Success is only ever reported for a brief that is there to open.
            self.failure = core_tr("errors", NOT_WRITTEN).format(path=shown(self.options.path))


def write_with_progress(
    parent: QWidget, assessment: Assessment, options: BriefOptions, language: str
) -> str:
    """Write the brief while a progress dialog shows; returns the failure, or "" on success."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    progress = QProgressDialog(translate("export", "Writing the PDF brief\u2026"), "", 0, 0, parent)
    progress.setWindowTitle(translate("export", "Export the PDF brief"))
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.show()
    writer = _BriefWriter(assessment, options, language)
    loop = QEventLoop()
    writer.finished.connect(loop.quit)
    writer.start()
    if not writer.isFinished():
        loop.exec()
    writer.wait()
    progress.close()
    progress.deleteLater()
    return writer.failure


def handler_for(mime: str) -> str | None:
    """The desktop's default application for a MIME type ("" when none), or None when that
    cannot be asked (not a freedesktop system: there opening reports failure itself)."""
    import shutil
    import subprocess
    import sys

    if not sys.platform.startswith("linux") or shutil.which("xdg-mime") is None:
        return None
    try:
        found = subprocess.run(["xdg-mime", "query", "default", mime], capture_output=True,
                               text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return found.stdout.strip()


def _open(path: Path, mime: str) -> bool:
    """Open a file or folder with the desktop's application for it; False when there is none."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    # xdg-open starts even when nothing can show the file, and only complains on stderr.
    if handler_for(mime) == "":
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_to_open(parent: QWidget, path: str) -> str:
    """Tell the user the brief is written and offer to open it.

    Returns "opened", "folder" (no PDF viewer: its folder was shown instead), "told" (neither
    could be opened: a dialog gave the path to copy) or "declined".
    """
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        translate("export", "The PDF brief is ready"),
        translate("export", "The brief was written to {file}. Open it now?").format(
            file=Path(path).name
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    if answer != QMessageBox.StandardButton.Open:
        return "declined"
    pdf = Path(path).resolve()
    if _open(pdf, "application/pdf"):
        return "opened"
    if _open(pdf.parent, "inode/directory"):
        return "folder"
    from wizard.gui import dialogs

    dialogs.show_path(
        parent,
        translate("export", "No PDF viewer found"),
        translate("export", "No program to show PDF files was found on this computer. The "
                            "brief is saved here; copy the path to open it elsewhere:"),
        str(pdf),
    )
    return "told"
