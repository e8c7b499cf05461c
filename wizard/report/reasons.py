"""Why this path: every reason with its rule and source, and what would change the advice."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from wizard.core.result import Reason
from wizard.report import texts
from wizard.report.context import Brief, bullets, heading, p
from wizard.report.safety import inline, markup
from wizard.report.styles import ACCENT, ACCENT_LIGHT, RULE, WARN, table_style


def reasons(brief: Brief) -> list[Flowable]:
    """The reasons table and the changes that would lead elsewhere, then a page break."""
    s = brief.s
    changes = _changes(brief)
    parts: list[Flowable] = [
        heading(brief.t(texts.WHY), s.h1),
        p(brief.t(texts.WHY_INTRO), s.body),
        _table(brief),
        KeepTogether(
            [
                heading(brief.t(texts.WHAT_WOULD_CHANGE), s.h2),
                p(brief.t(texts.WHAT_WOULD_CHANGE_INTRO), s.body),
                *changes[:1],
            ]
        ),
        # Each change with its "leads to" line, never parted by a page break.
        *(KeepTogether(change) for change in changes[1:]),
    ]
    return parts


def _weight(brief: Brief, reason: Reason) -> str:
    sign = "+" if reason.weight > 0 else "−"
    return f"{markup(brief.path_name(reason.path))}<br/><b>{sign}{abs(reason.weight)}</b>"


def _table(brief: Brief) -> Table:
    s = brief.s
    header = [
        Paragraph(inline(brief.t(label)), s.cell_bold)
        for label in (texts.REASON, texts.PATH_AND_WEIGHT, texts.SOURCE_HEADING)
    ]
    rows: list[list[Flowable]] = [header]
    styles: list[tuple[object, ...]] = []
    for index, reason in enumerate(brief.result.reasons, start=1):
        rows.append(
            [
                [
                    p(reason.text, s.cell),
                    p(brief.t(texts.RULE_ID, rule=reason.rule), s.cell_muted),
                ],
                Paragraph(_weight(brief, reason), s.cell),
                Paragraph(markup(reason.source) + brief.cite(reason.rule), s.cell),
            ]
        )
        if reason.weight < 0:
            styles.append(("LINEBEFORE", (0, index), (0, index), 2.5, WARN))
        else:
            styles.append(("LINEBEFORE", (0, index), (0, index), 2.5, ACCENT))
    widths = [brief.width - 78 * mm, 34 * mm, 44 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            *styles,
        )
    )
    return table


def _changes(brief: Brief) -> list[Flowable]:
    s = brief.s
    changes = brief.result.what_would_change
    if not changes:
        return [p(brief.t(texts.NOTHING_WOULD_CHANGE), s.body)]
    return [
        bullets(
            [
                [
                    p(change.text, s.body),
                    p(
                        brief.t(texts.LEADS_TO, path=brief.path_name(change.recommendation)),
                        s.muted,
                    ),
                ]
            ]
        )
        for change in changes
    ]
