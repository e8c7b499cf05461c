"""The brief's look: paper, margins, colours and paragraph styles, all in DejaVu Sans."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from wizard.report import fonts

INK = colors.HexColor("#1d2433")
MUTED = colors.HexColor("#5b6475")
ACCENT = colors.HexColor("#1f5f8b")
ACCENT_LIGHT = colors.HexColor("#e8f0f7")
RULE = colors.HexColor("#c9d1dc")
WARN = colors.HexColor("#9a3b1b")
WARN_LIGHT = colors.HexColor("#fbeee8")
PANEL = colors.HexColor("#f4f6f9")

MARGIN = 20 * mm
FOOTER_GAP = 10 * mm

# Countries that use US Letter paper; everyone else uses A4.
_LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR", "SV"})
PAPERS = {"a4": A4, "letter": LETTER}


def paper_for(lang: str | None = None) -> str:
    """ "letter" or "a4": from a region in `lang` (en_US), else the environment's locale."""
    candidates = [lang or ""]
    candidates += [os.environ.get(name, "") for name in ("LC_ALL", "LC_PAPER", "LANG")]
    for value in candidates:
        code = value.split(".")[0].replace("-", "_")
        if "_" in code:
            return "letter" if code.split("_")[1].upper() in _LETTER_REGIONS else "a4"
    return "a4"


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the brief, by role."""

    body: ParagraphStyle
    item: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_date: ParagraphStyle
    mark: ParagraphStyle
    label: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    recommendation: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_label: ParagraphStyle
    cell_label_right: ParagraphStyle
    cell_right: ParagraphStyle
    headline: ParagraphStyle
    board_h2: ParagraphStyle
    board_cell: ParagraphStyle
    board_body: ParagraphStyle
    reference: ParagraphStyle
    note: ParagraphStyle
    note_gap: ParagraphStyle


@cache
def styles() -> Styles:
    """The styles, built once the fonts are registered."""
    fonts.register()
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=6,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        body=base,
        item=derive("item", spaceAfter=3),
        small=derive("small", fontSize=8.5, leading=11.5, spaceAfter=3),
        muted=derive("muted", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3),
        h1=derive(
            "h1", fontName=fonts.BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=10
        ),
        h2=derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=8,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h3=derive(
            "h3",
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        kicker=derive(
            "kicker", fontName=fonts.BOLD, fontSize=9, leading=12, textColor=ACCENT, spaceAfter=4
        ),
        cover_title=derive(
            "cover_title", fontName=fonts.BOLD, fontSize=28, leading=34, spaceAfter=8
        ),
        cover_subtitle=derive(
            "cover_subtitle", fontSize=15, leading=20, textColor=MUTED, spaceAfter=18
        ),
        cover_date=derive("cover_date", fontSize=11, leading=15, textColor=INK, spaceAfter=8),
        mark=derive("mark", fontName=fonts.BOLD, fontSize=9, leading=12, textColor=WARN),
        label=derive("label", fontSize=8, leading=10, textColor=MUTED, spaceAfter=1),
        figure=derive("figure", fontName=fonts.BOLD, fontSize=20, leading=24, spaceAfter=0),
        figure_label=derive(
            "figure_label", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
        recommendation=derive(
            "recommendation",
            fontName=fonts.BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        cell_muted=derive(
            "cell_muted", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=2, spaceAfter=0
        ),
        cell=derive("cell", fontSize=8.5, leading=11.5, spaceAfter=0),
        cell_label=derive(
            "cell_label",
            fontName=fonts.BOLD,
            fontSize=8,
            leading=11.5,
            textColor=MUTED,
            spaceAfter=0,
        ),
        cell_label_right=derive(
            "cell_label_right",
            fontName=fonts.BOLD,
            fontSize=8,
            leading=11.5,
            textColor=MUTED,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        cell_right=derive(
            "cell_right", fontSize=8.5, leading=11.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        reference=derive(
            "reference",
            fontSize=8.5,
            leading=11.5,
            spaceAfter=3,
            leftIndent=14,
            firstLineIndent=-14,
        ),
        board_h2=derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        board_cell=derive("board_cell", fontSize=8, leading=10.5, spaceAfter=0),
        board_body=derive("board_body", fontSize=9.5, leading=12.5, spaceAfter=3),
        headline=derive(
            "headline",
            fontName=fonts.BOLD,
            fontSize=16,
            leading=20.5,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        cell_bold=derive(
            "cell_bold", fontName=fonts.BOLD, fontSize=8.5, leading=11.5, spaceAfter=0
        ),
        note=derive("note", fontSize=9, leading=12.5, leftIndent=10, spaceAfter=0),
        note_gap=derive(
            "note_gap", fontSize=9, leading=12.5, leftIndent=10, spaceAfter=0, spaceBefore=5
        ),
    )


def table_style(*commands: tuple[object, ...]) -> TableStyle:
    """A table style whose plain-string cells use DejaVu Sans too (reportlab's default is
    Helvetica, a built-in font the brief must never use)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])
