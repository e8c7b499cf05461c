"""The brief's two charts, drawn with matplotlib's object API on Agg (no pyplot, no screen).

Each chart is a PNG of a fixed size and resolution; the same figures give the same bytes,
because the PNG carries no software or date metadata.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Image

DPI = 200
INK = "#1d2433"
MUTED = "#5b6475"
ACCENT = "#1f5f8b"
QUIET = "#a9b8c9"
GRID = "#e3e8ef"

_RC = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "text.color": INK,
    "axes.edgecolor": GRID,
    "axes.labelcolor": INK,
    "xtick.color": MUTED,
    "ytick.color": INK,
    "svg.hashsalt": "dlready",
    "path.simplify": True,
}


def bar_chart(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    highlight: Sequence[bool],
    width_mm: float,
    height_mm: float,
    marker: tuple[float, str] | None = None,
) -> bytes:
    """A horizontal bar chart on a 0-100 scale, first label on top, as PNG bytes."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_RC):
        figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=DPI)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        rows = list(range(len(values)))[::-1]
        colours = [ACCENT if flag else QUIET for flag in highlight]
        axes.barh(rows, values, height=0.58, color=colours, zorder=2)
        axes.set_xlim(0, 108)
        axes.set_ylim(-0.6, len(values) - 0.4)
        axes.set_yticks(rows, [textwrap.fill(label, 24) for label in labels])
        axes.set_xticks([0, 25, 50, 75, 100])
        axes.tick_params(axis="both", length=0, pad=6)
        axes.grid(axis="x", color=GRID, linewidth=0.8, zorder=0)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        for row, value, flag in zip(rows, values, highlight, strict=True):
            axes.text(
                value + 1.5,
                row,
                str(value),
                va="center",
                ha="left",
                fontweight="bold" if flag else "normal",
                color=INK,
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
                color=INK,
                fontsize=8,
                zorder=4,
            )
        figure.subplots_adjust(left=0.27, right=0.97, top=0.88 if marker else 0.96, bottom=0.13)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def as_flowable(png: bytes, width_mm: float, height_mm: float) -> Image:
    """A PNG chart as a reportlab image of the size it was drawn for."""
    return Image(io.BytesIO(png), width=width_mm * mm, height=height_mm * mm)
