"""The user's settings: language, recent files, window geometry, presentation mode, zoom,
and the consultant's name and logo for the brief."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

MAX_RECENT = 8
# The names QSettings and QStandardPaths file everything of dlready's under.
ORGANISATION = "dlready"
APPLICATION = "dlready"


def settings_store() -> QSettings:
    """dlready's settings file (an INI file in the user's configuration folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def recent_names(store: QSettings) -> list[str]:
    """The recent files list as stored, most recent first, whether the files exist or not."""
    import json

    try:
        names = json.loads(str(store.value("recent_files", "[]")))
    except ValueError:
        return []
    return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []


def written_names(store: QSettings) -> list[str]:
    """Every file the window has written (saved or exported), whether it exists or not.

    Delete All Client Data looks beside each for the backup and leftovers dlready made.
    """
    import json

    try:
        names = json.loads(str(store.value("written_files", "[]")))
    except ValueError:
        return []
    return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []


class Settings:
    """Typed access to QSettings (an INI file in the user's configuration folder)."""

    def __init__(self) -> None:
        self._qs = settings_store()

    @property
    def language(self) -> str | None:
        value = self._qs.value("language", "")
        return str(value) or None

    @language.setter
    def language(self, lang: str | None) -> None:
        self._qs.setValue("language", lang or "")

    def recent_files(self) -> list[str]:
        """Recently used files, most recent first, that still exist."""
        return [name for name in recent_names(self._qs) if Path(name).is_file()]

    def add_recent(self, path: str) -> None:
        import json

        path = str(Path(path).resolve())
        names = [path, *(name for name in self.recent_files() if name != path)]
        self._qs.setValue("recent_files", json.dumps(names[:MAX_RECENT]))
        # At once, not at exit: after a crash, the file a recovery copy belongs to is known by
        # being on this list (the copy itself is never trusted to name it).
        self._qs.sync()

    def written_files(self) -> list[str]:
        """Every file the window has written, whether it exists or not."""
        return written_names(self._qs)

    def remember_written(self, path: str | Path) -> None:
        """Note a file the window is about to write; its backup and leftovers are found later.

        Written before the file is, so that a save killed half-way is still known of.
        """
        import json

        from wizard.core.writing import final_target

        name = str(final_target(path))
        names = written_names(self._qs)
        if name not in names:
            self._qs.setValue("written_files", json.dumps([*names, name]))
            self._qs.sync()

    def clear_recent(self) -> None:
        self._qs.setValue("recent_files", "[]")

    @property
    def geometry(self) -> QByteArray | None:
        from PySide6.QtCore import QByteArray

        value = self._qs.value("geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("geometry", value)

    @property
    def presentation(self) -> bool:
        return str(self._qs.value("presentation", "false")).lower() == "true"

    @presentation.setter
    def presentation(self, on: bool) -> None:
        self._qs.setValue("presentation", "true" if on else "false")

    @property
    def zoom(self) -> float:
        try:
            return min(3.0, max(0.5, float(str(self._qs.value("zoom", 1.0)))))
        except (TypeError, ValueError):
            return 1.0

    @zoom.setter
    def zoom(self, factor: float) -> None:
        self._qs.setValue("zoom", round(factor, 2))

    @property
    def last_folder(self) -> str:
        """The folder an assessment was last opened from or saved to ("" at first)."""
        folder = str(self._qs.value("last_folder", ""))
        return folder if folder and Path(folder).is_dir() else ""

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._qs.setValue("last_folder", folder)

    @property
    def last_page(self) -> str:
        """The page last shown (a page name), to return to after a crash."""
        return str(self._qs.value("last_page", ""))

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._qs.setValue("last_page", name)

    @property
    def currency(self) -> str:
        """The currency money is shown in (budgets, costs): an ISO code, USD by default."""
        from wizard.core.currency import RATES

        code = str(self._qs.value("currency", "USD"))
        return code if code in RATES else "USD"

    @currency.setter
    def currency(self, code: str) -> None:
        self._qs.setValue("currency", code)

    @property
    def high_contrast(self) -> bool:
        return str(self._qs.value("high_contrast", "false")).lower() == "true"

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._qs.setValue("high_contrast", "true" if on else "false")

    @property
    def consultant(self) -> str:
        """The consultant's name last put on a brief's cover."""
        return str(self._qs.value("brief/consultant", ""))

    @consultant.setter
    def consultant(self, name: str) -> None:
        self._qs.setValue("brief/consultant", name)

    @property
    def logo(self) -> str:
        """The logo image last put on a brief's cover."""
        return str(self._qs.value("brief/logo", ""))

    @logo.setter
    def logo(self, path: str) -> None:
        self._qs.setValue("brief/logo", path)

    @property
    def confidential(self) -> bool:
        """Whether the last brief was marked confidential."""
        return str(self._qs.value("brief/confidential", "false")).lower() == "true"

    @confidential.setter
    def confidential(self, on: bool) -> None:
        self._qs.setValue("brief/confidential", "true" if on else "false")

    @property
    def hide_names(self) -> bool:
        """Whether the last brief numbered a workshop's participants instead of naming them."""
        return str(self._qs.value("brief/hide_names", "false")).lower() == "true"

    @hide_names.setter
    def hide_names(self, on: bool) -> None:
        self._qs.setValue("brief/hide_names", "true" if on else "false")

    def sync(self) -> None:
        self._qs.sync()
