"""The Help menu's windows: a short guide, the glossary, and About (versions and licences)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.language import core_tr

# A plain name, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

# The licences of what the program is made of, by component (names are not translated).
LICENCES = (
    ("dlready", "MIT"),
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("pydantic", "MIT"),
    ("ReportLab", "BSD"),
    ("matplotlib", "PSF-based (matplotlib licence)"),
    ("DejaVu fonts", "Bitstream Vera / DejaVu (free)"),
)


def _show(parent: QWidget, title: str, html: str, name: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    browser = QTextBrowser(dialog)
    browser.setOpenLinks(False)  # nothing here leaves the computer
    browser.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    # A fixed size rather than one the layout keeps adjusting on a live window (the offscreen
    # platform warns about the latter, as noted in window.py).
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    em = dialog.fontMetrics().horizontalAdvance("m")
    dialog.resize(em * 48, em * 36)
    dialog.show()
    return dialog


def guide_html() -> str:
    steps = [
        translate("help", "Fill in the organisation and the project on the first page, or open "
                          "a saved assessment."),
        translate("help", "Answer the questions section by section. \u201cDon't know\u201d is "
                          "a fine answer: the advice then says how sure it is."),
        translate("help", "The list on the left shows each section's state; click one to go "
                          "there, or click Results at any time."),
        translate("help", "Before the results, a review lists the questions skipped or "
                          "answered \u201cDon't know\u201d, one click from each."),
        translate("help", "On the results page, try a lever to see how the advice would "
                          "change, then undo it; export the PDF brief for the board."),
        translate("help", "In a workshop: View \u203a Presentation Mode (F11) for large type "
                          "on a projector, Esc to leave it; Ctrl+Q quits."),
    ]
    items = "".join(f"<li>{escape(step)}</li>" for step in steps)
    title = translate("help", "How to use dlready")
    return f"<h2>{escape(title)}</h2><ol>{items}</ol>"


def glossary_html() -> str:
    from wizard.core.glossary import GLOSSARY

    rows = "".join(
        f"<dt><b>{escape(core_tr('glossary', term.name))}</b></dt>"
        f"<dd>{escape(core_tr('glossary', term.meaning))}</dd>" for term in GLOSSARY)
    title = translate("help", "Glossary")
    return f"<h2>{escape(title)}</h2><dl>{rows}</dl>"


def about_html() -> str:
    from wizard import __version__
    from wizard.core.rulebook import RULEBOOK_VERSION

    licences = "".join(f"<li>{escape(name)}: {escape(licence)}</li>"
                       for name, licence in LICENCES)
    licences_title = translate("help", "Licences")
    lines = [
        f"<h2>dlready {escape(__version__)}</h2>",
        "<p>" + escape(translate("help", "Is deep learning the right tool? A readiness check "
                                 "for one use case, offline.")) + "</p>",
        "<p>" + escape(translate("help", "Rulebook version {version} (the year and month its "
                                 "rules and sources were last reviewed).").format(
                                     version=RULEBOOK_VERSION)) + "</p>",
        f"<h3>{escape(licences_title)}</h3><ul>{licences}</ul>",
    ]
    return "".join(lines)


def show_guide(parent: QWidget) -> QDialog:
    return _show(parent, translate("help", "Guide"), guide_html(), "help-guide")


def show_glossary(parent: QWidget) -> QDialog:
    return _show(parent, translate("help", "Glossary"), glossary_html(), "help-glossary")


def show_about(parent: QWidget) -> QDialog:
    return _show(parent, translate("help", "About dlready"), about_html(), "help-about")
