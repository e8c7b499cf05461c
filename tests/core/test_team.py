"""The room: merging participants, the consensus, ties, and where disagreement flips the advice."""

from __future__ import annotations

import pytest

from tests.helpers.cases import CASE_FILES
from wizard.core.assessment import AssessmentError, parse
from wizard.core.compare import compare
from wizard.core.disagreement import room
from wizard.core.engine import assess
from wizard.core.model import UNSURE
from wizard.core.outcome import blocker_ids
from wizard.core.questions import QUESTIONS
from wizard.core.storage import load
from wizard.core.team import consensus, merge, participants


def _variant(base, name, **answers):
    return name, base.model_copy(
        update={"answers": {**base.answers, **answers},
                "meta": base.meta.model_copy(update={"assessor": name})}
    )


@pytest.fixture
def base():
    return load(next(p for p in CASE_FILES if p.stem == "credit-scoring"))


def _other(qid, *avoid):
    return next(o for o in QUESTIONS[qid].option_ids if o not in avoid)


def test_three_participants_give_the_majority_and_keep_each_answer(base):
    volume = base.answers["data_volume"]
    lower = _other("data_volume", volume)
    inputs = [
        _variant(base, "Ana", data_volume=lower),
        _variant(base, "Ben"),
        _variant(base, "Cy"),
    ]
    merged = merge(inputs)
    team = merged.assessment
    assert team.answers["data_volume"] == volume  # two of three
    assert merged.ties == ()
    people = participants(team)
    assert [p.name for p in people] == ["Ana", "Ben", "Cy"]
    assert people[0].answers["data_volume"] == lower
    # Every question the three agree on is the consensus as it is.
    for qid, value in base.answers.items():
        if qid != "data_volume":
            assert team.answers[qid] == value


def test_a_tie_becomes_dont_know_and_is_listed(base):
    kinds = QUESTIONS["problem_class"].option_ids
    inputs = [
        _variant(base, "Ana", problem_class=kinds[0]),
        _variant(base, "Ben", problem_class=kinds[1]),
    ]
    merged = merge(inputs)
    assert merged.assessment.answers["problem_class"] == UNSURE
    assert merged.ties == ("problem_class",)


def test_dont_know_is_no_vote():
    assert consensus(["text", UNSURE, UNSURE]) == ("text", False)
    assert consensus([UNSURE]) == (None, False)
    assert consensus(["a", "b", "b", "a"]) == (UNSURE, True)


def test_the_same_name_is_made_unique(base):
    merged = merge([_variant(base, "Ana"), _variant(base, "Ana")])
    assert [p.name for p in participants(merged.assessment)] == ["Ana", "Ana (2)"]


def test_different_organisations_are_refused_unless_forced(base):
    other = base.model_copy(update={"meta": base.meta.model_copy(
        update={"organisation": base.meta.organisation + " Holdings"})})
    with pytest.raises(AssessmentError, match="different organisations"):
        merge([("A", base), ("B", other)])
    assert len(participants(merge([("A", base), ("B", other)], force=True).assessment)) == 2


def test_the_team_file_round_trips_through_its_text(base):
    team = merge([_variant(base, "Ana", budget="lt_50k"), _variant(base, "Ben")]).assessment
    again = parse(team.to_json())
    assert participants(again) == participants(team)
    assert again.answers == team.answers


def test_a_participant_with_a_bad_answer_is_refused(base):
    team = merge([_variant(base, "Ana"), _variant(base, "Ben")]).assessment
    text = team.to_json().replace('"problem_class": "tabular"', '"problem_class": "tabulr"', 1)
    with pytest.raises(AssessmentError, match="tabulr"):
        participants(parse(text))


def test_flips_are_what_swapping_each_answer_in_does(base):
    """Each listed question differs; `flips` is true exactly when some participant's answer,
    put in place of the consensus, changes the recommendation (assessed here, one by one)."""
    inputs = [
        _variant(base, "Ana", problem_class="text", data_volume="lt_1k"),
        _variant(base, "Ben", problem_class="image", budget="lt_50k"),
        _variant(base, "Cy", budget="gt_1m", data_volume="lt_1k"),
    ]
    team = merge(inputs).assessment
    found = room(team)
    assert found is not None
    consensus_advice = assess(team).recommendation
    listed = {d.question for d in found.disagreements}
    differing = {
        qid for qid in QUESTIONS
        if len({dict(a.answers).get(qid, UNSURE) for _, a in inputs}) > 1
    }
    assert listed == differing
    for d in found.disagreements:
        swapped = {
            option: assess({**team.answers, d.question: option})
            for option in set(d.answers.values())
        }
        flips = any(r.recommendation != consensus_advice for r in swapped.values())
        assert d.flips == flips, d.question
        scores = [r.readiness.score for r in swapped.values()]
        scores.append(assess(team).readiness.score)
        assert d.readiness == (min(scores), max(scores))
    assert any(d.flips for d in found.disagreements)
    order = [d.flips for d in found.disagreements]
    assert order == sorted(order, reverse=True)  # flipping questions first
    for person, (name, assessment) in zip(found.outcomes, inputs, strict=True):
        assert person.name == name
        assert person.recommendation == assess(assessment).recommendation
        assert person.readiness == assess(assessment).readiness.score


def test_a_file_without_participants_has_no_room(base):
    assert room(base) is None


def test_compare_lists_exactly_the_changed_answers_and_the_cleared_blockers():
    blocked = next(
        (load(p) for p in CASE_FILES if assess(load(p)).blockers), None
    )
    assert blocked is not None
    result = assess(blocked)
    # Put every question a blocker names at its strongest rung and see what clears.
    fixes = {}
    for blocker in result.blockers:
        for qid in blocker.questions:
            ladder = QUESTIONS[qid].ladder or QUESTIONS[qid].option_ids
            fixes[qid] = ladder[-1]
    later = blocked.with_answers(fixes)
    comparison = compare(blocked, later)
    expected = {qid for qid, value in fixes.items() if blocked.answer(qid) != value}
    assert {c.question for c in comparison.changes} == expected
    for change in comparison.changes:
        assert change.before == blocked.answer(change.question)
        assert change.after == later.answer(change.question)
    after_ids = blocker_ids(assess(later))
    assert comparison.cleared == tuple(i for i in blocker_ids(result) if i not in after_ids)
    assert comparison.cleared  # the fixes clear at least one blocker
    assert compare(blocked, blocked).changes == ()


def test_a_file_without_participants_is_written_as_before(base):
    assert "participants" not in base.to_json()
    assert parse(base.to_json()).participants == {}


@pytest.mark.parametrize(
    ("participants", "words"),
    [
        ([], "participants"),
        ({"Ana": []}, "participants.Ana"),
        ({"Ana": {"answers": {"budget": "lots"}}}, "Participant Ana"),
        ({"Ana": {"answers": {}, "votes": {}}}, "votes"),
        ({"Ana": {"notes": {"nope": "x"}}}, "nope"),
        ({" ": {}}, "empty name"),
    ],
)
def test_bad_participants_are_refused_with_the_reason(base, participants, words):
    import json

    document = json.loads(base.to_json())
    document["participants"] = participants
    with pytest.raises(AssessmentError, match=words):
        parse(json.dumps(document))
