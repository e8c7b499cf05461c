"""The portfolio board page: every use case's readiness against the fit of its recommended
path, marked by verdict, then a table in board order with each headline and cost range."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import Any

from matplotlib.figure import Figure
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from wizard import __version__
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.outcome import VERDICT_LABELS
from wizard.core.paths import PATHS
from wizard.core.portfolio import BOARD_ORDER, Entry
from wizard.core.storage import atomic_write
from wizard.report import charts, fonts, layout, safety, styles
from wizard.report.para import Paragraph
from wizard.report.safety import inline, markup
from wizard.report.vector import VectorChart
from wizard.report.verdicts import look

CONTEXT = "workshop"
TITLE = QT_TRANSLATE_NOOP("workshop", "Portfolio: {count} use cases")
INTRO = QT_TRANSLATE_NOOP(
    "workshop",
    "Each use case's readiness for its recommended path against how well that path fits, "
    "marked by verdict. Top right: ready and a good fit. The table lists them in the order to "
    "act on: by verdict, then by readiness.",
)
AXIS_FIT = QT_TRANSLATE_NOOP("workshop", "Fit of the recommended path")
AXIS_READINESS = QT_TRANSLATE_NOOP("workshop", "Readiness")
USE_CASE = QT_TRANSLATE_NOOP("workshop", "Use case")
VERDICT = QT_TRANSLATE_NOOP("workshop", "Verdict")
READINESS = QT_TRANSLATE_NOOP("workshop", "Readiness")
PATH = QT_TRANSLATE_NOOP("workshop", "Path, fit")
HEADLINE = QT_TRANSLATE_NOOP("workshop", "Headline")
COST = QT_TRANSLATE_NOOP("workshop", "Year-one cost (USD)")
NO_VERDICT = QT_TRANSLATE_NOOP("workshop", "No verdict")
PAGE_OF = QT_TRANSLATE_NOOP("brief", "Page {page} of {pages}")
PREPARED_OFFLINE = QT_TRANSLATE_NOOP("brief", "Prepared offline with dlready")

_TEXT: dict[str, Any] = {
    "fontfamily": "DejaVu Sans",
    "fontsize": 8.5,
    "fontweight": "normal",
    "fontstyle": "normal",
    "color": charts.INK,
    "parse_math": False,
}
CHART_HEIGHT = 52.0
CHART_WIDTH = 150.0
# The readiness the contract's "ready" band starts at, when the result does not say.
READY_FROM = 55
GOOD_FIT = 50


def money(low: int, high: int) -> str:
    """A cost range in thousands: "$60k–140k"."""

    def k(value: int) -> str:
        return f"{value / 1000:,.0f}k" if value < 1_000_000 else f"{value / 1_000_000:,.1f}M"

    return f"${k(low)}–{k(high)}"


def _ready_from(entries: Sequence[Entry]) -> int:
    for entry in entries:
        bands = getattr(entry.result.readiness, "bands", None)
        if bands and "ready" in bands:
            return int(bands["ready"])
    return READY_FROM


def matrix_figure(entries: Sequence[Entry], translate: Translate) -> Figure:
    """The scatter: fit across, readiness up, one numbered marker per use case."""
    from matplotlib.transforms import offset_copy

    figure = Figure(
        figsize=(CHART_WIDTH / charts.MM_PER_INCH, CHART_HEIGHT / charts.MM_PER_INCH),
        dpi=72,
        facecolor="none",
    )
    axes = figure.add_axes((0.08, 0.17, 0.64, 0.78))
    # Fit starts where the use cases do (the good-fit line always shown), so a cluster of
    # well-fitting cases spreads over the width instead of crowding its right edge.
    low = min((entry.fit for entry in entries), default=0)
    x0 = max(0, min(GOOD_FIT - 10, 10 * int((low - 5) // 10)))
    xticks = list(range(x0, 101, 10 if x0 >= 40 else 25))
    axes.set_xlim(x0, 100)
    axes.set_ylim(0, 100)
    axes.set_axis_off()
    text = _TEXT
    ready = _ready_from(entries)
    axes.fill_between([GOOD_FIT, 100], ready, 100, color="#eef4ea", zorder=0, linewidth=0)
    axes.vlines(xticks, 0, 100, colors=charts.GRID, linewidth=0.6, zorder=0)
    axes.hlines([0, 25, 50, 75, 100], x0, 100, colors=charts.GRID, linewidth=0.6, zorder=0)
    axes.vlines([GOOD_FIT], 0, 100, colors=charts.MUTED, linewidth=0.8, linestyle=(0, (3, 2)))
    axes.hlines([ready], x0, 100, colors=charts.MUTED, linewidth=0.8, linestyle=(0, (3, 2)))
    below = offset_copy(axes.transData, fig=figure, y=-4, units="points")
    left = offset_copy(axes.transData, fig=figure, x=-4, units="points")
    for tick in xticks:
        axes.text(
            tick,
            0,
            str(tick),
            **text | {"color": charts.MUTED, "fontsize": 7},
            ha="center",
            va="top",
            transform=below,
        )
    for tick in (0, 25, 50, 75, 100):
        axes.text(
            x0,
            tick,
            str(tick),
            **text | {"color": charts.MUTED, "fontsize": 7},
            ha="right",
            va="center",
            transform=left,
        )
    axes.text(
        (x0 + 100) / 2,
        -11,
        translate(CONTEXT, AXIS_FIT),
        **text | {"fontsize": 8},
        ha="center",
        va="top",
    )
    axes.text(
        x0 - (100 - x0) / 10,
        50,
        translate(CONTEXT, AXIS_READINESS),
        **text | {"fontsize": 8},
        ha="center",
        va="center",
        rotation=90,
    )
    for entry in entries:
        shape = look(entry.verdict)
        axes.plot(
            [entry.fit],
            [entry.readiness],
            linestyle="none",
            marker=shape.marker,
            markersize=8,
            markeredgewidth=1.4,
            markeredgecolor=charts.INK if shape.filled and shape.marker == "s" else shape.colour,
            markerfacecolor=shape.colour if shape.filled else "white",
            zorder=3,
            clip_on=False,
        )
    # Numbers keep clear of every marker and of each other, measured in points on the page.
    scale = (CHART_WIDTH * 0.64 * 72 / 25.4 / (100 - x0), CHART_HEIGHT * 0.78 * 72 / 25.4 / 100)

    def at(x: float, y: float) -> tuple[float, float]:
        return (x - x0) * scale[0], y * scale[1]

    taken = [_box(*at(e.fit, e.readiness), 0, 0, "center", "center", 10.0, 10.0) for e in entries]
    for (x, y), numbers in _clusters(entries):
        shown = ",".join(str(n) for n in numbers)
        dx, dy, ha, va = _label_place(at(x, y), shown, taken)
        label = offset_copy(axes.transData, fig=figure, x=dx, y=dy, units="points")
        axes.text(
            x,
            y,
            shown,
            **text | {"fontsize": 7, "fontweight": "bold"},
            ha=ha,
            va=va,
            transform=label,
            zorder=4,
        )
    # The legend, drawn by hand: one marker and name per verdict.
    legend = figure.add_axes((0.78, 0.2, 0.21, 0.7))
    legend.set_axis_off()
    legend.set_xlim(0, 10)
    legend.set_ylim(0, len(BOARD_ORDER) + 1)
    for row, verdict in enumerate(BOARD_ORDER):
        shape = look(verdict)
        y = len(BOARD_ORDER) - row
        legend.plot(
            [0.6],
            [y],
            linestyle="none",
            marker=shape.marker,
            markersize=8,
            markeredgewidth=1.4,
            markeredgecolor=charts.INK if shape.marker == "s" else shape.colour,
            markerfacecolor=shape.colour if shape.filled else "white",
        )
        legend.text(1.6, y, translate("labels", VERDICT_LABELS[verdict]), **text, va="center")
    return figure


# Where a marker's number may go, in points from the marker, tried in turn.
_PLACES = (
    (5, 3, "left", "bottom"),
    (5, -3, "left", "top"),
    (-5, 3, "right", "bottom"),
    (-5, -3, "right", "top"),
    (0, 5, "center", "bottom"),
    (0, -5, "center", "top"),
    (6, 0, "left", "center"),
    (-6, 0, "right", "center"),
)
DIGIT_WIDTH = 4.4  # points per character of a 7-point bold number
LABEL_HEIGHT = 8.0
Box = tuple[float, float, float, float]


def _box(
    x: float, y: float, dx: float, dy: float, ha: str, va: str, width: float, height: float
) -> Box:
    """The rectangle (left, bottom, right, top) of something anchored at (x + dx, y + dy)."""
    left = {"left": 0.0, "center": -width / 2, "right": -width}[ha] + x + dx
    bottom = {"bottom": 0.0, "center": -height / 2, "top": -height}[va] + y + dy
    return left, bottom, left + width, bottom + height


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


CLUSTER = 2.5  # data units within which markers share one label


def _clusters(entries: Sequence[Entry]) -> list[tuple[tuple[float, float], list[int]]]:
    """Markers close together, labelled once with all their numbers (in table order)."""
    groups: list[tuple[tuple[float, float], list[int]]] = []
    for number, entry in enumerate(entries, start=1):
        for (x, y), numbers in groups:
            if abs(entry.fit - x) <= CLUSTER and abs(entry.readiness - y) <= CLUSTER:
                numbers.append(number)
                break
        else:
            groups.append(((entry.fit, entry.readiness), [number]))
    return groups


def _label_place(
    point: tuple[float, float], shown: str, taken: list[Box]
) -> tuple[int, int, str, str]:
    """The first place for a marker's number that overlaps no marker and no earlier number."""
    width = DIGIT_WIDTH * len(shown)
    for dx, dy, ha, va in _PLACES:
        box = _box(*point, dx, dy, ha, va, width, LABEL_HEIGHT)
        if not any(_overlaps(box, other) for other in taken):
            taken.append(box)
            return dx, dy, ha, va
    taken.append(_box(*point, 5, 3, "left", "bottom", width, LABEL_HEIGHT))
    return _PLACES[0]


