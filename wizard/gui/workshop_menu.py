"""The window's workshop items in the File menu: Workshop Mode…, Compare With…, Portfolio….

The main window adds them with `add_items` and names them with `texts`; everything they do
lives here, so the window keeps one line for each.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wizard.gui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from wizard.gui.window import MainWindow

translate = QCoreApplication.translate


def add_items(window: MainWindow, menu: QMenu) -> None:
    """Workshop Mode…, Compare With… and Portfolio… in `menu`."""
    window._action(menu, "workshop", lambda: open_workshop(window), "Ctrl+Shift+W")
    window._action(menu, "compare", lambda: compare_with(window))
    window._action(menu, "portfolio", lambda: make_portfolio(window))


def texts() -> dict[str, str]:
    """The items' names in the current language."""
    return {
        "workshop": translate("WorkshopMenu", "&Workshop Mode\u2026"),
        "compare": translate("WorkshopMenu", "&Compare With\u2026"),
        "portfolio": translate("WorkshopMenu", "&Portfolio\u2026"),
    }


def open_workshop(window: MainWindow) -> bool:
    """The room votes on the questions; Done puts participants and consensus in the document."""
    from wizard.gui.workshop import WorkshopDialog

    dialog = WorkshopDialog(window.document.to_assessment(), window)
    dialog.resize(window.size())
    if window.isFullScreen():
        from PySide6.QtCore import Qt

        dialog.setWindowState(Qt.WindowState.WindowFullScreen)
    if dialog.exec() != WorkshopDialog.DialogCode.Accepted:
        return False
    window.document.replace(dialog.result_assessment(), window.document.path, modified=True)
    window.go_to_page("results")
    return True


def compare_with(window: MainWindow) -> bool:
    """Pick an earlier assessment and show it beside this one."""
    from wizard.core.assessment import AssessmentError
    from wizard.core.compare import compare
    from wizard.core.storage import load
    from wizard.gui.compare import CompareDialog
    from wizard.gui.language import core_tr, core_translate

    folder = str(window.document.path.parent) if window.document.path else ""
    name = dialogs.ask_open_path(window, folder)
    if not name:
        return False
    try:
        earlier = load(name)
    except AssessmentError as error:
        dialogs.show_error(window, translate("WorkshopMenu", "Cannot compare"),
                           error.translated(core_tr))
        return False
    comparison = compare(earlier, window.document.to_assessment(), core_translate())
    dialog = CompareDialog(comparison, window)
    dialog.resize(window.size())
    dialog.exec()
    return True


def make_portfolio(window: MainWindow) -> bool:
    """Pick a folder of assessments and write its portfolio page as a PDF."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication, QFileDialog

    from wizard.core.portfolio import collect, folder_files
    from wizard.gui import export
    from wizard.gui.language import core_tr, core_translate

    start = str(window.document.path.parent) if window.document.path else ""
    folder = QFileDialog.getExistingDirectory(
        window, translate("WorkshopMenu", "Folder of assessments for the portfolio"),
        start or dialogs.documents_folder())
    if not folder:
        return False
    files = folder_files(Path(folder))
    if not files:
        dialogs.show_error(window, translate("WorkshopMenu", "Cannot make the portfolio"),
                           translate("WorkshopMenu", "{folder} holds no .dlready files.").format(
                               folder=folder))
        return False
    out, _ = QFileDialog.getSaveFileName(
        window, translate("WorkshopMenu", "Save the portfolio"),
        str(Path(folder) / "portfolio.pdf"), "PDF (*.pdf)")
    if not out:
        return False
    from wizard.core.writing import OutputError, check_output

    window.settings.remember_written(out)  # its leftovers, if killed, are found by Delete All
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        from wizard.report.portfolio import write_portfolio

        check_output(out, *files)
        entries, errors = collect(files, core_translate())
        write_portfolio(entries, out, core_translate(), lang=window.language)
    except OutputError as error:  # one of the inputs, a folder, device or FIFO
        dialogs.show_error(window, translate("WorkshopMenu", "Cannot make the portfolio"),
                           error.translated(core_tr))
        return False
    except OSError as error:
        dialogs.show_error(window, translate("WorkshopMenu", "Cannot make the portfolio"),
                           str(error))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    if errors:
        dialogs.show_error(window, translate("WorkshopMenu", "Some files were left out"),
                           "\n".join(error.translated(core_tr) for error in errors))
    export.offer_to_open(window, out)
    return True
