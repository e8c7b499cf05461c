"""Small building blocks shared by the pages: headings, secondary text, wrapping labels."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


def label(text: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A plain-text label that wraps and can be selected with the mouse."""
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def heading(text: str, size: str = "large", parent: QWidget | None = None) -> QLabel:
    """A bold heading sized relative to the current font, so zoom and presentation follow."""
    widget = QLabel(f'<span style="font-size:{size}; font-weight:600">{escape(text)}</span>',
                    parent)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setAccessibleName(text)
    return widget


def secondary(text: str, parent: QWidget | None = None) -> QLabel:
    """Explanatory text in the palette's softer colour (readable in dark mode too)."""
    widget = label(text, parent)
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return widget
