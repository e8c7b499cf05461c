"""A page of the wizard for one section of the question bank."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.core.model import Section
from wizard.core.questions import QUESTIONS, questions_in
from wizard.gui.document import Document
from wizard.gui.language import core_tr
from wizard.gui.pages.question import QuestionBox
from wizard.gui.widgets import ScrollBody, breakable, page_scroll_area, secondary


class ProgressRow(QWidget):
    """How many questions of the whole assessment are answered, as a bar and in words."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, len(QUESTIONS))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.bar.setAccessibleName(self.tr("Questions answered"))
        layout.addWidget(self.text)
        layout.addWidget(self.bar, 1)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        from wizard.core.progress import progress

        state = progress(self._document.answers)
        done, total = len(state.answered), state.total
        text = self.tr("{done} of {total} questions answered").format(done=done, total=total)
        if state.unsure:
            text += self.tr(", {count} “Don't know”").format(count=len(state.unsure))
        self.text.setText(text)
        self.bar.setValue(done)
        self.bar.setAccessibleDescription(self.text.text())


class SectionPage(QWizardPage):
    """The questions of one section; every change is written to the document at once."""

    def __init__(self, section: Section, number: int, count: int, document: Document,
                 first_question: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self._document = document
        # Set by the wizard on the last section: a page id to go to instead of the next, or -2.
        self.skip_to: Callable[[], int] | None = None
        self.setObjectName(f"page-{section.id}")
        self.setTitle(self.tr("{number} of {count}: {title}").format(
            number=number, count=count, title=core_tr("sections", section.title)))
        self.setSubTitle(breakable(core_tr("sections", section.intro)))

        outer = QVBoxLayout(self)
        outer.addWidget(ProgressRow(document, self))
        self.scroll_area = page_scroll_area(self)
        body = ScrollBody(self.scroll_area)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        self.boxes: dict[str, QuestionBox] = {}
        for offset, question in enumerate(questions_in(section.id)):
            box = QuestionBox(question, first_question + offset, body)
            box.answered.connect(document.set_answer)
            box.noted.connect(document.set_note)
            self.boxes[question.id] = box
            column.addWidget(box)
        column.addWidget(secondary(self.tr(
            "Answer \u201cDon't know\u201d rather than guess: the advice then says how sure it "
            "is."), body))
        column.addStretch(1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Load the answers and notes from the document."""
        for question_id, box in self.boxes.items():
            box.show_answer(self._document.answers.get(question_id),
                            self._document.notes.get(question_id, ""))

    def nextId(self) -> int:  # noqa: N802 - Qt override
        """The next page; the last section may skip the review (see the wizard)."""
        skip = self.skip_to() if self.skip_to is not None else -2
        return skip if skip != -2 else super().nextId()

    def validatePage(self) -> bool:  # noqa: N802
        """Every answer is optional: "don't know" is a valid state."""
        return True

    def focus_question(self, question_id: str) -> None:
        """Scroll to a question and put the keyboard focus on it."""
        box = self.boxes[question_id]
        self.scroll_area.ensureWidgetVisible(box, 0, 0)
        box.focus_answer()
