"""Esc never ends a workshop; the first window fits small screens; Tab lands on the answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from wizard.gui.geometry import clamped, fitted
from wizard.gui.settings import Settings
from wizard.gui.window import MINIMUM_SIZE, PREFERRED_SIZE, MainWindow


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    target = QApplication.focusWidget() or window.wizard
    qtbot.keyClick(target, key, modifier)


@pytest.mark.parametrize("page", ["welcome", "data", "results"])
def test_escape_never_closes_the_window(qtbot, window, dialogs, page):
    window.document.set_answer("budget", "lt_50k")
    window.wizard.show_page(page)
    window.wizard.currentPage().setFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert dialogs.calls == []
    window.document.set_modified(False)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.isVisible()


def test_escape_leaves_presentation_mode_and_only_that(qtbot, window, dialogs):
    window.set_presentation(True)
    assert window.presentation_action.isChecked()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presentation_action.isChecked()
    assert window.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert dialogs.calls == []


def test_escape_from_a_focused_answer_in_presentation_mode(qtbot, window):
    window.wizard.show_page("data")
    window.set_presentation(True)
    box = next(iter(window.wizard.currentPage().boxes.values()))
    box.focus_answer()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.presentation_action.isChecked()
    assert window.isVisible()


def test_results_page_has_no_close_button_and_alt_c_or_enter_do_not_quit(qtbot, window):
    window.wizard.show_page("results")
    finish = window.wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isVisible()
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.isVisible()
    assert window.wizard.page_name() == "results"


def test_ctrl_q_quits_and_asks_when_unsaved(qtbot, window, dialogs):
    window.document.set_answer("budget", "lt_50k")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.kinds() == ["question"]
    assert window.isVisible()
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


@pytest.mark.parametrize("screen", [QRect(0, 0, 1024, 728), QRect(0, 0, 1366, 728),
                                    QRect(0, 40, 1024, 728), QRect(1920, 0, 1024, 768)])
def test_first_window_fits_a_small_screen_with_a_taskbar_centred(screen):
    rect = fitted(PREFERRED_SIZE, screen, MINIMUM_SIZE)
    assert screen.contains(rect)
    assert rect.width() <= screen.width() * 0.9 + 1
    assert rect.height() <= screen.height() * 0.9 + 1
    assert abs(rect.center().x() - screen.center().x()) <= 1
    assert abs(rect.center().y() - screen.center().y()) <= 1


def test_first_window_on_a_large_screen_keeps_its_preferred_size():
    rect = fitted(PREFERRED_SIZE, QRect(0, 0, 2560, 1400), MINIMUM_SIZE)
    assert rect.size() == PREFERRED_SIZE


def test_remembered_geometry_is_clamped_to_the_screen():
    screen = QRect(0, 0, 1024, 728)
    remembered = QRect(900, 500, 1280, 900)  # from a larger monitor, partly off this one
    rect = clamped(remembered, screen, MINIMUM_SIZE)
    assert screen.contains(rect)
    assert rect.size() == QSize(1024, 728)


def test_the_real_window_opens_inside_its_screen(qtbot):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() <= available.width() * 0.9 + 1


def test_restored_geometry_from_a_bigger_screen_is_clamped(qtbot):
    big = MainWindow(Settings())
    qtbot.addWidget(big)
    big.setGeometry(100, 100, 3000, 2000)
    big.settings.geometry = big.saveGeometry()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.restore_state()
    assert window.screen().availableGeometry().contains(window.geometry())


def test_tab_lands_on_the_chosen_option_and_space_keeps_the_answer(qtbot, window):
    from wizard.core.questions import questions_in

    question = questions_in("problem")[0]
    chosen = question.options[2].id
    window.document.set_answer(question.id, chosen)
    window.wizard.show_page("problem")
    box = window.wizard.currentPage().boxes[question.id]
    # Tab into the question from the widget before its first option, as a person would.
    box.help_button.setFocus(Qt.FocusReason.TabFocusReason)
    # The next Tab stop inside the box after the help button is one option of the group.
    qtbot.keyClick(box.help_button, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is box.buttons[chosen]
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.document.answers[question.id] == chosen
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    assert window.document.answers[question.id] == question.options[3].id


def test_leaving_presentation_mode_gives_the_header_its_height_back(window):
    window.resize(900, 700)
    window.wizard.show_page("results")
    for _ in range(3):
        QApplication.processEvents()
    label = window.wizard._subtitle_label()
    before = label.parentWidget().height()
    window.show_presentation_type()
    for _ in range(3):
        QApplication.processEvents()
    assert label.parentWidget().height() > before
    window.presentation_action.setChecked(False)
    window._apply_zoom()
    for _ in range(5):
        QApplication.processEvents()
    assert label.parentWidget().height() == before
