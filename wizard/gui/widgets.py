"""Small building blocks shared by the pages: headings, secondary text, wrapping labels.

Start-up note: PySide6 builds every enum of the `Qt` namespace (about 150) the first time any
of them is touched, which costs some 20 ms. The window and the welcome page never touch it, so
the window opens that much sooner; the question and results pages, built after, may.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QWidget

# WORKAROUND for https://bugreports.qt.io/browse/QTBUG-85498: a word-wrapped QLabel never
# breaks inside a word, so one long run without a break (a URL, the pseudo-translation's
# padding) becomes the label's minimum width, and the page's. Runs longer than any word get a
# zero-width space every few letters, where Qt may then break; real words are left whole.
_LONG_RUN = re.compile(r"[^\s\u200b/-]{33,}")
_CHUNK = 16


# A QLineEdit keeps 32,767 characters unless told otherwise and cuts, without a word, any
# longer text set into it; a page shown would then write the cut text back into the document.
# Every text field of the window is made here, holding as much as Qt can.
TEXT_FIELD_MAX = 2**31 - 1


def text_field(parent: QWidget | None = None, text: str = "") -> QLineEdit:
    """A one-line text field that never shortens what it is given or what is typed."""
    field = QLineEdit(parent)
    field.setMaxLength(TEXT_FIELD_MAX)  # before the text, which would be cut to the default
    field.setText(text)
    return field


def breakable(text: str) -> str:
    """`text` with a break opportunity every few letters of any run longer than a word."""
    return _LONG_RUN.sub(
        lambda run: "\u200b".join(run[0][i : i + _CHUNK] for i in range(0, len(run[0]), _CHUNK)),
        text)


def _wrapping(text: str, parent: QWidget | None) -> QLabel:
    shown = breakable(text)
    widget = QLabel(shown, parent)
    widget.setWordWrap(True)
    if shown != text:
        widget.setAccessibleName(text)  # what a screen reader says: the text as written
    return widget


def label(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapping, selectable label for text from the core: never read as HTML."""
    from PySide6.QtCore import Qt

    widget = _wrapping(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def fixed_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapping label for the program's own sentences (no markup), for the welcome page."""
    return _wrapping(text, parent)


def heading(text: str, size: str = "large", parent: QWidget | None = None) -> QLabel:
    """A bold heading sized relative to the current font, so zoom and presentation follow."""
    from html import escape

    from PySide6.QtCore import Qt

    widget = QLabel(
        f'<span style="font-size:{size}; font-weight:600">{escape(breakable(text))}</span>',
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



def page_scroll_area(page: QWidget, *, at_start_up: bool = False) -> QScrollArea:
    """The area a page's content scrolls in, so long languages and large type never clip it.

    Frameless, resizing its content to its width, out of the Tab order and never scrolling
    sideways (text wraps, charts stack). A page built `at_start_up` (the welcome page) skips
    the last two, which touch the Qt namespace (see the start-up note above): its column is
    narrower than any window, and it leaves the Tab order through a focus proxy instead.
    """
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not at_start_up:
        from PySide6.QtCore import Qt

        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class ScrollBody(QWidget):
    """A page's content in its scroll area: it scrolls only when its text, wrapped to the
    area's width, is taller than the area.

    WORKAROUND for QScrollArea (qscrollarea.cpp, updateScrollBars): with a height-for-width
    layout it takes the larger of the content's heightForWidth and its minimumSizeHint's
    height, and that minimum is measured at the narrowest width, where every line wraps. So a
    page that fits showed a scroll bar and scrolled into empty space. The minimum height here
    is left to heightForWidth.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), 0)
