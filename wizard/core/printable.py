"""Text from files and file names, made safe to show on a terminal or in a table.

A name may hold anything a JSON string or a file system allows: escape sequences that move a
terminal's cursor or rewrite its title (ESC, BEL and the other C0 and C1 controls), direction
overrides that show text in another order than it is, lone surrogates that no terminal can
encode, and bytes of a file name that are not UTF-8. Each is shown as a visible escape instead.
"""

from __future__ import annotations

import os
import re

# C0 controls, DEL, C1 controls, bidirectional overrides and isolates, and every surrogate.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# The same but tab, line feed and carriage return, for a table cell that may hold lines.
_UNSAFE_IN_CELL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a file name that is not UTF-8
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control, direction override and surrogate written as an escape."""
    return _UNSAFE.sub(_escape, text)


def printable_lines(text: str) -> str:
    """Like `printable`, but line breaks are kept: for text printed line by line."""
    return "\n".join(printable(line) for line in text.split("\n"))


def printable_cell(text: str) -> str:
    """Like `printable`, but tabs and line breaks are kept (a CSV cell quotes them)."""
    return _UNSAFE_IN_CELL.sub(_escape, text)


def shown(path: str | os.PathLike[str]) -> str:
    """A file name as it can be shown: printable, whatever bytes it is made of."""
    return printable(os.fspath(path))
