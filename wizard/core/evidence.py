"""The declared evidence around the path, read from its libraries: regulation, risks, next
steps, costs and sources (wizard/core/regulation.py, risks.py, steps.py, costs.py, sources.py),
plus the risks the engine itself names: the unknown answers that matter.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from wizard.core import costs, regulation, risks, steps
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import PathId
from wizard.core.questions import QUESTIONS
from wizard.core.result import Cost, Regulation, Risk, Source, Step, Verdict
from wizard.core.rulemodel import BlockerRule
from wizard.core.scoring import Answers
from wizard.core.sources import SOURCES

# Unknown answers that matter whatever the path: the law and the people affected hang on them.
GOVERNANCE_QUESTIONS = (
    "decision_area",
    "people_impact",
    "explainability",
    "data_residency",
    "label_source",
    "audience",
)
UNKNOWN_RISKS_SHOWN = 2
UNKNOWN_RISK = QT_TRANSLATE_NOOP(
    "risks", "We could not judge “{question}”: it was answered “don't know”"
)
UNKNOWN_MITIGATION = QT_TRANSLATE_NOOP(
    "risks", "Find out before the pilot starts and assess again: {text}"
)


class Evidence:
    """The evidence libraries' answers for one assessment, in the Result's shapes."""

    def __init__(self, answers: Answers) -> None:
        self.answers = answers

    def regulation(self, translate: Translate) -> tuple[Regulation, ...]:
        """The rules of law that apply, translated."""
        return tuple(
            Regulation.model_validate(rule, from_attributes=True)
            for rule in regulation.applicable(self.answers, translate)
        )

    def regulation_sources(self) -> tuple[str, ...]:
        """Every source the applicable rules of law name, their dates' sources included."""
        return tuple(regulation.cited_sources(self.answers))

    def risks(
        self,
        path: PathId,
        approach: str | None,
        unknown: tuple[str, ...],
        deciding: tuple[str, ...],
        translate: Translate,
        *,
        prohibited: bool = False,
    ) -> tuple[Risk, ...]:
        """The declared risks of the path and approach, then the unknowns that matter; under a
        prohibition only the exposure of going ahead, since nothing is to be built."""
        declared = risks.risks_for(
            self.answers, path, approach, translate=translate, prohibited=prohibited
        )
        if prohibited:
            return declared
        return (*declared, *self._unknown_risks(unknown, deciding, translate))

    def _unknown_risks(
        self, unknown: tuple[str, ...], deciding: tuple[str, ...], translate: Translate
    ) -> tuple[Risk, ...]:
        # The ones that matter most: those that could change the path, then the law's.
        matter = [
            *(qid for qid in unknown if qid in deciding),
            *(qid for qid in GOVERNANCE_QUESTIONS if qid in unknown and qid not in deciding),
        ][:UNKNOWN_RISKS_SHOWN]
        return tuple(_unknown_risk(qid, translate) for qid in matter)

    def steps(
        self,
        path: PathId,
        approach: str | None,
        verdict: Verdict,
        blockers: tuple[BlockerRule, ...],
        regulation_ids: frozenset[str],
        translate: Translate,
    ) -> tuple[Step, ...]:
        """The next steps that fit the answers and what the engine concluded."""
        context = steps.PlanContext(
            answers=dict(self.answers),
            path=path,
            approach=approach,
            verdict=verdict,
            regulation=regulation_ids,
            blockers=frozenset(rule.id for rule in blockers),
        )
        return steps.plan(context, translate)

    def cost(
        self,
        approaches: dict[PathId, str | None],
        regulation_ids: frozenset[str],
        translate: Translate,
    ) -> Cost:
        """Year-one cost ranges per path for the approach each path would take, given the
        ids of the rules of law that apply."""
        return costs.estimate(self.answers, approaches, translate, regulation_ids)

    def sources(self, ids: Iterable[str | None], translate: Translate) -> tuple[Source, ...]:
        """Every source named, once, in the order first named."""
        found: dict[str, Source] = {}
        for source_id in ids:
            if source_id is not None and source_id not in found:
                found[source_id] = _shown(source_id, translate)
        return tuple(found.values())


# A source as the Result shows it, per language: the same few dozen for thousands of files.
_SHOWN: dict[tuple[Translate, str], Source] = {}


def _shown(source_id: str, translate: Translate) -> Source:
    shown = _SHOWN.get((translate, source_id))
    if shown is None:
        declared = SOURCES[source_id]
        shown = _SHOWN[translate, source_id] = Source.model_construct(
            id=declared.id,
            citation=declared.citation,
            year=declared.year,
            kind=declared.kind,
            link=declared.link,
            cited_for=translate("sources", declared.cited_for),
        )
    return shown


@lru_cache(maxsize=512)
def _unknown_risk(qid: str, translate: Translate) -> Risk:
    """The risk of a question answered "don't know", per language (Risks are frozen)."""
    return Risk.model_construct(
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
