"""Answers as bits: every declared condition holds on the bits exactly when it holds on the
answers, and the lever search gives the same levers whether or not the engine hands it the
readiness it found."""

from __future__ import annotations

from hypothesis import given, settings

from tests.helpers.strategies import partial_answers
from wizard.core.analysis import Analysis
from wizard.core.answerbits import encode
from wizard.core.approaches import APPROACHES
from wizard.core.engine import assess
from wizard.core.levers import Standing, search
from wizard.core.model import UNSURE
from wizard.core.regulation import RULES
from wizard.core.risks import RISKS
from wizard.core.rulebook import BLOCKERS, FIT_RULES, READINESS_CAPS
from wizard.core.rules_judgement import GOVERNANCE_LOADS
from wizard.core.scoring import EXCLUDED, fired
from wizard.core.steps import STEPS

# Every condition the libraries declare, as (what it reads, the bits it excludes).
CONDITIONS = [
    *((rule.when, rule.excluded) for rule in (*FIT_RULES, *BLOCKERS, *READINESS_CAPS)),
    *((rule.when, rule.excluded) for rule in GOVERNANCE_LOADS),
    *((c.when, c.excluded) for a in APPROACHES for c in (*a.when_any, *a.unless)),
    *((c.answers, c.excluded) for r in RISKS for c in (*r.conditions, *r.high_when)),
    *((c.answers, c.excluded) for r in RULES for c in r.conditions),
    *((t.answers.answers, t.answers.excluded) for s in STEPS for t in (*s.triggers, *s.unless)),
]


def test_every_library_is_read():
    assert len(CONDITIONS) > len(FIT_RULES) + len(RISKS)
    assert len(EXCLUDED) == len(FIT_RULES)


@settings(max_examples=300, deadline=None)
@given(partial_answers())
def test_a_condition_holds_on_the_bits_exactly_when_it_holds_on_the_answers(answers):
    bits = encode(answers)
    for reads, excluded in CONDITIONS:
        on_answers = all(answers.get(qid, UNSURE) in values for qid, values in reads.items())
        assert (not bits & excluded) == on_answers, reads


@settings(max_examples=200, deadline=None)
@given(partial_answers())
def test_the_fired_rules_are_those_whose_conditions_hold(answers):
    expected = tuple(
        i for i, rule in enumerate(FIT_RULES)
        if all(answers.get(qid, UNSURE) in values for qid, values in rule.when.items())
    )
    assert fired(answers) == expected


@settings(max_examples=150, deadline=None)
@given(partial_answers())
def test_the_levers_are_the_same_with_the_engines_readiness_handed_over(answers):
    result = assess(answers)
    prohibited = result.verdict == "stop"
    governance = result.readiness.dimensions["governance"]
    standing = Standing(governance, result.readiness.band)
    analysis = Analysis(answers)
    assert search(answers, prohibited, analysis, standing) == search(
        answers, prohibited, Analysis(answers)
    )
