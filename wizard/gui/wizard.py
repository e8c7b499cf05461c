"""The QWizard: the welcome page, one page per section, the results; and moving between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWizard

from wizard.gui.document import Document
from wizard.gui.pages.welcome import WelcomePage

if TYPE_CHECKING:  # imported when the pages are built: they load the question bank
    from wizard.gui.pages.results import ResultsPage
    from wizard.gui.pages.section import SectionPage

WELCOME = "welcome"
RESULTS = "results"
REVIEW = "review"


class AssessmentWizard(QWizard):
    """The pages, embedded in the main window; section pages are built when first needed."""

    escapePressed = Signal()  # noqa: N815 - Qt naming
    exportRequested = Signal()  # noqa: N815
    pagesBuilt = Signal()  # noqa: N815
    pageShown = Signal(str)  # noqa: N815 - the name of the page now on screen

    def __init__(self, document: Document) -> None:
        # Built without a parent: setCentralWidget() then adopts it as a plain child widget,
        # dropping the Dialog window type (as setWindowFlags(Qt.WindowType.Widget) would, but
        # without touching the Qt namespace: see the note in widgets.py).
        super().__init__()
        self.document = document
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # No Finish button: the results page is where a workshop stays, and leaving the
        # application is the window's business (Ctrl+Q, the close button), never the wizard's.
        self._set_buttons(export=False)
        # On the results page only: the brief for the board.
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Export PDF Brief\u2026"))
        self.customButtonClicked.connect(lambda _which: self.exportRequested.emit())
        self.currentIdChanged.connect(self._show_export_button)
        self.currentIdChanged.connect(lambda _id: self.pageShown.emit(self.page_name()))
        self._subtitle: QLabel | None = None
        self._subtitle_floor = self._subtitle_fitted = 0
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self, self._fit_subtitle))
        self.welcome = WelcomePage(document, self)
        self.welcome.leaving.connect(self.ensure_pages)
        self.setPage(0, self.welcome)
        self.page_ids: dict[str, int] = {WELCOME: 0}
        self.section_pages: dict[str, SectionPage] = {}
        self.results: ResultsPage | None = None

    @property
    def built(self) -> bool:
        return self.results is not None

    def ensure_pages(self) -> None:
        """Build the section and results pages (this loads the question bank)."""
        if self.built:
            return
        from wizard.core.questions import SECTIONS, questions_in
        from wizard.gui.pages.results import ResultsPage
        from wizard.gui.pages.review import ReviewPage
        from wizard.gui.pages.section import SectionPage

        first_question = 1
        for number, section in enumerate(SECTIONS, start=1):
            page = SectionPage(section, number, len(SECTIONS), self.document, first_question, self)
            first_question += len(questions_in(section.id))
            self.setPage(number, page)
            self.page_ids[section.id] = number
            self.section_pages[section.id] = page
        self.review = ReviewPage(self.document, self)
        self.review.jumpRequested.connect(self.go_to_question)
        self.page_ids[REVIEW] = len(SECTIONS) + 1
        self.setPage(self.page_ids[REVIEW], self.review)
        self.results = ResultsPage(self.document, self)
        self.results.jumpRequested.connect(self.go_to_question)
        self.page_ids[RESULTS] = len(SECTIONS) + 2
        self.setPage(self.page_ids[RESULTS], self.results)
        # The last section goes straight to the results when there is nothing to review.
        page.skip_to = lambda: (self.page_ids[RESULTS] if not self.review.needed() else -2)
        self.pagesBuilt.emit()

    def _show_export_button(self, page_id: int) -> None:
        on_results = self.results is not None and page_id == self.page_ids[RESULTS]
        self._set_buttons(export=on_results)

    def _set_buttons(self, export: bool) -> None:
        buttons = [QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                   QWizard.WizardButton.NextButton]
        if export:
            buttons.append(QWizard.WizardButton.CustomButton1)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, export)
        self.setButtonLayout(buttons)

    # WORKAROUND for QWizardHeader (qwizard.cpp, setup()): it sizes the subtitle for two lines
    # at most 512 px wide and fixes the header's height there, so a longer subtitle, or a
    # narrow window, cuts off its last lines. The header grows to the height the text needs.
    def _subtitle_label(self) -> QLabel | None:
        page = self.currentPage()
        if self._subtitle is None and page is not None and page.subTitle():
            self._subtitle = next(
                (label for label in self.findChildren(QLabel)
                 if label.text() == page.subTitle() and label.wordWrap()
                 and not page.isAncestorOf(label)), None)
            if self._subtitle is not None:
                self._subtitle.installEventFilter(self)
        return self._subtitle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._subtitle:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
                self._fit_subtitle()
            elif event.type() == QEvent.Type.FontChange:  # the label reads its new font first
                QTimer.singleShot(0, self, self._fit_subtitle)
        return super().eventFilter(watched, event)

    def _fit_subtitle(self) -> None:
        label = self._subtitle_label()
        if label is None or not label.isVisible():
            return
        if label.minimumHeight() != self._subtitle_fitted:
            self._subtitle_floor = label.minimumHeight()  # the two lines setup() asked for
        # Two lines of the type in use: after presentation mode or a zoom out, setup()'s floor
        # is that of the larger type, which left an empty band under the subtitle.
        two_lines = 2 * label.fontMetrics().lineSpacing()
        self._subtitle_floor = min(self._subtitle_floor, two_lines) or two_lines
        # A QLabel's heightForWidth is never below its minimum height: measure without it.
        current = label.minimumHeight()
        label.setMinimumHeight(0)
        needed = label.heightForWidth(label.width())
        label.setMinimumHeight(current)
        height = max(self._subtitle_floor, needed)
        if height == current:
            return
        label.setMinimumHeight(height)
        self._subtitle_fitted = height
        header = label.parentWidget()
        if header is not None and (layout := header.layout()) is not None:
            header.setFixedHeight(layout.totalMinimumSize().height())

    def page_name(self) -> str:
        """The name of the page on screen: welcome, a section id or results."""
        current = self.currentId()
        return next((name for name, pid in self.page_ids.items() if pid == current), WELCOME)

    def show_page(self, name: str) -> None:
        """Go to a page by name, through the pages between, as Back and Next would."""
        if name != WELCOME:
            self.ensure_pages()
        if name == REVIEW and not self.review.needed():
            name = RESULTS
        target = self.page_ids[name]
        if self.currentId() == -1:
            self.restart()
        while self.currentId() > target:
            self.back()
        while self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def go_to_question(self, question_id: str) -> None:
        """Show the page of a question and put the focus on its answer."""
        from wizard.core.questions import QUESTIONS

        section_id = QUESTIONS[question_id].section
        self.show_page(section_id)
        self.section_pages[section_id].focus_question(question_id)

    # Embedded in the main window, the wizard must never hide itself or end the application:
    # Esc is passed on to the window (which leaves presentation mode, or does nothing), and
    # Enter on the last page does nothing.
    def reject(self) -> None:
        self.escapePressed.emit()

    def done(self, result: int) -> None:  # noqa: ARG002
        return
