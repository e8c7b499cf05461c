"""Risks, rules and plan: the risks with severity, mitigation and owner, the regulation that
applies, and the next steps as a table a project manager can take (step, when, owner, done
when). A part the engine does not compute yet (Result.pending) is left out."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Table

from wizard.core.labels import OWNER_LABELS, SEVERITY_LABELS
from wizard.core.result import Step
from wizard.report import texts
from wizard.report.context import Brief, heading, p
from wizard.report.dates import format_date
from wizard.report.para import Paragraph
from wizard.report.safety import inline, markup
from wizard.report.styles import ACCENT, ACCENT_LIGHT, RULE, WARN, table_style
from wizard.report.summary import ranked_risks
from wizard.report.words import NBSP, no_runt

CELL_PADDING = 5
# The room a table's heading needs below it to start on this page: itself and a few rows.
TABLE_ROOM = 55 * mm


def plan(brief: Brief) -> list[Flowable]:
    """The risks, the rules that apply and the plan."""
    s = brief.s
    result = brief.result
    blocks: list[tuple[str, Table]] = []
    if "risks" not in result.pending and result.risks:
        blocks.append((brief.t(texts.RISKS), _risk_table(brief)))
    if "regulation" not in result.pending and result.regulation:
        blocks.append((brief.t(texts.REGULATION), _regulation_table(brief)))
    if result.next_steps:
        title = brief.t(texts.NEXT_STEPS, path=brief.path_name(result.recommendation))
        blocks.append((title, plan_table(brief, result.next_steps)))
    parts: list[Flowable] = []
    for index, (title, table) in enumerate(blocks):
        # Room for the heading and a few rows, else a new page; the heading is not kept
        # with the whole table (that would move a long table and leave a page half empty),
        # the table splits and repeats its header row.
        parts.append(CondPageBreak(TABLE_ROOM))
        if index == 0:
            parts.append(heading(brief.t(texts.RISKS_AND_STEPS), s.h1, keep=False))
        parts += [heading(title, s.h2, keep=False), table]
    return parts


def _header(brief: Brief, labels: Sequence[str]) -> list[Flowable]:
    return [Paragraph(inline(brief.t(label)), brief.s.cell_label) for label in labels]


def _style(*extra: tuple[object, ...]) -> list[tuple[object, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        *extra,
    ]


def fitted(brief: Brief, labels: Sequence[str], floor: float) -> float:
    """A column as wide as its longest label (bold, in cell type), so none wraps."""
    s = brief.s
    widest = max(stringWidth(label, s.cell_bold.fontName, s.cell_bold.fontSize) for label in labels)
    return float(max(floor, widest + 2 * CELL_PADDING + 1))


def _risk_table(brief: Brief) -> Table:
    s = brief.s
    rows: list[list[Flowable]] = [
        _header(brief, (texts.RISK, texts.SEVERITY, texts.MITIGATION, texts.OWNER))
    ]
    marks: list[tuple[object, ...]] = []
    for index, risk in enumerate(ranked_risks(brief), start=1):
        rows.append(
            [
                Paragraph(markup(no_runt(risk.text)) + brief.cite_source(risk.source), s.cell),
                Paragraph(inline(brief.severity(risk.severity)), s.cell_bold),
                p(no_runt(risk.mitigation), s.cell),
                Paragraph(inline(brief.owner(risk.owner) if risk.owner else ""), s.cell),
            ]
        )
        if risk.severity == "high":
            marks.append(("LINEBEFORE", (0, index), (0, index), 2.5, WARN))
    severity = fitted(brief, [brief.severity(v) for v in SEVERITY_LABELS], 18 * mm)
    owner = fitted(brief, [brief.owner(v) for v in OWNER_LABELS], 20 * mm)
    rest = brief.width - severity - owner
    table = Table(
        rows, colWidths=[rest * 0.5, severity, rest * 0.5, owner], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(table_style(*_style(*marks)))
    return table


def _regulation_table(brief: Brief) -> Table:
    s = brief.s
    rows: list[list[Flowable]] = [
        _header(brief, (texts.REGULATION_HEADING, texts.OBLIGATIONS, texts.FROM))
    ]
    for rule in brief.result.regulation:
        rows.append(
            [
                Paragraph(markup(no_runt(rule.text)) + brief.cite_source(rule.source), s.cell),
                p("\n".join(f"• {item}" for item in rule.obligations), s.cell),
                Paragraph(
                    inline(format_date(rule.applies_from, brief.translate)).replace(" ", NBSP),
                    s.cell,
                ),
            ]
        )
    dates = 28 * mm
    rest = brief.width - dates
    table = Table(rows, colWidths=[rest * 0.55, rest * 0.45, dates], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(*_style()))
    return table


def when_label(brief: Brief, step: Step) -> str:
    """ "Now" or "By day 30", translated."""
    return brief.t(texts.NOW) if step.days == 0 else brief.t(texts.BY_DAY, days=step.days)


def plan_table(brief: Brief, steps: Sequence[Step], compact: bool = False) -> Table:
    """The steps as a table: when, step, owner, done when; the "when" column as wide as its
    longest label, so "By day 30" never wraps in any language. `compact`: smaller type and
    padding, for the board paper."""
    s = brief.s
    cell = s.board_cell if compact else s.cell

    def row(step: Step) -> list[Flowable]:
        return [
            Paragraph(inline(when_label(brief, step)), s.cell_bold),
            p(no_runt(step.text), cell),
            Paragraph(inline(brief.owner(step.owner)), cell),
            p(no_runt(step.done_when), cell),
        ]

    # The board page tries several selections of steps: each row is made (and its lines
    # broken) once, whichever tables it appears in.
    header = brief.once(
        "plan-header",
        lambda: _header(brief, (texts.WHEN, texts.STEP, texts.OWNER, texts.DONE_WHEN)),
    )
    rows: list[list[Flowable]] = [
        header,
        *(brief.once(f"plan-row:{compact}:{step.id}", partial(row, step)) for step in steps),
    ]
    labels = [brief.t(texts.NOW), *(brief.t(texts.BY_DAY, days=d) for d in (30, 60, 90))]
    when = fitted(brief, labels, 16 * mm)
    owner = fitted(brief, [brief.owner(v) for v in OWNER_LABELS], 20 * mm)
    rest = brief.width - when - owner
    table = Table(
        rows, colWidths=[when, rest * 0.55, owner, rest * 0.45], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(table_style(*_style(("LINEBEFORE", (0, 1), (0, -1), 3, ACCENT))))
    return table