def _table(entries: Sequence[Entry], translate: Translate, width: float) -> Table:
    s = styles.styles()
    cell = ParagraphStyle("portfolio_cell", parent=s.cell, fontSize=7.5, leading=9.5)
    bold = ParagraphStyle("portfolio_bold", parent=s.cell_bold, fontSize=7.5, leading=9.5)
    head = [translate(CONTEXT, t) for t in (USE_CASE, VERDICT, READINESS, PATH, HEADLINE, COST)]
    rows: list[list[Flowable | str]] = [
        [Paragraph("#", bold), *(Paragraph(inline(h), bold) for h in head)]
    ]
    for number, entry in enumerate(entries, start=1):
        shape = look(entry.verdict)
        verdict = (
            translate("labels", VERDICT_LABELS[entry.verdict])
            if entry.verdict in VERDICT_LABELS
            else translate(CONTEXT, NO_VERDICT)
        )
        cost = entry.cost
        path = translate("paths", PATHS[entry.result.recommendation].name)
        rows.append(
            [
                Paragraph(str(number), bold),
                Paragraph(markup(entry.name), cell),
                Paragraph(
                    f'<font color="{shape.colour}">{shape.symbol}</font> {inline(verdict)}', cell
                ),
                Paragraph(str(entry.readiness), cell),
                Paragraph(f"{inline(path)}, {entry.fit}", cell),
                Paragraph(markup(entry.headline or "—"), cell),
                Paragraph(money(*cost) if cost else "—", cell),
            ]
        )
    fixed = [7 * mm, 50 * mm, 24 * mm, 21 * mm, 42 * mm, 0.0, 26 * mm]
    fixed[5] = width - sum(fixed)
    table = Table(rows, colWidths=fixed, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        styles.table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, styles.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table


def render_portfolio(
    entries: Sequence[Entry], translate: Translate, *, lang: str = "en", paper: str | None = None
) -> bytes:
    """The portfolio as PDF bytes: landscape, the matrix and the table."""
    safety.lock_down()
    fonts.register()
    pagesize = landscape(styles.PAPERS[paper or styles.paper_for(lang)])
    width = pagesize[0] - 2 * styles.MARGIN
    s = styles.styles()
    title = translate(CONTEXT, TITLE).format(count=len(entries))
    buffer = io.BytesIO()
    doc = layout.document(
        buffer,
        pagesize,
        title=title,
        author="dlready",
        subject=title,
        creator=f"dlready {__version__}",
        lang=lang,
    )
    chart = VectorChart(matrix_figure(entries, translate))
    top = Table(
        [[chart, Paragraph(markup(translate(CONTEXT, INTRO)), s.muted)]],
        colWidths=[chart.width, width - chart.width],
        hAlign="LEFT",
    )
    top.setStyle(
        styles.table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)
        )
    )
    story: list[Flowable] = [
        Paragraph(
            inline(title),
            ParagraphStyle("portfolio_title", parent=s.h1, fontSize=16, leading=20, spaceAfter=4),
        ),
        top,
        Spacer(1, 2 * mm),
        _table(entries, translate, width),
    ]
    running = layout.Running(
        header=title,
        page_of=translate("brief", PAGE_OF),
        rulebook="",
        prepared=translate("brief", PREPARED_OFFLINE),
    )
    doc.build(story, canvasmaker=layout.canvas_class(running))
    return buffer.getvalue()


def write_portfolio(
    entries: Sequence[Entry],
    path: str | os.PathLike[str],
    translate: Translate,
    *,
    lang: str = "en",
) -> None:
    """Render the portfolio and save it all at once."""
    atomic_write(path, render_portfolio(entries, translate, lang=lang))
