"""A matplotlib renderer that draws a Figure straight onto a reportlab canvas, as vectors.

The charts are built with matplotlib's object API (no pyplot); instead of rasterising them
with Agg and embedding pixels, this renderer turns every path into PDF path operators and
every text into DejaVu Sans text from the same embedded font as the pages. The charts stay
sharp at any zoom and in print, their words can be searched and copied, and drawing them costs
a fraction of rasterising and compressing a bitmap. It implements only what the brief's charts
use (paths, markers, text); anything else fails loudly rather than drawing wrongly.
"""

from __future__ import annotations

from typing import Any

import numpy
from matplotlib.backend_bases import FigureCanvasBase, GraphicsContextBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.path import Path
from matplotlib.transforms import Transform
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wizard.report import fonts

# One pixel is one point: the figure is made at 72 dpi, so its units are PDF units.
DPI = 72
_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


def _face(prop: FontProperties) -> str:
    weight = prop.get_weight()
    bold = weight in ("bold", "heavy", "extra bold", "black", "semibold", "demibold") or (
        isinstance(weight, int) and weight >= 600
    )
    italic = prop.get_style() in ("italic", "oblique")
    if bold:
        return fonts.BOLD_ITALIC if italic else fonts.BOLD
    return fonts.ITALIC if italic else fonts.REGULAR


class ReportlabRenderer(RendererBase):
    """Draws matplotlib artists on a reportlab canvas whose origin is the figure's corner."""

    def __init__(self, canvas: Canvas, width: float, height: float) -> None:
        super().__init__()
        self.canvas = canvas
        self.width = width
        self.height = height

    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: Any) -> Any:
        return points

    def option_image_nocomposite(self) -> bool:
        return True

    def get_text_width_height_descent(
        self, s: str, prop: FontProperties, ismath: Any
    ) -> tuple[float, float, float]:
        face = _face(prop)
        size = prop.get_size_in_points()
        metrics = getFont(face).face
        ascent = metrics.ascent * size / 1000
        descent = -metrics.descent * size / 1000
        return stringWidth(s, face, size), ascent + descent, descent

    def draw_text(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        canvas = self.canvas
        canvas.saveState()
        self._clip(gc)
        canvas.setFillColor(_colour(gc.get_rgb(), gc.get_alpha()))
        canvas.setFont(_face(prop), prop.get_size_in_points())
        canvas.translate(x, y)
        if angle:
            canvas.rotate(angle)
        canvas.drawString(0, 0, s)
        canvas.restoreState()

    def draw_path(
        self,
        gc: GraphicsContextBase,
        path: Path,
        transform: Transform,
        rgbFace: Any = None,  # noqa: N803 - matplotlib's name
    ) -> None:
        width = gc.get_linewidth()
        stroke = width > 0 and gc.get_rgb()[3] > 0
        fill = rgbFace is not None
        if not (stroke or fill):
            return
        canvas = self.canvas
        outline = canvas.beginPath()
        for points, code in path.iter_segments(transform, simplify=False, curves=True):
            if code == Path.MOVETO:
                outline.moveTo(*points)
            elif code == Path.LINETO:
                outline.lineTo(*points)
            elif code == Path.CURVE4:
                outline.curveTo(*points)
            elif code == Path.CURVE3:
                outline.curveTo(points[0], points[1], points[0], points[1], *points[2:])
            elif code == Path.CLOSEPOLY:
                outline.close()
        canvas.saveState()
        self._clip(gc)
        if fill:
            canvas.setFillColor(_colour(rgbFace, gc.get_alpha() if gc.get_forced_alpha() else None))
        if stroke:
            canvas.setStrokeColor(_colour(gc.get_rgb(), gc.get_alpha()))
            canvas.setLineWidth(width)
            canvas.setLineCap(_CAPS.get(gc.get_capstyle(), 0))
            canvas.setLineJoin(_JOINS.get(gc.get_joinstyle(), 0))
            offset, dashes = gc.get_dashes()
            pattern = [] if dashes is None else numpy.asarray(dashes, dtype=float).tolist()
            if pattern:
                canvas.setDash(pattern, offset or 0)
        canvas.drawPath(outline, stroke=int(stroke), fill=int(fill))
        canvas.restoreState()

    def _clip(self, gc: GraphicsContextBase) -> None:
        box = gc.get_clip_rectangle()
        if box is None:
            return
        x0, y0, width, height = box.bounds
        clip = self.canvas.beginPath()
        clip.rect(x0, y0, width, height)
        self.canvas.clipPath(clip, stroke=0, fill=0)


def _colour(rgba: Any, alpha: float | None = None) -> Color:
    red, green, blue = (float(value) for value in rgba[:3])
    opacity = float(rgba[3]) if len(rgba) > 3 else 1.0
    if alpha is not None:
        opacity = float(alpha)
    return Color(red, green, blue, alpha=opacity)


class VectorChart(Flowable):
    """A matplotlib Figure (made at 72 dpi) drawn as vectors where the flowable lands."""

    def __init__(self, figure: Figure) -> None:
        super().__init__()
        FigureCanvasBase(figure)  # a plain canvas: nothing but this renderer draws it
        self.figure = figure
        self.width = figure.get_figwidth() * DPI
        self.height = figure.get_figheight() * DPI

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderer = ReportlabRenderer(self.canv, self.width, self.height)
        self.figure.draw(renderer)
