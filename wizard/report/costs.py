"""The appendix's cost items and their assumptions, and the rules behind the advice for
auditors (rule ids are kept here, out of the pages a board reads)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from wizard.core.paths import PATH_ORDER
from wizard.report import texts
from wizard.report.context import Brief, heading, p
from wizard.report.money import money_range
from wizard.report.para import Paragraph
from wizard.report.reasons import ordered
from wizard.report.safety import inline
from wizard.report.styles import ACCENT_LIGHT, RULE, table_style
from wizard.report.words import NBSP, no_runt

AMOUNT_WIDTH = 46 * mm


def _style(*extra: tuple[object, ...]) -> tuple[tuple[object, ...], ...]:
    return (
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        *extra,
    )


def costs(brief: Brief) -> list[Flowable]:
    """The recommended path's cost items with their assumptions; the other paths' totals."""
    s = brief.s
    cost = brief.result.cost
    best = brief.result.recommendation
    if cost is None or best not in cost.by_path:
        return []
    chosen = cost.by_path[best]
    header = [
        Paragraph(inline(brief.t(label)), s.cell_label)
        for label in (texts.COST_ITEM, texts.COST_AMOUNT, texts.ASSUMPTION)
    ]
    rows: list[list[Flowable]] = [header]
    for item in chosen.items:
        rows.append(
            [
                p(no_runt(item.what), s.cell),
                Paragraph(_amount(brief, item.low, item.high), s.cell),
                p(no_runt(item.assumption), s.cell),
            ]
        )
    rows.append(
        [
            Paragraph(inline(brief.t(texts.COST_TOTAL)), s.cell_bold),
            Paragraph(f"<b>{_amount(brief, chosen.low, chosen.high)}</b>", s.cell),
            Paragraph("", s.cell),
        ]
    )
    rest = brief.width - AMOUNT_WIDTH
    table = Table(rows, colWidths=[rest * 0.45, AMOUNT_WIDTH, rest * 0.55], repeatRows=1)
    table.setStyle(table_style(*_style(("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT))))
    others = [
        brief.t(
            texts.OTHER_PATH_COST,
            path=brief.path_name(path),
            range=money_range(brief, cost.by_path[path].low, cost.by_path[path].high),
        )
        for path in PATH_ORDER
        if path != best and path in cost.by_path
    ]
    title = brief.t(texts.COSTS, path=brief.path_name(best))
    parts: list[Flowable] = [heading(title, s.h2), table]
    if others:
        parts.append(p(brief.t(texts.OTHER_PATHS, paths="; ".join(others)), s.muted))
    return parts


def _amount(brief: Brief, low: int, high: int) -> str:
    """A range kept on one line where it fits: spaces inside it do not break."""
    return inline(money_range(brief, low, high)).replace(" ", NBSP)


def audit(brief: Brief) -> list[Flowable]:
    """For auditors: the id of every rule behind a reason, blocker, risk and regulation."""
    s = brief.s
    result = brief.result
    rows: list[list[object]] = [
        [
            Paragraph(inline(brief.t(label)), s.cell_label)
            for label in (texts.AUDIT_WHAT, texts.AUDIT_RULE, texts.AUDIT_SOURCE)
        ]
    ]

    def row(kind: str, number: int, rule: str, source: str | None) -> list[object]:
        # Plain strings (ids and numbers never need wrapping); tables draw them cheaply.
        return [brief.t(kind, number=number), rule, (source or "") + brief.cite_source(source)]

    for number, reason in enumerate(ordered(brief), start=1):
        rows.append(row(texts.AUDIT_REASON, number, reason.rule, reason.source))
    for number, blocker in enumerate(result.blockers, start=1):
        rows.append(row(texts.AUDIT_BLOCKER, number, blocker.id, blocker.source))
    for number, risk in enumerate(result.risks, start=1):
        rows.append(row(texts.AUDIT_RISK, number, risk.id, risk.source))
    for number, rule in enumerate(result.regulation, start=1):
        rows.append(row(texts.AUDIT_REGULATION, number, rule.id, rule.source))
    width = brief.width / 3
    table = Table(rows, colWidths=[width, width, width], repeatRows=1)
    table.setStyle(
        table_style(
            *_style(
                ("FONTSIZE", (0, 1), (-1, -1), s.cell_muted.fontSize),
                ("TEXTCOLOR", (0, 1), (-1, -1), s.cell_muted.textColor),
            )
        )
    )
    return [heading(brief.t(texts.AUDIT), s.h2), p(brief.t(texts.AUDIT_INTRO), s.muted), table]
