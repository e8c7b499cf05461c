"""The brief reads back with the right names, advice, footer and metadata."""

from __future__ import annotations

import pytest

from tests.helpers.cases import CASE_FILES
from tests.report import pdfread
from wizard.core.engine import assess
from wizard.core.model import UNSURE
from wizard.core.paths import PATHS
from wizard.core.questions import QUESTIONS
from wizard.core.rulebook import RULEBOOK_VERSION
from wizard.core.storage import load
from wizard.report.brief import render_brief
from wizard.translation import available_languages


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda path: path.stem)
def test_every_case_shows_names_and_advice(case):
    assessment = load(case)
    result = assess(assessment)
    data = render_brief(assessment, consultant="A. Adviser", paper="a4")
    text = pdfread.squeezed(pdfread.text(data))
    for value in (assessment.meta.organisation, assessment.meta.project, "A. Adviser"):
        assert pdfread.squeezed(value) in text
    assert pdfread.squeezed(PATHS[result.recommendation].name) in text
    for reason in result.reasons:
        assert pdfread.squeezed(reason.rule) in text
    for step in result.next_steps:
        assert pdfread.squeezed(step.text) in text


def test_footer_on_every_page(credit):
    pages = pdfread.page_texts(render_brief(credit, paper="a4"))
    assert len(pages) >= 6
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert f"Rulebook {RULEBOOK_VERSION}" in page
        assert "Prepared offline with dlready" in page


def test_date_comes_from_the_assessment(credit):
    text = pdfread.text(render_brief(credit, paper="a4"))
    assert "21 November 2026" in text


def test_metadata(credit):
    reader = pdfread.reader(render_brief(credit, consultant="A. Adviser", paper="a4"))
    info = reader.metadata
    assert info.title == "AI path brief: Meridian Bank — Consumer credit default risk"
    assert info.author == "A. Adviser"
    assert info.subject.startswith("Recommendation: Classical machine learning")


def test_author_falls_back_to_the_assessor(credit):
    credit = credit.model_copy(
        update={"meta": credit.meta.model_copy(update={"assessor": "J. Doe"})}
    )
    assert pdfread.reader(render_brief(credit, paper="a4")).metadata.author == "J. Doe"


def test_every_answer_and_dont_know_in_the_appendix(credit):
    answers = dict(credit.answers)
    answers["budget"] = UNSURE
    del answers["timeline"]
    data = render_brief(credit.model_copy(update={"answers": answers}), paper="a4")
    text = pdfread.text(data)
    # Those two, and any question of the bank the case leaves unanswered.
    unknown = [qid for qid in QUESTIONS if answers.get(qid, UNSURE) == UNSURE]
    assert {"budget", "timeline"} <= set(unknown)
    assert text.count("Answer: Don't know") == len(unknown)
    assert "Answer: Records in tables" in text


@pytest.mark.parametrize(("paper", "width"), [("a4", 595), ("letter", 612)])
def test_paper(credit, paper, width):
    page = pdfread.reader(render_brief(credit, paper=paper)).pages[0]
    assert round(float(page.mediabox.width)) == width


@pytest.mark.parametrize("lang", available_languages())
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_cover_and_summary_fit_their_page_without_shrinking(monkeypatch, paper, lang):
    """They are kept to one page by shrinking if they must; the ten cases never need it."""
    from reportlab.platypus import flowables

    scales = []
    draw = flowables.KeepInFrame.drawOn

    def spy(self, *args, **kwargs):
        scales.append(float(getattr(self, "_scale", 1.0)))
        return draw(self, *args, **kwargs)

    monkeypatch.setattr(flowables.KeepInFrame, "drawOn", spy)
    for case in CASE_FILES:
        render_brief(load(case), consultant="A. Adviser", paper=paper, lang=lang)
    assert len(scales) == 2 * len(CASE_FILES)
    assert max(scales) == 1.0
