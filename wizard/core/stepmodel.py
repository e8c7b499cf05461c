"""The shapes of the next-steps library: the plan's context, triggers and declared steps."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from wizard.core.answerbits import encode
from wizard.core.declared import When
from wizard.core.i18n import Translate
from wizard.core.model import PathId
from wizard.core.result import Owner, Step, Verdict
from wizard.core.result import When as Due
from wizard.core.shown import Shown

DUE_ORDER: tuple[Due, ...] = ("now", "30", "60", "90")


class PlanContext(BaseModel):
    """What a plan is made from: the answers and what the engine concluded from them."""

    model_config = ConfigDict(frozen=True)

    answers: Mapping[str, str]
    path: PathId
    approach: str | None = None
    verdict: Verdict
    regulation: frozenset[str] = frozenset()
    blockers: frozenset[str] = frozenset()

    @cached_property
    def bits(self) -> int:
        """The answers as `answerbits.encode` gives them, for the steps' conditions."""
        return encode(self.answers)


class Trigger(BaseModel):
    """Holds when every part given holds; an empty part constrains nothing."""

    model_config = ConfigDict(frozen=True)

    answers: When = Field(default_factory=When)
    paths: frozenset[PathId] = frozenset()
    approaches: frozenset[str] = frozenset()
    verdicts: frozenset[Verdict] = frozenset()
    regulation: frozenset[str] = frozenset()
    any_regulation: bool = False
    blockers: frozenset[str] = frozenset()

    def holds(self, context: PlanContext) -> bool:
        """Whether the context meets every part of the trigger."""
        return (
            self.answers.holds(context.bits)
            and (not self.paths or context.path in self.paths)
            and (not self.approaches or context.approach in self.approaches)
            and (not self.verdicts or context.verdict in self.verdicts)
            and (not self.regulation or not self.regulation.isdisjoint(context.regulation))
            and (not self.any_regulation or bool(context.regulation))
            and (not self.blockers or not self.blockers.isdisjoint(context.blockers))
        )


class StepRule(BaseModel):
    """A declared step: when it is called for (any trigger) and not (any `unless`)."""

    model_config = ConfigDict(frozen=True)

    id: str
    when: Due
    owner: Owner
    text: str
    done_when: str
    triggers: tuple[Trigger, ...] = ()
    unless: tuple[Trigger, ...] = ()
    under_stop: bool = Field(
        default=False, description="records or redirects a stop; the only kind given then"
    )

    def applies(self, context: PlanContext) -> bool:
        """Whether the step fits the context."""
        if context.verdict == "stop" and not self.under_stop:
            return False
        # Plain loops: this runs for every step of every assessment, and any() over a
        # generator costs a third more.
        if self.triggers:
            for trigger in self.triggers:
                if trigger.holds(context):
                    break
            else:
                return False
        for trigger in self.unless:  # noqa: SIM110
            if trigger.holds(context):
                return False
        return True

    def shown(self, translate: Translate) -> Step:
        """The step as the result shows it (validated when declared, built once a language)."""
        return _SHOWN.get(
            self,
            translate,
            lambda: Step.model_construct(
                id=self.id,
                when=self.when,
                owner=self.owner,
                text=translate("steps", self.text),
                done_when=translate("steps", self.done_when),
            ),
        )


_SHOWN: Shown[Step] = Shown()

