"""The rulebook: what each answer means for the three paths, and why.

Every rule names its source. Weights are points of raw fit; the engine adds them up per path
and the highest total wins, the simplest path winning a tie. The spirit: most machine learning
projects fail by overcomplicating, so the rules make the simple paths win unless the answers
show every condition that custom deep learning needs.

The fit rules are declared by theme in `rules_data`, `rules_context` and `rules_custom`; the
blockers, readiness caps, contested ground and governance loads here and in
`rules_judgement`. `RULEBOOK_DIGEST` is a hash of every declaration: a test fails when the
declarations change and it is not updated, so that a change of rules comes with a new
`RULEBOOK_VERSION`.
"""

from __future__ import annotations

from collections.abc import Mapping

from wizard.core.answerbits import encode
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.risks import RISKS
from wizard.core.rulemodel import (
    BlockerRule,
    FitRule,
    ReadinessCap,
    any_of,
    none_of,
)
from wizard.core.rules_context import CONTEXT_RULES
from wizard.core.rules_custom import CUSTOM_NEEDS, CUSTOM_RULES
from wizard.core.rules_data import DATA_RULES, FOUNDATION_TASKS

RULEBOOK_VERSION = "2026.12"
# sha256 of the declarations (tests/core/test_rulebook_version.py says how it is computed).
RULEBOOK_DIGEST = "3010bec52fdd8f8e7f754a4bc8e679dad4b90b22503dbedccdc2ebc924947324"

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

__all__ = [
    "BLOCKERS",
    "CUSTOM_NEEDS",
    "FIT_RULES",
    "PROHIBITED",
    "READINESS_CAPS",
    "RISKS",
    "RULEBOOK_DIGEST",
    "RULEBOOK_VERSION",
    "blocking",
]

FIT_RULES: tuple[FitRule, ...] = (*DATA_RULES, *CONTEXT_RULES, *CUSTOM_RULES)

BLOCKERS: tuple[BlockerRule, ...] = (
    BlockerRule(
        id="no-use-case",
        when=any_of("use_case_clarity", "exploring"),
        action=QT_TRANSLATE_NOOP("blockers", "choose one use case and its success measure"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No use case yet: choose one business problem, its stakeholders and a measurable "
            "outcome before choosing any technology",
        ),
        source="essay_sharks",
    ),
    BlockerRule(
        id="no-success-measure",
        when=any_of("use_case_clarity", "problem_defined"),
        action=QT_TRANSLATE_NOOP("blockers", "agree the success measure and today's baseline"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No success measure is defined yet: agree on the business KPI and today's "
            "baseline before modelling",
        ),
        source="zinkevich",
    ),
    BlockerRule(
        id="no-data",
        when=any_of("data_access", "not_collected"),
        action=QT_TRANSLATE_NOOP("blockers", "collect the data"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "The data is not collected yet: no path can be built or tested until it is",
        ),
        source="zinkevich",
    ),
    BlockerRule(
        id="no-sponsor",
        when=any_of("sponsorship", "none"),
        action=QT_TRANSLATE_NOOP("blockers", "find an executive who owns the outcome"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No executive sponsor: find an owner for the outcome and the budget, or the "
            "pilot will stay a pilot",
        ),
        source="essay_sharks",
    ),
    BlockerRule(
        id="no-labels",
        when={
            **any_of("label_status", "unlabelled"),
            **none_of("pretrained_options", "api_available"),
            **none_of("task", *FOUNDATION_TASKS, "forecast"),
        },
        action=QT_TRANSLATE_NOOP("blockers", "plan and fund the labelling"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No labelled examples: plan and budget the labelling (at least 10 per label to "
            "start, about 1,000 recommended) before training anything",
        ),
        source="automl_data",
    ),
)

# A practice the law prohibits, found by the regulation module: a blocker of its own.
PROHIBITED = BlockerRule(
    id="prohibited-practice",
    action=QT_TRANSLATE_NOOP("blockers", "drop the prohibited use"),
    text=QT_TRANSLATE_NOOP(
        "blockers",
        "The use as described is a practice the EU AI Act prohibits: no model, data or "
        "budget makes it lawful, so it must not be built",
    ),
    source="eu_ai_act_art5",
)

READINESS_CAPS: tuple[ReadinessCap, ...] = (
    ReadinessCap(
        id="cap-no-use-case",
        when=any_of("use_case_clarity", "exploring"),
        limit=34,
        text=QT_TRANSLATE_NOOP("caps", "Without a use case the organisation is not ready"),
        source="zinkevich",
    ),
    ReadinessCap(
        id="cap-no-data",
        when=any_of("data_access", "not_collected"),
        limit=34,
        text=QT_TRANSLATE_NOOP("caps", "Without data the organisation is not ready"),
        source="zinkevich",
    ),
)


def blocking(answers: Mapping[str, str]) -> tuple[BlockerRule, ...]:
    """The blockers whose conditions the answers meet, in declaration order."""
    bits = encode(answers)
    return tuple(rule for rule in BLOCKERS if rule.holds(bits))
