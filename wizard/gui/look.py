"""How the window looks on a projector: text contrast, a high-contrast palette, and controls
(radio circles, check boxes) that grow with the type.

Contrast is computed as WCAG 2 defines it, from the palette in use, so a light and a dark
desktop theme both get secondary text of at least MIN_CONTRAST against its background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

# WCAG 2 AA for normal text; a little above, so rounding never lands under it.
MIN_CONTRAST = 4.5
_TARGET = 4.7
# The chosen answer's row: this share of the accent colour over the window's background.
ROW_TINT = 0.16

_Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(base: QColor, other: QColor, share: float) -> QColor:
    """`share` of `other` over `base` (8 bits a channel, as the screen shows it)."""
    return QColor(
        round(base.red() + (other.red() - base.red()) * share),
        round(base.green() + (other.green() - base.green()) * share),
        round(base.blue() + (other.blue() - base.blue()) * share),
    )


def softest_readable(text: QColor, backgrounds: list[QColor]) -> QColor:
    """The colour between `text` and the first background that is as soft as possible while
    keeping _TARGET contrast against every background (the text colour itself at worst)."""
    background = backgrounds[0]
    best = QColor(text)
    for step in range(1, 20):
        candidate = mix(text, background, step / 40)  # at most halfway to the background
        if all(contrast(candidate, b) >= _TARGET for b in backgrounds):
            best = candidate
        else:
            break
    return best


def row_tint(palette: QPalette) -> QColor:
    """The background of a chosen answer's row."""
    return mix(palette.color(_Role.Base), palette.color(_Role.Highlight), ROW_TINT)


def _deepened(accent: QColor, text: QColor) -> QColor:
    """The accent moved away from `text` until `text` on it reaches _TARGET contrast."""
    away = QColor(0, 0, 0) if luminance(text) > 0.5 else QColor(255, 255, 255)
    for step in range(0, 21):
        candidate = mix(accent, away, step / 20)
        if contrast(candidate, text) >= _TARGET:
            return candidate
    return away


def readable(palette: QPalette) -> QPalette:
    """`palette` with secondary text (PlaceholderText, used for help and descriptions) soft but
    readable on the window, on fields and on a chosen row, and selected text readable on the
    accent."""
    adjusted = QPalette(palette)
    accent = _deepened(palette.color(_Role.Highlight), palette.color(_Role.HighlightedText))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        adjusted.setColor(group, _Role.Highlight, accent)
    palette = adjusted
    backgrounds = [palette.color(_Role.Window), palette.color(_Role.Base), row_tint(palette)]
    soft = softest_readable(palette.color(_Role.WindowText), backgrounds)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        adjusted.setColor(group, _Role.PlaceholderText, soft)
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


class ScalingStyle(QProxyStyle):
    """The platform's style, with radio circles and check boxes as tall as the text beside."""

    _SCALED = (QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
               QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
               QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight)

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802
                    widget: QWidget | None = None) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric in self._SCALED:
            if widget is not None:
                height = widget.fontMetrics().height()
            elif option is not None:
                height = option.fontMetrics.height()
            else:
                return base
            return max(base, round(height * 0.8))
        return base


_state: dict[str, QPalette] = {}


def install(app: QApplication, high: bool = False) -> None:
    """Give the application the scaling style and a readable (or high-contrast) palette."""
    if not isinstance(app.style(), ScalingStyle):
        _state["system"] = QPalette(app.palette())
        app.setStyle(ScalingStyle())
    system = _state.get("system", app.palette())
    app.setPalette(readable(high_contrast() if high else system))
