"""The list of sections beside the wizard: where each stands, and one click to go there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from wizard.gui.document import Document

# Status marks, readable without colour: a tick, a question mark, a half circle, a ring.
MARKS = {"complete": "\u2713", "unsure": "?", "partial": "\u25d1", "not_visited": "\u25cb",
         "page": "\u203a"}


class Navigator(QListWidget):
    """Welcome, each section with its status, and the results; a click asks to go there."""

    pageRequested = Signal(str)  # noqa: N815 - Qt naming: a page name

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Sections"))
        self.visited: set[str] = set()
        self._sections: list[tuple[str, str, tuple[str, ...]]] = []
        self._items: dict[str, QListWidgetItem] = {}
        self._names: list[str] = []  # the page of each row
        # No Qt namespace enum is touched before the sections are added (see widgets.py).
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self._add("welcome", f"{MARKS['page']}  " + self.tr("Welcome"))
        self.setSpacing(3)
        document.changed.connect(self.refresh)

    def _add(self, name: str, text: str) -> QListWidgetItem:
        # Added by its text, not made by QListWidgetItem(text, self): PySide6 would weigh the
        # (icon, text) overload and build QIcon's enums, some 3 ms of start-up.
        self.addItem(text)
        item = self.item(self.count() - 1)
        self._names.append(name)
        self._items[name] = item
        return item

    def add_sections(self) -> None:
        """The sections and the results, once the question bank is loaded."""
        if self._sections:
            return
        from PySide6.QtCore import Qt

        from wizard.core.questions import SECTIONS, questions_in
        from wizard.gui.language import core_tr

        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One line each: a long title is shortened with "…" and given whole in its tooltip.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        for section in SECTIONS:
            ids = tuple(q.id for q in questions_in(section.id))
            self._sections.append((section.id, core_tr("sections", section.title), ids))
            self._add(section.id, "")
        self._add("results", f"{MARKS['page']}  " + self.tr("Results"))
        self.refresh()
        self.fit_width()

    def fit_width(self) -> None:
        """Wide enough for most titles, never more than a narrow column: long ones wrap."""
        em = self.fontMetrics().horizontalAdvance("m")
        wanted = self.sizeHintForColumn(0) + self.frameWidth() * 2 + 8
        self.setFixedWidth(max(em * 8, min(wanted, em * 17)))

    def status(self, section_id: str) -> str:
        """"complete", "unsure" (has a "don't know"), "partial" or "not_visited"."""
        from wizard.core.progress import progress

        ids = next(ids for sid, _, ids in self._sections if sid == section_id)
        state = progress(self._document.answers, ids)
        if state.unsure:
            return "unsure"
        if state.complete:
            return "complete"
        if section_id in self.visited or state.answered:
            return "partial"
        return "not_visited"

    def status_text(self, status: str) -> str:
        return {
            "complete": self.tr("Complete"),
            "unsure": self.tr("Has \u201cDon't know\u201d answers"),
            "partial": self.tr("Some questions not answered"),
            "not_visited": self.tr("Not visited yet"),
        }[status]

    def refresh(self) -> None:
        for number, (section_id, title, _) in enumerate(self._sections, start=1):
            status = self.status(section_id)
            item = self._items[section_id]
            item.setText(f"{MARKS[status]}  {number}. {title}")
            words = self.status_text(status)
            item.setToolTip(f"{title}: {words}")
            item.setData(_accessible_text_role(), f"{number}. {title}: {words}")

    def show_current(self, name: str) -> None:
        """Mark the page on screen as current (and visited)."""
        if name not in ("welcome", "results", "review"):
            self.visited.add(name)
        item = self._items.get("results" if name == "review" else name)
        self.blockSignals(True)
        if item is not None:
            self.setCurrentItem(item)
        self.blockSignals(False)
        self.refresh()

    def _clicked(self, item: QListWidgetItem) -> None:
        self.pageRequested.emit(self._names[self.row(item)])

    def name_of(self, row: int) -> str:
        return self._names[row]


def _accessible_text_role() -> int:
    from PySide6.QtCore import Qt

    return int(Qt.ItemDataRole.AccessibleTextRole.value)
