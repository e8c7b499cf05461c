"""Workshop mode: the room answers each question, blind, then the facilitator reveals the
spread and sets the consensus (the majority unless changed).

Keyboard first, for a facilitator at a projector: an option's key (1 to 9, then a, b, …)
records the highlighted participant's answer and moves to the next one (0 is "don't know");
Up and Down choose the participant; Space reveals (and hides again); after the reveal an
option's key sets the consensus;
Page Down and Page Up move between questions. The votes live in a core Session; Done writes
them into the document as participants, the consensus as its answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.core.model import UNSURE
from wizard.core.questions import QUESTION_IDS, QUESTIONS, SECTIONS, answer_label
from wizard.core.session import Session
from wizard.gui.language import core_tr
from wizard.gui.widgets import heading, label, secondary

if TYPE_CHECKING:
    from wizard.core.assessment import Assessment

UNSURE_KEY = "0"
# Keys for the options in order: digits first, then letters for long lists (decision area).
OPTION_KEYS = "123456789abcdefghijklmnopqrstuvwxyz"
MINIMUM_SIZE = QSize(640, 480)
_SECTION_TITLES = {section.id: section.title for section in SECTIONS}


def option_keys(question_id: str) -> list[tuple[str, str]]:
    """The key for each answer of a question: 1 to 9, then a, b, … for its options, and 0 for
    "don't know"."""
    options = QUESTIONS[question_id].option_ids
    return [*zip(OPTION_KEYS, options, strict=False), (UNSURE_KEY, UNSURE)]


class _OptionRow:
    """One answer on screen: its key, its name, and after the reveal, who chose it."""

    def __init__(self, grid: QGridLayout, row: int, key: str, text: str, parent: QWidget) -> None:
        self.key = QLabel(f"[{key}]", parent)
        self.name = label(text, parent)
        # On one line: a wrapped label in a grid gets squeezed, not the row grown.
        self.name.setWordWrap(False)
        self.bar = QProgressBar(parent)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(parent.fontMetrics().horizontalAdvance("M") * 8)
        self.who = secondary("", parent)
        self.choice = QRadioButton(parent)
        self.choice.setAccessibleName(text)
        for column, widget in enumerate((self.choice, self.key, self.name, self.bar, self.who)):
            grid.addWidget(widget, row, column)

    def show_spread(self, names: list[str], total: int, revealed: bool) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(len(names))
        self.who.setText(f"{len(names)} \u2014 {', '.join(names)}" if names else "0")
        for widget in (self.bar, self.who, self.choice):
            widget.setVisible(revealed)


class WorkshopDialog(QDialog):
    """The room's votes, one question at a time."""

    applied = Signal()

    def __init__(self, assessment: Assessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop")
        self.setWindowTitle(self.tr("Workshop mode"))
        self.session = Session.from_assessment(assessment)
        self.assessment = assessment
        self.index = 0
        self.current = 0  # the highlighted participant
        self._rows: list[_OptionRow] = []
        layout = QVBoxLayout(self)

        people = QHBoxLayout()
        people.addWidget(QLabel(self.tr("Participants:"), self))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name, then Enter"))
        self.name_edit.setAccessibleName(self.tr("New participant's name"))
        self.name_edit.returnPressed.connect(self._add_from_field)
        people.addWidget(self.name_edit, 1)
        add = QPushButton(self.tr("&Add"), self)
        add.clicked.connect(self._add_from_field)
        people.addWidget(add)
        remove = QPushButton(self.tr("&Remove"), self)
        remove.clicked.connect(self._remove_current)
        people.addWidget(remove)
        layout.addLayout(people)

        self.position = secondary("", self, fixed=True)
        layout.addWidget(self.position)
        self.question = heading("", "x-large", self)
        layout.addWidget(self.question)
        self.help = secondary("", self)
        layout.addWidget(self.help)

        middle = QHBoxLayout()
        self.voters = QListWidget(self)
        self.voters.setAccessibleName(self.tr("Participants and their votes"))
        self.voters.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.voters.setWordWrap(True)
        self.voters.currentRowChanged.connect(self._choose_participant)
        middle.addWidget(self.voters)
        # The options scroll when a long list (twelve decision areas) meets large type.
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.StyledPanel)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame = QWidget(area)
        self.frame = frame
        self.grid = QGridLayout(frame)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(4, 1)
        area.setWidget(frame)
        middle.addWidget(area, 1)
        layout.addLayout(middle, 1)

        self.status = label("", self)
        self.status.setObjectName("workshop-status")
        layout.addWidget(self.status)
        self.keys = secondary(self.tr(
            "Keys: an option's key answers for the highlighted participant (0: don't know) · "
            "Up/Down: participant · Space: reveal or hide · after the reveal, an option's key "
            "sets the consensus · Page Up/Down: question"), self, fixed=True)
        layout.addWidget(self.keys)

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("\u25c0 &Previous"), self)
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.reveal_button = QPushButton(self.tr("Re&veal"), self)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.next_button = QPushButton(self.tr("&Next \u25b6"), self)
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        done = QPushButton(self.tr("&Done"), self)
        done.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("&Cancel"), self)
        cancel.clicked.connect(self.reject)
        for button in (self.previous_button, self.reveal_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(done)
        layout.addLayout(buttons)
        # As the main window does: a fixed minimum instead of one the layout would push onto
        # the live window (which the offscreen platform warns about).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MINIMUM_SIZE)
        self.show_question()

    # --- the question on screen ----------------------------------------------------------

    @property
    def question_id(self) -> str:
        return QUESTION_IDS[self.index]

    def go(self, index: int) -> None:
        """Show another question (kept within the bank)."""
        self.index = max(0, min(len(QUESTION_IDS) - 1, index))
        self.current = self._next_waiting(-1)
        self.show_question()

    def show_question(self) -> None:
        qid = self.question_id
        question = QUESTIONS[qid]
        self.position.setText(self.tr("Question {number} of {total} \u00b7 {section}").format(
            number=self.index + 1, total=len(QUESTION_IDS),
            section=core_tr("sections", _SECTION_TITLES[question.section])))
        text = core_tr("questions", question.text)
        self.question.setText(f'<span style="font-size:x-large; font-weight:600">'
                              f'{_escape(text)}</span>')
        self.question.setAccessibleName(text)
        self.help.setText(core_tr("questions", question.help))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater() leaves it on screen until idle
                widget.deleteLater()
        self._rows = []
        for row, (key, option) in enumerate(option_keys(qid)):
            shown = core_tr("questions", answer_label(qid, option))
            option_row = _OptionRow(self.grid, row, key, shown, self.frame)
            option_row.choice.clicked.connect(
                lambda _=False, option=option: self.set_consensus(option))
            self._rows.append(option_row)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(QUESTION_IDS) - 1)
        self.refresh()

    def refresh(self) -> None:
        """Show the votes as far as the reveal allows."""
        qid = self.question_id
        revealed = self.session.is_revealed(qid)
        votes = self.session.votes.get(qid, {})
        self.voters.blockSignals(True)
        self.voters.clear()
        for name in self.session.names:
            if name not in votes:
                mark = self.tr("waiting")
            elif revealed:
                mark = core_tr("questions", answer_label(qid, votes[name]))
            else:
                mark = self.tr("voted \u2713")
            item = QListWidgetItem(f"{name} \u2014 {mark}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.voters.addItem(item)
        if self.session.names:
            self.current = min(self.current, len(self.session.names) - 1)
            self.voters.setCurrentRow(self.current)
        self.voters.blockSignals(False)
        spread = self.session.spread(qid)
        total = len(self.session.voted(qid))
        consensus = self.session.consensus(qid)
        for row, (_key, option) in zip(self._rows, option_keys(qid), strict=True):
            row.show_spread(spread[option], total, revealed)
            row.choice.setChecked(revealed and option == consensus)
        self.reveal_button.setText(self.tr("&Hide") if revealed else self.tr("Re&veal"))
        self.status.setText(self._status(total, revealed))

    def _status(self, total: int, revealed: bool) -> str:
        if not self.session.names:
            return self.tr("Add the participants first: type a name, then Enter.")
        if not revealed:
            return self.tr("{voted} of {count} have answered; the answers stay hidden until "
                           "you reveal them.").format(voted=total, count=len(self.session.names))
        majority, tied = self.session.majority(self.question_id)
        consensus = self.session.consensus(self.question_id)
        shown = core_tr("questions", answer_label(self.question_id, consensus or UNSURE))
        if tied and self.question_id not in self.session.chosen:
            return self.tr("A tie: the consensus is \u201cdon't know\u201d until you choose "
                           "one.")
        if majority is None:
            return self.tr("Nobody has answered yet.")
        return self.tr("Consensus: {answer}").format(answer=shown)

    # --- participants and votes ----------------------------------------------------------

    def add_participant(self, name: str) -> str | None:
        try:
            added = self.session.add(name)
        except ValueError:
            return None
        self.current = self._next_waiting(-1)
        self.refresh()
        return added

    def _add_from_field(self) -> None:
        if self.add_participant(self.name_edit.text()) is not None:
            self.name_edit.clear()
        self.name_edit.setFocus()

    def _remove_current(self) -> None:
        if self.session.names:
            self.session.remove(self.session.names[self.current])
            self.current = max(0, self.current - 1)
            self.refresh()

    def _choose_participant(self, row: int) -> None:
        if row >= 0:
            self.current = row

    def record(self, key: str) -> None:
        """An option's key: the highlighted participant's vote, or after the reveal the
        consensus."""
        keyed = dict(option_keys(self.question_id))
        if key not in keyed:
            return
        if self.session.is_revealed(self.question_id):
            self.set_consensus(keyed[key])
            return
        if not self.session.names:
            return
        self.session.vote(self.question_id, self.session.names[self.current], keyed[key])
        self.current = self._next_waiting(self.current)
        self.refresh()

    def _next_waiting(self, after: int) -> int:
        """The next participant after `after` who has not answered yet (wrapping round);
        the one after `after` when everyone has."""
        names = self.session.names
        if not names:
            return 0
        given = self.session.votes.get(self.question_id, {})
        for step in range(1, len(names) + 1):
            index = (after + step) % len(names)
            if names[index] not in given:
                return index
        return min(after + 1, len(names) - 1) if after >= 0 else 0

    def set_consensus(self, option: str) -> None:
        self.session.set_consensus(self.question_id, option)
        self.refresh()

    def toggle_reveal(self) -> None:
        if self.session.is_revealed(self.question_id):
            self.session.hide(self.question_id)
        else:
            self.session.reveal(self.question_id)
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.name_edit.hasFocus() and event.key() not in (Qt.Key.Key_PageUp,
                                                             Qt.Key.Key_PageDown):
            super().keyPressEvent(event)
            return
        key = event.key()
        typed = event.text().lower()
        if typed and typed in dict(option_keys(self.question_id)):
            self.record(typed)
        elif key == Qt.Key.Key_Space:
            self.toggle_reveal()
        elif key == Qt.Key.Key_Up:
            self.current = max(0, self.current - 1)
            self.refresh()
        elif key == Qt.Key.Key_Down:
            self.current = min(max(0, len(self.session.names) - 1), self.current + 1)
            self.refresh()
        elif key == Qt.Key.Key_PageDown:
            self.go(self.index + 1)
        elif key == Qt.Key.Key_PageUp:
            self.go(self.index - 1)
        else:
            super().keyPressEvent(event)

    def result_assessment(self) -> Assessment:
        """The document's assessment with the room's votes and consensus."""
        return self.session.apply(self.assessment)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
