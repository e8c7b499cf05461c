"""Page 2 is a board paper, for every shared case in every language: the action title, the
money, the top risk, the rules that apply, and never "no blockers" unless the verdict is go."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers.cases import CASE_FILES
from tests.report import pdfread
from wizard.core.engine import assess
from wizard.core.outcome import VERDICT_LABELS
from wizard.core.storage import load
from wizard.report import texts
from wizard.report.brief import render_brief
from wizard.translation import available_languages, translator_for

V2_CASES = sorted((CASE_FILES[0].parent.parent / "cases_v2").glob("*.dlready"))
ALL_CASES = [*CASE_FILES, *V2_CASES]
SEVERITY = ("high", "medium", "low")
# "No blockers" as the brief used to say it, in each language.
NO_BLOCKERS = ("No blockers", "Keine Hindernisse", "Aucun point bloquant", "Ningún bloqueo")


def _flat(text: str) -> str:
    return "".join(text.split())


def _digits(text: str) -> str:
    """The text without spaces or thousands separators, to find 60000 in "60.000 $"."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in ".,\u202f")


def test_the_v2_cases_are_there():
    assert len(V2_CASES) >= 6


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda path: path.stem)
def test_page_two_is_a_board_paper(case):
    assessment = load(case)
    for lang in available_languages():
        tr = translator_for(lang)
        result = assess(assessment, tr)
        data = render_brief(assessment, lang=lang, paper="a4")
        page = pdfread.page_texts(data)[1]
        flat = _flat(page)
        assert _flat(result.headline) in flat, lang
        verdict = tr("labels", VERDICT_LABELS[result.verdict])
        assert _flat(verdict) in flat
        if result.cost is not None and result.verdict in texts.ENVELOPE:
            low = result.cost.by_path[result.recommendation].low
            assert str(low) in _digits(page), (lang, low)
        if "risks" not in result.pending and result.risks:
            top = min(result.risks, key=lambda risk: SEVERITY.index(risk.severity))
            assert _flat(top.text) in flat, lang
        if "regulation" not in result.pending:
            for rule in result.regulation:
                assert _flat(rule.text) in flat, (lang, rule.id)
        for blocker in result.blockers:
            assert _flat(blocker.text) in flat, lang
        if result.verdict != "go":
            assert not any(_flat(phrase) in flat for phrase in NO_BLOCKERS), lang
            assert _flat(tr("brief", texts.VERDICT_MEANS[result.verdict])) in flat
        if any(step.when == "now" for step in result.next_steps):
            assert _flat(tr("brief", texts.NOW)) in flat


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("case", ALL_CASES, ids=lambda path: path.stem)
def test_money_is_put_to_the_board_only_where_it_is_asked_for(case, lang):
    """An envelope under go and fix_first (the latter committed once the blockers are cleared);
    under not_yet none, but the sentence that nothing is asked now, and no pilot decision
    dated; under stop neither."""
    assessment = load(case)
    tr = translator_for(lang)
    result = assess(assessment, tr)
    page = pdfread.page_texts(render_brief(assessment, lang=lang, paper="a4"))[1]
    flat, digits = _flat(page), _digits(page)
    assert result.cost is not None
    cost = result.cost.by_path[result.recommendation]
    envelope = str(cost.low) in digits and str(cost.high) in digits
    nothing_now = _flat(tr("brief", texts.NO_INVESTMENT_YET)) in flat
    year_one = _flat(tr("brief", texts.INVESTMENT)) in flat
    if result.verdict in ("go", "fix_first"):
        assert envelope and year_one and not nothing_now
        once_cleared = _flat(tr("brief", texts.ENVELOPE["fix_first"]).split("{range}")[1])
        assert (once_cleared in flat) == (result.verdict == "fix_first")
    else:
        assert not envelope and not year_one
        assert str(cost.high) not in digits
        assert nothing_now == (result.verdict == "not_yet")
        assert (_flat(tr("brief", texts.INVESTMENT_NOW)) in flat) == nothing_now
    # No pilot decision is dated for a board told not to fund a project yet.
    pilot = _flat(tr("brief", texts.TIME_PLAN).split("{")[0])
    groundwork = [
        _flat(tr("brief", text).split("{")[0].split("(")[0])
        for text in (texts.TIME_NOT_YET, texts.TIME_NOT_YET_NOW)
    ]
    if result.verdict == "not_yet":
        assert pilot not in flat
    assert any(start in flat for start in groundwork) == (result.verdict == "not_yet")


def test_the_cases_cover_every_verdict_that_decides_the_investment_row():
    verdicts = {assess(load(case)).verdict for case in ALL_CASES}
    assert {"go", "fix_first", "not_yet", "stop"} <= verdicts


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda path: path.stem)
def test_cut_offs_bookmarks_date_and_bytes(case):
    assessment = load(case)
    data = render_brief(assessment, lang="en", paper="a4")
    assert render_brief(assessment, lang="en", paper="a4") == data
    reader = pdfread.reader(data)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert texts.BOARD_PAPER in titles and texts.METHOD in titles
    floors = assess(assessment).readiness.bands
    text = " ".join(pdfread.text(data).split())
    assert f"a score from 0 to {floors['emerging'] - 1}" in text
    for band, upper in (("emerging", "ready"), ("ready", "advanced")):
        assert f"a score from {floors[band]} to {floors[upper] - 1}" in text
    assert f"a score from {floors['advanced']} to 100" in text
    day = dt.date.fromisoformat(assessment.meta.date)
    assert reader.metadata.creation_date.date() == day
