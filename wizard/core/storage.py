"""Reading and writing assessment files on disk, never leaving a half-written file."""

from __future__ import annotations

import os
import secrets
import shutil
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
    fd, temp_name = _create_beside(path)
    try:
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


def _create_beside(path: Path) -> tuple[int, str]:
    """A new, empty temporary file in `path`'s folder, with the mode `path` has or would get.

    Not tempfile.mkstemp: it makes the file private (0600), and finding the umask to undo that
    means changing it, for the whole process, while other threads may be creating files.
    Created with 0666, the system applies the umask itself; a file being replaced keeps its own.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = str(path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp"))
        try:
            fd = os.open(name, flags, 0o666)
        except FileExistsError:
            continue
        try:
            os.chmod(name, path.stat().st_mode & 0o7777)
        except FileNotFoundError:
            pass  # a new file: the mode the umask gave it is right
        except BaseException:
            os.close(fd)
            Path(name).unlink(missing_ok=True)
            raise
        return fd, name
    raise FileExistsError(f"{path.parent}: no free temporary file name")


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
