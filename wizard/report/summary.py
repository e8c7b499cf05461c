"""Page 2, the board paper: the decision first, then money, time, approach, risks, rules, steps.

It reads as a board member reads: the action title (the Result's headline), the verdict in
words and what the board is asked to approve, what must be fixed first when the verdict is not
"go", the investment against the budget, the approach with the baseline it must beat and the
go/no-go test, the top risks with owners, the rules that apply with their dates, and the first
steps. A part the engine does not compute yet (Result.pending) is left out, never shown as
"none".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table

from wizard.core.labels import BAND_LABELS, DIMENSION_LABELS, OWNER_LABELS
from wizard.core.outcome import VERDICT_LABELS
from wizard.core.questions import QUESTIONS, answer_label
from wizard.core.result import Risk
from wizard.report import texts
from wizard.report.context import Brief, heading, p
from wizard.report.dates import format_date
from wizard.report.money import budget_verdict, money_range
from wizard.report.para import Paragraph
from wizard.report.safety import inline, markup
from wizard.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    MARGIN,
    MUTED,
    PANEL,
    RULE,
    WARN,
    WARN_LIGHT,
    table_style,
)
from wizard.report.words import NBSP, no_runt

TOP_RISKS = 3
WHY_SHOWN = 3
MARGIN_SHARE = 0.03
DEPENDS_SHOWN = 2
SEVERITY_ORDER = ("high", "medium", "low")
# The first steps shown here: those due now and by day 30; the whole plan follows later.
FIRST_WHEN = ("now", "30")
LABEL_WIDTH = 38 * mm
# Unknown answers named on this page; the scores page and the appendix name them all.
UNKNOWN_SHOWN = 6


def summary(brief: Brief, page_height: float) -> list[Flowable]:
    """The board paper, one page; shrunk to fit only if a translation runs very long."""
    s = brief.s
    result = brief.result
    parts: list[Flowable] = [
        Paragraph(inline(brief.t(texts.BOARD_PAPER).upper()), s.kicker),
        heading(result.headline, s.headline, title=brief.t(texts.BOARD_PAPER)),
        _verdict(brief),
    ]
    if result.verdict != "go":
        parts += _to_fix(brief)
    frame_height = page_height - 2 * MARGIN
    parts += _fitted_blocks(brief, parts, frame_height)
    return [KeepInFrame(brief.width, frame_height, parts, mode="shrink"), PageBreak()]


def _fitted_blocks(brief: Brief, fixed: list[Flowable], frame_height: float) -> list[Flowable]:
    """The page's later blocks, each as full as the page allows.

    Every block has variants from the fullest to the leanest (the leanest may be nothing);
    all start lean, then each is made as full as still fits, in order of importance: risks,
    first steps, the reasons why, the unknown answers, what the advice depends on. The full
    tables follow in the brief, so nothing is lost, and the page is never shrunk for them.
    """
    risks = len(ranked_risks(brief)) if "risks" not in brief.result.pending else 0
    makers: dict[str, list[Callable[[], list[Flowable]]]] = {
        "facts": [partial(_facts, brief, True), partial(_facts, brief, False)],
        "why": [partial(_why, brief, n) for n in (WHY_SHOWN, 1, 0)],
        "risks": [
            partial(_risks, brief, n) for n in sorted({min(risks, TOP_RISKS), 1}, reverse=True)
        ]
        if risks
        else [],
        "regulation": [partial(_regulation, brief)],
        "steps": [
            partial(_first_steps, brief, FIRST_WHEN),
            partial(_first_steps, brief, ("now",)),
            partial(_first_steps, brief, ("now",), 1),
        ],
        "depends": [partial(_depends, brief, n) for n in (DEPENDS_SHOWN, 0)],
        "unknown": [partial(_unknown, brief, n) for n in (UNKNOWN_SHOWN, 0)],
        "figures": [partial(_figures, brief), list],
    }
    order = ("facts", "figures", "why", "risks", "regulation", "steps", "depends", "unknown")
    priority = ("facts", "risks", "steps", "why", "unknown", "depends", "figures")
    width = brief.width

    def height(parts: list[Flowable]) -> float:
        return _height(parts, width, frame_height) if parts else 0.0

    # Each block starts lean; made, and measured, only as far as needed (each once).
    chosen = {name: options[-1]() if options else [] for name, options in makers.items()}
    heights = {name: height(parts) for name, parts in chosen.items()}
    # A margin for what the sum of heights misses (the frame's own spacing between parts).
    room = frame_height * (1 - MARGIN_SHARE) - height(fixed) - sum(heights.values())
    for name in priority:
        for make in makers[name][:-1]:
            fuller = make()
            extra = height(fuller) - heights[name]
            if extra <= room:
                room -= extra
                chosen[name] = fuller
                break
    return [part for name in order for part in chosen[name]]


@cache
def _scratch() -> Canvas:
    """A canvas nothing is drawn on, for measuring."""
    import io

    return Canvas(io.BytesIO())


def _height(parts: list[Flowable], width: float, available: float) -> float:
    """How tall the flowables stand one after another, spaces included."""
    scratch = _scratch()  # lists and tables measure their text on a canvas
    total = 0.0
    for part in parts:
        total += part.wrapOn(scratch, width, available)[1]
        total += part.getSpaceBefore() + part.getSpaceAfter()
    return total


def _figures(brief: Brief) -> list[Flowable]:
    """Three figures at a glance: readiness and its band, confidence, and the path's fit."""
    s = brief.s
    result = brief.result
    readiness = result.readiness
    cells = [
        (
            texts.FIGURE_READINESS,
            f"{readiness.score}",
            brief.translate("labels", BAND_LABELS[readiness.band]),
        ),
        (
            texts.FIGURE_CONFIDENCE,
            brief.t(texts.LEVELS[result.confidence]),
            "",
        ),
        (texts.FIGURE_FIT, f"{result.fit[result.recommendation]}", brief.t(texts.FIT_NOTE)),
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
            *(("BACKGROUND", (col, 0), (col, 0), PANEL) for col in (0, 2, 4)),
            *(("LINEABOVE", (col, 0), (col, 0), 1.5, ACCENT) for col in (0, 2, 4)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return [Spacer(1, 3 * mm), table]


def _depends(brief: Brief, count: int) -> list[Flowable]:
    """The smallest changes of answers that would change the recommendation."""
    s = brief.s
    if not count or not brief.result.what_would_change:
        return []
    # The rows are made once and shared by the page's variants (one of them is drawn).
    rows = brief.once(
        "depends-rows",
        lambda: [
            [Paragraph("•", s.board_cell), p(no_runt(change.text), s.board_cell)]
            for change in brief.result.what_would_change[:DEPENDS_SHOWN]
        ],
    )[:count]
    table = Table(rows, colWidths=[5 * mm, brief.width - 5 * mm], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), *_tight()))
    return [heading(brief.t(texts.WHAT_WOULD_CHANGE), s.board_h2), table]


