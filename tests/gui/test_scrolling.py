"""Pages scroll only when their content, wrapped to the window's width, is taller than it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea

from tests.helpers.cases import CASES_DIR

CASE = CASES_DIR / "churn-small-team.dlready"


def scroll_of(window):
    return window.wizard.currentPage().findChild(QScrollArea)


def test_a_page_that_fits_has_no_scroll_bar(window):
    window.document.open(str(CASE))
    window.resize(1024, 768)
    for page in ("welcome", "use_case", "people"):
        window.wizard.show_page(page)
        QApplication.processEvents()
        area = scroll_of(window)
        content = area.widget()
        assert content.heightForWidth(area.viewport().width()) <= area.viewport().height()
        assert area.verticalScrollBar().maximum() == 0, page


def test_a_page_taller_than_the_window_scrolls_no_further_than_its_end(window):
    window.document.open(str(CASE))
    window.resize(700, 480)
    window.wizard.show_page("data")
    for box in window.wizard.currentPage().boxes.values():
        box.help_button.setChecked(True)
    QApplication.processEvents()
    area = scroll_of(window)
    needed = area.widget().heightForWidth(area.viewport().width())
    assert needed > area.viewport().height()
    assert area.verticalScrollBar().maximum() > 0
    # Scrolled to the end, the last of the content is at the bottom, not empty space.
    assert area.verticalScrollBar().maximum() <= needed - area.viewport().height() + 2
