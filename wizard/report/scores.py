"""The scores page: readiness by dimension and the fit of the three paths, as charts."""

from __future__ import annotations

from matplotlib.figure import Figure
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from wizard.core.labels import BAND_LABELS, DIMENSION_LABELS
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTIONS
from wizard.report import charts, texts
from wizard.report.context import Brief, p
from wizard.report.safety import inline
from wizard.report.vector import VectorChart

READINESS_HEIGHT = 68.0
FIT_HEIGHT = 30.0
# Dimensions below this are drawn in the warning colour.
WEAK = 50


def fit_chart(brief: Brief) -> Flowable:
    """The fit of the three paths as bars, the recommended one in the accent colour.

    The summary and the scores page show the same figure, built once.
    """
    return VectorChart(brief.once("fit", lambda: _fit_figure(brief)))


def _fit_figure(brief: Brief) -> Figure:
    result = brief.result
    return charts.bar_figure(
        [brief.path_name(path) for path in PATH_ORDER],
        [result.fit[path] for path in PATH_ORDER],
        colours=[
            charts.ACCENT if path == result.recommendation else charts.QUIET for path in PATH_ORDER
        ],
        bold=[path == result.recommendation for path in PATH_ORDER],
        width_mm=brief.width / mm,
        height_mm=FIT_HEIGHT,
    )


def scores(brief: Brief) -> list[Flowable]:
    """Both charts with what they show; the next section may start below them."""
    s = brief.s
    result = brief.result
    width_mm = brief.width / mm
    dimensions = list(result.readiness.dimensions.items())
    readiness_figure = charts.bar_figure(
        [brief.translate("labels", DIMENSION_LABELS.get(name, name)) for name, _ in dimensions],
        [value for _, value in dimensions],
        colours=[charts.ACCENT if value >= WEAK else charts.WARN for _, value in dimensions],
        width_mm=width_mm,
        height_mm=READINESS_HEIGHT,
        marker=(result.readiness.score, brief.t(texts.READINESS) + f" {result.readiness.score}"),
    )
    band = brief.translate("labels", BAND_LABELS[result.readiness.band])
    parts: list[Flowable] = [
        Paragraph(inline(brief.t(texts.SCORES)), s.h1),
        KeepTogether(
            [
                Paragraph(inline(brief.t(texts.READINESS_CHART)), s.h2),
                VectorChart(readiness_figure),
                Spacer(1, 2 * mm),
                p(
                    brief.t(
                        texts.READINESS_CHART_NOTE,
                        score=result.readiness.score,
                        band=band,
                        weak=WEAK,
                    ),
                    s.muted,
                ),
            ]
        ),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                Paragraph(inline(brief.t(texts.FIT_CHART)), s.h2),
                fit_chart(brief),
                Spacer(1, 2 * mm),
                p(brief.t(texts.FIT_CHART_NOTE), s.muted),
            ]
        ),
    ]
    if result.unknown:
        names = ", ".join(
            brief.translate("questions", QUESTIONS[qid].label) for qid in result.unknown
        )
        parts += [Spacer(1, 4 * mm), p(brief.t(texts.UNKNOWN_ANSWERS, questions=names), s.body)]
    # The reasons may start on this page if a good part of their table fits.
    parts.append(CondPageBreak(120 * mm))
    return parts
