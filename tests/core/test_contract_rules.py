"""The contract's v2 rules hold for any answers: verdict, band cap, confidence, approach,
readiness for the path, reasons that add up, levers that are forward and true (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.strategies import complete_answers, partial_answers
from wizard.core.approaches import APPROACHES
from wizard.core.engine import assess
from wizard.core.levers import LEVER_QUESTIONS
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTIONS
from wizard.core.readiness import BAND_FLOORS
from wizard.core.scoring import fired, total

BANDS = ("not_ready", "emerging", "ready", "advanced")
ANY = st.one_of(partial_answers(), complete_answers())


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_verdict_band_and_confidence_follow_the_contract(answers):
    result = assess(answers)
    regulation = {rule.id for rule in result.regulation}
    if "eu_ai_act_prohibited" in regulation:
        assert result.verdict == "stop"
        assert result.readiness.band == "not_ready"
        assert result.approach is None and not result.levers
        assert result.blockers
    elif result.readiness.band == "not_ready":
        assert result.verdict == "not_yet"
    elif result.blockers:
        assert result.verdict == "fix_first"
    else:
        assert result.verdict == "go"
    if result.blockers:
        assert result.readiness.band in ("not_ready", "emerging")
    if (
        result.readiness.band == "not_ready"
        or result.blockers
        or len(result.unknown) >= 3
    ):
        assert result.confidence != "high"
    assert result.confidence_note
    assert len(result.headline) >= 20


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_readiness_is_for_the_recommended_path_with_its_cut_offs(answers):
    result = assess(answers)
    readiness = result.readiness
    assert readiness.for_path == result.recommendation
    assert readiness.bands == dict(BAND_FLOORS)
    floor = 0
    for band in BANDS[1:]:
        if readiness.score >= readiness.bands[band]:
            floor = BANDS.index(band)
    assert BANDS[floor] == readiness.band or readiness.band == "not_ready"


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_the_approach_belongs_to_the_path(answers):
    result = assess(answers)
    if result.verdict != "stop":
        assert result.approach is not None
        assert result.approach.path == result.recommendation
        assert result.approach.baseline and result.approach.go_no_go


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_reasons_add_up_to_the_raw_fit_of_every_path(answers):
    result = assess(answers)
    raw = total(fired(answers))
    for i, path in enumerate(PATH_ORDER):
        assert sum(reason.effects.get(path, 0) for reason in result.reasons) == raw[i]
    assert result.reasons[0].path == result.recommendation
    assert result.reasons[0].weight > 0


@settings(max_examples=120, deadline=None)
@given(ANY)
def test_every_lever_is_a_forward_move_of_a_controllable_answer_and_true(answers):
    result = assess(answers)
    for lever in result.levers:
        assert 1 <= len(lever.answers) <= 2
        for qid, value in lever.answers.items():
            assert qid in LEVER_QUESTIONS
            ladder = QUESTIONS[qid].ladder
            assert ladder.index(value) > ladder.index(answers.get(qid, UNSURE))
        after = assess({**answers, **lever.answers})
        assert after.recommendation == lever.recommendation
        assert after.readiness.band == lever.band
        assert after.recommendation != result.recommendation or BANDS.index(
            after.readiness.band
        ) > BANDS.index(result.readiness.band)
        assert lever.effort


@settings(max_examples=300, deadline=None)
@given(partial_answers(), st.sampled_from(LEVER_QUESTIONS), st.data())
def test_a_better_answer_on_a_ladder_never_lowers_readiness_while_the_path_stays(
    answers, qid, data
):
    ladder = QUESTIONS[qid].ladder
    low = data.draw(st.integers(0, len(ladder) - 2))
    high = data.draw(st.integers(low + 1, len(ladder) - 1))
    worse = assess({**answers, qid: ladder[low]})
    better = assess({**answers, qid: ladder[high]})
    if worse.recommendation == better.recommendation:
        assert better.readiness.score >= worse.readiness.score


def test_every_path_has_a_default_approach_and_only_contract_or_declared_ids():
    for path in PathId:
        defaults = [a for a in APPROACHES if a.path is path and not a.when_any and not a.verdicts]
        assert defaults and not defaults[-1].unless, path
        assert APPROACHES.index(defaults[-1]) == max(
            i for i, a in enumerate(APPROACHES) if a.path is path
        )


BIAS_AREAS = {"employment", "credit_insurance", "education", "public_services",
              "law_justice_migration", "health", "biometrics", "emotion_recognition",
              "emotion_recognition_work"}


@settings(max_examples=200, deadline=None)
@given(ANY)
def test_the_fixed_steps_appear_exactly_when_the_contract_says(answers):
    result = assess(answers)
    ids = [step.id for step in result.next_steps]
    stop = result.verdict == "stop"
    assert ("define-success-measure" in ids) == (
        answers.get("use_case_clarity", UNSURE) != "metric_defined" and not stop
    )
    assert ("baseline-first" in ids) == (result.verdict not in ("not_yet", "stop"))
    if result.regulation:
        assert "regulatory-assessment" in ids
    if result.recommendation == PathId.PRETRAINED_OR_TRANSFER and not stop:
        assert "evaluation-set" in ids
    high_risk = "eu_ai_act_high_risk" in {rule.id for rule in result.regulation}
    if not stop and (
        answers.get("people_impact") == "high"
        or answers.get("decision_area") in BIAS_AREAS
        or high_risk
    ):
        assert "bias-audit" in ids


@settings(max_examples=200, deadline=None)
@given(ANY)
def test_every_source_named_is_listed_once_with_kind_year_and_citation(answers):
    result = assess(answers)
    listed = [source.id for source in result.sources]
    assert len(listed) == len(set(listed))
    named = {
        *(source for reason in result.reasons for source in reason.sources),
        *(reason.source for reason in result.reasons),
        *(rule.source for rule in result.regulation),
        *(risk.source for risk in result.risks if risk.source),
        *(blocker.source for blocker in result.blockers),
    }
    assert named <= set(listed)
    for source in result.sources:
        assert source.citation and source.year and source.kind


@settings(max_examples=200, deadline=None)
@given(ANY)
def test_every_path_has_an_ordered_itemised_cost(answers):
    cost = assess(answers).cost
    assert cost is not None and cost.currency == "USD"
    for path in PathId:
        span = cost.by_path[path]
        assert 0 <= span.low <= span.high
        assert span.items


def _helpful_moves(answers, result):
    """Every forward move of one or two controllable answers that changes the path or raises
    the band, by scoring each one from scratch."""
    steps = {
        qid: QUESTIONS[qid].ladder[QUESTIONS[qid].ladder.index(answers[qid]) + 1 :]
        for qid in LEVER_QUESTIONS
        if answers.get(qid, UNSURE) in QUESTIONS[qid].ladder
    }
    moves = [{qid: value} for qid, values in steps.items() for value in values]
    qids = sorted(steps)
    moves += [
        {q1: v1, q2: v2}
        for i, q1 in enumerate(qids)
        for q2 in qids[i + 1 :]
        for v1 in steps[q1]
        for v2 in steps[q2]
    ]
    now = BANDS.index(result.readiness.band)
    for move in moves:
        after = assess({**answers, **move})
        if after.recommendation != result.recommendation or BANDS.index(
            after.readiness.band
        ) > now:
            yield move


@settings(max_examples=25, deadline=None)
@given(complete_answers())
def test_the_lever_search_misses_nothing(answers):
    result = assess(answers)
    if result.verdict == "stop":
        assert not result.levers
        return
    exists = next(_helpful_moves(answers, result), None) is not None
    assert bool(result.levers) == exists
