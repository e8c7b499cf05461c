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

from wizard.report.vector import DPI, VectorChart

INK = "#1d2433"
MUTED = "#5b6475"
ACCENT = "#1f5f8b"
WARN = "#b5562f"
QUIET = "#a9b8c9"
GRID = "#e3e8ef"
MM_PER_INCH = 25.4

_RC: dict[Any, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "text.color": INK,
    "text.parse_math": False,
    "axes.edgecolor": GRID,
    "axes.labelcolor": INK,
    "xtick.color": MUTED,
    "ytick.color": INK,
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
    """A horizontal bar chart on a 0-100 scale, first label on top."""
    import matplotlib

    with matplotlib.rc_context(_RC):
        figure = Figure(
            figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH), dpi=DPI, facecolor="none"
        )
        axes = figure.add_axes((0.27, 0.13, 0.70, 0.75 if marker else 0.83))
        axes.set_facecolor("none")
        rows = list(range(len(values)))[::-1]
        axes.barh(rows, values, height=0.58, color=list(colours), zorder=2)
        axes.set_xlim(0, 108)
        axes.set_ylim(-0.6, len(values) - 0.4)
        axes.set_yticks(rows, [textwrap.fill(label, 24) for label in labels])
        axes.set_xticks([0, 25, 50, 75, 100])
        axes.tick_params(axis="both", length=0, pad=6)
        axes.grid(axis="x", color=GRID, linewidth=0.8, zorder=0)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        strong = list(bold) or [False] * len(values)
        for row, value, flag in zip(rows, values, strong, strict=True):
            axes.text(
                value + 1.5,
                row,
                str(value),
                va="center",
                ha="left",
                fontweight="bold" if flag else "normal",
                zorder=3,
            )
        if marker is not None:
            position, text = marker
            axes.axvline(position, color=INK, linewidth=1, linestyle=(0, (3, 2)), zorder=4)
            axes.text(
                position,
                len(values) - 0.45,
                text,
                ha="center",
                va="bottom",
                fontsize=7.5,
                zorder=4,
            )
    return figure


def bar_chart(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    colours: Sequence[str],
    width_mm: float,
    height_mm: float,
    bold: Sequence[bool] = (),
    marker: tuple[float, str] | None = None,
) -> VectorChart:
    """The bar chart as a flowable for the brief."""
    figure = bar_figure(
        labels,
        values,
        colours=colours,
        width_mm=width_mm,
        height_mm=height_mm,
        bold=bold,
        marker=marker,
    )
    return VectorChart(figure)