def _why(brief: Brief, count: int) -> list[Flowable]:
    """The strongest reasons for the recommended path, each with its source."""
    from wizard.report.reasons import ordered

    s = brief.s
    best = brief.result.recommendation
    chosen = [r for r in ordered(brief) if r.effects.get(best, 0) > 0][:WHY_SHOWN]
    if not chosen or not count:
        return []
    rows = brief.once(
        "why-rows",
        lambda: [
            [
                Paragraph(f"{number}", s.cell_bold),
                Paragraph(
                    markup(no_runt(reason.text))
                    + f' <font color="#{MUTED.hexval()[2:]}">('
                    + markup(brief.source_name(reason.source))
                    + brief.cite_source(reason.source)
                    + ")</font>",
                    s.board_cell,
                ),
            ]
            for number, reason in enumerate(chosen, start=1)
        ],
    )[:count]
    table = Table(rows, colWidths=[5 * mm, brief.width - 5 * mm], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), *_tight()))
    return [heading(brief.t(texts.WHY_IN_BRIEF), s.board_h2), table]


def _box(brief: Brief, cell: list[Flowable], warn: bool) -> Table:
    table = Table([[cell]], colWidths=[brief.width])
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), WARN_LIGHT if warn else ACCENT_LIGHT),
            ("LINEBEFORE", (0, 0), (0, -1), 4, WARN if warn else ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table


def _verdict(brief: Brief) -> Table:
    """The verdict in words and what the board is asked to approve."""
    s = brief.s
    verdict = brief.result.verdict
    label = brief.translate("labels", VERDICT_LABELS[verdict])
    cell: list[Flowable] = [
        Paragraph(
            f"<b>{inline(brief.t(texts.VERDICT_IS, verdict=label))}</b> — "
            f"{markup(brief.t(texts.VERDICT_MEANS[verdict]))}",
            s.board_body,
        ),
        p(brief.t(texts.ASKED[verdict]), s.board_body),
    ]
    return _box(brief, cell, warn=verdict != "go")


def _to_fix(brief: Brief) -> list[Flowable]:
    """What must be fixed before anything is built: the blockers, else the weak dimensions."""
    s = brief.s
    result = brief.result
    items = [blocker.text for blocker in result.blockers]
    if not items:
        floor = result.readiness.bands.get("ready", 55)
        items = [
            brief.t(
                texts.WEAK_DIMENSION,
                dimension=brief.translate("labels", DIMENSION_LABELS.get(name, name)),
                score=value,
            )
            for name, value in sorted(result.readiness.dimensions.items(), key=lambda kv: kv[1])
            if value < floor
        ]
    if not items:
        return []
    rows = [[Paragraph("•", s.board_cell), p(no_runt(text), s.board_cell)] for text in items]
    table = Table(rows, colWidths=[5 * mm, brief.width - 5 * mm], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), *_tight()))
    return [heading(brief.t(texts.TO_FIX), s.board_h2), table]


