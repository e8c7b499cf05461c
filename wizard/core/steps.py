"""Next steps: a declared library, each step with the conditions that call for it.

`plan(context)` gives the steps that fit an assessment, ordered by when, then by their place
in the library. Under the verdict `stop` only steps that record or redirect the decision are
given; nothing that prepares building the system.
"""

from __future__ import annotations

from wizard.core.i18n import Translate, untranslated
from wizard.core.result import Step
from wizard.core.stepmodel import DUE_ORDER, PlanContext, StepRule
from wizard.core.steps_fitting import FITTING_STEPS
from wizard.core.steps_library import GENERAL_STEPS

__all__ = ["STEPS", "Context", "PlanContext", "StepRule", "plan"]

Context = PlanContext  # the name the engine's evidence adapter reads

STEPS: tuple[StepRule, ...] = (*GENERAL_STEPS, *FITTING_STEPS)


# The library ordered by when, then by place (a stable sort keeps the place).
_BY_WHEN: tuple[StepRule, ...] = tuple(sorted(STEPS, key=lambda step: DUE_ORDER.index(step.when)))


def plan(context: PlanContext, translate: Translate = untranslated) -> tuple[Step, ...]:
    """The steps that fit the context, ordered by when, then by their place in the library."""
    return tuple(step.shown(translate) for step in _BY_WHEN if step.applies(context))
