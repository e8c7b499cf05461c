"""The main window: the wizard, the File and View menus, saving, autosave and closing safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from wizard.gui import dialogs, workshop_menu
from wizard.gui.autosave import INTERVAL_MS, Autosaver, find_orphans
from wizard.gui.document import Document, SaveError
from wizard.gui.settings import Settings
from wizard.gui.wizard import AssessmentWizard

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
    from PySide6.QtWidgets import QMenuBar

    from wizard.gui.autosave import Orphan

    Shortcut = str | QKeySequence.StandardKey

PRESENTATION_SCALE = 1.5
ZOOM_STEP = 1.15
MINIMUM_SIZE = QSize(640, 480)
PREFERRED_SIZE = QSize(1100, 760)


class MainWindow(QMainWindow):
    """One assessment in a wizard, with files that are never lost."""

    def __init__(self, settings: Settings, language: str = "en",
                 autosave_interval: int = INTERVAL_MS, parent: QWidget | None = None,
                 *, remember: bool = True) -> None:
        """`remember=False` (a screenshot) leaves the user's settings as they are: the page
        shown is not recorded as the one to come back to."""
        from wizard.gui import look

        app = QApplication.instance()
        if isinstance(app, QApplication):
            look.install(app, settings.high_contrast)
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.document = Document(self)
        self.autosaver = Autosaver(self.document, interval_ms=autosave_interval)
        from wizard.gui.money import show_currency

        show_currency(settings.currency)
        self._visited: set[str] = set()  # the sections shown, for the section list
        self._remember = remember
        # The page open when the last session ended, read before this one overwrites it.
        self._last_page = settings.last_page
        self._install_wizard()
        # The type size zoom starts from, read when the zoom first changes it.
        self._base_point_size: float | None = None
        self._zoom = 1.0
        self._build_menus()
        self._retranslate_menus()
        self.document.modifiedChanged.connect(self.setWindowModified)
        self.document.changed.connect(self._update_title)
        self.document.pathChanged.connect(self._update_title)
        self._update_title()
        # A fixed minimum, set before the window exists: the layout changing it later would
        # ask the platform to resize a live window (the offscreen platform warns about it),
        # and the pages scroll rather than clip below this size anyway. Set explicitly, it is
        # one the layout's default constraint keeps (QLayout::activate), so the layout itself
        # need not be fetched: wrapping it costs start-up time.
        self.setMinimumSize(MINIMUM_SIZE)
        self.fit_to_screen()

    def _install_wizard(self) -> None:
        """Make the wizard's pages and the section list from the document; the ones shown
        before are dropped."""
        from PySide6.QtWidgets import QHBoxLayout

        from wizard.gui.navigator import Navigator

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigator = Navigator(self.document, central)
        self.navigator.visited = self._visited  # kept when the language changes
        self.wizard = AssessmentWizard(self.document)
        self.wizard.escapePressed.connect(self.escape)
        self.wizard.welcome.openRequested.connect(self.open_dialog)
        self.wizard.exportRequested.connect(self.export_pdf)
        self.wizard.pagesBuilt.connect(self.navigator.add_sections)
        self.wizard.pageShown.connect(self.navigator.show_current)
        self.wizard.pageShown.connect(self._remember_page)
        self.wizard.pagesBuilt.connect(self._fit_navigator)
        self.wizard.pageShown.connect(lambda _name: self._fit_navigator())
        self.navigator.pageRequested.connect(self.go_to_page)
        row.addWidget(self.navigator)
        row.addWidget(self.wizard, 1)
        self.setCentralWidget(central)  # deletes the one before, if any
        self._fit_navigator()
        self.navigator.show_current(self.wizard.page_name())

    def _remember_page(self, name: str) -> None:
        if self._remember:
            self.settings.last_page = name

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_navigator()

    def _fit_navigator(self) -> None:
        """The section list shows when the pages keep their minimum width beside it."""
        from PySide6.QtWidgets import QScrollArea

        needed = max(self.wizard.minimumWidth(), self.wizard.minimumSizeHint().width())
        page = self.wizard.currentPage()
        scroll = page.findChild(QScrollArea) if page is not None else None
        content = scroll.widget() if scroll is not None else None
        if scroll is not None and content is not None and scroll.isVisible():
            # What a page's scrolled content needs, plus the wizard's own margins around it.
            around = self.wizard.width() - scroll.viewport().width()
            needed = max(needed, content.minimumSizeHint().width() + around)
        room = self.width() - needed
        self.navigator.setVisible(room >= self.navigator.width())

    def go_to_page(self, name: str) -> None:
        """Show a page chosen in the section list (one click from anywhere)."""
        self.wizard.show_page(name)
        page = self.wizard.currentPage()
        if page is not None:
            page.setFocus()

    # --- menus ---------------------------------------------------------------------------

    def _action(self, menu: QMenu, name: str, slot: Callable[..., object],
                shortcut: Shortcut | list[Shortcut] | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            # Built by the static functions: QKeySequence(...) weighs overloads that load the
            # whole Qt namespace's enums, some 20 ms of start-up (see widgets.py).
            sequences: list[QKeySequence] = []
            for key in keys:
                if isinstance(key, str):
                    sequences.append(QKeySequence.fromString(key))
                else:
                    sequences.extend(QKeySequence.keyBindings(key))
            action.setShortcuts(sequences)
        action.triggered.connect(slot)
        menu.addAction(action)
        self._menu_items[name] = action
        return action

    def _menu(self, parent: QMenuBar | QMenu, name: str) -> QMenu:
        menu = parent.addMenu("")
        self._menu_items[name] = menu.menuAction()
        return menu

    def _build_menus(self) -> None:
        """The menus and their shortcuts, without texts: _retranslate_menus() gives those."""
        self._menu_items: dict[str, QAction] = {}
        file_menu = self._menu(self.menuBar(), "file")
        self._action(file_menu, "new", self.new, QKeySequence.StandardKey.New)
        self._action(file_menu, "open", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = self._menu(file_menu, "recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action(file_menu, "save", self.save, QKeySequence.StandardKey.Save)
        self._action(file_menu, "save_as", self.save_as, QKeySequence.StandardKey.SaveAs)
        self.export_action = self._action(file_menu, "export", self.export_pdf,
                                          "Ctrl+E")
        workshop_menu.add_items(self, file_menu)
        file_menu.addSeparator()
        self._action(file_menu, "delete_data", self.delete_client_data)
        file_menu.addSeparator()
        self._action(file_menu, "quit", self.close, "Ctrl+Q")

        view = self._menu(self.menuBar(), "view")
        self.presentation_action = self._action(view, "presentation", self.set_presentation,
                                                "F11")
        self.presentation_action.setCheckable(True)
        self.contrast_action = self._action(view, "high_contrast", self.set_high_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.settings.high_contrast)
        view.addSeparator()
        self._action(view, "zoom_in", self.zoom_in,
                     [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self._action(view, "zoom_out", self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self._action(view, "actual_size", self.zoom_reset, "Ctrl+0")
        view.addSeparator()
        self.language_menu = self._menu(view, "language")
        self.language_menu.aboutToShow.connect(self._fill_languages)
        self.currency_menu = self._menu(view, "currency")
        self.currency_menu.aboutToShow.connect(self._fill_currencies)

        help_menu = self._menu(self.menuBar(), "help")
        self._action(help_menu, "guide", self.show_guide, "F1")
        self._action(help_menu, "glossary", self.show_glossary)
        help_menu.addSeparator()
        self._action(help_menu, "about", self.show_about)

    def _retranslate_menus(self) -> None:
        texts = {
            "file": self.tr("&File"),
            "new": self.tr("&New"),
            "open": self.tr("&Open\u2026"),
            "recent": self.tr("Open &Recent"),
            "save": self.tr("&Save"),
            "save_as": self.tr("Save &As\u2026"),
            "export": self.tr("&Export PDF Brief\u2026"),
            "delete_data": self.tr("&Delete All Client Data\u2026"),
            "quit": self.tr("&Quit"),
            "view": self.tr("&View"),
            "presentation": self.tr("&Presentation Mode"),
            "high_contrast": self.tr("&High Contrast"),
            "zoom_in": self.tr("Zoom &In"),
            "zoom_out": self.tr("Zoom &Out"),
            "actual_size": self.tr("&Actual Size"),
            "language": self.tr("&Language"),
            "currency": self.tr("&Currency"),
            "help": self.tr("&Help"),
            "guide": self.tr("&Guide"),
            "glossary": self.tr("G&lossary"),
            "about": self.tr("&About dlready"),
            **workshop_menu.texts(),
        }
        for name, action in self._menu_items.items():
            action.setText(texts[name])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.settings.recent_files():
            action = self.recent_menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, name=name: self.open_path(name))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the List"), self.settings.clear_recent)

    def _fill_languages(self) -> None:
        """Each language in its own name, the one in use checked (made when first opened)."""
        if self.language_menu.isEmpty():
            from PySide6.QtGui import QActionGroup

            from wizard.gui.language import native_name
            from wizard.translation import available_languages

            group = QActionGroup(self.language_menu)
            for code in available_languages():
                action = self.language_menu.addAction(native_name(code))
                action.setCheckable(True)
                action.setData(code)
                action.triggered.connect(lambda _=False, code=code: self.set_language(code))
                group.addAction(action)
        for action in self.language_menu.actions():
            action.setChecked(action.data() == self.language)

    def _fill_currencies(self) -> None:
        """Each currency by its code and symbol, the one in use checked."""
        if self.currency_menu.isEmpty():
            from PySide6.QtGui import QActionGroup

            from wizard.core.currency import CURRENCIES, SYMBOLS

            group = QActionGroup(self.currency_menu)
            for code in CURRENCIES:
                action = self.currency_menu.addAction(f"{code} ({SYMBOLS[code]})")
                action.setCheckable(True)
                action.setData(code)
                action.triggered.connect(lambda _=False, code=code: self.set_currency(code))
                group.addAction(action)
        for action in self.currency_menu.actions():
            action.setChecked(action.data() == self.settings.currency)

    def show_guide(self) -> None:
        from wizard.gui import help as help_windows

        self._help = help_windows.show_guide(self)

    def show_glossary(self) -> None:
        from wizard.gui import help as help_windows

        self._help = help_windows.show_glossary(self)

    def show_about(self) -> None:
        from wizard.gui import help as help_windows

        self._help = help_windows.show_about(self)

    def set_currency(self, code: str) -> None:
        """Show budgets and costs in another currency; the answers keep their ids."""
        from wizard.gui.money import show_currency

        if code == self.settings.currency:
            return
        self.settings.currency = code
        show_currency(code)
        self._remake_pages()

    def set_language(self, code: str) -> None:
        """Show the window in another language at once, keeping the answers and the page.

        The texts are made again rather than updated on QEvent.LanguageChange: QWizard keeps
        the text of its Next and Back buttons when the language changes, and the pages read
        everything they show from the document anyway.
        """
        from wizard.gui.language import install_language

        if code == self.language:
            return
        app = QApplication.instance()
        assert app is not None  # a window exists only inside an application
        self.language = install_language(app, code)
        self.settings.language = self.language
        self._retranslate_menus()
        self._update_title()
        self._remake_pages()
        self.wizard.setFocus()

    def _remake_pages(self) -> None:
        """Make the pages again (in the language and currency now set), on the page that was
        open."""
        page = self.wizard.page_name()
        self._install_wizard()
        if self.isVisible():
            central = self.centralWidget()
            if central is not None:
                central.show()
        self.wizard.show_page(page)

    def _update_title(self) -> None:
        title = self.document.title() or self.tr("New assessment")
        self.setWindowTitle(f"{title}[*] \u2014 dlready")

    # --- files ---------------------------------------------------------------------------

    def new(self) -> None:
        if self.maybe_save():
            self.autosaver.discard()
            self.document.replace(None, None, modified=False)
            self.wizard.restart()

    def open_dialog(self) -> None:
        # The current file's folder, else the last one used, else Documents (in the dialog).
        folder = str(self.document.path.parent) if self.document.path else ""
        folder = folder or self.settings.last_folder
        name = dialogs.ask_open_path(self, folder)
        if name:
            self.open_path(name)

    def open_path(self, name: str) -> bool:
        """Open a file; a bad one is named in a dialog and nothing else changes."""
        from wizard.core.assessment import AssessmentError

        if not self.maybe_save():
            return False
        try:
            self.document.open(name)
        except AssessmentError as error:
            return self._open_failed(name, error)
        self.autosaver.discard()
        self.settings.add_recent(str(self.document.path))
        self.settings.last_folder = str(Path(name).resolve().parent)
        self.wizard.restart()
        self._visited.clear()
        self.navigator.refresh()
        if self._is_complete():
            self.wizard.show_page("results")  # a finished assessment opens on its advice
        self.statusBar().showMessage(self.tr("Opened {file}").format(file=name), 5000)
        return True

    def _open_failed(self, name: str, error: Exception) -> bool:
        """Say why a file cannot be opened, and offer the backup saving kept, if any."""
        from wizard.core.assessment import AssessmentError
        from wizard.core.storage import load
        from wizard.gui.fileerrors import backup_of, explain

        message = explain(error, name) if isinstance(error, AssessmentError) else str(error)
        backup = backup_of(name)
        if backup is None:
            dialogs.show_error(self, self.tr("Cannot open the assessment"), message)
            return False
        if not dialogs.ask_open_backup(self, message, str(backup)):
            return False
        try:
            assessment = load(backup)
        except AssessmentError as problem:
            dialogs.show_error(self, self.tr("Cannot open the assessment"),
                               explain(problem, backup))
            return False
        # The backup's answers, to be saved over the damaged file.
        self.document.replace(assessment, Path(name).resolve(), modified=True)
        self.autosaver.discard()
        self.wizard.restart()
        self._visited.clear()
        self.navigator.refresh()
        self.statusBar().showMessage(
            self.tr("Opened the backup copy; save to replace the damaged file."), 10000)
        return True

    def open_handed_off(self, name: str) -> None:
        """A file opened from the file manager while this window runs: show it here."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if name:
            self.open_path(name)

    def _is_complete(self) -> bool:
        """Every question has an answer or a "Don't know": nothing is left to fill in."""
        from wizard.core.progress import progress

        return not progress(self.document.answers).skipped

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        name = dialogs.ask_save_path(
            self, dialogs.suggested_name(self.document.title(), self.document.path,
                                         self.settings.last_folder))
        return self._write(Path(name)) if name else False

    def _write(self, path: Path) -> bool:
        self.settings.remember_written(path)
        try:
            self.document.save(path, self.language)
        except SaveError as error:
            dialogs.show_error(self, self.tr("Cannot save the assessment"), str(error))
            return False
        self.settings.add_recent(str(path))
        self.settings.last_folder = str(Path(path).resolve().parent)
        self.statusBar().showMessage(self.tr("Saved to {file}").format(file=path), 5000)
        return True

    def export_pdf(self) -> bool:
        """Ask who the brief is from, write it with a progress dialog, then offer to open it."""
        from wizard.gui import export

        suggested = Path(dialogs.suggested_name(self.document.title(), self.document.path))
        options = export.ask_brief_options(self, self.settings, str(suggested.with_suffix(".pdf")))
        if options is None or not export.confirm_characters(
            self, self.document.to_assessment(), options
        ):
            return False
        if options.path:
            self.settings.remember_written(options.path)  # leftovers found by Delete All
        failure = export.write_with_progress(
            self, self.document.to_assessment(), options, self.language
        )
        if failure:
            dialogs.show_error(self, self.tr("Cannot export the PDF brief"), failure)
            return False
        self.statusBar().showMessage(
            self.tr("Exported the brief to {file}").format(file=options.path), 8000
        )
        if export.offer_to_open(self, options.path) == "folder":
            self.statusBar().showMessage(
                self.tr("No PDF viewer was found: showing the folder with the brief instead."),
                10000)
        return True

    def delete_client_data(self) -> None:
        """Remove every trace of clients that dlready keeps, after asking."""
        from wizard.gui import privacy

        removed = privacy.ask_and_delete(self, self.autosaver)
        if removed is not None:
            self.statusBar().showMessage(removed.summary(), 8000)

    def maybe_save(self) -> bool:
        """True when it is safe to drop the current answers (saved, or the user said so)."""
        if not self.document.modified:
            return True
        choice = dialogs.ask_unsaved(self, self.document.title())
        if choice == "save":
            return self.save()
        if choice == "discard":
            self.autosaver.discard()
            return True
        return False

    def offer_recovery(self) -> None:
        """Offer the answers a crashed window left behind; restore at most one copy.

        Copies that cannot be read are set aside with one message, never offered again.
        """
        from wizard.gui.language import core_tr

        orphans = find_orphans()
        broken = [orphan for orphan in orphans if orphan.assessment is None]
        if broken:
            lines = []
            for orphan in broken:
                problem = orphan.problem.translated(core_tr) if orphan.problem else ""
                folder = orphan.set_aside()
                lines.append(self.tr(
                    "A recovery copy could not be read and was set aside in {folder}: {problem}"
                ).format(folder=folder, problem=problem))
            dialogs.show_error(self, self.tr("Cannot restore the answers"), "\n\n".join(lines))
        orphans = [orphan for orphan in orphans if orphan.assessment is not None]
        for index, orphan in enumerate(orphans):
            who, when = _describe(orphan)
            original = self._known_file(orphan.original)
            choice = dialogs.ask_restore(self, str(original or ""), who, when)
            if choice == "later":
                orphan.lock.unlock()
                continue
            if choice == "restore":
                # Saved back only to a file the user opened or saved here; otherwise Save asks.
                self.document.replace(orphan.assessment, original, modified=True)
                self.wizard.restart()
                page = self._last_page  # the page open when the window went down
                self.wizard.ensure_pages()
                if page in self.wizard.page_ids and page != "welcome":
                    self.wizard.show_page(page)
                orphan.remove()
                self.autosaver.write_now()
                # The copies not yet asked about stay for the next start: let go of their locks.
                for rest in orphans[index + 1:]:
                    rest.lock.unlock()
                return
            orphan.remove()

    def _known_file(self, name: str) -> Path | None:
        """`name` when it is a file the user opened or saved in this window, else None.

        A recovery copy's notes are input: they must never choose the file Save writes to.
        """
        if not name:
            return None
        known = {*self.settings.recent_files(), *self.settings.written_files()}
        path = Path(name)
        return path if str(path) in known and path.is_file() else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.maybe_save():
            event.ignore()
            return
        self.autosaver.discard()
        if not self.isFullScreen():
            self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        event.accept()

    def escape(self) -> None:
        """Esc: leave presentation mode; otherwise nothing (it never closes the window)."""
        if self.presentation_action.isChecked():
            self.set_presentation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.escape()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- workshop use --------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """The size the window opens at: the preferred one, at most ~90% of the screen's
        available area (without the taskbar), centred on it."""
        from wizard.gui.geometry import fitted

        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        self.setGeometry(fitted(PREFERRED_SIZE, screen.availableGeometry(), MINIMUM_SIZE))

    def restore_state(self) -> None:
        """Apply the saved geometry (kept inside the current screen), zoom and presentation."""
        from wizard.gui.geometry import clamped

        geometry = self.settings.geometry
        if geometry is not None and self.restoreGeometry(geometry):
            screen = self.screen() or QApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(clamped(self.geometry(), screen.availableGeometry(),
                                         MINIMUM_SIZE))
        self._zoom = self.settings.zoom
        self.set_presentation(self.settings.presentation)

    def set_presentation(self, on: bool) -> None:
        """Full screen with large type and controls, for a projector."""
        self.presentation_action.setChecked(on)
        self.settings.presentation = on
        if on:
            self.showFullScreen()
        elif self.isFullScreen():
            self.showNormal()
        self._apply_zoom()

    def show_presentation_type(self) -> None:
        """Presentation mode's type scale without going full screen (for screenshots)."""
        self.presentation_action.setChecked(True)
        self._apply_zoom()

    def set_high_contrast(self, on: bool) -> None:
        """Black on white with a strong accent, for a washed-out projector."""
        from wizard.gui import look

        self.contrast_action.setChecked(on)
        self.settings.high_contrast = on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            look.install(app, on)

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self._set_zoom(1.0)

    def _set_zoom(self, factor: float) -> None:
        self._zoom = min(3.0, max(0.5, factor))
        self.settings.zoom = self._zoom
        self._apply_zoom()

    def zoom_factor(self) -> float:
        """The type scale in use: zoom, times the presentation scale when it is on."""
        scale = PRESENTATION_SCALE if self.presentation_action.isChecked() else 1.0
        return self._zoom * scale

    def _apply_zoom(self) -> None:
        if self._base_point_size is None:
            if self.zoom_factor() == 1.0:
                return  # the type is as the platform set it: nothing to do
            self._base_point_size = QApplication.font().pointSizeF()
        from wizard.gui import look

        app = QApplication.instance()
        if isinstance(app, QApplication):
            look.scale_controls(app)
        font = QApplication.font()
        font.setPointSizeF(self._base_point_size * self.zoom_factor())
        QApplication.setFont(font)
        # Rebuilt pages pick the new size up by themselves; the results refresh their charts.
        QTimer.singleShot(0, self.wizard.updateGeometry)
        QTimer.singleShot(0, self._refit_navigator)

    def _refit_navigator(self) -> None:
        if self.navigator.count() > 1:
            self.navigator.fit_width()
        self._fit_navigator()


def _describe(orphan: Orphan) -> tuple[str, str]:
    """Organisation and project of a recovery copy, and when it was written, for the prompt.

    From the copy as read and validated (wizard.core.storage.load), never its raw text.
    """
    from PySide6.QtCore import QFileInfo, QLocale

    meta = orphan.assessment.meta if orphan.assessment is not None else None
    parts = [meta.organisation.strip(), meta.project.strip()] if meta is not None else []
    who = " \u2013 ".join(part for part in parts if part)
    when = QLocale().toString(QFileInfo(str(orphan.copy)).lastModified(),
                              QLocale.FormatType.ShortFormat)
    return who, when
