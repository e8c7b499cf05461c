"""The brief's one typeface: DejaVu Sans from matplotlib's data, embedded as TrueType.

DejaVu Sans covers Latin, Greek and Cyrillic, and matplotlib draws the charts with it too, so
the pages and the charts match and no built-in PDF font (Helvetica) is ever used.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = "DejaVuSans"


def font_dir() -> Path:
    """The folder of TrueType fonts that ships inside matplotlib, found without importing it.

    The window registers the same fonts at start-up, where importing matplotlib would cost
    a third of a second.
    """
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("matplotlib, whose DejaVu Sans fonts dlready uses, is missing")
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


@cache
def register() -> str:
    """Register the four faces and the family with reportlab once; returns the family name."""
    from reportlab.pdfbase import pdfmetrics

    folder = font_dir()
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(_face_class()(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY


@cache
def coverage() -> frozenset[int]:
    """The code points every face of the brief's font can draw (regular and bold both)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register()
    faces = [getFont(name).face for name in (REGULAR, BOLD)]
    maps = [set(face.charToGlyph) for face in faces]
    return frozenset(set.intersection(*maps))


# Widths kept for at most this many strings a face: a brief measures a few thousand.
WIDTHS_KEPT = 20_000


@cache
def _face_class() -> type:
    """reportlab's TrueType font, remembering the width of each string it has measured.

    Breaking a brief's lines measures every word, most of them many times ("the", "data");
    without reportlab's C accelerator each measure sums the glyph widths in Python. The sum in
    font units is kept, and scaled exactly as reportlab scales it, so the widths are the same
    to the last bit.
    """
    from reportlab.pdfbase.ttfonts import TTFont

    class MeasuredFont(TTFont):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.units: dict[str, float] = {}

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802 - reportlab's name
            if not isinstance(text, str):
                text = text.decode(encoding or "utf8")
            units = self.units.get(text)
            if units is None:
                widths, default = self.face.charWidths.get, self.face.defaultWidth
                units = sum(widths(ord(char), default) for char in text)
                if len(self.units) >= WIDTHS_KEPT:
                    self.units.clear()
                self.units[text] = units
            return 0.001 * size * units

    return MeasuredFont
