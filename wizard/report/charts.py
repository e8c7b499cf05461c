"""The brief's two charts, drawn with matplotlib's object API on Agg (no pyplot, no screen).

Each chart is an RGB bitmap of a fixed size and resolution (not the screen's), handed to
reportlab as pixels: no PNG is encoded only to be decoded again. The same figures give the
same pixels, so the PDF's bytes do not change between runs.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

if TYPE_CHECKING:
    from PIL.Image import Image

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
) -> Image:
    """A horizontal bar chart on a 0-100 scale, first label on top, as an RGB image."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PIL import Image as PILImage

    with matplotlib.rc_context(_RC):
        figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=DPI, facecolor="white")
        canvas = FigureCanvasAgg(figure)
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
        canvas.draw()
        rgba = PILImage.frombuffer(
            "RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1
        )
    # Opaque white background: RGB needs no soft mask in the PDF.
    return rgba.convert("RGB")


class Chart(Flowable):
    """A chart bitmap drawn at the size in millimetres it was made for."""

    def __init__(self, image: Image, width_mm: float, height_mm: float) -> None:
        super().__init__()
        self.image = image
        self.width = width_mm * mm
        self.height = height_mm * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(ImageReader(self.image), 0, 0, self.width, self.height)