def _tight() -> list[tuple[object, ...]]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]


def _facts(brief: Brief, full: bool) -> list[Flowable]:
    """The decision's facts as labelled rows: money, time, approach, baseline, go/no-go,
    readiness."""
    s = brief.s
    # The rows are made once and shared by the page's variants (one of them is drawn).
    rows = brief.once("facts-rows", lambda: _fact_rows(brief))
    if not full and brief.result.verdict != "stop":
        rows = rows[1:]  # the path's row: the headline names it
    table = Table(rows, colWidths=[LABEL_WIDTH, brief.width - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    # Lean, on a crowded page: without its heading and the path (the headline names it).
    return [heading(brief.t(texts.DECISION), s.board_h2), table] if full else [table]


def _fact_rows(brief: Brief) -> list[list[Flowable]]:
    """The facts' rows, the path's first (but under "stop")."""
    s = brief.s
    result = brief.result
    rows: list[tuple[str, str]] = []
    # Under "stop" no path is recommended: naming one, or its readiness, would read as a plan.
    stopped = result.verdict == "stop"
    if not stopped:
        rows.append((brief.t(texts.PATH), brief.path_name(result.recommendation)))
    # Money is put to the board only where it is asked for: under "not_yet" the board is told
    # not to fund a project yet, so the row says that nothing is asked now rather than show an
    # envelope; under "stop" nothing is to be built, and there is no row.
    envelope = texts.ENVELOPE.get(result.verdict)
    if result.verdict == "not_yet":
        rows.append((brief.t(texts.INVESTMENT_NOW), brief.t(texts.NO_INVESTMENT_YET)))
    elif (
        envelope is not None
        and result.cost is not None
        and result.recommendation in result.cost.by_path
    ):
        cost = result.cost.by_path[result.recommendation]
        asked = brief.t(envelope, range=money_range(brief, cost.low, cost.high))
        budget = brief.assessment.answer("budget")
        asked += " " + budget_verdict(brief, cost.low, cost.high, budget)
        rows.append((brief.t(texts.INVESTMENT), asked))
    rows.append((brief.t(texts.TIME), _time(brief)))
    approach = result.approach
    if approach is not None:
        rows += [
            (brief.t(texts.APPROACH), approach.text),
            (brief.t(texts.BASELINE), approach.baseline),
            (brief.t(texts.GO_NO_GO), approach.go_no_go),
        ]
    readiness = result.readiness
    if not stopped:
        rows.append(
            (
                brief.t(texts.READINESS),
                brief.t(
                    texts.READINESS_LINE,
                    score=readiness.score,
                    band=brief.translate("labels", BAND_LABELS[readiness.band]),
                    path=brief.path_name(readiness.for_path),
                )
                + " "
                + result.confidence_note,
            )
        )
    return [
        [Paragraph(inline(label), s.cell_label), p(no_runt(value), s.board_cell)]
        for label, value in rows
    ]


def _time(brief: Brief) -> str:
    """Time to a first version: the plan's decision day, and the answered target."""
    result = brief.result
    days = [step.days for step in result.next_steps]
    timeline = brief.assessment.answer("timeline")
    target = brief.translate("questions", answer_label("timeline", timeline))
    if result.verdict == "stop":
        return brief.t(texts.TIME_STOP)
    if timeline == "unsure":
        target = brief.t(texts.NOT_KNOWN)
    if result.verdict == "not_yet":
        if days and max(days) > 0:
            return brief.t(texts.TIME_NOT_YET, days=max(days), target=target)
        return brief.t(texts.TIME_NOT_YET_NOW, target=target)
    if days and max(days) > 0:
        return brief.t(texts.TIME_PLAN, days=max(days), target=target)
    return brief.t(texts.TIME_TARGET, target=target)


def ranked_risks(brief: Brief) -> list[Risk]:
    """The risks, most severe first (the Result's order within a severity)."""
    risks = list(brief.result.risks)
    return sorted(risks, key=lambda risk: SEVERITY_ORDER.index(risk.severity))


def _risks(brief: Brief, count: int = TOP_RISKS) -> list[Flowable]:
    s = brief.s
    if "risks" in brief.result.pending or not brief.result.risks:
        return []
    rows = brief.once(
        "risk-rows",
        lambda: [
            [
                Paragraph(
                    f"<b>{markup(risk.text)}</b> "
                    f'<font color="#{WARN.hexval()[2:]}">'
                    f"({inline(brief.severity(risk.severity))})</font>",
                    s.board_cell,
                ),
                p(no_runt(risk.mitigation), s.board_cell),
                Paragraph(inline(brief.owner(risk.owner) if risk.owner else ""), s.board_cell),
            ]
            for risk in ranked_risks(brief)[:TOP_RISKS]
        ],
    )[:count]
    header = [
        Paragraph(inline(brief.t(label)), s.cell_label)
        for label in (texts.RISK, texts.MITIGATION, texts.OWNER)
    ]
    from wizard.report.plan import fitted

    owner = fitted(brief, [brief.owner(v) for v in OWNER_LABELS], 20 * mm)
    half = (brief.width - owner) / 2
    table = Table([header, *rows], colWidths=[half, half, owner], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            *_tight(),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        )
    )
    return [heading(brief.t(texts.TOP_RISKS), s.board_h2), table]


def _regulation(brief: Brief) -> list[Flowable]:
    s = brief.s
    if "regulation" in brief.result.pending or not brief.result.regulation:
        return []
    rows = [
        [
            p(no_runt(rule.text), s.board_cell),
            Paragraph(applies_from(brief, rule.applies_from), s.board_cell),
        ]
        for rule in brief.result.regulation
    ]
    dates = 42 * mm
    table = Table(rows, colWidths=[brief.width - dates, dates], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            *_tight(),
        )
    )
    return [
        heading(brief.t(texts.REGULATION), s.board_h2),
        table,
        p(brief.t(texts.COUNSEL), s.muted),
    ]


