"""The last page: the advice as the core returns it, explained, with links back to questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGroupBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.core.engine import assess
from wizard.core.labels import BAND_LABELS, CONFIDENCE_LABELS, DIMENSION_LABELS
from wizard.core.model import UNSURE
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTIONS, answer_label
from wizard.core.result import Lever, Result
from wizard.gui.charts import FitBars, RadarChart
from wizard.gui.document import Document
from wizard.gui.flow import FlowLayout
from wizard.gui.language import core_tr, core_translate
from wizard.gui.money import budget_label, money, shown_currency
from wizard.gui.pages import advice
from wizard.gui.room import add_room_section
from wizard.gui.widgets import ScrollBody, breakable, heading, label, page_scroll_area, secondary


class _Body(ScrollBody):
    """The results' content: the two charts side by side when there is room, else stacked."""

    charts: QBoxLayout

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        wide = self.width() >= self.fontMetrics().horizontalAdvance("m") * 64
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.charts.direction() != direction:
            self.charts.setDirection(direction)
            for index in range(self.charts.count()):
                self.charts.setStretch(index, 1 if wide else 0)
        super().resizeEvent(event)


class ResultsPage(QWizardPage):
    """Recommendation, fit, readiness, reasons, blockers, risks, what-if and next steps."""

    jumpRequested = Signal(str)  # noqa: N815 - Qt naming: a question id

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.result: Result | None = None
        # The answers a tried lever replaced (None: not there before), for Undo.
        self._undo: dict[str, str | None] | None = None
        self.setObjectName("page-results")
        self.setTitle(self.tr("Results"))
        self.setSubTitle(breakable(self.tr("The advice for these answers, and why. Go back to "
                                           "change any answer; the results follow.")))
        self.setFinalPage(True)
        outer = QVBoxLayout(self)
        self.scroll_area = page_scroll_area(self)
        outer.addWidget(self.scroll_area)
        document.changed.connect(self._document_changed)

    # --- levers: one click to try one, one to undo it --------------------------------------

    def try_lever(self, lever: Lever) -> None:
        """Put a lever's answers in place (the document changes, so the advice follows)."""
        if self._undo is None:
            self._undo = {qid: self._document.answers.get(qid) for qid in lever.answers}
        else:  # a second try: Undo still goes back to the answers before the first
            for qid in lever.answers:
                self._undo.setdefault(qid, self._document.answers.get(qid))
        for qid, option in lever.answers.items():
            self._document.set_answer(qid, option)
        self.refresh()

    def undo_lever(self) -> None:
        """Put back the answers the tried levers replaced."""
        before, self._undo = self._undo or {}, None
        for qid, option in before.items():
            self._document.set_answer(qid, option)
        self.refresh()

    def _budget_label(self) -> str:
        answer = self._document.answers.get("budget")
        if answer is None or answer == UNSURE or "budget" not in QUESTIONS:
            return ""
        return budget_label(answer, self._currency())

    def _currency(self) -> str:
        return shown_currency()

    def _money(self, amount: int) -> str:
        return money(amount, self._currency())

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Assess the document's answers and show what the core returns."""
        self.refresh()

    def _document_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.result = assess(self._document.to_assessment(), core_translate())
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(self._build(self.result))

    def _build(self, result: Result) -> QWidget:
        body = _Body()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        path = PATHS[result.recommendation]
        column.addWidget(advice.verdict_block(result, body))
        # Under "stop" nothing is to be built: no path is named, as the board paper names none.
        if result.verdict != "stop":
            recommended = heading(self.tr("Recommended: {path}").format(
                path=core_tr("paths", path.name)), "medium", body)
            recommended.setObjectName("recommended")
            column.addWidget(recommended)
            column.addWidget(secondary(core_tr("paths", path.summary), body))
        confidence = heading(result.confidence_note, "medium", body)
        confidence.setObjectName("confidence")
        confidence.setAccessibleDescription(core_tr("labels", CONFIDENCE_LABELS[result.confidence]))
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(confidence)
        approach = advice.approach_box(result, body)
        if approach is not None:
            column.addWidget(approach)

        charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.charts = charts
        fit_box = QGroupBox(self.tr("Fit of each path (0\u2013100)"), body)
        fit = FitBars(fit_box)
        fit.setAccessibleName(fit_box.title())
        fit.set_rows([(core_tr("paths", PATHS[p].name), result.fit[p], p == result.recommendation)
                      for p in PATH_ORDER])
        QVBoxLayout(fit_box).addWidget(fit, 0, Qt.AlignmentFlag.AlignVCenter)
        readiness = result.readiness
        radar_box = QGroupBox(self.tr("Readiness: {score}/100 \u2013 {band}").format(
            score=readiness.score, band=core_tr("labels", BAND_LABELS[readiness.band])),
                              body)
        radar = RadarChart(radar_box)
        radar.setAccessibleName(radar_box.title())
        radar.set_values([(core_tr("labels", DIMENSION_LABELS.get(key, key)), value)
                          for key, value in readiness.dimensions.items()],
                         f"{readiness.score}/100")
        QVBoxLayout(radar_box).addWidget(radar)
        charts.addWidget(fit_box, 1)
        charts.addWidget(radar_box, 1)
        column.addLayout(charts)
        add_room_section(column, self._document.to_assessment(), result)

        reasons = []
        for reason in result.reasons:
            text = reason.text
            if reason.weight < 0:
                text = self.tr("Against {path}: {reason}").format(
                    path=core_tr("paths", PATHS[reason.path].name), reason=reason.text)
            reasons.append((text, reason.source, reason.questions))
        self._add_list(column, self.tr("Why"), reasons)
        self._add_list(column, self.tr("Fix first"),
                       [(b.text, b.source, b.questions) for b in result.blockers])
        for box in (
            advice.levers_box(result, body, self.try_lever,
                              self.undo_lever if self._undo is not None else None),
            advice.cost_box(result, body, self._budget_label(), self._money),
            advice.risks_box(result, body),
            advice.regulation_box(result, body),
        ):
            if box is not None:
                column.addWidget(box)
        self._add_list(column, self.tr("What the advice depends on"),
                       [(c.text, "", tuple(c.answers)) for c in result.what_would_change],
                       empty=self.tr("No change of one or two answers leads to another path."))
        steps = advice.steps_table(result, body)
        if steps is not None:
            column.addWidget(steps)
        if result.unknown:
            self._add_list(column, self.tr("Answered \u201cDon't know\u201d or not yet"),
                           [(self.tr("Answering these firms up the advice."), "",
                             result.unknown)])
        column.addStretch(1)
        return body

    def _add_list(self, column: QVBoxLayout, title: str,
                  items: list[tuple[str, str, tuple[str, ...]]], empty: str = "") -> None:
        if not items and not empty:
            return
        box = QGroupBox(title)
        box.setObjectName("section-" + title)
        layout = QVBoxLayout(box)
        if not items:
            layout.addWidget(secondary(empty, box))
        for text, source, questions in items:
            layout.addWidget(label("\u2022 " + text, box))
            if source:
                layout.addWidget(secondary(self.tr("Source: {source}").format(
                    source=self._citation(source)), box))
            if questions:
                layout.addLayout(self._question_links(box, questions))
            layout.addSpacing(self.fontMetrics().height() // 3)
        column.addWidget(box)

    def _citation(self, source: str) -> str:
        """A source id as the reader knows it: its citation when the Result lists it."""
        sources = self.result.sources if self.result is not None else ()
        return next((item.citation for item in sources if item.id == source), source)

    def _question_links(self, parent: QWidget, questions: tuple[str, ...]) -> FlowLayout:
        row = FlowLayout(spacing=4)
        row.setContentsMargins(12, 0, 0, 0)
        for question_id in questions:
            question = QUESTIONS[question_id]
            name = core_tr("questions", question.label)
            answer = core_tr("questions", answer_label(
                question_id, self._document.answers.get(question_id, UNSURE)))
            button = QToolButton(parent)
            button.setText(f"\u2192 {name}")
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Your answer: {answer}. Click to change it.").format(
                answer=answer))
            button.setAccessibleName(self.tr("Go to question: {question}").format(question=name))
            button.setProperty("question_id", question_id)
            button.clicked.connect(lambda _=False, qid=question_id: self.jumpRequested.emit(qid))
            row.addWidget(button)
        return row
