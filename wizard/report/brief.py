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
from wizard.core.assessment import Assessment, AssessmentError
from wizard.core.engine import assess
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.limits import LOGO_FORMATS, MAX_LOGO_BYTES, MAX_LOGO_PIXELS
from wizard.core.reading import read_bytes
from wizard.core.writing import atomic_write
from wizard.translation import translator_for

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

# 60 mm across at about 500 dots per inch: sharper than any printer needs.
LOGO_MAX_SIDE = 1200
Logo = str | os.PathLike[str] | bytes


class BriefError(ValueError):
    """A brief that cannot be made (bad logo, unknown language), in one sentence."""


class LogoError(BriefError):
    """A logo refused: a template marked in the context "errors" and its fields."""

    def __init__(self, template: str, /, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields))

    def translated(self, translate: Translate) -> str:
        """The message in the language of `translate`."""
        return translate("errors", self.template).format(**self.fields)


# The first bytes of each accepted format: a logo is judged by its content, not its name.
LOGO_MAGIC = {"PNG": (b"\x89PNG\r\n\x1a\n",), "JPEG": (b"\xff\xd8\xff",)}
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("errors", "{name}: the logo is not a readable PNG or JPEG image.")


def logo_kind(data: bytes) -> str | None:
    """"PNG" or "JPEG" from the first bytes, None for anything else."""
    for kind in LOGO_FORMATS:
        if data.startswith(LOGO_MAGIC[kind]):
            return kind
    return None


def read_logo(logo: Logo) -> bytes:
    """The bytes of a PNG or JPEG logo, checked; LogoError (a BriefError) for anything else.

    Only the formats of wizard.core.limits.LOGO_FORMATS, told by their first bytes, and Pillow
    opens the logo with that format's plugin alone: no other decoder is ever loaded (an EPS
    would start Ghostscript). The pixel count is read from the header and refused above
    MAX_LOGO_PIXELS before anything is decoded.
    """
    from wizard.core.printable import shown

    if isinstance(logo, bytes):
        data, name = logo, "the logo"
    else:
        name = shown(logo)
        try:
            data = read_bytes(logo, MAX_LOGO_BYTES)
        except AssessmentError:
            raise LogoError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name}: the logo is not a regular file of at most {limit} MB."
                ),
                name=name,
                limit=MAX_LOGO_BYTES // 2**20,
            ) from None
        except OSError as error:
            raise LogoError(
                QT_TRANSLATE_NOOP("errors", "{name}: the logo cannot be read ({reason})."),
                name=name,
                reason=error.strerror or str(error),
            ) from None
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError(
            QT_TRANSLATE_NOOP(
                "errors", "{name}: the logo is not a regular file of at most {limit} MB."
            ),
            name=name,
            limit=MAX_LOGO_BYTES // 2**20,
        )
    kind = logo_kind(data)
    if kind is None:
        raise LogoError(NOT_AN_IMAGE, name=name)
    import warnings

    from PIL import Image, UnidentifiedImageError

    too_many = LogoError(
        QT_TRANSLATE_NOOP(
            "errors", "{name}: the logo has more pixels than the {limit} million a logo may have."
        ),
        name=name,
        limit=MAX_LOGO_PIXELS // 1_000_000,
    )
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb check is far above ours; ours runs first, from the header.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind])
        with image:
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                raise too_many
            image.load()
            if max(image.size) > LOGO_MAX_SIDE:
                data = _smaller(image)
    except Image.DecompressionBombError:
        raise too_many from None
    except (UnidentifiedImageError, OSError, ValueError) as error:
        if isinstance(error, LogoError):
            raise
        raise LogoError(NOT_AN_IMAGE, name=name) from None
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
