"""`dlready gui`: open the window, or render one page to a PNG and exit."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.exitcodes import EXIT_BAD_INPUT, EXIT_OK

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from wizard.gui.window import MainWindow

# The same sentence as wizard.report.command's, marked for translation there.
CANNOT_WRITE = "{path}: cannot be written ({reason})."


def _fail(message: str) -> int:
    print(f"dlready gui: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def parse_size(text: str) -> tuple[int, int] | None:
    """"1280x800" as (1280, 800); None when it is not a sensible window size."""
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX\u00d7]\s*(\d{2,5})\s*", text or "")
    if not match:
        return None
    width, height = int(match[1]), int(match[2])
    return (width, height) if 200 <= width <= 10000 and 150 <= height <= 10000 else None


def page_names() -> tuple[str, ...]:
    """Every page --page accepts: welcome, each section id, review (shown when questions are
    skipped or unsure, else the results), results."""
    from wizard.core.questions import SECTION_IDS

    return ("welcome", *SECTION_IDS, "review", "results")


def run_gui(args: argparse.Namespace) -> int:
    """Run the window (or take a screenshot); returns the exit code."""
    size = parse_size(args.size or "1280x800")
    if size is None:
        return _fail(f"--size {args.size!r} is not a window size like 1280x800.")
    page = args.page
    if page is not None and page != "welcome" and page not in page_names():
        return _fail(f"--page {page!r} is not a page; choose one of: {', '.join(page_names())}.")
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wizard.gui.fonts import ensure_fonts
    from wizard.gui.language import install_language
    from wizard.gui.settings import APPLICATION, ORGANISATION, Settings
    from wizard.gui.window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    ensure_fonts(app)
    settings = Settings()
    try:
        language = install_language(app, args.lang or settings.language)
    except ValueError as error:
        return _fail(str(error))
    if not args.screenshot:
        from wizard.gui import single

        if single.hand_off(args.file):
            return EXIT_OK  # the window already running shows the file
    window = MainWindow(settings, language, remember=not args.screenshot)
    if args.screenshot:
        return _screenshot(window, args.file, page or "welcome", size, args.screenshot,
                           bool(getattr(args, "presentation", False)))

    _set_identity(app)
    window.restore_state()
    window.show()
    # Later starts hand their file to this window; listening waits until it is on screen.
    QTimer.singleShot(0, lambda: setattr(window, "instance_server",
                                         single.serve(window, window.open_handed_off)))
    if args.file:
        QTimer.singleShot(0, lambda: window.open_path(args.file))
    else:
        QTimer.singleShot(0, window.offer_recovery)
    if page:
        QTimer.singleShot(0, lambda: window.wizard.show_page(page))
    # Load the question bank once the window is on screen, so Next answers at once.
    QTimer.singleShot(50, lambda: window.wizard.ensure_pages())
    return app.exec()


def _screenshot(window: MainWindow, file: str | None, page: str, size: tuple[int, int],
                out: str, presentation: bool = False) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtWidgets import QApplication

    from wizard.core.i18n import QT_TRANSLATE_NOOP
    from wizard.core.printable import shown
    from wizard.core.writing import OutputError, atomic_write, check_output
    from wizard.gui.language import core_tr

    try:
        if not out.lower().endswith(".png"):
            raise OutputError(
                QT_TRANSLATE_NOOP(
                    "errors", "{path}: a screenshot is a PNG image; give a name ending in .png."
                ),
                path=shown(out),
            )
        check_output(out, file)
    except OutputError as error:
        return _fail(error.translated(core_tr))
    if file:
        from wizard.core.assessment import AssessmentError

        try:
            window.document.open(file)
        except AssessmentError as error:
            return _fail(error.translated(core_tr))
    if presentation:
        # The type and controls of presentation mode; the window is the projector's size
        # (full screen itself would take the offscreen screen's size instead).
        window.show_presentation_type()
    window.resize(*size)
    window.show()
    window.wizard.show_page(page)
    QApplication.processEvents()
    QApplication.processEvents()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        return _fail(core_tr("errors", CANNOT_WRITE).format(path=shown(out), reason="PNG"))
    buffer.close()
    try:
        # Written whole or not at all, like every file dlready makes (never a partial PNG);
        # not waited for until the folder is on the disk: nothing depends on a screenshot.
        atomic_write(out, bytes(data.data()), durable=False)
    except OutputError as error:
        return _fail(error.translated(core_tr))
    except OSError as error:
        reason = error.strerror or str(error)
        return _fail(core_tr("errors", CANNOT_WRITE).format(path=shown(out), reason=reason))
    # Not closed: closing would remember this offscreen window's size as the user's.
    return EXIT_OK


def resource(name: str) -> Path:
    """A file of the repository's resources/ folder, wherever dlready runs from.

    Installed (a wheel, the PyInstaller bundle), resources/ is the package wizard.resources
    (setup.py and packaging/dlready.spec map it there); run from a source checkout with
    `python -m wizard`, nothing maps it, and the file is read from resources/ beside wizard/.
    """
    from importlib.resources import files

    try:
        installed = Path(str(files("wizard.resources").joinpath(name)))
    except ModuleNotFoundError:
        installed = None
    if installed is not None and installed.is_file():
        return installed
    return Path(__file__).resolve().parents[2] / "resources" / name


def _set_identity(app: QGuiApplication) -> None:
    """The icon the desktop shows for the window, and the .desktop file it belongs to."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("dlready.svg"))))
    app.setDesktopFileName("org.dlready.dlready")
