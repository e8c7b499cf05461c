"""The PDF brief for the board: `render_brief` gives its bytes, `write_brief` saves it.

The same assessment always gives the same bytes: reportlab runs in invariant mode, every date
comes from the assessment, and the charts carry no timestamps.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard import __version__
from wizard.core.assessment import Assessment
from wizard.core.engine import assess
from wizard.core.writing import atomic_write
from wizard.translation import translator_for

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

LOGO_FORMATS = ("PNG", "JPEG")
MAX_LOGO_BYTES = 20 * 1024 * 1024
# 60 mm across at about 500 dots per inch: sharper than any printer needs.
LOGO_MAX_SIDE = 1200
Logo = str | os.PathLike[str] | bytes


class BriefError(ValueError):
    """A brief that cannot be made (bad logo, unknown language), in one sentence."""


def read_logo(logo: Logo) -> bytes:
    """The bytes of a PNG or JPEG logo, checked; BriefError for anything else."""
    if isinstance(logo, bytes):
        data, name = logo, "the logo"
    else:
        name = str(logo)
        try:
            with open(logo, "rb") as handle:
                data = handle.read(MAX_LOGO_BYTES + 1)
        except OSError as error:
            raise BriefError(f"{name}: the logo cannot be read ({error.strerror}).") from None
    if len(data) > MAX_LOGO_BYTES:
        raise BriefError(f"{name}: the logo is larger than 20 MB.")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.load()
            if kind in LOGO_FORMATS and max(image.size) > LOGO_MAX_SIDE:
                data = _smaller(image)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise BriefError(f"{name}: the logo is not a readable PNG or JPEG image.") from None
    if kind not in LOGO_FORMATS:
        raise BriefError(f"{name}: the logo is a {kind} image; use a PNG or JPEG.")
    return data


def _smaller(image: PILImage) -> bytes:
    """The logo scaled down to what print needs, as PNG: a camera-sized picture would make
    the PDF slow to write and many megabytes larger for no visible gain."""
    from PIL import Image

    copy = image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB")
    copy.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    copy.save(buffer, format="PNG")
    return buffer.getvalue()


def render_brief(
    assessment: Assessment,
    *,
    lang: str | None = None,
    consultant: str | None = None,
    logo: Logo | None = None,
    paper: str | None = None,
    confidential: bool = False,
    earlier: Assessment | None = None,
    hide_names: bool = False,
) -> bytes:
    """The brief as PDF bytes; `paper` is "a4" or "letter" (default: from the locale).

    With `earlier`, a page shows the progress since it; a team file gets a section on where
    the room disagrees, with `hide_names` its participants are numbered, not named.
    """
    return build_brief(
        assessment,
        lang=lang,
        consultant=consultant,
        logo=logo,
        paper=paper,
        confidential=confidential,
        earlier=earlier,
        hide_names=hide_names,
    ).data


@dataclass(frozen=True)
class Built:
    """A brief as made: its bytes, and how full each page's body was left (0 to 1)."""

    data: bytes
    fills: tuple[float, ...]


def build_brief(
    assessment: Assessment,
    *,
    lang: str | None = None,
    consultant: str | None = None,
    logo: Logo | None = None,
    paper: str | None = None,
    confidential: bool = False,
    earlier: Assessment | None = None,
    hide_names: bool = False,
) -> Built:
    """The brief and the measure of its pages; see `render_brief`."""
    from reportlab.platypus import PageBreak

    from wizard.core.labels import BAND_LABELS
    from wizard.report import fonts, layout, safety, styles, texts
    from wizard.report.appendix import appendix
    from wizard.report.bibliography import references
    from wizard.report.context import Brief, section_break
    from wizard.report.costs import audit, costs
    from wizard.report.cover import cover
    from wizard.report.dates import parse_date
    from wizard.report.method import method
    from wizard.report.plan import plan
    from wizard.report.progress import progress
    from wizard.report.reasons import reasons
    from wizard.report.room import room_section
    from wizard.report.scores import scores
    from wizard.report.summary import summary

    try:
        tr = translator_for(lang)
    except ValueError as error:
        raise BriefError(str(error)) from None
    logo_bytes = read_logo(logo) if logo is not None else None
    paper = paper or styles.paper_for(lang)
    if paper not in styles.PAPERS:
        raise BriefError(f"paper {paper!r} is unknown; choose a4 or letter.")
    pagesize = styles.PAPERS[paper]
    safety.lock_down()
    fonts.register()

    result = assess(assessment, tr)
    meta = assessment.meta
    brief = Brief(
        assessment=assessment,
        result=result,
        translate=tr,
        width=pagesize[0] - 2 * styles.MARGIN,
        height=pagesize[1] - 2 * styles.MARGIN,
        consultant=(consultant or "").strip(),
        logo=logo_bytes,
        confidential=confidential,
        lang=(lang or "en").split("_")[0],
    )
    name = " — ".join(part.strip() for part in (meta.organisation, meta.project) if part.strip())
    running = layout.Running(
        header=safety.shorten(name, 200),
        page_of=brief.t(texts.PAGE_OF),
        rulebook=brief.t(texts.RULEBOOK, version=result.rulebook),
        prepared=brief.t(texts.PREPARED_OFFLINE),
        mark=brief.t(texts.CONFIDENTIAL) if confidential else "",
    )
    buffer = io.BytesIO()
    doc = layout.document(
        buffer,
        pagesize,
        title=brief.t(texts.TITLE, name=name or brief.t(texts.UNNAMED_ORGANISATION)),
        author=brief.consultant or meta.assessor.strip() or "dlready",
        subject=brief.t(
            texts.SUBJECT,
            path=brief.path_name(result.recommendation),
            score=result.readiness.score,
        ),
        creator=f"dlready {__version__}",
        keywords=[
            *brief.t(texts.KEYWORDS).split("; "),
            brief.path_name(result.recommendation),
            brief.translate("labels", BAND_LABELS[result.readiness.band]),
        ],
        lang=lang or "en",
    )
    story = [*cover(brief, pagesize[1]), *summary(brief, pagesize[1])]
    sections = [
        progress(brief, earlier) if earlier is not None else [],
        scores(brief),
        room_section(brief, hide_names=hide_names),
        reasons(brief),
        plan(brief),
        method(brief),
        [*appendix(brief), *costs(brief), *audit(brief), *references(brief)],
    ]
    for section in sections:
        if not section:
            continue
        if not isinstance(story[-1], PageBreak):
            story.append(section_break(brief))
        story += section
    created = parse_date(meta.date)
    doc.build(story, canvasmaker=layout.canvas_class(running, created))
    return Built(buffer.getvalue(), tuple(doc.fills))


def write_brief(
    assessment: Assessment,
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    consultant: str | None = None,
    logo: Logo | None = None,
    paper: str | None = None,
    confidential: bool = False,
    earlier: Assessment | None = None,
    hide_names: bool = False,
) -> None:
    """Render the brief and save it at `path` all at once (temporary file, then rename).

    A new brief gets a new file's usual mode, a replaced one keeps the old file's mode.
    BriefError for a bad logo or language; OSError if the folder cannot be written.
    """
    data = render_brief(
        assessment,
        lang=lang,
        consultant=consultant,
        logo=logo,
        paper=paper,
        confidential=confidential,
        earlier=earlier,
        hide_names=hide_names,
    )
    atomic_write(path, data)
