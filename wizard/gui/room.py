"""The results page's "Where the room disagrees" section, for a team file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from wizard.core.disagreement import Room, room
from wizard.core.outcome import VERDICT_LABELS
from wizard.core.paths import PATHS
from wizard.core.questions import QUESTIONS, answer_label
from wizard.gui.language import core_tr, core_translate
from wizard.gui.widgets import heading, label, secondary

if TYPE_CHECKING:
    from PySide6.QtWidgets import QBoxLayout

    from wizard.core.assessment import Assessment
    from wizard.core.result import Result

WARNING_SIGN = "\u26a0 "


def add_room_section(column: QBoxLayout, assessment: Assessment, result: Result) -> None:
    """Add the section to the results' column when the file has participants."""
    found = room(assessment, core_translate(), result)
    if found is not None:
        column.addWidget(RoomSection(found))


class RoomSection(QGroupBox):
    """The questions that flip the advice first, who said what, each one's own advice."""

    def __init__(self, found: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section-room")
        self.setTitle(self.tr("Where the room disagrees"))
        layout = QVBoxLayout(self)
        if not found.disagreements:
            layout.addWidget(secondary(self.tr(
                "The participants gave the same answer to every question."), self))
        for d in found.disagreements:
            question = core_tr("questions", QUESTIONS[d.question].label)
            verdict = (self.tr("changes the recommendation") if d.flips
                       else self.tr("the recommendation holds"))
            mark = WARNING_SIGN if d.flips else ""
            title = heading(f"{mark}{question} \u2014 {verdict}", "medium", self)
            title.setProperty("flips", d.flips)
            layout.addWidget(title)
            by_answer: dict[str, list[str]] = {}
            for name, option in d.answers.items():
                by_answer.setdefault(option, []).append(name)
            for option, names in by_answer.items():
                shown = core_tr("questions", answer_label(d.question, option))
                layout.addWidget(label(f"\u2022 {shown}: {', '.join(names)}", self))
            consensus = core_tr("questions", answer_label(d.question, d.consensus))
            low, high = d.readiness
            layout.addWidget(secondary(
                self.tr("Consensus: {answer} \u00b7 readiness across these answers: {low} to "
                        "{high}").format(answer=consensus, low=low, high=high) if low != high
                else self.tr("Consensus: {answer} \u00b7 readiness with any of these answers: "
                             "{score}").format(answer=consensus, score=low), self))
            layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(heading(self.tr("Each participant's own advice"), "medium", self))
        for outcome in found.outcomes:
            verdict = (core_tr("labels", VERDICT_LABELS[outcome.verdict])
                       if outcome.verdict in VERDICT_LABELS else "")
            parts = [core_tr("paths", PATHS[outcome.recommendation].name),
                     self.tr("readiness {score}").format(score=outcome.readiness)]
            if verdict:
                parts.append(verdict)
            layout.addWidget(label(f"\u2022 {outcome.name}: {', '.join(parts)}", self))
