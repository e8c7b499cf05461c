"""One question on screen: its options as radio buttons, "Don't know", help and a note."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.model import UNSURE, Question
from wizard.core.questions import UNSURE_LABEL
from wizard.gui.choice import WrappingRadioButton
from wizard.gui.language import core_tr
from wizard.gui.widgets import heading, secondary, text_field


class QuestionBox(QFrame):
    """A question with its options; emits `answered(question_id, option_id)` and `noted`."""

    answered = Signal(str, str)
    noted = Signal(str, str)

    def __init__(self, question: Question, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"question-{question.id}")
        text = core_tr("questions", question.text)
        help_text = core_tr("questions", question.help)
        short = core_tr("questions", question.label)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = heading(f"{number}. {text}", "large")
        self.title.setToolTip(help_text)
        top.addWidget(self.title, 1)
        self.help_button = QToolButton(self)
        self.help_button.setText(self.tr("?"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(help_text)
        self.help_button.setAccessibleName(self.tr("Explain: {question}").format(question=short))
        top.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.help_label = secondary(help_text)
        self.help_label.setVisible(False)
        self.help_button.toggled.connect(self.help_label.setVisible)
        layout.addWidget(self.help_label)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        # Room around each row for the chosen one's highlight.
        grid.setVerticalSpacing(self.fontMetrics().height() // 2)
        grid.setContentsMargins(8, 4, 8, 4)
        self._grid = grid
        self.group = QButtonGroup(self)
        self.buttons: dict[str, WrappingRadioButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        choices = [(o.id, o.label, o.help) for o in question.options]
        choices.append((UNSURE, UNSURE_LABEL, ""))
        for row, (option_id, option_label, option_help) in enumerate(choices):
            button = WrappingRadioButton(self._option_text(option_id, option_label), self)
            button.setProperty("option_id", option_id)
            if option_help:
                shown = core_tr("questions", option_help)
                button.setAccessibleDescription(shown)  # shown beside it: no tooltip
                self.descriptions[option_id] = secondary(shown, self)
                grid.addWidget(self.descriptions[option_id], row, 1)
            self.group.addButton(button)
            self.buttons[option_id] = button
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        self.group.buttonClicked.connect(self._clicked)
        self.group.buttonToggled.connect(lambda _button, _on: self.update())

        self.note = text_field(self)
        self.note.setPlaceholderText(self.tr("Notes (optional)"))
        self.note.setAccessibleName(self.tr("Notes on: {question}").format(question=short))
        self.note.setClearButtonEnabled(True)
        self.note.textChanged.connect(lambda value: self.noted.emit(question.id, value))
        layout.addWidget(self.note)

    def _option_text(self, option_id: str, option_label: str) -> str:
        """The option's label; budget ranges in the currency chosen (the id stays the same)."""
        from wizard.gui.money import budget_label, shown_currency

        currency = shown_currency()
        if self.question.id == "budget" and currency != "USD":
            return budget_label(option_id, currency) or core_tr("questions", option_label)
        return core_tr("questions", option_label)

    def chosen_row_rect(self) -> QRect | None:
        """Where the chosen answer's highlight goes: its whole row, option and description."""
        button = self.group.checkedButton()
        if button is None:
            return None
        rect = button.geometry()
        description = self.descriptions.get(str(button.property("option_id")))
        if description is not None:
            rect = rect.united(description.geometry())
        area = self._grid.geometry()
        gap = self._grid.verticalSpacing() // 2
        return QRect(area.left() + 2, rect.top() - gap, area.width() - 4, rect.height() + 2 * gap)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The frame, then the chosen row tinted with an accent bar (its text draws over it)."""
        super().paintEvent(event)
        rect = self.chosen_row_rect()
        if rect is None:
            return
        from PySide6.QtGui import QPainter, QPalette

        from wizard.gui.look import row_tint

        painter = QPainter(self)
        painter.fillRect(rect, row_tint(self.palette()))
        bar = max(3, self.fontMetrics().height() // 6)
        painter.fillRect(rect.x(), rect.y(), bar, rect.height(),
                         self.palette().color(QPalette.ColorRole.Highlight))
        painter.end()

    def _clicked(self, button: QAbstractButton) -> None:
        self._set_tab_stop()
        self.answered.emit(self.question.id, str(button.property("option_id")))

    def _set_tab_stop(self) -> None:
        """Tab lands on the chosen option (the first when none is), as in an exclusive group.

        Qt gives the Tab stop to the option that last had the focus; an answer shown from the
        document moves no focus, so Tab and then Space would have chosen another option.
        """
        stop = self.group.checkedButton() or next(iter(self.buttons.values()))
        for button in self.buttons.values():
            policy = button.focusPolicy()
            if button is stop:
                button.setFocusPolicy(policy | Qt.FocusPolicy.TabFocus)
            else:
                button.setFocusPolicy(Qt.FocusPolicy(policy.value & ~Qt.FocusPolicy.TabFocus.value))

    def show_answer(self, option_id: str | None, note: str) -> None:
        """Show the stored answer and note without emitting anything."""
        button = self.buttons.get(option_id or "")
        self.group.setExclusive(False)  # lets "no answer yet" be shown again
        for candidate in self.buttons.values():
            candidate.setChecked(candidate is button)
        self.group.setExclusive(True)
        self._set_tab_stop()
        if self.note.text() != note:
            self.note.setText(note)

    def focus_answer(self) -> None:
        """Put the keyboard focus on the chosen option, or the first one."""
        checked = self.group.checkedButton() or next(iter(self.buttons.values()))
        checked.setFocus(Qt.FocusReason.OtherFocusReason)

