"""The assessment being edited: plain answers, notes and meta, the file it came from, unsaved state.

The core (pydantic) is imported only when a file is read or written, so the window can open
before the question bank is loaded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from wizard.core.assessment import Assessment


class SaveError(OSError):
    """A file that could not be written; the message is fit to show a person."""


class Document(QObject):
    """One assessment in the window; emits `changed` on every edit."""

    changed = Signal()
    modifiedChanged = Signal(bool)  # noqa: N815 - Qt naming
    pathChanged = Signal(str)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meta: dict[str, str] = {}
        self.answers: dict[str, str] = {}
        self.notes: dict[str, str] = {}
        self.path: Path | None = None
        self._base: Assessment | None = None
        self._modified = False
        self.meta["date"] = date.today().isoformat()

    # --- state ---------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def title(self) -> str:
        """Organisation and project, or the file name, or an empty string."""
        parts = [self.meta.get(key, "").strip() for key in ("organisation", "project")]
        shown = " – ".join(part for part in parts if part)
        return shown or (self.path.stem if self.path else "")

    def answered_count(self) -> int:
        """Questions answered with one of their options (wizard.core.progress says what
        "answered" means, for the window, the brief and the command line alike)."""
        from wizard.core.progress import progress

        return len(progress(self.answers).answered)

    # --- edits ---------------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        if self.meta.get(key, "") != value:
            self.meta[key] = value
            self._edited()

    def set_answer(self, question_id: str, option_id: str | None) -> None:
        """Answer a question; None removes the answer."""
        if self.answers.get(question_id) == option_id:
            return
        if option_id is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = option_id
        self._edited()

    def set_note(self, question_id: str, text: str) -> None:
        if self.notes.get(question_id, "") != text:
            if text:
                self.notes[question_id] = text
            else:
                self.notes.pop(question_id, None)
            self._edited()

    def _edited(self) -> None:
        self.set_modified(True)
        self.changed.emit()

    # --- to and from the core ------------------------------------------------------------

    def to_assessment(self) -> Assessment:
        """The core's assessment, keeping any fields of the opened file the window doesn't show."""
        from wizard.core.assessment import Assessment, Meta

        meta = {key: value for key, value in self.meta.items() if value}
        base = self._base or Assessment()
        extra = base.meta.model_extra or {}
        return base.model_copy(
            update={
                "meta": Meta(**{**extra, **meta}),
                "answers": dict(self.answers),
                "notes": {qid: text for qid, text in self.notes.items() if text},
            }
        )

    def replace(self, assessment: Assessment | None, path: Path | None, *, modified: bool) -> None:
        """Show another assessment (None: a new, empty one)."""
        self._base = assessment
        if assessment is None:
            self.meta = {"date": date.today().isoformat()}
            self.answers, self.notes = {}, {}
        else:
            from wizard.core.assessment import META_KEYS

            self.meta = {key: str(getattr(assessment.meta, key) or "") for key in META_KEYS}
            self.answers = dict(assessment.answers)
            self.notes = dict(assessment.notes)
        self.path = path
        self.pathChanged.emit(str(path or ""))
        self._modified = not modified
        self.set_modified(modified)
        self.changed.emit()

    def open(self, path: str | Path) -> None:
        """Read a file; raises the core's AssessmentError and leaves this document as it was."""
        from wizard.core.storage import load

        path = Path(path).resolve()
        self.replace(load(path), path, modified=False)

    def save(self, path: str | Path, language: str = "") -> None:
        """Write the file at once with the core's one writer; raises SaveError, keeps the old.

        The file is written beside itself and renamed into place (never a partial file), the
        version it replaces kept whole as NAME.dlready.bak, its mode kept, a link followed to
        its file; see wizard.core.storage.atomic_write.
        """
        from wizard.core.writing import OutputError, atomic_write
        from wizard.gui.language import core_tr

        path = Path(path).resolve()
        if language:
            self.meta["language"] = language
        try:
            data = self.to_assessment().to_json().encode("utf-8")
            atomic_write(path, data, backup=True)
        except OutputError as error:
            raise SaveError(error.translated(core_tr)) from None
        except (OSError, UnicodeError) as error:
            raise SaveError(_cannot_write(path, error)) from None
        self.path = path
        self.pathChanged.emit(str(path))
        self.set_modified(False)


def _cannot_write(path: Path, error: Exception) -> str:
    from wizard.core.i18n import QT_TRANSLATE_NOOP
    from wizard.core.printable import shown
    from wizard.gui.language import core_tr

    reason = getattr(error, "strerror", None) or str(error)
    template = QT_TRANSLATE_NOOP("errors", "{path}: cannot be written ({reason}).")
    return core_tr("errors", template).format(path=shown(path), reason=reason)
