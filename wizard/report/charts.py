"""The brief's two charts, built with matplotlib's object API (no pyplot, no screen).

A figure is made at a fixed size in millimetres and drawn onto the PDF page as vectors by
`vector.ReportlabRenderer`: nothing depends on a screen's resolution, the text is DejaVu Sans
from the embedded font, and the same figures give the same bytes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.figure import Figure

from wizard.report.vector import DPI

INK = "#1d2433"
MUTED = "#5b6475"
ACCENT = "#1f5f8b"
WARN = "#b5562f"
QUIET = "#a9b8c9"
GRID = "#e3e8ef"
MM_PER_INCH = 25.4
TICKS = (0, 25, 50, 75, 100)
XMAX = 108
# Characters per line of a bar label; longer labels wrap.
LABEL_WIDTH = 28

# Every text's look, given to each one rather than set in matplotlib's global rcParams, so
# making a chart changes nothing for anyone else using matplotlib in the process.
_TEXT: dict[str, Any] = {
    "fontfamily": "DejaVu Sans",
    "fontsize": 8.5,
    "fontweight": "normal",
    "fontstyle": "normal",
    "color": INK,
    "parse_math": False,
}


@dataclass(frozen=True)
class Zone:
    """A shaded stretch of the scale behind the bars, named at its top (a readiness band)."""

    low: float
    high: float
    label: str
    shade: str


def bar_figure(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    colours: Sequence[str],
    width_mm: float,
    height_mm: float,
    bold: Sequence[bool] = (),
    hatched: Sequence[bool] = (),
    marker: tuple[float, str] | None = None,
    zones: Sequence[Zone] = (),
    axis_title: str = "",
) -> Figure:
    """A horizontal bar chart on a 0-100 scale, first label on top.

    Nothing is told by colour alone: hatched bars stand out in greyscale too, every bar
    carries its value, and a bar of zero is drawn as a thin outline. Value labels sit on a
    white ground above the marker line, so the line never strikes through one.

    The axis is drawn by hand (gridlines as one collection, labels as texts) rather than by
    matplotlib's tick machinery, which costs more than the rest of the chart together.
    """
    from matplotlib.transforms import offset_copy

    count = len(values)
    bottom, top = -0.6, count - 0.4
    figure = Figure(
        figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH), dpi=DPI, facecolor="none"
    )
    headroom = (4.5 if zones else 1.5) / height_mm
    if marker:
        top += 0.55  # a row above the bars for the marker's label
    foot = (9.5 if axis_title else 5.5) / height_mm
    axes = figure.add_axes((0.27, foot, 0.70, 0.97 - headroom - foot))
    axes.set_axis_off()
    axes.set_xlim(0, XMAX)
    axes.set_ylim(bottom, top)
    rows = list(range(count))[::-1]
    for zone in zones:
        axes.axvspan(zone.low, min(zone.high, 100), color=zone.shade, linewidth=0, zorder=0)
        axes.text(
            (zone.low + min(zone.high, 100)) / 2,
            top + 0.08,
            zone.label,
            **_TEXT | {"fontsize": 7, "color": MUTED},
            ha="center",
            va="bottom",
        )
    marks = list(hatched) or [False] * count
    axes.barh(
        rows,
        [max(value, 0) for value in values],
        height=0.58,
        color=list(colours),
        edgecolor=[INK if mark else "none" for mark in marks],
        linewidth=0.5,
        hatch=None,
        zorder=2,
    )
    axes_mm = (width_mm * 0.70, height_mm * (0.97 - headroom - foot))
    for row, value, mark in zip(rows, values, marks, strict=True):
        if mark and value > 0:
            _hatch(axes, value, row, axes_mm, (XMAX, top - bottom))
        if value <= 0:  # a zero bar would vanish: a hairline outline shows it is there
            axes.barh(row, 0.8, height=0.58, color="white", edgecolor=INK, linewidth=0.6, zorder=2)
    axes.vlines(TICKS, bottom, top, colors=GRID, linewidth=0.8, zorder=1)
    axes.hlines(bottom, 0, XMAX, colors=GRID, linewidth=0.8, zorder=1)
    below = offset_copy(axes.get_xaxis_transform(), fig=figure, y=-5, units="points")
    for tick in TICKS:
        axes.text(
            tick, 0, str(tick), **_TEXT | {"color": MUTED}, ha="center", va="top", transform=below
        )
    if axis_title:
        title = offset_copy(axes.get_xaxis_transform(), fig=figure, y=-17, units="points")
        axes.text(
            50,
            0,
            axis_title,
            **_TEXT | {"fontsize": 7.5, "color": MUTED},
            ha="center",
            va="top",
            transform=title,
        )
    left = offset_copy(axes.get_yaxis_transform(), fig=figure, x=-6, units="points")
    strong = list(bold) or [False] * count
    for row, label, value, flag in zip(rows, labels, values, strong, strict=True):
        axes.text(
            0,
            row,
            textwrap.fill(label, LABEL_WIDTH),
            **_TEXT,
            ha="right",
            va="center",
            multialignment="right",
            transform=left,
        )
        axes.text(
            max(value, 0.8) + 1.5,
            row,
            str(value),
            **_TEXT | {"fontweight": "bold" if flag else "normal"},
            va="center",
            ha="left",
            zorder=5,
            bbox={"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"},
        )
    if marker is not None:
        position, text = marker
        axes.vlines(position, bottom, top, colors=INK, linewidth=1, linestyle=(0, (3, 2)), zorder=4)
        axes.text(
            position,
            top - 0.5,
            text,
            **_TEXT | {"fontsize": 7.5, "fontweight": "bold"},
            ha="center",
            va="bottom",
            zorder=5,
            bbox={"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"},
        )
    return figure


HATCH_STEP_MM = 1.6
BAR_HEIGHT = 0.58


def _hatch(
    axes: Any, value: float, row: float, size_mm: tuple[float, float], span: tuple[float, float]
) -> None:
    """White diagonal stripes across the bar from 0 to `value` on `row`, at 45 degrees on
    the page, drawn as plain lines (the vector renderer has no hatch patterns)."""
    from matplotlib.collections import LineCollection

    per_x = size_mm[0] / span[0]  # millimetres per unit along each axis
    per_y = size_mm[1] / span[1]
    low, high = row - BAR_HEIGHT / 2, row + BAR_HEIGHT / 2
    run = BAR_HEIGHT * per_y / per_x  # how far a 45-degree stripe moves across the bar
    step = HATCH_STEP_MM / per_x
    segments = []
    start = -run
    while start < value:
        x0, y0, x1, y1 = start, low, start + run, high
        if x0 < 0:
            y0 += (0 - x0) / run * BAR_HEIGHT
            x0 = 0
        if x1 > value:
            y1 -= (x1 - value) / run * BAR_HEIGHT
            x1 = value
        if x1 > x0:
            segments.append([(x0, y0), (x1, y1)])
        start += step
    axes.add_collection(LineCollection(segments, colors="white", linewidths=0.7, zorder=2.5))
