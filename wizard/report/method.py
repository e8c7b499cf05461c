"""One page of method and limits: how the scores are made, the bands, the verdicts, what
confidence means, the rulebook and its date, and what the tool cannot judge."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from wizard.core.labels import BAND_LABELS, DIMENSION_LABELS
from wizard.core.outcome import VERDICT_LABELS, VERDICT_ORDER
from wizard.core.scoring import DIMENSION_WEIGHTS
from wizard.report import texts
from wizard.report.context import Brief, bullets, heading, p
from wizard.report.para import Paragraph
from wizard.report.safety import inline
from wizard.report.scores import BAND_ORDER, band_floors
from wizard.report.styles import RULE, table_style


def method(brief: Brief) -> list[Flowable]:
    """The method and limits section."""
    s = brief.s
    result = brief.result
    weights = ", ".join(
        brief.t(
            texts.WEIGHT,
            dimension=brief.translate("labels", DIMENSION_LABELS.get(dim.value, dim.value)),
            percent=round(weight * 100),
        )
        for dim, weight in DIMENSION_WEIGHTS.items()
    )
    return [
        heading(brief.t(texts.METHOD), s.h1),
        heading(brief.t(texts.HOW_SCORED), s.h2),
        p(brief.t(texts.FIT_METHOD), s.body),
        p(
            brief.t(
                texts.READINESS_METHOD,
                weights=weights,
                path=brief.path_name(result.readiness.for_path),
            ),
            s.body,
        ),
        heading(brief.t(texts.BANDS), s.h2),
        _bands(brief),
        heading(brief.t(texts.VERDICTS), s.h2),
        _verdicts(brief),
        heading(brief.t(texts.CONFIDENCE_MEANS), s.h2),
        p(brief.t(texts.CONFIDENCE_METHOD, note=result.confidence_note), s.body),
        heading(brief.t(texts.COSTS_AND_RULEBOOK), s.h2),
        p(brief.t(texts.COST_METHOD), s.body),
        p(
            brief.t(texts.RULEBOOK_METHOD, version=result.rulebook, date=_month(brief)),
            s.body,
        ),
        heading(brief.t(texts.LIMITS), s.h2),
        bullets([p(brief.t(limit), s.item)] for limit in texts.LIMITS_LIST),
    ]


def _month(brief: Brief) -> str:
    """The rulebook's version YYYY.MM as "November 2026"."""
    year, _, month = brief.result.rulebook.partition(".")
    if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        return brief.result.rulebook
    return f"{brief.t(texts.MONTHS[int(month) - 1])} {year}"


def _rows(brief: Brief, rows: list[tuple[str, str]], first: float) -> Table:
    s = brief.s
    data = [[Paragraph(f"<b>{inline(label)}</b>", s.cell), p(text, s.cell)] for label, text in rows]
    table = Table(data, colWidths=[first, brief.width - first], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        )
    )
    return table


def _bands(brief: Brief) -> Table:
    """Each band with its scores, from the cut-offs the result states."""
    floors = band_floors(brief)
    lows = [0, *(floors[band] for band in BAND_ORDER[1:])]
    highs = [low - 1 for low in lows[1:]] + [100]
    rows = [
        (
            brief.translate("labels", BAND_LABELS[band]),
            brief.t(texts.BAND_RANGE, low=low, high=high),
        )
        for band, low, high in zip(BAND_ORDER, lows, highs, strict=True)
    ]
    rows.append((brief.t(texts.BLOCKER_CAP_LABEL), brief.t(texts.BLOCKER_CAP)))
    return _rows(brief, rows, 40 * mm)


def _verdicts(brief: Brief) -> Table:
    rows = [
        (
            brief.translate("labels", VERDICT_LABELS[verdict]),
            brief.t(texts.VERDICT_RULES[verdict]),
        )
        for verdict in reversed(VERDICT_ORDER)
    ]
    return _rows(brief, rows, 40 * mm)
