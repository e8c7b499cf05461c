"""The brief's one typeface: DejaVu Sans from matplotlib's data, embedded as TrueType.

DejaVu Sans covers Latin, Greek and Cyrillic, and matplotlib draws the charts with it too, so
the pages and the charts match and no built-in PDF font (Helvetica) is ever used.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

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
    from reportlab.pdfbase.ttfonts import TTFont

    folder = font_dir()
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
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
