"""Longer languages fit: every page wraps and scrolls inside the window, never widens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
    QWizard,
)

from tests.helpers.cases import CASES_DIR
from wizard.gui.language import install_language
from wizard.gui.launch import page_names
from wizard.translation import PSEUDO_VARIABLE

CASE = CASES_DIR / "churn-small-team.dlready"
SIZES = [(800, 600), (640, 480)]
WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
                  QWizard.WizardButton.CustomButton1)
# Widgets whose text must be seen whole: their right edge may not pass what clips them.
SHOWN_WHOLE = (QLabel, QAbstractButton, QLineEdit, QGroupBox)


@pytest.fixture(params=["pseudo", "de"])
def language(request, qapp, monkeypatch):
    """Pseudo-translation (every string ~40% longer) or German, installed as the app does."""
    if request.param == "pseudo":
        monkeypatch.setenv(PSEUDO_VARIABLE, "1")
        lang = install_language(qapp, "en")
    else:
        lang = install_language(qapp, request.param)
    yield lang
    monkeypatch.delenv(PSEUDO_VARIABLE, raising=False)
    install_language(qapp, "en")


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _clipper(widget: QWidget, window: QWidget) -> QWidget:
    """The nearest scroll area's viewport holding `widget`, else the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            return parent
        parent = holder
    return window


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else getattr(widget, "title", str)()
    return f"{type(widget).__name__} {text[:50]!r}"


def layout_problems(window) -> list[str]:
    """Everything on screen that is wider than the window, cut off or squeezed."""
    wizard, page = window.wizard, window.wizard.currentPage()
    width = window.width()
    problems = []
    for what, hint in (("page", page.minimumSizeHint().width()),
                       ("wizard", wizard.minimumSizeHint().width()),
                       ("wizard minimum", wizard.minimumWidth())):
        if hint > width:
            problems.append(f"{what} needs {hint} px, the window is {width} px")
    if not window.rect().contains(_rect_in(wizard, window)):
        problems.append(f"wizard {_rect_in(wizard, window)} is outside the window")
    for which in WIZARD_BUTTONS:
        button = wizard.button(which)
        if button.isVisible() and not window.rect().contains(_rect_in(button, window)):
            problems.append(f"button {button.text()!r} at {_rect_in(button, window)} is cut off")
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, SHOWN_WHOLE):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap():
            room = widget.parentWidget().width()
            if widget.sizeHint().width() > room:
                problems.append(f"{_name(widget)} does not wrap and needs "
                                f"{widget.sizeHint().width()} px of {room} px")
        clipper = _clipper(widget, window)
        right = _rect_in(widget, clipper).right()
        if right > clipper.width() and not isinstance(widget, QToolButton | QLineEdit):
            problems.append(f"{_name(widget)} ends at {right} px, cut at {clipper.width()} px")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed - 2:
                problems.append(f"{_name(widget)} is squeezed: {widget.height()} px tall "
                                f"of the {needed} px it needs")
    return problems


def show_every_page(window, size: tuple[int, int]) -> dict[str, list[str]]:
    """Each page at `size`, help texts open, and what is wrong with its layout."""
    window.resize(*size)
    found = {}
    for name in page_names():
        window.wizard.show_page(name)
        if name in window.wizard.section_pages:
            for box in window.wizard.section_pages[name].boxes.values():
                box.help_button.setChecked(True)
        QApplication.processEvents()
        QApplication.processEvents()
        found[name] = layout_problems(window)
    return {name: problems for name, problems in found.items() if problems}


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{name}: {problem}" for name, problems in found.items()
                     for problem in problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_window(make_window, language, size):
    window = make_window(language=language)
    window.document.open(str(CASE))
    window.wizard.restart()
    found = show_every_page(window, size)
    assert not found, _report(found)


def test_every_page_fits_in_presentation_mode(make_window, language):
    window = make_window(language=language)
    window.document.open(str(CASE))
    window.wizard.restart()
    window.set_presentation(True)
    try:
        QApplication.processEvents()
        screen = window.screen().geometry()
        found = show_every_page(window, (screen.width(), screen.height()))
        assert not found, _report(found)
    finally:
        window.set_presentation(False)
