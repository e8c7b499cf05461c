"""The declared evidence around the path, read from its modules: regulation, risks, next steps,
costs and sources.

Those modules are declared data with conditions (wizard/core/regulation.py, risks.py,
steps.py, costs.py, sources.py). A module not present yet is reported in `missing`, and the
Result gives its part as not computed (null), never as an empty list that would claim
"nothing applies".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import UNSURE, PathId
from wizard.core.questions import QUESTIONS
from wizard.core.result import Cost, CostItem, CostRange, Regulation, Risk, Source, Step
from wizard.core.rulemodel import BlockerRule
from wizard.core.scoring import Answers

# Unknown answers that matter whatever the path: the law and the people affected hang on them.
GOVERNANCE_QUESTIONS = (
    "decision_area",
    "people_impact",
    "explainability",
    "data_residency",
    "label_source",
    "audience",
)
UNKNOWN_RISK = QT_TRANSLATE_NOOP(
    "risks", "We could not judge “{question}”: it was answered “don't know”"
)
UNKNOWN_MITIGATION = QT_TRANSLATE_NOOP(
    "risks", "Find out before the pilot starts and assess again: {text}"
)


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"wizard.core.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"wizard.core.{name}":
            raise
        return None


REGULATION = _module("regulation")
RISKS = _module("risks")
STEPS = _module("steps")
COSTS = _module("costs")


def _context(module: ModuleType | None, default: str) -> str:
    return str(getattr(module, "CONTEXT", default))


class Evidence:
    """The evidence modules' answers for one assessment, translated into the Result's shapes."""

    def __init__(self, answers: Answers) -> None:
        self.answers = answers
        self.missing: set[str] = set()

    def regulation(self, translate: Translate) -> tuple[Regulation, ...] | None:
        """The rules of law that apply, translated; None while the module is missing."""
        if REGULATION is None:
            self.missing.add("regulation")
            return None
        return tuple(
            Regulation(
                id=rule.id,
                text=rule.text,
                obligations=tuple(rule.obligations),
                applies_from=str(rule.applies_from),
                source=rule.source,
            )
            for rule in REGULATION.applicable(self.answers, translate)
        )

    def regulation_sources(self) -> tuple[str, ...]:
        """Every source the applicable rules of law name, their dates' sources included."""
        if REGULATION is None:
            return ()
        return tuple(REGULATION.cited_sources(self.answers))

    def risks(
        self,
        path: PathId,
        approach: Any,
        unknown: tuple[str, ...],
        translate: Translate,
        *,
        deciding: tuple[str, ...] = (),
        regulation_ids: frozenset[str] = frozenset(),
    ) -> tuple[Risk, ...]:
        if RISKS is None:
            self.missing.add("risks")
            return ()
        found = [
            risk if isinstance(risk, Risk) else Risk.model_validate(risk, from_attributes=True)
            for risk in RISKS.risks_for(
                self.answers,
                path,
                approach.id if approach is not None else None,
                translate=translate,
            )
        ]
        return (*found, *self._unknown_risks(unknown, deciding, translate))

    def _unknown_risks(
        self, unknown: tuple[str, ...], deciding: tuple[str, ...], translate: Translate
    ) -> tuple[Risk, ...]:
        matter = [qid for qid in unknown if qid in deciding or qid in GOVERNANCE_QUESTIONS]
        return tuple(
            Risk(
                id=f"unknown-{qid}",
                text=translate("risks", UNKNOWN_RISK).format(
                    question=translate("questions", QUESTIONS[qid].label)
                ),
                severity="high" if qid in ("decision_area", "people_impact") else "medium",
                mitigation=translate("risks", UNKNOWN_MITIGATION).format(
                    text=translate("questions", QUESTIONS[qid].text)
                ),
                owner="sponsor",
                questions=(qid,),
            )
            for qid in matter
        )

    def steps(
        self,
        path: PathId,
        approach: Any,
        verdict: str,
        blockers: tuple[BlockerRule, ...],
        translate: Translate,
        *,
        regulation_ids: frozenset[str] = frozenset(),
    ) -> tuple[Step, ...]:
        if STEPS is None:
            self.missing.add("next_steps")
            return ()
        context = _context(STEPS, "steps")
        plan = STEPS.plan(
            STEPS.Context(
                answers=dict(self.answers),
                path=path,
                approach=approach.id if approach is not None else None,
                verdict=verdict,
                regulation=regulation_ids,
                blockers=frozenset(rule.id for rule in blockers),
            )
        )
        return tuple(
            Step(
                id=step.id,
                when=step.when,
                owner=step.owner,
                text=translate(context, step.text),
                done_when=translate(context, step.done_when),
            )
            for step in plan
        )

    def cost(
        self, approaches: Callable[[], dict[PathId, str]], translate: Translate
    ) -> Cost | None:
        """Year-one cost ranges per path for the approach each path would take."""
        if COSTS is None:
            self.missing.add("cost")
            return None
        context = _context(COSTS, "costs")
        estimate = COSTS.estimate(self.answers, approaches())
        return Cost(
            by_path={
                path: CostRange(
                    low=int(span.low),
                    high=int(span.high),
                    items=tuple(
                        CostItem(
                            what=translate(context, item.what),
                            low=int(item.low),
                            high=int(item.high),
                            assumption=translate(context, item.assumption),
                        )
                        for item in span.items
                    ),
                )
                for path, span in estimate.by_path.items()
            }
        )

    def sources(self, ids: Iterable[str | None], translate: Translate) -> tuple[Source, ...]:
        from wizard.core.sources import SOURCES

        found: dict[str, Source] = {}
        for source_id in ids:
            if source_id is None or source_id in found:
                continue
            declared = SOURCES[source_id]
            if not hasattr(declared, "kind"):
                self.missing.add("sources")
                return ()
            found[source_id] = Source(
                id=declared.id,
                citation=declared.citation,
                year=declared.year,
                kind=declared.kind,
                link=declared.link,
                cited_for=translate("sources", declared.cited_for),
            )
        return tuple(found.values())


def unknown_answers(answers: Answers) -> tuple[str, ...]:
    """The questions answered "don't know" or not at all, in the order of the bank."""
    return tuple(qid for qid in QUESTIONS if answers.get(qid, UNSURE) == UNSURE)
