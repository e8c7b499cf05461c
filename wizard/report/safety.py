"""Keeping user text inert: escaping for reportlab markup, and no fetching of any resource."""

from __future__ import annotations

from xml.sax.saxutils import escape

# Characters that XML 1.0 forbids; reportlab's parser chokes on them, and none is printable.
_CONTROL = {code: None for code in (*range(0, 9), 11, 12, *range(14, 32), 127)}


def lock_down() -> None:
    """Forbid reportlab from opening any URL, local file URL or data URL on its own.

    The brief never uses markup that loads a resource; this makes sure that, if some text
    ever got through unescaped, nothing would be fetched.
    """
    from reportlab import rl_config

    rl_config.trustedSchemes = []
    rl_config.trustedHosts = None


def clean(text: str) -> str:
    """Text without control characters, line ends made uniform."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


def markup(text: str) -> str:
    """User or core text made safe to put inside reportlab paragraph markup."""
    return escape(clean(text)).replace("\n", "<br/>")


def inline(text: str) -> str:
    """Like `markup`, but on one line: line breaks become spaces (for names and titles)."""
    return escape(" ".join(clean(text).split()))


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space where possible, with an ellipsis."""
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"
