"""Risks to watch and the next 30, 60 and 90 days for the recommended path."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from wizard.report import texts
from wizard.report.context import Brief, bullets, heading, p
from wizard.report.safety import inline
from wizard.report.styles import ACCENT, ACCENT_LIGHT, RULE, table_style


def plan(brief: Brief) -> list[Flowable]:
    """The risks, then the next steps as a timeline table, then a page break."""
    s = brief.s
    result = brief.result
    parts: list[Flowable] = [heading(brief.t(texts.RISKS_AND_STEPS), s.h1)]
    # A part the engine does not compute yet (Result.pending) is left out, not shown empty.
    if "risks" not in result.pending:
        parts += _risks(brief)
    title = brief.t(texts.NEXT_STEPS, path=brief.path_name(result.recommendation))
    table = steps_table(brief)
    if table is not None:
        parts.append(KeepTogether([heading(title, s.h2), table]))
    return parts


def _risks(brief: Brief) -> list[Flowable]:
    s = brief.s
    if not brief.result.risks:
        return [heading(brief.t(texts.RISKS), s.h2), p(brief.t(texts.NO_RISKS), s.body)]
    return [
        heading(brief.t(texts.RISKS), s.h2),
        *(
            bullets(
                [
                    [
                        p(risk.text, s.body),
                        p(
                            brief.t(texts.SOURCE, source=risk.source) + brief.cite(risk.rule),
                            s.muted,
                        ),
                    ]
                ]
            )
            for risk in brief.result.risks
        ),
    ]


def steps_table(brief: Brief, only_day: int | None = None) -> Table | None:
    """The next steps as a timeline table, or only those due by `only_day`."""
    s = brief.s
    rows = [
        [
            Paragraph(
                inline(
                    brief.t(texts.NOW) if step.days == 0 else brief.t(texts.BY_DAY, days=step.days)
                ),
                s.cell_bold,
            ),
            p(step.text, s.body),
        ]
        for step in brief.result.next_steps
        if only_day is None or step.days == only_day
    ]
    if not rows:
        return None
    table = Table(rows, colWidths=[28 * mm, brief.width - 28 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
            ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        )
    )
    return table
