"""A radio button whose text wraps onto more lines, as a label's does, when room is short."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

from wizard.gui.widgets import breakable

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
# A longer option wraps, leaving its explanation beside it room to be read.
_PREFERRED_LETTERS = 42


class WrappingRadioButton(QRadioButton):
    """A QRadioButton (same text, keys, focus and accessible name) that wraps its text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        """Where the text starts: the indicator's width and the style's gap after it."""
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self))

    def _text_size(self, width: int) -> QSize:
        return self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, width), 100000), _FLAGS, breakable(self.text())).size()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        one_line = super().sizeHint().width()
        widest = self._indent() + self.fontMetrics().averageCharWidth() * _PREFERRED_LETTERS
        width = min(one_line, widest)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        words = breakable(self.text()).replace("\u200b", " ").split()
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        width = self._indent() + longest + 4
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
                                             None, self)
        return max(indicator, self._text_size(width - self._indent()).height()) + 2

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = QStyleOptionButton(option)
        indicator.rect = self.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator, option, self)
        line = self.fontMetrics().height()
        indicator.rect.moveTop(max(0, (line - indicator.rect.height()) // 2) + 1)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, indicator)
        text_rect = self.rect().adjusted(self._indent(), 1, 0, 0)
        painter.drawItemText(text_rect, int(_FLAGS | Qt.TextFlag.TextShowMnemonic),
                             self.palette(), self.isEnabled(), breakable(self.text()),
                             QPalette.ColorRole.WindowText)
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = QRect(text_rect.topLeft(), self._text_size(text_rect.width()))
            focus.rect.adjust(-1, 0, 1, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
