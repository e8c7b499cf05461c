"""How the window looks on a projector: text contrast, a high-contrast palette, and controls
(radio circles, check boxes) that grow with the type.

Contrast is computed as WCAG 2 defines it, from the palette in use, so a light and a dark
desktop theme both get secondary text of at least MIN_CONTRAST against its background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

# WCAG 2 AA for normal text; a little above, so rounding never lands under it.
MIN_CONTRAST = 4.5
_TARGET = 4.7
# The chosen answer's row: this share of the accent colour over the window's background.
ROW_TINT = 0.16

_Role = QPalette.ColorRole


RGB = tuple[int, int, int]


def _rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


def _channel(value: int) -> float:
    scaled = value / 255
    return scaled / 12.92 if scaled <= 0.03928 else ((scaled + 0.055) / 1.055) ** 2.4


def _luminance(rgb: RGB) -> float:
    red, green, blue = rgb
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def _contrast(first: RGB, second: RGB) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mix(base: RGB, other: RGB, share: float) -> RGB:
    return (round(base[0] + (other[0] - base[0]) * share),
            round(base[1] + (other[1] - base[1]) * share),
            round(base[2] + (other[2] - base[2]) * share))


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""
    return _luminance(_rgb(colour))


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    return _contrast(_rgb(first), _rgb(second))


def mix(base: QColor, other: QColor, share: float) -> QColor:
    """`share` of `other` over `base` (8 bits a channel, as the screen shows it)."""
    return QColor.fromRgb(*_mix(_rgb(base), _rgb(other), share))


def _softest(text: RGB, backgrounds: list[RGB]) -> RGB:
    best = text
    for step in range(1, 20):
        candidate = _mix(text, backgrounds[0], step / 40)  # at most halfway to the background
        if all(_contrast(candidate, b) >= _TARGET for b in backgrounds):
            best = candidate
        else:
            break
    return best


def softest_readable(text: QColor, backgrounds: list[QColor]) -> QColor:
    """The colour between `text` and the first background that is as soft as possible while
    keeping _TARGET contrast against every background (the text colour itself at worst)."""
    return QColor.fromRgb(*_softest(_rgb(text), [_rgb(b) for b in backgrounds]))


def row_tint(palette: QPalette) -> QColor:
    """The background of a chosen answer's row."""
    return mix(palette.color(_Role.Base), palette.color(_Role.Highlight), ROW_TINT)


def _deepened(accent: RGB, text: RGB) -> RGB:
    """The accent moved away from `text` until `text` on it reaches _TARGET contrast."""
    away = (0, 0, 0) if _luminance(text) > 0.5 else (255, 255, 255)
    for step in range(0, 21):
        candidate = _mix(accent, away, step / 20)
        if _contrast(candidate, text) >= _TARGET:
            return candidate
    return away


def readable(palette: QPalette) -> QPalette:
    """`palette` with secondary text (PlaceholderText, used for help and descriptions) soft but
    readable on the window, on fields and on a chosen row, and selected text readable on the
    accent."""
    # A copy by __copy__: QPalette(palette) would build the Qt namespace's enums, and the
    # copy module is one more import before the first paint.
    adjusted = palette.__copy__()
    accent = _deepened(_rgb(palette.color(_Role.Highlight)),
                       _rgb(palette.color(_Role.HighlightedText)))
    base = _rgb(palette.color(_Role.Base))
    tint = _mix(base, accent, ROW_TINT)
    soft = _softest(_rgb(palette.color(_Role.WindowText)),
                    [_rgb(palette.color(_Role.Window)), base, tint])
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    for group in groups:
        adjusted.setColor(group, _Role.Highlight, QColor.fromRgb(*accent))
        adjusted.setColor(group, _Role.PlaceholderText, QColor.fromRgb(*soft))
    return adjusted


def high_contrast() -> QPalette:
    """Black on white, a dark blue accent: for a washed-out projector."""
    palette = QPalette()
    black, white, accent = QColor(0, 0, 0), QColor(255, 255, 255), QColor(0, 40, 140)
    for role, colour in ((_Role.Window, white), (_Role.WindowText, black), (_Role.Base, white),
                         (_Role.AlternateBase, QColor(235, 235, 235)), (_Role.Text, black),
                         (_Role.Button, white), (_Role.ButtonText, black),
                         (_Role.BrightText, black), (_Role.Highlight, accent),
                         (_Role.HighlightedText, white), (_Role.ToolTipBase, white),
                         (_Role.ToolTipText, black), (_Role.PlaceholderText, black),
                         (_Role.Link, accent), (_Role.Light, white), (_Role.Midlight, black),
                         (_Role.Mid, black), (_Role.Dark, black), (_Role.Shadow, black)):
        palette.setColor(role, colour)
    return palette


def _scaling_style() -> QStyle:
    """The platform's style, with radio circles and check boxes as tall as the text beside.

    Made when first needed: QStyle's many enums cost start-up time when its class loads.
    """
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

    scaled = frozenset((QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
                        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
                        QStyle.PixelMetric.PM_IndicatorWidth,
                        QStyle.PixelMetric.PM_IndicatorHeight))

    class ScalingStyle(QProxyStyle):
        def pixelMetric(self, metric: QStyle.PixelMetric,  # noqa: N802 - Qt override
                        option: QStyleOption | None = None,
                        widget: QWidget | None = None) -> int:
            base = super().pixelMetric(metric, option, widget)
            if metric in scaled:
                if widget is not None:
                    height = widget.fontMetrics().height()
                elif option is not None:
                    height = option.fontMetrics.height()
                else:
                    return base
                return max(base, round(height * 0.8))
            return base

    style = ScalingStyle()
    style.setObjectName(SCALING_STYLE)
    return style


SCALING_STYLE = "dlready-scaling"
_state: dict[str, QPalette] = {}


def install(app: QApplication, high: bool = False) -> None:
    """Give the application a readable (or high-contrast) palette."""
    if "system" not in _state:
        _state["system"] = app.palette().__copy__()
    # High contrast keeps every text black: no softer secondary colour.
    app.setPalette(high_contrast() if high else readable(_state["system"]))


def scale_controls(app: QApplication) -> None:
    """Radio circles and check boxes that follow the type size from now on (zoom, presentation).

    Installed when the type first grows, not at start-up: at the platform's size the style's
    own indicators already fit the text.
    """
    if app.style().objectName() != SCALING_STYLE:
        palette = app.palette()
        app.setStyle(_scaling_style())
        app.setPalette(palette)  # setStyle() resets it to the style's own
