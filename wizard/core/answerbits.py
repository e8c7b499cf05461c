"""Answers as one integer: a bit for every answer each question allows, 'don't know' included.

Exactly one bit per question is set, so a declared condition ("these questions have one of
these answers") holds exactly when the answers set none of the bits it excludes: one AND of
two integers instead of a loop over dictionaries. A batch checks conditions hundreds of
thousands of times (every rule, step and risk, and again for every what-if and lever).
"""

from __future__ import annotations

from collections.abc import Mapping

from wizard.core.model import UNSURE
from wizard.core.questions import QUESTIONS


def _table() -> dict[str, dict[str, int]]:
    pairs = [(qid, value) for qid, question in QUESTIONS.items() for value in question.allowed]
    table: dict[str, dict[str, int]] = {}
    for n, (qid, value) in enumerate(pairs):
        table.setdefault(qid, {})[value] = 1 << n
    return table


_BIT = _table()


_QUESTIONS = tuple(_BIT)
_TABLES = tuple(_BIT.values())
_UNSURES = (UNSURE,) * len(_BIT)


def encode(answers: Mapping[str, str]) -> int:
    """The bits of these answers; an unanswered question sets its 'don't know' bit.

    For answers already checked (`assessment.check_answers`, as every file and `assess` does):
    an option a question does not allow raises KeyError.
    """
    # Each question sets a bit of its own, so their sum is their union; map keeps the loop
    # in C (this runs for every assessment and every changed answer that is checked).
    return sum(map(dict.__getitem__, _TABLES, map(answers.get, _QUESTIONS, _UNSURES)))


def excluded(conditions: Mapping[str, frozenset[str]]) -> int:
    """The bits of every answer the conditions do not accept, on the questions they read."""
    bits = 0
    for qid, accepted in conditions.items():
        for value, bit in _BIT[qid].items():
            if value not in accepted:
                bits |= bit
    return bits
