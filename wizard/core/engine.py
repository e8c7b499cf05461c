"""`assess`: from an assessment's answers to the full advice, explained.

The order of the judgement: the path (fit rules), the law that applies (regulation), what
blocks the start (blockers), readiness for that path, the verdict, the approach, then what
surrounds it (headline, confidence, reasons, levers, risks, steps, cost, sources).
"""

from __future__ import annotations

from wizard.core import readiness
from wizard.core.analysis import Analysis
from wizard.core.approaches import ApproachRule, select_each
from wizard.core.assessment import Assessment, check_answers
from wizard.core.confidence import confidence
from wizard.core.evidence import Evidence
from wizard.core.headline import headline, verdict
from wizard.core.i18n import Translate, untranslated
from wizard.core.levers import BandOf, Standing, levers
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import PATH_ORDER
from wizard.core.questions import QUESTION_IDS
from wizard.core.reasons import reasons
from wizard.core.result import Approach, Blocker, Readiness, Result
from wizard.core.rulebook import PROHIBITED, RULEBOOK_VERSION, blocking
from wizard.core.rulemodel import BlockerRule
from wizard.core.scoring import Answers, fired, fit_figures, total, winner
from wizard.core.shown import Shown
from wizard.core.whatif import deciding_unknowns, what_would_change

PROHIBITED_ID = "eu_ai_act_prohibited"


def assess(assessment: Assessment | Answers, translate: Translate = untranslated) -> Result:
    """Score the answers and explain the advice, in the language of `translate`.

    Plain answers are checked as a file's would be: an unknown question or option raises
    AssessmentError.
    """
    if isinstance(assessment, Assessment):
        answers: Answers = assessment.answers
    else:
        check_answers(dict(assessment))
        answers = assessment
    firing = fired(answers)
    raw = total(firing)
    best = PATH_ORDER[winner(raw)]
    fit = fit_figures(raw)
    evidence = Evidence(answers)
    regulation = evidence.regulation(translate)
    prohibited = any(rule.id == PROHIBITED_ID for rule in regulation)
    blocking = _blockers(answers, prohibited)
    governance = readiness.governance_score(answers, best)
    dims = readiness.dimensions(answers, best, governance)
    score = readiness.score(
        answers, best, governance=governance, blocked=bool(blocking), prohibited=prohibited
    )
    band = readiness.band(score)
    decided = verdict(prohibited=prohibited, band=band, blocked=bool(blocking))
    each = None if decided == "stop" else select_each(answers, decided)
    chosen = None if each is None else each[best]
    unknown = tuple(qid for qid in QUESTION_IDS if answers.get(qid, UNSURE) == UNSURE)
    analysis = Analysis(answers)
    deciding = deciding_unknowns(answers, analysis)
    level, note = confidence(
        answers,
        fit,
        best,
        verdict=decided,
        unknown=unknown,
        deciding=deciding,
        blockers=blocking,
        translate=translate,
    )
    regulation_ids = frozenset(rule.id for rule in regulation)
    approach_id = chosen.id if chosen is not None else None
    said_reasons = reasons(firing, best, translate)
    said_blockers = tuple(_blocker(rule, translate) for rule in blocking)
    risks = evidence.risks(
        best, approach_id, unknown, deciding, translate, prohibited=prohibited
    )
    approach = _approach(chosen, translate)
    cited = (
        *(source for reason in said_reasons for source in reason.sources),
        *(blocker.source for blocker in said_blockers),
        *evidence.regulation_sources(),
        *(risk.source for risk in risks),
        chosen.risk_source if chosen is not None else None,
    )
    return Result.model_construct(
        recommendation=best,
        verdict=decided,
        headline=headline(decided, best, chosen.pilot if chosen else "", blocking, translate),
        approach=approach,
        fit=fit,
        readiness=Readiness.model_construct(
            score=score,
            band=band,
            for_path=best,
            bands=dict(readiness.BAND_FLOORS),
            dimensions={dim.value: int(round(value)) for dim, value in dims.items()},
        ),
        confidence=level,
        confidence_note=note,
        reasons=said_reasons,
        blockers=said_blockers,
        regulation=regulation,
        risks=risks,
        levers=()
        if decided == "stop"
        else levers(
            answers, prohibited, translate, BandOf(prohibited), analysis, Standing(governance, band)
        ),
        what_would_change=what_would_change(answers, translate, analysis),
        cost=evidence.cost(_approaches(each), regulation_ids, translate),
        next_steps=evidence.steps(
            best, approach_id, decided, blocking, regulation_ids, translate
        ),
        sources=evidence.sources(cited, translate),
        unknown=unknown,
        rulebook=RULEBOOK_VERSION,
    )


def _approaches(each: dict[PathId, ApproachRule] | None) -> dict[PathId, str | None]:
    """The approach each path would take, for its cost; none under stop."""
    if each is None:
        return dict.fromkeys(PATH_ORDER)
    return {path: each[path].id for path in PATH_ORDER}


def _blockers(answers: Answers, prohibited: bool) -> tuple[BlockerRule, ...]:
    found = blocking(answers)
    return (PROHIBITED, *found) if prohibited else found


def _blocker(rule: BlockerRule, translate: Translate) -> Blocker:
    return _BLOCKERS_SHOWN.get(
        rule,
        translate,
        lambda: Blocker.model_construct(
            id=rule.id,
            text=translate("blockers", rule.text),
            rule=rule.id,
            source=rule.source,
            questions=rule.questions,
        ),
    )


def _approach(rule: ApproachRule | None, translate: Translate) -> Approach | None:
    if rule is None:
        return None
    return _APPROACHES_SHOWN.get(
        rule,
        translate,
        lambda: Approach.model_construct(
            id=rule.id,
            path=rule.path,
            text=translate("approaches", rule.text),
            baseline=translate("approaches", rule.baseline),
            go_no_go=translate("approaches", rule.go_no_go),
            risk=translate("approaches", rule.risk) if rule.risk else None,
            black_box=rule.black_box,
            labels=rule.labels,
        ),
    )


# Declared (and validated) once; shown once per language.
_BLOCKERS_SHOWN: Shown[Blocker] = Shown()
_APPROACHES_SHOWN: Shown[Approach] = Shown()

