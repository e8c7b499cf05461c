"""Driving the wizard like a person: clicks on options and on Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from wizard.core.assessment import Assessment


def click_next(qtbot, window) -> None:
    qtbot.mouseClick(window.wizard.button(QWizard.WizardButton.NextButton),
                     Qt.MouseButton.LeftButton)


def click_back(qtbot, window) -> None:
    qtbot.mouseClick(window.wizard.button(QWizard.WizardButton.BackButton),
                     Qt.MouseButton.LeftButton)


def answer_page(qtbot, page, answers: dict[str, str], notes: dict[str, str]) -> None:
    """Click the option of every question on the page that has an answer; type the notes."""
    for question_id, box in page.boxes.items():
        if question_id in answers:
            button = box.buttons[answers[question_id]]
            # By keyboard, as a workshop moderator would: focus the option, press Space. (Two
            # mouse clicks in a row at one spot of the screen make a double click.)
            button.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(button, Qt.Key.Key_Space)
            assert button.isChecked(), f"{question_id}: click on {button.text()!r} missed"
        if question_id in notes:
            box.note.setText(notes[question_id])


def walk(qtbot, window, case: Assessment) -> None:
    """From the welcome page to the results, entering everything in the case."""
    wizard = window.wizard
    assert wizard.page_name() == "welcome"
    for key, field in wizard.welcome.fields.items():
        field.setText(getattr(case.meta, key))
    click_next(qtbot, window)
    while wizard.page_name() != "results":
        if wizard.page_name() != "review":  # the skipped and "don't know" questions, listed
            answer_page(qtbot, wizard.currentPage(), case.answers, case.notes)
        click_next(qtbot, window)
