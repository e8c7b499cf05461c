"""Deleting every trace of client work that dlready keeps on this computer.

What goes: the recovery copies (and anything else) in the application's data and cache
folders, the `.bak` backup and the temporary files of killed saves beside every file the
window ever wrote (a list of them is kept in the settings from the moment a file is first
written, so files that left the recent list are found too), the recent files list, every
remembered setting that is not a plain display preference (names, logos, folders), and the
folders remembered by Qt's own file dialog. What stays: the assessment files and PDFs the user
saved, and the language, window geometry, presentation mode and zoom.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QStandardPaths

from wizard.gui.settings import APPLICATION, recent_names, settings_store, written_names

# A plain name, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wizard.gui.autosave import Autosaver

# Display preferences: no client could be told from them, so they survive the deletion.
# Every other key, present or added later, is treated as client data and removed.
KEPT_SETTINGS = frozenset({"language", "geometry", "presentation", "zoom"})
# Qt's own file dialog remembers the folders it visited in a settings file of its own.
QT_DIALOG_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


@dataclass
class Removed:
    """What a deletion removed: files and folders, and settings keys."""

    files: list[Path] = field(default_factory=list)
    settings: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.files or self.settings)

    def summary(self) -> str:
        """One sentence for the status bar."""
        if not self:
            return translate("privacy", "There was no client data to delete.")
        return translate(
            "privacy", "Deleted {files} files and {settings} remembered settings."
        ).format(files=len(self.files), settings=len(self.settings))


def data_folders() -> list[Path]:
    """The application's own data and cache folders (never a folder shared with others)."""
    kinds = (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppLocalDataLocation,
        QStandardPaths.StandardLocation.CacheLocation,
    )
    folders: list[Path] = []
    for kind in kinds:
        location = QStandardPaths.writableLocation(kind)
        # Without an application name Qt answers with the shared folder itself: leave it be.
        if location and Path(location).name == APPLICATION and Path(location) not in folders:
            folders.append(Path(location))
    return folders


def known_files(store: QSettings | None = None) -> list[Path]:
    """Every user file the window wrote or opened: the files it remembers writing, and the
    recent files. Never a name read from a recovery copy: those are input, not a list of
    files dlready made."""
    store = store or settings_store()
    names = written_names(store) + recent_names(store)
    return [Path(name) for name in dict.fromkeys(names) if name]


def made_beside(original: Path) -> list[Path]:
    """The backup and the leftover temporary files dlready made beside `original`.

    Only regular files: a link planted under a backup's name is not dlready's.
    """
    import stat

    from wizard.core.writing import backup_path, final_target, leftovers

    try:
        target = final_target(original)
    except ValueError:
        return []
    found = []
    for path in (backup_path(target), *leftovers(target)):
        try:
            if stat.S_ISREG(path.lstat().st_mode):
                found.append(path)
        except OSError:
            continue
    return found


def delete_client_data(autosaver: Autosaver | None = None) -> Removed:
    """Delete all client data dlready keeps (see the module's docstring); returns what went.

    Pass the window's autosaver so that its own recovery copy is dropped and its lock let go.
    The open document stays open; a later change is autosaved again, as always.
    """
    removed = Removed()
    store = settings_store()
    originals = known_files(store)
    if autosaver is not None:
        copy = autosaver.copy_path
        removed.files += [path for path in (copy, copy.with_suffix(".json")) if path.exists()]
        autosaver.discard()
    for original in originals:
        for made in made_beside(original):
            made.unlink(missing_ok=True)
            removed.files.append(made)
    for folder in data_folders():
        _empty_folder(folder, removed)
    for key in store.allKeys():
        if key not in KEPT_SETTINGS:
            store.remove(key)
            removed.settings.append(key)
    store.sync()
    dialog_store = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in QT_DIALOG_KEYS:
        if dialog_store.contains(key):
            dialog_store.remove(key)
            removed.settings.append(f"QtProject/{key}")
    dialog_store.sync()
    return removed


def _empty_folder(folder: Path, removed: Removed) -> None:
    """Remove everything under `folder` but the locks of windows still running."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_symlink() or path.is_file():
            if path.suffix == ".lock":
                lock = QLockFile(str(path))
                lock.setStaleLockTime(0)
                if not lock.tryLock(0):
                    continue  # a running window's: it holds a process id, no client data
                lock.unlock()  # unlocking removes the file
            else:
                path.unlink(missing_ok=True)
            removed.files.append(path)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def confirm_deletion(parent: QWidget | None) -> bool:
    """Ask before deleting; True only if the user chose to delete."""
    from PySide6.QtWidgets import QMessageBox

    text = translate(
        "privacy",
        "Delete all client data dlready keeps on this computer? This removes the "
        "unsaved-answer recovery copies, the .bak backups beside your assessment files, "
        "the recent files list and every remembered name, logo and folder.\n\n"
        "Your saved assessment files and exported PDFs are not touched. This cannot be "
        "undone.",
    )
    answer = QMessageBox.question(
        parent,
        translate("privacy", "Delete all client data"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_and_delete(parent: QWidget | None, autosaver: Autosaver | None = None) -> Removed | None:
    """Confirm, then delete; None when the user cancelled. For the window's menu action."""
    if not confirm_deletion(parent):
        return None
    return delete_client_data(autosaver)
