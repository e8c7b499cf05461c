"""The executive summary: the whole advice on one page."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from wizard.core.labels import BAND_LABELS
from wizard.core.paths import PATHS
from wizard.core.result import Reason
from wizard.report import texts
from wizard.report.context import Brief, bullets, heading, p
from wizard.report.plan import steps_table
from wizard.report.safety import inline, markup
from wizard.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    MARGIN,
    MUTED,
    PANEL,
    WARN,
    WARN_LIGHT,
    table_style,
)

STRONGEST = 3
# The summary shows the step due by this day (the blockers, which come first when there are
# any, are already above it); the full plan follows later.
FIRST_DAYS = 30


def summary(brief: Brief, page_height: float) -> list[Flowable]:
    """The summary page; shrunk to fit if a translation runs long, so it stays one page."""
    s = brief.s
    result = brief.result
    parts: list[Flowable] = [
        heading(brief.t(texts.SUMMARY), s.h1),
        _recommendation(brief),
        Spacer(1, 4 * mm),
        _figures(brief),
        Spacer(1, 2 * mm),
        p(result.confidence_note, s.body),
        heading(brief.t(texts.STRONGEST_REASONS), s.h2),
        bullets(
            (
                [_with_source(brief, reason.text, reason.source, reason.rule)]
                for reason in strongest(brief)
            ),
            numbered=True,
        ),
        Paragraph(inline(brief.t(texts.BLOCKERS)), s.h2),
        _blockers(brief),
    ]
    first_steps = steps_table(brief, only_day=FIRST_DAYS)
    title = heading(brief.t(texts.FIRST_STEPS), s.h2)
    ending: list[Flowable] = [
        *([title, first_steps] if first_steps else []),
        Spacer(1, 2 * mm),
        p(brief.t(texts.SEE_ALSO), s.muted),
    ]
    frame_height = page_height - 2 * MARGIN
    parts += ending
    return [KeepInFrame(brief.width, frame_height, parts, mode="shrink"), PageBreak()]


def _height(parts: list[Flowable], width: float, available: float) -> float:
    """How tall the flowables stand one after another, spaces included."""
    scratch = Canvas(io.BytesIO())  # lists and tables measure their text on a canvas
    total = 0.0
    for part in parts:
        total += part.wrapOn(scratch, width, available)[1]
        total += part.getSpaceBefore() + part.getSpaceAfter()
    return total


def strongest(brief: Brief) -> list[Reason]:
    """The reasons that speak most strongly for the recommended path."""
    result = brief.result
    supporting = [r for r in result.reasons if r.path == result.recommendation and r.weight > 0]
    return sorted(supporting, key=lambda r: -r.weight)[:STRONGEST]


def _recommendation(brief: Brief) -> Table:
    s = brief.s
    path = brief.result.recommendation
    cell = [
        Paragraph(inline(brief.t(texts.RECOMMENDATION).upper()), s.kicker),
        Paragraph(inline(brief.path_name(path)), s.recommendation),
        p(brief.translate("paths", PATHS[path].summary), s.body),
    ]
    table = Table([[cell]], colWidths=[brief.width])
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 14),
            ("RIGHTPADDING", (0, 0), (-1, -1), 14),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table


def _figures(brief: Brief) -> Table:
    s = brief.s
    result = brief.result
    readiness = result.readiness
    cells = [
        (
            texts.READINESS,
            brief.t(texts.OUT_OF_100, value=readiness.score),
            brief.translate("labels", BAND_LABELS[readiness.band]),
        ),
        (texts.CONFIDENCE, brief.t(texts.CONFIDENCES[result.confidence]), ""),
        (
            texts.FIT,
            brief.t(texts.OUT_OF_100, value=result.fit[result.recommendation]),
            "",
        ),
    ]
    row = [
        [
            Paragraph(inline(brief.t(label)), s.figure_label),
            Paragraph(inline(value), s.figure),
            Paragraph(inline(note), s.figure_label),
        ]
        for label, value, note in cells
    ]
    gap = 4 * mm
    width = (brief.width - 2 * gap) / 3
    table = Table([[row[0], "", row[1], "", row[2]]], colWidths=[width, gap, width, gap, width])
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (0, 0), PANEL),
            ("BACKGROUND", (2, 0), (2, 0), PANEL),
            ("BACKGROUND", (4, 0), (4, 0), PANEL),
            ("LINEABOVE", (0, 0), (0, 0), 1.5, ACCENT),
            ("LINEABOVE", (2, 0), (2, 0), 1.5, ACCENT),
            ("LINEABOVE", (4, 0), (4, 0), 1.5, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table


def _with_source(brief: Brief, text: str, source: str, rule: str) -> Paragraph:
    """A statement followed on the same line by its source, smaller and muted."""
    s = brief.s
    cited = markup(brief.t(texts.SOURCE, source=source)) + brief.cite(rule)
    font = f'<font size="{s.muted.fontSize}" color="#{MUTED.hexval()[2:]}">'
    return Paragraph(f"{markup(text)} {font}({cited})</font>", s.item)


def _blockers(brief: Brief) -> Flowable:
    s = brief.s
    blockers = brief.result.blockers
    if not blockers:
        return p(brief.t(texts.NO_BLOCKERS), s.body)
    items = [
        [_with_source(brief, blocker.text, blocker.source, blocker.rule)] for blocker in blockers
    ]
    table = Table([[bullets(items)]], colWidths=[brief.width])
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), WARN_LIGHT),
            ("LINEBEFORE", (0, 0), (0, -1), 4, WARN),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table
