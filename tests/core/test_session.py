"""The workshop session: votes, blind until revealed, the facilitator's consensus, the file."""

from __future__ import annotations

import pytest

from wizard.core.assessment import Assessment, parse
from wizard.core.model import UNSURE
from wizard.core.questions import QUESTIONS
from wizard.core.session import Session
from wizard.core.team import participants

QID = "data_volume"
OPTIONS = QUESTIONS[QID].option_ids


def _session(*votes: str) -> Session:
    session = Session(f"P{i}" for i in range(1, len(votes) + 1))
    for name, option in zip(session.names, votes, strict=True):
        session.vote(QID, name, option)
    return session


def test_the_majority_is_the_consensus_until_the_facilitator_chooses():
    session = _session(OPTIONS[0], OPTIONS[0], OPTIONS[1])
    assert session.consensus(QID) == OPTIONS[0]
    session.set_consensus(QID, OPTIONS[1])
    assert session.consensus(QID) == OPTIONS[1]
    assert session.spread(QID)[OPTIONS[0]] == ["P1", "P2"]


def test_a_tie_is_dont_know():
    session = _session(OPTIONS[0], OPTIONS[1])
    assert session.majority(QID) == (UNSURE, True)
    assert session.consensus(QID) == UNSURE


def test_reveal_and_hide_and_bad_votes():
    session = _session(OPTIONS[0])
    assert not session.is_revealed(QID)
    session.reveal(QID)
    assert session.is_revealed(QID)
    session.hide(QID)
    assert not session.is_revealed(QID)
    with pytest.raises(ValueError):
        session.vote(QID, "P1", "lots")
    with pytest.raises(KeyError):
        session.vote(QID, "Nobody", OPTIONS[0])
    with pytest.raises(ValueError):
        session.add("   ")


def test_names_are_made_unique_and_removing_drops_the_votes():
    session = _session(OPTIONS[0], OPTIONS[1])
    assert session.add("P1") == "P1 (2)"
    session.remove("P1")
    assert session.voted(QID) == ["P2"]


def test_applied_to_a_file_and_read_back():
    session = _session(OPTIONS[0], OPTIONS[0], OPTIONS[1])
    session.set_consensus(QID, OPTIONS[1])
    team = parse(session.apply(Assessment()).to_json())
    assert team.answers[QID] == OPTIONS[1]
    assert [p.name for p in participants(team)] == ["P1", "P2", "P3"]
    again = Session.from_assessment(team)
    assert again.votes == session.votes
    assert again.consensus(QID) == OPTIONS[1]  # the facilitator's choice survives
    assert again.is_revealed(QID)
