"""The brief's "Progress since DATE" page: readiness per dimension before and after, what the
advice became, the blockers cleared, and every answer that changed."""

from __future__ import annotations

from typing import Any

from matplotlib.figure import Figure
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from wizard.core.assessment import Assessment
from wizard.core.compare import Comparison, compare
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.labels import DIMENSION_LABELS
from wizard.core.outcome import VERDICT_LABELS, blocker_ids, verdict
from wizard.core.questions import QUESTIONS, answer_label
from wizard.report import charts
from wizard.report.context import Brief, bullets, p
from wizard.report.dates import format_date
from wizard.report.para import Paragraph
from wizard.report.safety import inline
from wizard.report.vector import VectorChart

CONTEXT = "workshop"
TITLE = QT_TRANSLATE_NOOP("workshop", "Progress since {date}")
EARLIER = QT_TRANSLATE_NOOP("workshop", "the earlier assessment")
CHART = QT_TRANSLATE_NOOP("workshop", "Readiness by dimension, before and after")
BEFORE = QT_TRANSLATE_NOOP("workshop", "Before")
AFTER = QT_TRANSLATE_NOOP("workshop", "After")
ADVICE = QT_TRANSLATE_NOOP(
    "workshop", "Readiness {before} → {after}; recommendation {path_before} → {path_after}."
)
VERDICT_LINE = QT_TRANSLATE_NOOP("workshop", "Verdict {before} → {after}.")
CHANGES = QT_TRANSLATE_NOOP("workshop", "What changed")
NO_CHANGES = QT_TRANSLATE_NOOP("workshop", "No answer changed.")
CHANGE = QT_TRANSLATE_NOOP("workshop", "{question}: {before} → {after}")
CLEARED = QT_TRANSLATE_NOOP("workshop", "Blockers cleared:")
NEW = QT_TRANSLATE_NOOP("workshop", "New blockers:")

ROW_HEIGHT = 11.0  # mm per dimension
_TEXT: dict[str, Any] = {
    "fontfamily": "DejaVu Sans",
    "fontsize": 8.5,
    "fontweight": "normal",
    "fontstyle": "normal",
    "color": charts.INK,
    "parse_math": False,
}


def before_after_figure(
    labels: list[str], pairs: list[tuple[int, int]], names: tuple[str, str], width_mm: float
) -> Figure:
    """Two bars per dimension: before (light, hatched) above after (accent), 0-100."""
    from matplotlib.patches import Rectangle

    count = len(pairs)
    height_mm = ROW_HEIGHT * count + 16
    figure = Figure(
        figsize=(width_mm / charts.MM_PER_INCH, height_mm / charts.MM_PER_INCH),
        dpi=72,
        facecolor="none",
    )
    axes = figure.add_axes((0.25, 12 / height_mm, 0.68, (height_mm - 16) / height_mm))
    axes.set_axis_off()
    axes.set_xlim(0, charts.XMAX)
    axes.set_ylim(-0.6, count - 0.4)
    axes.vlines(charts.TICKS, -0.6, count - 0.4, colors=charts.GRID, linewidth=0.8, zorder=0)
    for row, (label, (before, after)) in enumerate(zip(labels, pairs, strict=True)):
        y = count - 1 - row
        axes.barh(
            [y + 0.17],
            [before],
            height=0.3,
            color="#d5dde7",
            edgecolor=charts.MUTED,
            linewidth=0.5,
            hatch="////",
            zorder=2,
        )
        axes.barh([y - 0.17], [after], height=0.3, color=charts.ACCENT, zorder=2)
        axes.text(-2, y, label, **_TEXT, ha="right", va="center")
        axes.text(
            before + 1.5,
            y + 0.17,
            str(before),
            **_TEXT | {"fontsize": 7.5, "color": charts.MUTED},
            va="center",
        )
        delta = after - before
        shown = f"{after} ({'+' if delta > 0 else ''}{delta})" if delta else str(after)
        axes.text(
            after + 1.5,
            y - 0.17,
            shown,
            **_TEXT | {"fontsize": 7.5, "fontweight": "bold"},
            va="center",
        )
    for tick in charts.TICKS:
        axes.text(
            tick,
            -0.75,
            str(tick),
            **_TEXT | {"color": charts.MUTED, "fontsize": 7.5},
            ha="center",
            va="top",
        )
    # The key, drawn by hand above the bars.
    key = figure.add_axes((0.25, (height_mm - 6) / height_mm, 0.68, 5 / height_mm))
    key.set_axis_off()
    key.set_xlim(0, 100)
    key.set_ylim(0, 1)
    key.add_patch(
        Rectangle(
            (0, 0.15),
            4,
            0.7,
            facecolor="#d5dde7",
            edgecolor=charts.MUTED,
            linewidth=0.5,
            hatch="////",
        )
    )
    key.text(5.5, 0.5, names[0], **_TEXT | {"fontsize": 7.5}, va="center")
    key.add_patch(Rectangle((40, 0.15), 4, 0.7, facecolor=charts.ACCENT, edgecolor="none"))
    key.text(45.5, 0.5, names[1], **_TEXT | {"fontsize": 7.5}, va="center")
    return figure


