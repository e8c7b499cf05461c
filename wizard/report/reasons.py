"""Why this path: every reason with its points on every path it touches, adding up to the
totals; then what the organisation can do (levers) and what the advice depends on."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table

from wizard.core.labels import BAND_LABELS
from wizard.core.paths import PATH_ORDER
from wizard.core.result import Reason
from wizard.report import fonts, texts
from wizard.report.context import Brief, bullets, heading, p
from wizard.report.para import Paragraph
from wizard.report.safety import inline, markup
from wizard.report.styles import ACCENT, ACCENT_LIGHT, MUTED, PANEL, RULE, WARN, table_style
from wizard.report.words import no_runt

POINTS_WIDTH = 21 * mm


def reasons(brief: Brief) -> list[Flowable]:
    """The reasons table, the levers and the changes that would lead elsewhere."""
    s = brief.s
    changes = _changes(brief)
    parts: list[Flowable] = [
        heading(brief.t(texts.WHY), s.h1),
        p(brief.t(texts.WHY_INTRO), s.body),
        _table(brief),
    ]
    parts += _levers(brief)
    parts += [
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


def ordered(brief: Brief) -> list[Reason]:
    """The reasons for the recommended path first, strongest first; then the others by the
    size of their largest effect."""
    best = brief.result.recommendation

    def key(reason: Reason) -> tuple[int, int]:
        for_best = reason.effects.get(best, 0)
        if for_best > 0:
            return (0, -for_best)
        return (1, -max((abs(v) for v in reason.effects.values()), default=0))

    return sorted(brief.result.reasons, key=key)


def _points(value: int | None) -> str:
    if not value:
        return ""
    return f"{'+' if value > 0 else '−'}{abs(value)}"


def _table(brief: Brief) -> Table:
    s = brief.s
    result = brief.result
    best = result.recommendation
    header: list[Flowable] = [Paragraph(inline(brief.t(texts.REASON)), s.cell_label)]
    header += [Paragraph(inline(brief.path_name(path)), s.cell_label_right) for path in PATH_ORDER]
    rows: list[list[object]] = [header]
    marks: list[tuple[object, ...]] = []
    totals = dict.fromkeys(PATH_ORDER, 0)
    for index, reason in enumerate(ordered(brief), start=1):
        source = brief.source_name(reason.source)
        cited = markup(brief.t(texts.SOURCE, source=source)) + brief.cite_source(reason.source)
        rows.append(
            [
                [
                    p(no_runt(reason.text), s.cell),
                    Paragraph(cited, s.cell_muted),
                ],
                # Plain strings: a number needs no paragraph, and tables draw them cheaply.
                *(_points(reason.effects.get(path)) for path in PATH_ORDER),
            ]
        )
        for path in PATH_ORDER:
            totals[path] += reason.effects.get(path, 0)
        colour = ACCENT if reason.effects.get(best, 0) > 0 else WARN
        marks.append(("LINEBEFORE", (0, index), (0, index), 2.5, colour))
    total_row: list[object] = [Paragraph(inline(brief.t(texts.TOTAL_POINTS)), s.cell_bold)]
    total_row += [_points(totals[path]) or "0" for path in PATH_ORDER]
    fit_row: list[object] = [Paragraph(inline(brief.t(texts.FIT_SCALED)), s.cell_bold)]
    fit_row += [str(result.fit[path]) for path in PATH_ORDER]
    rows += [total_row, fit_row]
    last = len(rows) - 1
    points = _points_width(brief)
    widths = [brief.width - 3 * points, *([points] * 3)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    best_column = 1 + PATH_ORDER.index(best)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("BACKGROUND", (best_column, 1), (best_column, -1), PANEL),
            ("BACKGROUND", (0, last - 1), (-1, last), ACCENT_LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONTSIZE", (1, 1), (-1, -1), s.cell.fontSize),
            ("TEXTCOLOR", (1, 1), (-1, -1), s.cell.textColor),
            ("FONTNAME", (best_column, 1), (best_column, -1), fonts.BOLD),
            ("FONTNAME", (1, last - 1), (-1, last), fonts.BOLD),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("LINEABOVE", (0, last - 1), (-1, last - 1), 1, MUTED),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            *marks,
        )
    )
    return table


def _points_width(brief: Brief) -> float:
    """A points column wide enough for the longest word of any path's name: no word of a
    heading is split ("Pretraine / d")."""
    style = brief.s.cell_label_right
    words = [word for path in PATH_ORDER for word in brief.path_name(path).split()]
    widest = max(stringWidth(word, style.fontName, style.fontSize) for word in words)
    return float(max(POINTS_WIDTH, widest + 14))


def _levers(brief: Brief) -> list[Flowable]:
    """What the organisation controls, each with what it would give and what it takes."""
    s = brief.s
    result = brief.result
    if "levers" in result.pending or not result.levers:
        return []
    items = []
    for lever in result.levers:
        if lever.recommendation != result.recommendation:
            gives = brief.t(texts.LEVER_PATH, path=brief.path_name(lever.recommendation))
        else:
            gives = brief.t(
                texts.LEVER_BAND, band=brief.translate("labels", BAND_LABELS[lever.band])
            )
        detail = gives + " " + brief.t(texts.LEVER_EFFORT, effort=lever.effort)
        items.append([p(lever.text, s.item), p(detail, s.muted)])
    first, *rest = items
    return [
        KeepTogether(
            [
                heading(brief.t(texts.LEVERS), s.h2),
                p(brief.t(texts.LEVERS_INTRO), s.body),
                bullets([first]),
            ]
        ),
        *(KeepTogether(bullets([item])) for item in rest),
    ]


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
