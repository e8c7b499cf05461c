"""Where the window goes on a screen: a size that fits, centred; a remembered place kept inside."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

# At most this share of the screen's available width and height (the taskbar left out).
SCREEN_SHARE = 0.9


def fitted(preferred: QSize, available: QRect, minimum: QSize) -> QRect:
    """`preferred` shrunk to at most SCREEN_SHARE of `available`, centred in it.

    The minimum size gives way to the screen: a window larger than its screen hides its buttons.
    """
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE))
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE))
    width = min(max(width, minimum.width()), available.width())
    height = min(max(height, minimum.height()), available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def clamped(geometry: QRect, available: QRect, minimum: QSize) -> QRect:
    """A remembered geometry made to fit `available`: no larger than it, and moved inside."""
    width = min(max(geometry.width(), minimum.width()), available.width())
    height = min(max(geometry.height(), minimum.height()), available.height())
    rect = QRect(geometry.topLeft(), QSize(width, height))
    if rect.right() > available.right():
        rect.moveRight(available.right())
    if rect.bottom() > available.bottom():
        rect.moveBottom(available.bottom())
    if rect.left() < available.left():
        rect.moveLeft(available.left())
    if rect.top() < available.top():
        rect.moveTop(available.top())
    return rect
