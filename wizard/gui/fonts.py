"""Fonts: make sure text never renders as empty boxes on a machine with no fonts installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

FALLBACK_FAMILY = "DejaVu Sans"


def bundled_font_files() -> list[Path]:
    """The DejaVu Sans files matplotlib ships, the brief's too, found without importing it."""
    from wizard.report.fonts import font_dir  # only when the system lacks the font

    try:
        folder = font_dir()
    except FileNotFoundError:
        return []
    return sorted(folder.glob("DejaVuSans*.ttf"))


def ensure_fonts(app: QGuiApplication) -> None:
    """Register DejaVu Sans and use it when the system offers no font of its own."""
    if FALLBACK_FAMILY in QFontDatabase.families():
        return
    had_fonts = bool(QFontDatabase.families())
    for path in bundled_font_files():
        if "Mono" not in path.name:
            QFontDatabase.addApplicationFont(str(path))
    if not had_fonts:
        font = app.font()
        font.setFamily(FALLBACK_FAMILY)
        app.setFont(font)
