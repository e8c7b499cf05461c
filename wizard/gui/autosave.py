"""Recovery copies: unsaved answers written every few seconds, offered back after a crash.

Each running window owns one recovery copy in the application data folder, apart from the
user's file, and holds a lock beside it; a copy whose lock nobody holds was left by a crash.

A recovery copy is input like any file: it is read within the limits and validated before it
is offered, and one that cannot be read is set aside (moved to the `set-aside` folder beside
it) instead of being offered at every start. The file its notes name is never trusted to
write to: the window uses it only when it is a file the user opened or saved.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wizard.gui.document import Document

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

INTERVAL_MS = 5000


def recovery_dir() -> Path:
    """The folder of recovery copies, inside the application data folder."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


SET_ASIDE = "set-aside"
# The notes name one file: a few hundred bytes. More is not a recovery copy's notes.
MAX_NOTES_BYTES = 64 * 1024


class Orphan:
    """A recovery copy left behind by a window that did not close normally.

    `assessment` is the copy read and validated, or None with the reason in `problem`.
    """

    def __init__(self, copy: Path, original: str, lock: QLockFile) -> None:
        from wizard.core.assessment import Assessment, AssessmentError
        from wizard.core.storage import load

        self.copy = copy
        self.original = original
        self.lock = lock
        self.assessment: Assessment | None = None
        self.problem: AssessmentError | None = None
        try:
            self.assessment = load(copy)
        except AssessmentError as error:
            self.problem = error

    def set_aside(self) -> Path:
        """Move a copy that cannot be read out of the way, kept for a person to look at;
        returns the folder it went to."""
        folder = self.copy.parent / SET_ASIDE
        folder.mkdir(exist_ok=True)
        for path in (self.copy, self.copy.with_suffix(".json")):
            try:
                os.replace(path, folder / path.name)
            except FileNotFoundError:
                pass
            except OSError:
                path.unlink(missing_ok=True)  # cannot be moved: then it must not stay
        self.lock.unlock()
        return folder

    def remove(self) -> None:
        """Delete the copy and its notes, then let go of its lock."""
        _remove_copy(self.copy)
        self.lock.unlock()


def noted_original(notes: Path) -> str:
    """The user's file a recovery copy's notes name, or "" (none, or unreadable notes)."""
    import json

    from wizard.core.reading import read_bytes

    try:
        original = json.loads(read_bytes(notes, MAX_NOTES_BYTES)).get("path")
    except (OSError, ValueError, AttributeError, RecursionError):
        return ""
    return original if isinstance(original, str) else ""


def _remove_copy(copy: Path) -> None:
    copy.unlink(missing_ok=True)
    copy.with_suffix(".json").unlink(missing_ok=True)


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Recovery copies nobody is editing, newest first."""
    from PySide6.QtCore import QLockFile

    folder = folder or recovery_dir()
    orphans = []
    for copy in sorted(folder.glob("*.dlready"), key=_mtime, reverse=True):
        lock = QLockFile(str(copy.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # a live window's lock never goes stale; a dead one's does
        if not lock.tryLock(0):
            continue  # another window is still running with it
        orphans.append(Orphan(copy, noted_original(copy.with_suffix(".json")), lock))
    return orphans


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


class Autosaver(QObject):
    """Writes the document's recovery copy while it has unsaved changes."""

    def __init__(self, document: Document, folder: Path | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(document)
        self._document = document
        self._folder = folder  # the application data folder's, found when first needed
        self._name = f"{os.getpid()}-{os.urandom(4).hex()}"
        self._lock: QLockFile | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.write_now)
        document.changed.connect(self._on_changed)
        document.modifiedChanged.connect(self._on_modified)

    @property
    def copy_path(self) -> Path:
        if self._folder is None:
            self._folder = recovery_dir()
        return self._folder / f"{self._name}.dlready"

    def _on_changed(self) -> None:
        if self._document.modified:
            self._pending = True
            if not self._timer.isActive():
                self._timer.start()

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def write_now(self) -> None:
        """Write the recovery copy if anything changed since the last one."""
        if not (self._pending and self._document.modified):
            self._timer.stop()
            return
        import json

        from PySide6.QtCore import QLockFile

        self._pending = False
        self.copy_path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock is None:
            self._lock = QLockFile(str(self.copy_path.with_suffix(".lock")))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)
        from wizard.core.writing import atomic_write

        # Written whole, like every file: a crash while writing must not leave half a copy.
        text = self._document.to_assessment().to_json()
        atomic_write(self.copy_path, text.encode("utf-8"))
        original = str(self._document.path or "")
        notes = json.dumps({"path": original}).encode("utf-8")
        atomic_write(self.copy_path.with_suffix(".json"), notes)

    def discard(self) -> None:
        """Remove the recovery copy: the answers are saved or deliberately dropped."""
        self._timer.stop()
        self._pending = False
        _remove_copy(self.copy_path)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
