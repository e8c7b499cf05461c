"""Workshop use: presentation mode, zoom, keyboard order, accessible names, settings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from tests.helpers.cases import CASE_FILES
from wizard.core.questions import SECTION_IDS
from wizard.gui.settings import Settings
from wizard.gui.wizard import RESULTS, WELCOME

INPUTS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


@pytest.mark.parametrize("page", [WELCOME, *SECTION_IDS, RESULTS])
def test_every_input_has_an_accessible_name(window, page):
    window.open_path(str(CASE_FILES[0]))
    window.wizard.show_page(page)
    shown = [w for w in window.wizard.currentPage().findChildren(QWidget)
             if isinstance(w, INPUTS) and w.isVisibleTo(window)
             and not isinstance(w.parentWidget(), INPUTS)]  # not a control's inner parts
    assert shown
    nameless = [w for w in shown if not accessible_name(w).strip()]
    assert nameless == []


@pytest.mark.parametrize("page", [WELCOME, "data", RESULTS])
def test_tab_order_follows_the_visual_order(window, page):
    window.open_path(str(CASE_FILES[0]))
    window.wizard.show_page(page)
    current = window.wizard.currentPage()
    chain, widget = [], current.nextInFocusChain()
    while widget is not current and len(chain) < 500:
        if current.isAncestorOf(widget) and widget.isVisibleTo(window) and widget.isEnabled() \
                and widget.focusPolicy() & widget.focusPolicy().TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert len(chain) >= 4
    tops = [w.mapTo(current, w.rect().topLeft()).y() for w in chain]
    # Each control is below or level with the one before (a help button sits level with its
    # question's title, above the options).
    assert all(b >= a - 2 for a, b in zip(tops, tops[1:], strict=False)), tops


def test_presentation_mode_enlarges_type_and_is_remembered(window):
    before = QApplication.font().pointSizeF()
    window.presentation_action.trigger()
    assert window.isFullScreen()
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.5)
    assert Settings().presentation
    window.presentation_action.trigger()
    assert not window.isFullScreen()
    assert QApplication.font().pointSizeF() == pytest.approx(before)
    assert not Settings().presentation


def test_zoom_in_and_out(window):
    before = QApplication.font().pointSizeF()
    window.zoom_in()
    assert QApplication.font().pointSizeF() > before
    assert Settings().zoom > 1
    window.zoom_out()
    assert QApplication.font().pointSizeF() == pytest.approx(before)
    window.zoom_in()
    window.zoom_reset()
    assert QApplication.font().pointSizeF() == pytest.approx(before)


def test_geometry_is_saved_on_close(window):
    window.resize(700, 500)
    window.close()
    assert Settings().geometry is not None


def test_recent_files_lists_opened_files_most_recent_first(window):
    for path in CASE_FILES[:3]:
        window.open_path(str(path))
    assert Settings().recent_files() == [str(p.resolve()) for p in reversed(CASE_FILES[:3])]
    window._fill_recent()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[0] == CASE_FILES[2].name


def test_non_latin_organisation_shows_in_the_title(window):
    window.wizard.welcome.fields["organisation"].setText("Ünïcødé Ελληνικά Кириллица")
    assert window.windowTitle().startswith("Ünïcødé Ελληνικά Кириллица")


def test_the_next_window_starts_with_the_remembered_zoom_and_geometry(make_window):
    before = QApplication.font().pointSizeF()
    first = make_window()
    first.resize(700, 500)
    first.close()
    Settings().zoom = 1.3
    again = make_window()
    try:
        again.restore_state()
        assert QApplication.font().pointSizeF() == pytest.approx(before * 1.3)
        assert again.size().width() == 700 and not again.isFullScreen()
    finally:
        again.zoom_reset()
    assert QApplication.font().pointSizeF() == pytest.approx(before)


def test_the_recent_menu_offers_to_clear_the_list(window):
    window.open_path(str(CASE_FILES[0]))
    window.recent_menu.aboutToShow.emit()
    clear = window.recent_menu.actions()[-1]
    clear.trigger()
    assert Settings().recent_files() == []
    window.recent_menu.aboutToShow.emit()
    [empty] = window.recent_menu.actions()
    assert not empty.isEnabled()
