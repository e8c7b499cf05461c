"""The v2 parts of the results page: the verdict, the approach, levers to try, the cost against
the budget, risks, regulation and the next steps as a table. Everything shown is read from the
core's Result; nothing is computed here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wizard.core.labels import OWNER_LABELS, SEVERITY_LABELS
from wizard.core.outcome import VERDICT_LABELS
from wizard.core.paths import PATHS
from wizard.core.result import Lever, Result
from wizard.gui.language import core_tr
from wizard.gui.widgets import heading, label, secondary

# A plain name, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

# How many risks the page lists: the most severe first.
TOP_RISKS = 3
_SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(SEVERITY_LABELS)}  # high first


def owner_label(owner: str | None) -> str:
    """An owner's role as the brief and the command line name it (wizard.core.labels)."""
    if not owner or owner not in OWNER_LABELS:
        return owner or ""
    return core_tr("labels", OWNER_LABELS[owner])


def when_label(when: str) -> str:
    return {
        "now": translate("advice", "Now"),
        "30": translate("advice", "By day 30"),
        "60": translate("advice", "By day 60"),
        "90": translate("advice", "By day 90"),
    }.get(when, when)


def severity_label(severity: str) -> str:
    """A risk's severity as the brief and the command line name it (wizard.core.labels),
    capitalised: here it stands alone, in parentheses after the risk."""
    if severity not in SEVERITY_LABELS:
        return severity
    word = core_tr("labels", SEVERITY_LABELS[severity])
    return word[:1].upper() + word[1:]


def verdict_block(result: Result, parent: QWidget) -> QWidget:
    """The verdict as a word, then the one-sentence headline: what to do, first of all."""
    block = QWidget(parent)
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    word = core_tr("labels", VERDICT_LABELS.get(result.verdict, result.verdict))
    verdict = heading(translate("advice", "Verdict: {verdict}").format(verdict=word), "large",
                      block)
    verdict.setObjectName("verdict")
    headline = heading(result.headline, "x-large", block)
    headline.setObjectName("headline")
    layout.addWidget(verdict)
    layout.addWidget(headline)
    return block


def approach_box(result: Result, parent: QWidget) -> QGroupBox | None:
    approach = result.approach
    if approach is None:
        return None
    box = QGroupBox(translate("advice", "The approach: {path}").format(
        path=core_tr("paths", PATHS[approach.path].name)), parent)
    box.setObjectName("approach")
    layout = QVBoxLayout(box)
    layout.addWidget(label(approach.text, box))
    for caption, text in ((translate("advice", "Baseline to beat: {text}"), approach.baseline),
                          (translate("advice", "Go or no-go: {text}"), approach.go_no_go),
                          (translate("advice", "Main risk: {text}"), approach.risk or "")):
        if text:
            layout.addWidget(label(caption.format(text=text), box))
    return box