def applies_from(brief: Brief, iso: str) -> str:
    """ "Applies from 2 August 2026" as markup, the date never broken across lines."""
    date = inline(format_date(iso, brief.translate)).replace(" ", NBSP)
    before, _, after = brief.t(texts.APPLIES_FROM).partition("{date}")
    return markup(before) + date + markup(after)


def _first_steps(brief: Brief, when: tuple[str, ...], most: int = 0) -> list[Flowable]:
    """The steps due `when` (at most `most` of them, if given), in a plan table."""
    from wizard.report.plan import plan_table

    s = brief.s
    steps = [step for step in brief.result.next_steps if step.when in when]
    if not steps:  # nothing due now: the first ones due
        first = min((step.days for step in brief.result.next_steps), default=None)
        steps = [step for step in brief.result.next_steps if step.days == first]
    if not steps:
        return []
    steps = steps[:most] if most else steps
    return [
        heading(brief.t(texts.FIRST_STEPS), s.board_h2),
        plan_table(brief, steps, compact=True),
        Spacer(1, 2 * mm),
        p(brief.t(texts.SEE_ALSO), s.muted),
    ]


def _unknown(brief: Brief, shown: int) -> list[Flowable]:
    unknown = brief.result.unknown
    if not unknown:
        return []
    names = [brief.translate("questions", QUESTIONS[qid].label) for qid in unknown]
    if not shown and len(names) > 1:
        text = brief.t(texts.UNKNOWN_COUNT, count=len(names))
        return [Spacer(1, 1 * mm), p(text, brief.s.item)]
    shown = max(shown, 1)
    listed = ", ".join(names[:shown])
    if len(names) > shown:
        listed = brief.t(texts.AND_MORE, listed=listed, count=len(names) - shown)
    return [Spacer(1, 1 * mm), p(brief.t(texts.UNKNOWN_MATTER, questions=listed), brief.s.item)]
