"""Where lines may break: short words bound to their neighbour, no lone last word in a cell.

Both work on text already escaped for reportlab markup, by turning chosen spaces into
non-breaking spaces, which reportlab never breaks at and which read back as spaces.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
# A word this short ("Sp.", "z", "&amp;", "o.o.") stays on the line of the word after it.
SHORT = 3
# A last word up to this long is kept on the line of the word before it.
RUNT = 14
_SHORT_WORD = re.compile(rf"(?<!\S)(\S{{1,{SHORT}}}) (?=\S)")


def bound(text: str) -> str:
    """Names with their short words bound to the next ("Sp. z o.o." never splits)."""
    # An escaped "&" counts as one character.
    joined = _SHORT_WORD.sub(lambda match: match.group(1) + NBSP, text.replace("&amp;", "\0"))
    return joined.replace("\0", "&amp;")


def no_runt(text: str) -> str:
    """A paragraph whose last word does not stand alone on the last line."""
    head, space, last = text.rpartition(" ")
    if not space or len(last) > RUNT or "<" in last or ">" in last or " " not in head:
        return text
    return head + NBSP + last