def progress(brief: Brief, earlier: Assessment) -> list[Flowable]:
    """The progress page for the brief's assessment since `earlier`."""
    comparison = compare(earlier, brief.assessment, brief.translate)
    return progress_from(brief, comparison)


def progress_from(brief: Brief, comparison: Comparison) -> list[Flowable]:
    """The progress page from a comparison already made."""
    s = brief.s

    def t(text: str, **fields: object) -> str:
        translated = brief.translate(CONTEXT, text)
        return translated.format(**fields) if fields else translated

    def label(verdict_id: str) -> str:
        return brief.translate("labels", VERDICT_LABELS.get(verdict_id, verdict_id))

    before, after = comparison.before_result, comparison.after_result
    date = format_date(comparison.before.meta.date, brief.translate) or t(EARLIER)
    dims = comparison.dimensions
    figure = before_after_figure(
        [brief.translate("labels", DIMENSION_LABELS.get(d, d)) for d in dims],
        list(dims.values()),
        (
            f"{t(BEFORE)} ({format_date(comparison.before.meta.date, brief.translate)})"
            if comparison.before.meta.date
            else t(BEFORE),
            f"{t(AFTER)} ({format_date(comparison.after.meta.date, brief.translate)})"
            if comparison.after.meta.date
            else t(AFTER),
        ),
        brief.width / mm,
    )
    parts: list[Flowable] = [
        Paragraph(inline(t(TITLE, date=date)), s.h1),
        p(
            t(
                ADVICE,
                before=before.readiness.score,
                after=after.readiness.score,
                path_before=brief.path_name(before.recommendation),
                path_after=brief.path_name(after.recommendation),
            ),
            s.body,
        ),
    ]
    if verdict(before) or verdict(after):
        parts.append(
            p(t(VERDICT_LINE, before=label(verdict(before)), after=label(verdict(after))), s.body)
        )
    parts += [
        Paragraph(inline(t(CHART)), s.h2),
        VectorChart(figure),
        Paragraph(inline(t(CHANGES)), s.h2),
    ]
    if comparison.changes:
        parts.append(
            bullets(
                [
                    [
                        p(
                            t(
                                CHANGE,
                                question=brief.translate("questions", QUESTIONS[c.question].label),
                                before=brief.translate(
                                    "questions", answer_label(c.question, c.before)
                                ),
                                after=brief.translate(
                                    "questions", answer_label(c.question, c.after)
                                ),
                            ),
                            s.item,
                        )
                    ]
                    for c in comparison.changes
                ]
            )
        )
    else:
        parts.append(p(t(NO_CHANGES), s.body))
    for heading, ids, result in (
        (CLEARED, comparison.cleared, before),
        (NEW, comparison.new, after),
    ):
        if ids:
            texts = dict(zip(blocker_ids(result), (b.text for b in result.blockers), strict=True))
            parts += [
                Paragraph(inline(t(heading)), s.h3),
                bullets([[p(texts[i], s.item)] for i in ids]),
            ]
    parts.append(PageBreak())
    return parts
