"""The brief's pages as a typesetter checks them: fill, bookmarks, cover, dates, marks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers.cases import CASE_FILES
from tests.report import pdfread
from wizard.core.storage import load
from wizard.report import texts
from wizard.report.brief import build_brief, render_brief
from wizard.translation import available_languages, translator_for

HALF = 0.5


V2_CASES = sorted((CASE_FILES[0].parent.parent / "cases_v2").glob("*.dlready"))


@pytest.mark.parametrize("case", [*CASE_FILES, *V2_CASES], ids=lambda path: path.stem)
def test_no_page_but_the_last_is_under_half_full(case):
    """The filled height of each page's body comes from the layout, not from pixels."""
    assessment = load(case)
    for lang in available_languages():
        for paper in ("a4", "letter"):
            fills = build_brief(assessment, lang=lang, paper=paper).fills
            short = [
                (number, round(fill, 2))
                for number, fill in enumerate(fills[:-1], start=1)
                if fill < HALF
            ]
            assert not short, (lang, paper, short)


def test_the_fill_measure_sees_a_short_page():
    """One line then a page break is measured as a nearly empty page, a full page as full."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from wizard.report import layout
    from wizard.report.styles import MARGIN, styles

    doc = layout.document(io.BytesIO(), A4)
    body = A4[1] - 2 * MARGIN
    doc.build([Paragraph("One line", styles().body), PageBreak(), Spacer(1, body * 0.9)])
    assert doc.fills[0] < 0.05
    assert doc.fills[1] == pytest.approx(0.9, abs=0.01)


def _outline_titles(data: bytes) -> list[tuple[str, int]]:
    reader = pdfread.reader(data)
    found: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return found


@pytest.mark.parametrize("lang", available_languages())
def test_every_section_is_bookmarked_on_its_page(credit, lang):
    data = render_brief(credit, lang=lang, paper="a4")
    pages = [pdfread.squeezed(page) for page in pdfread.page_texts(data)]
    titles = _outline_titles(data)
    tr = translator_for(lang)
    for section in (texts.SCORES, texts.WHY, texts.APPENDIX, texts.REFERENCES):
        title = " ".join(tr(texts.CONTEXT, section).split())
        assert title in [" ".join(found.split()) for found, _ in titles]
    assert len(titles) >= 8
    for title, page in titles:
        assert pdfread.squeezed(title).lower() in pages[page].lower(), (title, page)


def test_creation_date_is_the_assessments(credit):
    info = pdfread.reader(render_brief(credit, paper="a4")).metadata
    assert info.creation_date.date() == dt.date.fromisoformat(credit.meta.date)
    later = credit.model_copy(
        update={"meta": credit.meta.model_copy(update={"date": "2027-03-04"})}
    )
    info = pdfread.reader(render_brief(later, paper="a4")).metadata
    assert info.creation_date.date() == dt.date(2027, 3, 4)


def test_keywords_are_words_a_reader_knows(credit):
    keywords = pdfread.reader(render_brief(credit, paper="a4")).metadata["/Keywords"]
    assert "Classical machine learning" in keywords
    assert "_" not in keywords  # no ids such as classical_ml


def test_the_cover_shows_what_was_given_and_no_not_given(credit):
    bare = credit.model_copy(
        update={"meta": credit.meta.model_copy(update={"assessor": "", "project": ""})}
    )
    cover = pdfread.page_texts(render_brief(bare, paper="a4"))[0]
    assert "not given" not in cover
    assert "Assessor" not in cover
    assert "21 November 2026" in cover
    cover = pdfread.page_texts(render_brief(credit, consultant="A. Adviser", paper="a4"))[0]
    assert "Prepared by" in cover and "A. Adviser" in cover


def test_confidential_mark_on_every_page_only_when_asked(credit):
    marked = pdfread.page_texts(render_brief(credit, paper="a4", confidential=True))
    assert all("CONFIDENTIAL" in page for page in marked)
    plain = pdfread.text(render_brief(credit, paper="a4"))
    assert "CONFIDENTIAL" not in plain


def test_the_fit_chart_is_printed_once(credit):
    text = pdfread.text(render_brief(credit, paper="a4"))
    assert text.count("Fit out of 100") == 1


def test_a_legal_form_stays_on_one_line(credit):
    name = "Przedsiębiorstwo Handlowe Wielkopolskie Zakłady Produkcyjne Sp. z o.o."
    bare = credit.model_copy(update={"meta": credit.meta.model_copy(update={"organisation": name})})
    lines = pdfread.page_texts(render_brief(bare, paper="a4"))[0].splitlines()
    assert any("Sp.\xa0z\xa0o.o." in line or "Sp. z o.o." in line for line in lines)
