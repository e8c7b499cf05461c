"""Before the results: the questions skipped and those answered "Don't know", one click each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.core.progress import progress
from wizard.core.questions import QUESTIONS
from wizard.gui.document import Document
from wizard.gui.language import core_tr
from wizard.gui.widgets import ScrollBody, breakable, label, page_scroll_area


class ReviewPage(QWizardPage):
    """Shown only when some questions are skipped or unsure (see `needed`)."""

    jumpRequested = Signal(str)  # noqa: N815 - Qt naming: a question id

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setObjectName("page-review")
        self.setTitle(self.tr("Before the results"))
        self.setSubTitle(breakable(self.tr(
            "The advice is firmer with fewer gaps. Click a question to answer it, or press "
            "Next to see the results as they are.")))
        outer = QVBoxLayout(self)
        self.area = page_scroll_area(self)
        outer.addWidget(self.area)
        self.links: dict[str, QToolButton] = {}

    def needed(self) -> bool:
        """True when some question is skipped or answered "Don't know"."""
        return bool(progress(self._document.answers).unknown)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = progress(self._document.answers)
        body = ScrollBody()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        self.links = {}
        for title, ids, note in (
            (self.tr("Not answered ({count})"), state.skipped,
             self.tr("These questions have no answer yet.")),
            (self.tr("Answered \u201cDon't know\u201d ({count})"), state.unsure,
             self.tr("Fine when nobody knows; the advice says how sure it is.")),
        ):
            if not ids:
                continue
            box = QGroupBox(title.format(count=len(ids)), body)
            box.setObjectName("review-skipped" if ids is state.skipped else "review-unsure")
            layout = QVBoxLayout(box)
            layout.addWidget(label(note, box))
            for qid in ids:
                name = core_tr("questions", QUESTIONS[qid].label)
                button = QToolButton(box)
                button.setText(f"\u2192 {name}")
                button.setAutoRaise(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setAccessibleName(self.tr("Go to question: {question}").format(
                    question=name))
                button.clicked.connect(lambda _=False, qid=qid: self.jumpRequested.emit(qid))
                layout.addWidget(button)
                self.links[qid] = button
            column.addWidget(box)
        column.addStretch(1)
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.area.setWidget(body)
