"""`assess`: from an assessment's answers to the full advice, explained."""

from __future__ import annotations

from collections.abc import Iterable

from wizard.core.assessment import Assessment
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import NEXT_STEPS, PATH_ORDER, PATHS
from wizard.core.questions import QUESTION_IDS
from wizard.core.result import Finding, NextStep, Readiness, Reason, Result
from wizard.core.rulebook import BLOCKERS, FIT_RULES, RISKS, RULEBOOK_VERSION
from wizard.core.rulemodel import BlockerRule, FitRule, RiskRule
from wizard.core.scoring import (
    Answers,
    band,
    dimension_scores,
    fired,
    fit_figures,
    readiness_score,
    total,
    winner,
)
from wizard.core.sources import SOURCES
from wizard.core.whatif import what_would_change

# A rule that counts this much against another path is worth saying, even though it does
# not speak for the recommended one.
AGAINST_THRESHOLD = -15
LOW_CONFIDENCE_UNKNOWN = 6
HIGH_CONFIDENCE_UNKNOWN = 1
CLOSE_MARGIN = 5
CLEAR_MARGIN = 15


def assess(assessment: Assessment | Answers, translate: Translate = untranslated) -> Result:
    """Score the answers and explain the advice, in the language of `translate`."""
    answers = assessment.answers if isinstance(assessment, Assessment) else assessment
    firing = fired(answers)
    raw = total(firing)
    best = PATH_ORDER[winner(raw)]
    fit = fit_figures(raw)
    dims = dimension_scores(answers)
    score = readiness_score(answers, dims)
    unknown = tuple(qid for qid in QUESTION_IDS if answers.get(qid, UNSURE) == UNSURE)
    blockers = _findings(BLOCKERS, answers, translate, "blockers")
    confidence, note = _confidence(fit, best, len(unknown), translate)
    return Result(
        recommendation=best,
        fit=fit,
        readiness=Readiness(
            score=score,
            band=band(score),
            dimensions={dim.value: int(round(value)) for dim, value in dims.items()},
        ),
        confidence=confidence,
        confidence_note=note,
        unknown=unknown,
        reasons=_reasons(firing, best, translate),
        blockers=blockers,
        risks=_findings(
            (risk for risk in RISKS if not risk.paths or best in risk.paths),
            answers,
            translate,
            "risks",
        ),
        next_steps=_next_steps(best, bool(blockers), translate),
        what_would_change=what_would_change(answers, translate),
        rulebook=RULEBOOK_VERSION,
    )


def _reasons(
    firing: tuple[int, ...], best: PathId, translate: Translate
) -> tuple[Reason, ...]:
    rules = [FIT_RULES[index] for index in firing]
    supporting = sorted(
        (rule for rule in rules if rule.fit.get(best, 0) > 0),
        key=lambda rule: -rule.fit[best],
    )
    reasons = [_reason(rule, best, rule.fit[best], translate) for rule in supporting]
    listed = {rule.id for rule in supporting}
    for rule in rules:
        if rule.id in listed:
            continue
        against = min(
            ((effect, path) for path, effect in rule.fit.items() if path != best),
            default=(0, best),
        )
        if against[0] <= AGAINST_THRESHOLD:
            reasons.append(_reason(rule, against[1], against[0], translate))
    return tuple(reasons)


def _reason(rule: FitRule, path: PathId, weight: int, translate: Translate) -> Reason:
    return Reason(
        text=translate("rules", rule.text),
        rule=rule.id,
        source=SOURCES[rule.source].short,
        path=path,
        weight=weight,
        questions=rule.questions,
    )


def _findings(
    rules: Iterable[BlockerRule | RiskRule], answers: Answers, translate: Translate, context: str
) -> tuple[Finding, ...]:
    return tuple(
        Finding(
            text=translate(context, rule.text),
            rule=rule.id,
            source=SOURCES[rule.source].short,
            questions=rule.questions,
        )
        for rule in rules
        if rule.matches(answers)
    )


def _confidence(
    fit: dict[PathId, int], best: PathId, unknown: int, translate: Translate
) -> tuple[str, str]:
    ranked = sorted(PATH_ORDER, key=lambda path: -fit[path])
    runner_up = next(path for path in ranked if path != best)
    margin = fit[best] - fit[runner_up]
    total = len(QUESTION_IDS)
    if unknown >= LOW_CONFIDENCE_UNKNOWN:
        return "low", translate(
            "confidence",
            QT_TRANSLATE_NOOP(
                "confidence",
                "Low confidence: {unknown} of {total} questions are answered “don't know”; "
                "answer them to firm up the advice.",
            ),
        ).format(unknown=unknown, total=total)
    if margin < CLOSE_MARGIN:
        return "low", translate(
            "confidence",
            QT_TRANSLATE_NOOP(
                "confidence",
                "Low confidence: {path} fits almost as well; the changes listed below decide "
                "between them.",
            ),
        ).format(path=translate("paths", PATHS[runner_up].name))
    if unknown <= HIGH_CONFIDENCE_UNKNOWN and margin >= CLEAR_MARGIN:
        return "high", translate(
            "confidence",
            QT_TRANSLATE_NOOP(
                "confidence", "High confidence: the answers are complete and point one way."
            ),
        )
    return "medium", translate(
        "confidence",
        QT_TRANSLATE_NOOP(
            "confidence",
            "Medium confidence: {unknown} of {total} questions are unanswered, and {path} is "
            "{margin} points behind.",
        ),
    ).format(
        unknown=unknown,
        total=total,
        path=translate("paths", PATHS[runner_up].name),
        margin=margin,
    )


def _next_steps(best: PathId, blocked: bool, translate: Translate) -> tuple[NextStep, ...]:
    steps = [NextStep(days=days, text=translate("steps", text)) for days, text in NEXT_STEPS[best]]
    if blocked:
        first = QT_TRANSLATE_NOOP(
            "steps", "Before anything else, clear the blockers: every path depends on them."
        )
        steps.insert(0, NextStep(days=0, text=translate("steps", first)))
    return tuple(steps)
