"""Reading a file someone gave dlready, as untrusted input, within the declared limits.

Only a regular file is read (a FIFO would block for ever, a device never ends), and no more
of it than `MAX_FILE_BYTES`. Its JSON is decoded with limits on nesting and on the digits of
a number, without NaN or Infinity (which are not JSON, and would be saved back as such), and
without lone surrogates (which no file or terminal can hold). Every refusal is an
`AssessmentError` with one sentence.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from typing import Any

from wizard.core.assessment import AssessmentError
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.limits import MAX_FILE_BYTES, MAX_INT_DIGITS, MAX_NESTING
from wizard.core.printable import printable, shown

NOT_A_FILE = QT_TRANSLATE_NOOP(
    "errors", "{path}: is not a regular file (a device, pipe or socket); dlready reads only files."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "{path}: is larger than {limit} MB; an assessment is a few kilobytes."
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "errors", "The file nests objects and arrays more than {limit} deep; an assessment nests 2."
)
TOO_LONG_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "The file holds a number of more than {limit} digits."
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "The file holds the value {value}, which is not a number JSON allows."
)
LONE_SURROGATE = QT_TRANSLATE_NOOP(
    "errors", "The file holds text that is not valid Unicode ({value}, half of a character)."
)


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    OSError for a file that cannot be opened (FileNotFoundError, IsADirectoryError, ...);
    AssessmentError for a FIFO, device or socket, or a file larger than `limit`.
    """
    # Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", os.fspath(path))
        if not stat.S_ISREG(mode):
            raise AssessmentError(NOT_A_FILE, path=shown(path))
        chunks = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise AssessmentError(TOO_LARGE, path=shown(path), limit=limit // (1024 * 1024))
    return b"".join(chunks)


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise AssessmentError(TOO_LONG_NUMBER, limit=MAX_INT_DIGITS)
    return int(digits)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 would be saved back as Infinity
        raise AssessmentError(NOT_A_NUMBER, value=text[:40])
    return value


def _parse_constant(name: str) -> float:
    raise AssessmentError(NOT_A_NUMBER, value=name)


def decode_json(text: str) -> Any:
    """The JSON value in `text`, within the limits; json.JSONDecodeError for bad syntax."""
    try:
        document = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except RecursionError:
        raise AssessmentError(TOO_DEEP, limit=MAX_NESTING) from None
    if _may_exceed_limits(text):
        check_value(document)
    return document


# A lone surrogate reaches the decoded value from an escape (\ud800 ... \udfff) or, in text
# that was never UTF-8 (parse() takes any str), as itself. An escaped backslash before "ud8.."
# also matches, which only costs the full check.
_MAY_HOLD_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")


def _may_exceed_limits(text: str) -> bool:
    """Whether the decoded value must be walked: no value nests deeper than the brackets the
    text opens, and no lone surrogate comes without an escape or a surrogate in the text."""
    return (
        text.count("{") + text.count("[") >= MAX_NESTING
        or _MAY_HOLD_SURROGATE.search(text) is not None
    )


def check_value(document: Any) -> None:
    """AssessmentError for a value nested too deeply or holding a lone surrogate."""
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict | list):
            if depth >= MAX_NESTING:
                raise AssessmentError(TOO_DEEP, limit=MAX_NESTING)
            if isinstance(value, dict):
                for key, item in value.items():
                    _check_text(key)
                    stack.append((item, depth + 1))
            else:
                stack.extend((item, depth + 1) for item in value)


def _check_text(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise AssessmentError(LONE_SURROGATE, value=printable(text[error.start])) from None
