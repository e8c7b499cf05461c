"""The cover: whom the brief is for, by whom, and when the assessment was made."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, KeepInFrame, PageBreak, Spacer, Table

from wizard.report import texts
from wizard.report.context import Brief, p
from wizard.report.dates import format_date
from wizard.report.para import Paragraph
from wizard.report.safety import inline, shorten
from wizard.report.styles import ACCENT, MARGIN, RULE, WARN, table_style
from wizard.report.words import bound

LOGO_BOX = (60 * mm, 28 * mm)
# Names longer than this are cut on the cover (the appendix and metadata keep them whole).
TITLE_LIMIT = 120
FIELD_LIMIT = 240


def logo_flowable(data: bytes) -> Image:
    """The logo scaled to fit its box on the cover, keeping its proportions."""
    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def cover(brief: Brief, page_height: float) -> list[Flowable]:
    """The cover page, shrunk to fit if the names are very long, then a page break."""
    s = brief.s
    meta = brief.assessment.meta
    parts: list[Flowable] = []
    if brief.logo:
        parts += [logo_flowable(brief.logo), Spacer(1, 14 * mm)]
    else:
        parts.append(Spacer(1, 42 * mm))
    organisation = meta.organisation.strip() or brief.t(texts.UNNAMED_ORGANISATION)
    parts += [
        Paragraph(inline(brief.t(texts.KIND).upper()), s.kicker),
        Paragraph(bound(inline(shorten(organisation, TITLE_LIMIT))), s.cover_title),
    ]
    if meta.project.strip():
        parts.append(Paragraph(bound(inline(shorten(meta.project, TITLE_LIMIT))), s.cover_subtitle))
    if meta.date.strip():
        parts.append(p(format_date(meta.date, brief.translate), s.cover_date))
    if brief.confidential:
        parts.append(_mark(brief))
    parts += [Spacer(1, 14 * mm), _details(brief), Spacer(1, 18 * mm)]
    parts.append(p(brief.t(texts.COVER_NOTE), s.muted))
    frame_height = page_height - 2 * MARGIN
    return [KeepInFrame(brief.width, frame_height, parts, mode="shrink"), PageBreak()]


def _mark(brief: Brief) -> Table:
    """The confidentiality mark, boxed."""
    s = brief.s
    text = brief.t(texts.CONFIDENTIAL).upper()
    width = stringWidth(text, s.mark.fontName, s.mark.fontSize) + 18
    table = Table([[Paragraph(inline(text), s.mark)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 1.2, WARN),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table


def _details(brief: Brief) -> Flowable:
    """Who the brief is for and by whom: only what was given, no "not given" lines."""
    s = brief.s
    meta = brief.assessment.meta
    rows = [
        (texts.ORGANISATION, meta.organisation),
        (texts.PROJECT, meta.project),
        (texts.ASSESSOR, meta.assessor),
        (texts.ASSESSED_ON, format_date(meta.date, brief.translate) if meta.date.strip() else ""),
        (texts.CONSULTANT, brief.consultant),
    ]
    data = [
        [
            Paragraph(inline(brief.t(label)), s.label),
            Paragraph(bound(inline(shorten(value, FIELD_LIMIT))), s.body),
        ]
        for label, value in rows
        if value.strip()
    ]
    if not data:
        return Spacer(1, 0)
    table = Table(data, colWidths=[45 * mm, brief.width - 45 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return table
