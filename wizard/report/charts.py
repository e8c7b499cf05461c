"""The brief's two charts, built with matplotlib's object API (no pyplot, no screen).

A figure is made at a fixed size in millimetres and drawn onto the PDF page as vectors by
`vector.ReportlabRenderer`: nothing depends on a screen's resolution, the text is DejaVu Sans
from the embedded font, and the same figures give the same bytes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
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


def bar_figure(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    colours: Sequence[str],
    width_mm: float,
    height_mm: float,
    bold: Sequence[bool] = (),
    marker: tuple[float, str] | None = None,
) -> Figure:
    """A horizontal bar chart on a 0-100 scale, first label on top.

    The axis is drawn by hand (gridlines as one collection, labels as texts) rather than by
    matplotlib's tick machinery, which costs more than the rest of the chart together.
    """
    from matplotlib.transforms import offset_copy

    count = len(values)
    bottom, top = -0.6, count - 0.4
    figure = Figure(
        figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH), dpi=DPI, facecolor="none"
    )
    axes = figure.add_axes((0.27, 0.14, 0.70, 0.74 if marker else 0.82))
    axes.set_axis_off()
    axes.set_xlim(0, XMAX)
    axes.set_ylim(bottom, top)
    rows = list(range(count))[::-1]
    axes.barh(rows, values, height=0.58, color=list(colours), edgecolor="none", zorder=2)
    axes.vlines(TICKS, bottom, top, colors=GRID, linewidth=0.8, zorder=0)
    axes.hlines(bottom, 0, XMAX, colors=GRID, linewidth=0.8, zorder=1)
    below = offset_copy(axes.get_xaxis_transform(), fig=figure, y=-5, units="points")
    for tick in TICKS:
        axes.text(
            tick, 0, str(tick), **_TEXT | {"color": MUTED}, ha="center", va="top", transform=below
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
            value + 1.5,
            row,
            str(value),
            **_TEXT | {"fontweight": "bold" if flag else "normal"},
            va="center",
            ha="left",
            zorder=3,
        )
    if marker is not None:
        position, text = marker
        axes.vlines(position, bottom, top, colors=INK, linewidth=1, linestyle=(0, (3, 2)), zorder=4)
        axes.text(
            position,
            top + 0.05,
            text,
            **_TEXT | {"fontsize": 7.5},
            ha="center",
            va="bottom",
            zorder=4,
        )
    return figure
