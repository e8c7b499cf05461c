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

# Scale units a value label takes up, and the white ground drawn under one the marker crosses.
LABEL_ROOM = 6
BAR_HEIGHT = 0.58
ZERO_WIDTH = 0.8
_GROUND = {"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"}

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
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.transforms import (
        Bbox,
        BboxTransformFrom,
        BboxTransformTo,
        TransformedBbox,
        blended_transform_factory,
        offset_copy,
    )

    count = len(values)
    bottom, top = -0.6, count - 0.4
    figure = Figure(
        figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH), dpi=DPI, facecolor="none"
    )
    headroom = (4.5 if zones else 1.5) / height_mm
    if marker:
        top += 0.55  # a row above the bars for the marker's label
    foot = (9.5 if axis_title else 5.5) / height_mm
    # No Axes: its spines, axis and tick objects cost more than the whole chart. The plot
    # area is a box on the figure, and the data are mapped into it by one transform.
    area = TransformedBbox(Bbox([[0.27, foot], [0.97, 0.97 - headroom]]), figure.transFigure)
    data = BboxTransformFrom(Bbox([[0, bottom], [XMAX, top]])) + BboxTransformTo(area)
    along = blended_transform_factory(data, BboxTransformTo(area))  # x in data, y in area
    across = blended_transform_factory(BboxTransformTo(area), data)  # x in area, y in data

    def add(artist: Any) -> None:
        artist.set_transform(data)
        figure.add_artist(artist)

    def text(x: float, y: float, value: str, transform: Any = data, **look: Any) -> None:
        figure.text(x, y, value, **_TEXT | look, transform=transform, zorder=5)

    def box(low: float, high: float, y0: float, y1: float) -> list[tuple[float, float]]:
        return [(low, y0), (high, y0), (high, y1), (low, y1)]

    if zones:
        spans = [box(z.low, min(z.high, 100), bottom, top) for z in zones]
        shades = [zone.shade for zone in zones]
        add(PolyCollection(spans, facecolors=shades, linewidths=0, zorder=0))
    rows = list(range(count))[::-1]
    marks = list(hatched) or [False] * count
    # A zero bar would vanish: it is drawn as a hairline outline.
    zero = [value <= 0 for value in values]
    half = BAR_HEIGHT / 2
    bars = [
        box(0, ZERO_WIDTH if empty else value, row - half, row + half)
        for row, value, empty in zip(rows, values, zero, strict=True)
    ]
    add(
        PolyCollection(
            bars,
            facecolors=["white" if e else c for c, e in zip(colours, zero, strict=True)],
            edgecolors=[INK if m or e else "none" for m, e in zip(marks, zero, strict=True)],
            linewidths=0.5,
            zorder=2,
        )
    )
    axes_mm = (width_mm * 0.70, height_mm * (0.97 - headroom - foot))
    stripes = [
        segment
        for row, value, mark in zip(rows, values, marks, strict=True)
        if mark and value > 0
        for segment in _stripes(value, row, axes_mm, (XMAX, top - bottom))
    ]
    if stripes:
        add(LineCollection(stripes, colors="white", linewidths=0.7, zorder=2.5))
    grid = [[(tick, bottom), (tick, top)] for tick in TICKS] + [[(0, bottom), (XMAX, bottom)]]
    add(LineCollection(grid, colors=GRID, linewidths=0.8, zorder=1))
    for zone in zones:
        middle = (zone.low + min(zone.high, 100)) / 2
        text(middle, top + 0.08, zone.label, fontsize=7, color=MUTED, ha="center", va="bottom")
    below = offset_copy(along, fig=figure, y=-5, units="points")
    for tick in TICKS:
        text(tick, 0, str(tick), below, color=MUTED, ha="center", va="top")
    if axis_title:
        title = offset_copy(along, fig=figure, y=-17, units="points")
        text(50, 0, axis_title, title, fontsize=7.5, color=MUTED, ha="center", va="top")
    left = offset_copy(across, fig=figure, x=-6, units="points")
    strong = list(bold) or [False] * count
    for row, label, value, flag in zip(rows, labels, values, strong, strict=True):
        wrapped = textwrap.fill(label, LABEL_WIDTH)
        text(0, row, wrapped, left, ha="right", va="center", multialignment="right")
        at = max(value, ZERO_WIDTH) + 1.5
        # A white ground only where the marker line could cross the label (a ground per
        # label costs a patch each).
        ground = marker is not None and at - 2 <= marker[0] <= at + LABEL_ROOM
        weight = "bold" if flag else "normal"
        text(
            at,
            row,
            str(value),
            fontweight=weight,
            va="center",
            ha="left",
            bbox=_GROUND if ground else None,
        )
    if marker is not None:
        position, label = marker
        line = [[(position, bottom), (position, top)]]
        add(LineCollection(line, colors=INK, linewidths=1, linestyles=[(0, (3, 2))], zorder=4))
        text(
            position,
            top - 0.5,
            label,
            fontsize=7.5,
            fontweight="bold",
            ha="center",
            va="bottom",
            bbox=_GROUND,
        )
    return figure


HATCH_STEP_MM = 1.6


def _stripes(
    value: float, row: float, size_mm: tuple[float, float], span: tuple[float, float]
) -> list[list[tuple[float, float]]]:
    """White diagonal stripes across the bar from 0 to `value` on `row`, at 45 degrees on
    the page, as line segments (the vector renderer has no hatch patterns)."""
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
    return segments
