"""Writing files, the one way dlready writes any: whole or not at all.

Imports neither pydantic nor the question bank, so the window's screenshot and the brief can
use it without loading the core's models.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import time
from pathlib import Path

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.printable import shown


class OutputError(ValueError):
    """A destination dlready refuses to write: one sentence, like AssessmentError's.

    The message is a template marked in the context "errors" and its fields; `str()` gives
    the English sentence, `translated()` the user's language.
    """

    def __init__(self, template: str, /, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)

    def translated(self, translate: Translate) -> str:
        """The message in the language of `translate`."""
        return translate("errors", self.template).format(**self.fields)


def atomic_write(path: str | os.PathLike[str], data: bytes, *, backup: bool = False,
                 durable: bool = True) -> None:
    """Write `data` to `path` all at once: the one writer of every file dlready makes.

    A temporary file in the same folder gets the data and an fsync, then takes the file's
    place with one rename: no instant shows a partial file at `path`, a full disk or a kill
    leaves the old file as it was. A symbolic link at `path` is written through, to the file
    it points at; the file keeps its mode. Anything but a regular file (a folder, a device, a
    FIFO) is refused with OutputError.

    With `backup`, the version being replaced becomes `<name>.bak`, itself put in place by a
    rename (a hard link to the old version, or a copy where links are impossible): the
    backup is always a whole earlier version, and a `.bak` that is a link is replaced, never
    followed. Temporary files that killed saves left beside the file are removed.

    `durable=False` skips only the last step, waiting until the folder's new entry is on the
    disk (a few milliseconds): the file is still whole or absent, even after a power cut, but
    the write may be forgotten by one. For files nothing depends on afterwards (a screenshot).
    """
    target = final_target(path)
    _check_regular(target)
    _remove_leftovers(target)
    fd, temp_name = _create_beside(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup:
            _keep_backup(target)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if durable:
        _sync_folder(target.parent)


def final_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to `path` must change: `path` with every symbolic link followed."""
    if not os.fspath(path):
        raise OutputError(QT_TRANSLATE_NOOP("errors", "No file name was given."))
    return Path(os.path.realpath(path))


def _check_regular(target: Path) -> None:
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise OutputError(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot be written ({reason})."),
            path=shown(target),
            reason=error.strerror,
        ) from None
    if not stat.S_ISREG(mode):
        raise OutputError(
            QT_TRANSLATE_NOOP(
                "errors", "{path}: is not a regular file (a folder, device or pipe); "
                "dlready writes only files."
            ),
            path=shown(target),
        )


def check_output(output: str | os.PathLike[str], *inputs: str | os.PathLike[str] | None) -> None:
    """Refuse an output that is one of the inputs (also through links) or not a regular file.

    OutputError with one sentence; called by every command before it starts the work.
    """
    target = final_target(output)
    _check_regular(target)
    for given in inputs:
        if given is None or not os.fspath(given):
            continue
        with contextlib.suppress(OSError):
            if os.path.samefile(target, given):
                raise OutputError(
                    QT_TRANSLATE_NOOP(
                        "errors", "{path}: is also an input of this command; choose another "
                        "file for the output."
                    ),
                    path=shown(output),
                )


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the backup of the file at `path` is kept: beside the file a link points at."""
    target = final_target(path)
    return target.with_name(target.name + ".bak")


def _keep_backup(target: Path) -> None:
    """Put the current `target` in place as `<name>.bak` with one rename."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return  # a new file: nothing to keep
    bak = target.with_name(target.name + ".bak")
    temp_name = _temp_name(bak)
    try:
        if info.st_nlink == 1:
            # The old version is never written again (every save replaces it by a rename),
            # so a second name for it is a whole, frozen copy that costs no disk space.
            try:
                os.link(target, temp_name)  # `target` has its links followed already
            except (OSError, NotImplementedError):  # FAT, some network shares
                _copy_whole(target, temp_name)
        else:
            # Another name shares the file and might write into it: copy instead.
            _copy_whole(target, temp_name)
        os.replace(temp_name, bak)  # a planted link at .bak is replaced, not followed
    finally:
        # Also after success: renaming a link onto another name of the same file (another
        # saver made the same backup a moment ago) does nothing and leaves the link behind.
        Path(temp_name).unlink(missing_ok=True)


def _copy_whole(source: Path, temp_name: str) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp_name, flags, 0o600)
    with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())
    shutil.copystat(source, temp_name)


def _token() -> str:
    """Eight random hex digits: os.urandom rather than the secrets module, whose import (hmac,
    hashlib, OpenSSL) costs the window's start-up some milliseconds."""
    return os.urandom(4).hex()


def _temp_name(path: Path) -> str:
    """A hidden name beside `path` that says which process made it."""
    return str(path.with_name(f".{path.name}.{os.getpid()}-{_token()}.tmp"))


_LEFTOVER = re.compile(r"\.(?:bak\.)?(\d+)-[0-9a-f]{8}\.tmp")
# Where a process cannot be asked whether it runs (Windows), a leftover this old is dead.
LEFTOVER_AGE = 3600.0


def leftovers(target: Path) -> list[Path]:
    """Temporary files of saves of `target` whose process is gone (killed, or crashed)."""
    prefix = "." + target.name
    found = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        match = _LEFTOVER.fullmatch(name[len(prefix):])
        if match and not _running(int(match[1]), target.parent / name):
            found.append(target.parent / name)
    return found


def _running(pid: int, temp: Path) -> bool:
    if pid == os.getpid():
        return True  # this process's own: another thread may be saving
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # it exists, owned by someone else
        return True
    try:
        return time.time() - temp.lstat().st_mtime < LEFTOVER_AGE
    except OSError:
        return True


def _remove_leftovers(target: Path) -> None:
    for leftover in leftovers(target):
        with contextlib.suppress(OSError):
            if stat.S_ISREG(leftover.lstat().st_mode):
                leftover.unlink()


def _create_beside(path: Path) -> tuple[int, str]:
    """A new, empty temporary file in `path`'s folder, with the mode `path` has or would get.

    Not tempfile.mkstemp: it makes the file private (0600), and finding the umask to undo that
    means changing it, for the whole process, while other threads may be creating files.
    Created with 0666, the system applies the umask itself; a file being replaced keeps its own.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        mode: int | None = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None  # a new file: the mode the umask gives it is right
    for _ in range(100):
        name = _temp_name(path)
        try:
            fd = os.open(name, flags, 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            try:
                os.chmod(name, mode)
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
