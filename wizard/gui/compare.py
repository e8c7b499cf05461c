"""File › Compare With…: this assessment beside an earlier one, with the deltas."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from wizard.core.compare import Comparison
from wizard.core.labels import BAND_LABELS, DIMENSION_LABELS
from wizard.core.outcome import VERDICT_LABELS, blocker_ids, verdict
from wizard.core.paths import PATHS
from wizard.core.questions import QUESTIONS, answer_label
from wizard.gui.language import core_tr
from wizard.gui.widgets import heading, label, page_scroll_area, secondary


def delta_text(before: int, after: int) -> str:
    """"▲ +12", "▼ −5" or "=": the sign is in the shape too, for greyscale and colour blindness."""
    change = after - before
    if change > 0:
        return f"\u25b2 +{change}"
    if change < 0:
        return f"\u25bc \u2212{-change}"
    return "="


class CompareDialog(QDialog):
    """Both assessments side by side: advice, readiness per dimension, answers, blockers."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare")
        self.comparison = comparison
        self.setWindowTitle(self.tr("Compare assessments"))
        outer = QVBoxLayout(self)
        area = page_scroll_area(self)
        outer.addWidget(area)
        body = QWidget()
        column = QVBoxLayout(body)
        area.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(QSize(640, 480))

        b, a = comparison.before_result, comparison.after_result
        column.addWidget(heading(self.tr("Progress since {date}").format(
            date=shown_date(comparison.before.meta.date) or self.tr("the earlier assessment")),
            "x-large", body))
        table = QGroupBox(self.tr("The advice, before and after"), body)
        grid = QGridLayout(table)
        self.grid = grid
        headers = ("", self.tr("Earlier ({date})").format(
                       date=shown_date(comparison.before.meta.date) or "?"),
                   self.tr("Now ({date})").format(
                       date=shown_date(comparison.after.meta.date) or "?"),
                   self.tr("Change"))
        for column_index, text in enumerate(headers):
            cell = QLabel(f"<b>{_escape(text)}</b>", table)
            cell.setWordWrap(True)
            grid.addWidget(cell, 0, column_index)
        rows: list[tuple[str, str, str, str]] = [
            (self.tr("Recommendation"), core_tr("paths", PATHS[b.recommendation].name),
             core_tr("paths", PATHS[a.recommendation].name),
             "=" if b.recommendation == a.recommendation else self.tr("changed")),
        ]
        if verdict(b) or verdict(a):
            rows.append((self.tr("Verdict"), _verdict(verdict(b)), _verdict(verdict(a)),
                         "=" if verdict(b) == verdict(a) else self.tr("changed")))
        rows.append((self.tr("Readiness"),
                     f"{b.readiness.score} ({core_tr('labels', BAND_LABELS[b.readiness.band])})",
                     f"{a.readiness.score} ({core_tr('labels', BAND_LABELS[a.readiness.band])})",
                     delta_text(b.readiness.score, a.readiness.score)))
        for dim, (before, after) in comparison.dimensions.items():
            rows.append(("    " + core_tr("labels", DIMENSION_LABELS.get(dim, dim)),
                         str(before), str(after), delta_text(before, after)))
        for index, cells in enumerate(rows, start=1):
            for column_index, text in enumerate(cells):
                cell = QLabel(text, table)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setObjectName(f"compare-{index}-{column_index}")
                grid.addWidget(cell, index, column_index)
        grid.setColumnStretch(0, 2)
        for column_index in (1, 2):
            grid.setColumnStretch(column_index, 2)
        column.addWidget(table)

        changes = QGroupBox(self.tr("Changed answers"), body)
        changes_layout = QVBoxLayout(changes)
        if not comparison.changes:
            changes_layout.addWidget(secondary(self.tr("No answer changed."), changes))
        for change in comparison.changes:
            changes_layout.addWidget(label("\u2022 {question}: {before} \u2192 {after}".format(
                question=core_tr("questions", QUESTIONS[change.question].label),
                before=core_tr("questions", answer_label(change.question, change.before)),
                after=core_tr("questions", answer_label(change.question, change.after))),
                changes))
        column.addWidget(changes)
        for title, ids, result in ((self.tr("Blockers cleared"), comparison.cleared, b),
                                   (self.tr("New blockers"), comparison.new, a)):
            if not ids:
                continue
            texts = dict(zip(blocker_ids(result), (x.text for x in result.blockers),
                             strict=True))
            box = QGroupBox(title, body)
            box_layout = QVBoxLayout(box)
            for blocker in ids:
                box_layout.addWidget(label("\u2022 " + texts[blocker], box))
            column.addWidget(box)
        column.addStretch(1)


def shown_date(iso: str) -> str:
    """An ISO date written as the brief writes it in the window's language ("2 June 2026")."""
    from wizard.report.dates import format_date  # Qt-free, no reportlab

    return format_date(iso, core_tr)


def _verdict(value: str) -> str:
    return core_tr("labels", VERDICT_LABELS[value]) if value in VERDICT_LABELS else "\u2014"


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
