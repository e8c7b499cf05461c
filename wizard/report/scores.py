"""The scores page: readiness by dimension against the bands, and the fit of the three paths."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wizard.core.labels import BAND_LABELS, DIMENSION_LABELS
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTIONS
from wizard.report import charts, texts
from wizard.report.context import Brief, heading, p
from wizard.report.vector import VectorChart

READINESS_HEIGHT = 64.0
FIT_HEIGHT = 32.0
BAND_ORDER = ("not_ready", "emerging", "ready", "advanced")
ZONE_SHADES = ("#f3f4f6", "#eceef1", "#e4e7ec", "#dce0e6")


def band_floors(brief: Brief) -> dict[str, int]:
    """The lowest score of each band above "not ready", as the result states them."""
    stated = getattr(brief.result.readiness, "bands", None)
    if stated:
        return {band: int(stated[band]) for band in BAND_ORDER[1:]}
    from wizard.core.scoring import BANDS  # before v2: the rulebook's upper bounds

    return {name: upper for (upper, _), (_, name) in zip(BANDS, BANDS[1:], strict=False)}


def _zones(brief: Brief) -> list[charts.Zone]:
    floors = band_floors(brief)
    edges = [0, *(floors[band] for band in BAND_ORDER[1:]), 100]
    return [
        charts.Zone(low, high, brief.translate("labels", BAND_LABELS[band]), shade)
        for band, low, high, shade in zip(
            BAND_ORDER, edges[:-1], edges[1:], ZONE_SHADES, strict=True
        )
    ]


def readiness_chart(brief: Brief) -> Flowable:
    """The dimensions as bars over the band zones; those below "ready" hatched."""
    result = brief.result
    weak = band_floors(brief)["ready"]
    dimensions = list(result.readiness.dimensions.items())
    figure = charts.bar_figure(
        [brief.translate("labels", DIMENSION_LABELS.get(name, name)) for name, _ in dimensions],
        [value for _, value in dimensions],
        colours=[charts.ACCENT if value >= weak else charts.WARN for _, value in dimensions],
        hatched=[value < weak for _, value in dimensions],
        width_mm=brief.width / mm,
        height_mm=READINESS_HEIGHT,
        marker=(result.readiness.score, brief.t(texts.OVERALL, score=result.readiness.score)),
        zones=_zones(brief),
        axis_title=brief.t(texts.SCORE_AXIS),
    )
    return VectorChart(figure)


def fit_chart(brief: Brief) -> Flowable:
    """The fit of the three paths as bars, the recommended one dark and bold."""
    result = brief.result
    figure = charts.bar_figure(
        [brief.path_name(path) for path in PATH_ORDER],
        [result.fit[path] for path in PATH_ORDER],
        colours=[
            charts.ACCENT if path == result.recommendation else charts.QUIET for path in PATH_ORDER
        ],
        bold=[path == result.recommendation for path in PATH_ORDER],
        width_mm=brief.width / mm,
        height_mm=FIT_HEIGHT,
        axis_title=brief.t(texts.FIT_AXIS),
    )
    return VectorChart(figure)


def scores(brief: Brief) -> list[Flowable]:
    """Both charts with what they show; the next section may start below them."""
    s = brief.s
    result = brief.result
    floors = band_floors(brief)
    band = brief.translate("labels", BAND_LABELS[result.readiness.band])
    parts: list[Flowable] = [
        heading(brief.t(texts.SCORES), s.h1),
        KeepTogether(
            [
                heading(brief.t(texts.READINESS_CHART), s.h2),
                readiness_chart(brief),
                Spacer(1, 2 * mm),
                p(
                    brief.t(
                        texts.READINESS_CHART_NOTE,
                        score=result.readiness.score,
                        band=band,
                        path=brief.path_name(
                            getattr(result.readiness, "for_path", None) or result.recommendation
                        ),
                        emerging=floors["emerging"],
                        ready=floors["ready"],
                        advanced=floors["advanced"],
                    ),
                    s.muted,
                ),
            ]
        ),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                heading(brief.t(texts.FIT_CHART), s.h2),
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
    return parts