def levers_box(result: Result, parent: QWidget, try_lever: Callable[[Lever], None],
               undo: Callable[[], None] | None) -> QGroupBox | None:
    """Each lever with what it takes and leads to, and a button that tries it; Undo after."""
    if not result.levers and undo is None:
        return None
    box = QGroupBox(translate("advice", "Levers: what you can change"), parent)
    box.setObjectName("levers")
    layout = QVBoxLayout(box)
    if undo is not None:
        row = QHBoxLayout()
        undo_button = QPushButton(translate("advice", "&Undo the last try"), box)
        undo_button.setObjectName("undo-lever")
        undo_button.clicked.connect(lambda _=False: undo())
        row.addWidget(secondary(translate(
            "advice", "The answers of the lever tried are in place; the advice above follows "
            "them."), box), 1)
        row.addWidget(undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
    for index, lever in enumerate(result.levers):
        row = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(label("\u2022 " + lever.text, box))
        text.addWidget(secondary(translate(
            "advice", "Effort: {effort}. Leads to: {path}.").format(
                effort=lever.effort, path=core_tr("paths", PATHS[lever.recommendation].name)),
            box))
        row.addLayout(text, 1)
        button = QPushButton(translate("advice", "Try it"), box)
        button.setObjectName(f"try-lever-{index}")
        button.setToolTip(translate("advice", "Apply this lever's answers; Undo puts yours back."))
        button.clicked.connect(lambda _=False, lever=lever: try_lever(lever))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
    return box


def cost_box(result: Result, parent: QWidget, budget: str,
             money: Callable[[int], str]) -> QGroupBox | None:
    """The cost range of the recommended path, its items, and the budget given, as the board
    paper puts it: no box under stop (nothing is to be built), no money asked under not_yet,
    and under fix_first a range committed only once the blockers are cleared."""
    # The board paper's wording, so that the room and the board read the same (Qt-free data).
    from wizard.report.texts import INVESTMENT_NOW, NO_INVESTMENT_YET

    if result.verdict == "stop":
        return None
    if result.cost is None or result.recommendation not in result.cost.by_path:
        return None
    cost = result.cost.by_path[result.recommendation]
    box = QGroupBox(translate("advice", "Cost"), parent)
    box.setObjectName("cost")
    layout = QVBoxLayout(box)
    if result.verdict == "not_yet":
        layout.addWidget(heading(core_tr("brief", INVESTMENT_NOW), "medium", box))
        layout.addWidget(label(core_tr("brief", NO_INVESTMENT_YET), box))
        return box
    layout.addWidget(heading(translate("advice", "{low} to {high} for {path}").format(
        low=money(cost.low), high=money(cost.high),
        path=core_tr("paths", PATHS[result.recommendation].name)), "medium", box))
    if result.verdict == "fix_first":
        layout.addWidget(secondary(translate(
            "advice", "Committed only once the blockers are cleared."), box))
    if budget:
        layout.addWidget(label(translate("advice", "Your budget: {budget}").format(
            budget=budget), box))
    for item in cost.items:
        layout.addWidget(label(f"\u2022 {item.what}: {money(item.low)}\u2013{money(item.high)}",
                               box))
        if item.assumption:
            layout.addWidget(secondary(item.assumption, box))
    return box


def risks_box(result: Result, parent: QWidget) -> QGroupBox | None:
    if not result.risks:
        return None
    box = QGroupBox(translate("advice", "Top risks"), parent)
    box.setObjectName("risks")
    layout = QVBoxLayout(box)
    ranked = sorted(result.risks, key=lambda r: _SEVERITY_ORDER.get(r.severity, 3))
    for risk in ranked[:TOP_RISKS]:
        layout.addWidget(label(f"\u2022 {risk.text} ({severity_label(risk.severity)})", box))
        if risk.mitigation:
            layout.addWidget(secondary(translate("advice", "What to do: {text}").format(
                text=risk.mitigation), box))
    return box


def regulation_box(result: Result, parent: QWidget) -> QGroupBox | None:
    if not result.regulation:
        return None
    box = QGroupBox(translate("advice", "Regulation"), parent)
    box.setObjectName("regulation")
    layout = QVBoxLayout(box)
    for rule in result.regulation:
        layout.addWidget(label("\u2022 " + rule.text, box))
        for duty in rule.obligations:
            layout.addWidget(label("    \u2013 " + duty, box))
        if rule.applies_from:
            layout.addWidget(secondary(translate("advice", "Applies from {date}").format(
                date=rule.applies_from), box))
    return box


def steps_table(result: Result, parent: QWidget) -> QGroupBox | None:
    """The next steps as a table: when, who, what, and how to tell it is done."""
    if not result.next_steps:
        return None
    box = QGroupBox(translate("advice", "Next steps"), parent)
    box.setObjectName("next-steps")
    grid = QGridLayout(box)
    grid.setHorizontalSpacing(12)
    for column, stretch in enumerate((0, 0, 3, 2)):
        grid.setColumnStretch(column, stretch)
    for column, title in enumerate((translate("advice", "When"), translate("advice", "Owner"),
                                    translate("advice", "Step"),
                                    translate("advice", "Done when"))):
        cell = heading(title, "medium", box)
        if column >= 2:
            _narrowable(cell)
        grid.addWidget(cell, 0, column, Qt.AlignmentFlag.AlignTop)
    for row, step in enumerate(result.next_steps, start=1):
        cells: list[QLabel] = [label(when_label(step.when), box),
                               label(owner_label(step.owner), box),
                               label(step.text, box), secondary(step.done_when, box)]
        for column, cell in enumerate(cells):
            if column >= 2:  # when and owner are short: they keep their words whole
                _narrowable(cell)
            grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
    return box


def _narrowable(cell: QLabel) -> None:
    """A table cell that takes its column's share of the width and wraps there, rather than
    widening the table to its longest word (four such minimums overflow a projector)."""
    policy = cell.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    cell.setSizePolicy(policy)
    cell.setMinimumWidth(cell.fontMetrics().horizontalAdvance("m") * 5)
