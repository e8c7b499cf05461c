"""The results page's charts, drawn with QPainter in the palette's colours (no matplotlib)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget


def _accent(widget: QWidget, alpha: int = 255) -> QColor:
    colour = QColor(widget.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(alpha)
    return colour


def _muted(widget: QWidget) -> QColor:
    colour = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    colour.setAlpha(110)
    return colour


class FitBars(QWidget):
    """Horizontal bars, 0-100, one per path; the recommended one in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int, bool]]) -> None:
        """Rows of (label, value 0-100, highlighted)."""
        self._rows = rows
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value, _ in rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 14

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance("M") * 28,
                     self._row_height() * max(1, len(self._rows)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("M") * 12, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        value_width = metrics.horizontalAdvance("100") + 8
        bar_width = max(10, self.width() - value_width - 8)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        track = QColor(text_colour)
        track.setAlpha(30)
        for index, (label, value, highlighted) in enumerate(self._rows):
            top = index * self._row_height()
            font = self.font()
            font.setBold(highlighted)
            painter.setFont(font)
            painter.setPen(text_colour)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.width())
            painter.drawText(QRectF(0, top, self.width(), line), Qt.AlignmentFlag.AlignLeft, shown)
            bar = QRectF(0, top + line + 4, bar_width, line * 0.9)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            filled = QRectF(bar.left(), bar.top(), bar.width() * max(0, min(value, 100)) / 100,
                            bar.height())
            painter.setBrush(_accent(self) if highlighted else _muted(self))
            painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(text_colour)
            painter.drawText(QRectF(bar.right() + 4, bar.top() - 2, value_width, line + 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.end()


class RadarChart(QWidget):
    """A radar of readiness by dimension (0-100), with the overall score in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[tuple[str, int]] = []
        self._centre = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_values(self, axes: list[tuple[str, int]], centre: str) -> None:
        self._axes = axes
        self._centre = centre
        self.setAccessibleDescription(
            "; ".join(f"{label}: {value}" for label, value in axes) + f". {centre}"
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        side = self.fontMetrics().height() * 16
        return QSize(int(side * 1.5), side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        side = self.fontMetrics().height() * 11
        return QSize(side, side)

    def _point(self, centre: QPointF, radius: float, index: int, fraction: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / max(1, len(self._axes))
        return QPointF(centre.x() + math.cos(angle) * radius * fraction,
                       centre.y() + math.sin(angle) * radius * fraction)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, ARG002
        if not self._axes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        label_width = max(metrics.horizontalAdvance(f"{label} 100") for label, _ in self._axes)
        radius = max(20.0, min(self.width() / 2 - label_width - 6, self.height() / 2 - line * 1.6))
        centre = QPointF(self.width() / 2, self.height() / 2)
        grid = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        grid.setAlpha(45)
        painter.setPen(QPen(grid, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        count = len(self._axes)
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([self._point(centre, radius, i, ring)
                                           for i in range(count)]))
        for index in range(count):
            painter.drawLine(centre, self._point(centre, radius, index, 1.0))
        shape = QPolygonF([self._point(centre, radius, i, max(0, min(v, 100)) / 100)
                           for i, (_, v) in enumerate(self._axes)])
        painter.setPen(QPen(_accent(self), 2))
        painter.setBrush(_accent(self, 70))
        painter.drawPolygon(shape)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for index, (label, value) in enumerate(self._axes):
            anchor = self._point(centre, radius + 8, index, 1.0)
            text = f"{label} {value}"
            width = metrics.horizontalAdvance(text)
            x = anchor.x() - width / 2
            if anchor.x() > centre.x() + 1:
                x = anchor.x()
            elif anchor.x() < centre.x() - 1:
                x = anchor.x() - width
            y = anchor.y() - line if anchor.y() < centre.y() - 1 else anchor.y()
            if abs(anchor.y() - centre.y()) < radius * 0.5:
                y = anchor.y() - line / 2
            painter.drawText(QRectF(x, y, width, line), Qt.AlignmentFlag.AlignCenter, text)
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(centre.x() - radius, centre.y() - line, radius * 2, line * 2),
                         Qt.AlignmentFlag.AlignCenter, self._centre)
        painter.end()
