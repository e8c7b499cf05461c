"""Small building blocks shared by the pages: headings, secondary text, wrapping labels.

Start-up note: PySide6 builds every enum of the `Qt` namespace (about 150) the first time any
of them is touched, which costs some 20 ms. The window and the welcome page never touch it, so
the window opens that much sooner; the question and results pages, built after, may.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


def label(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapping, selectable label for text from the core: never read as HTML."""
    from PySide6.QtCore import Qt

    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def fixed_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapping label for the program's own sentences (no markup), for the welcome page."""
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    return widget


def heading(text: str, size: str = "large", parent: QWidget | None = None) -> QLabel:
    """A bold heading sized relative to the current font, so zoom and presentation follow."""
    from html import escape

    from PySide6.QtCore import Qt

    widget = QLabel(f'<span style="font-size:{size}; font-weight:600">{escape(text)}</span>',
                    parent)
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setAccessibleName(text)
    return widget


def secondary(text: str, parent: QWidget | None = None, *, fixed: bool = False) -> QLabel:
    """Explanatory text in the palette's softer colour (readable in dark mode too)."""
    widget = fixed_label(text, parent) if fixed else label(text, parent)
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return widget
