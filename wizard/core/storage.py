"""Reading and writing assessment files on disk, never leaving a half-written file."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from wizard.core.assessment import Assessment, AssessmentError, parse
from wizard.core.i18n import QT_TRANSLATE_NOOP


def load(path: str | os.PathLike[str]) -> Assessment:
    """Read, validate and migrate an assessment file; the file itself is never touched."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: no such file."), path=path
        ) from None
    except IsADirectoryError:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: is a folder, not an assessment file."), path=path
        ) from None
    except OSError as error:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot be read ({reason})."),
            path=path,
            reason=error.strerror,
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "{path}: is not UTF-8 text (byte {byte}); expected a dlready assessment."
            ),
            path=path,
            byte=error.start,
        ) from None
    try:
        return parse(text)
    except AssessmentError as error:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: {problem}"), path=path, problem=error
        ) from None


def atomic_write(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` all at once: a temporary file beside it, fsync, then rename.

    With `backup`, the previous file is kept as `<name>.bak`. A failure leaves the old file
    as it was and removes the temporary one.
    """
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); the result should have the mode the old file
        # had, or a new file's usual mode.
        os.chmod(temp_name, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            # A copy, not a rename: the user's file must exist at every instant.
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk; Windows cannot open folders.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save(assessment: Assessment, path: str | os.PathLike[str]) -> None:
    """Save an assessment atomically, keeping the previous version as `.bak`."""
    atomic_write(path, assessment.to_json().encode("utf-8"), backup=True)
