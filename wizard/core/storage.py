"""Reading and writing assessment files on disk, never leaving a half-written file."""

from __future__ import annotations

import os

from wizard.core.assessment import Assessment, AssessmentError, parse
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.printable import shown
from wizard.core.reading import read_bytes
from wizard.core.writing import atomic_write

__all__ = ["atomic_write", "load", "save"]


def load(path: str | os.PathLike[str]) -> Assessment:
    """Read, validate and migrate an assessment file; the file itself is never touched.

    Only a regular file, within the limits of wizard.core.limits (see wizard.core.reading).
    """
    try:
        raw = read_bytes(path)
    except FileNotFoundError:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: no such file."), path=shown(path)
        ) from None
    except IsADirectoryError:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: is a folder, not an assessment file."),
            path=shown(path),
        ) from None
    except OSError as error:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot be read ({reason})."),
            path=shown(path),
            reason=error.strerror,
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "{path}: is not UTF-8 text (byte {byte}); expected a dlready assessment."
            ),
            path=shown(path),
            byte=error.start,
        ) from None
    try:
        return parse(text)
    except AssessmentError as error:
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "{path}: {problem}"), path=shown(path), problem=error
        ) from None


def save(assessment: Assessment, path: str | os.PathLike[str]) -> None:
    """Save an assessment atomically, keeping the previous version as `.bak`."""
    atomic_write(path, assessment.to_json().encode("utf-8"), backup=True)
