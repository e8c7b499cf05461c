"""`assess`: from an assessment's answers to the full advice, explained."""

from __future__ import annotations

from wizard.core.assessment import Assessment, check_answers
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTION_IDS
from wizard.core.result import Blocker, Confidence, Readiness, Reason, Result, Verdict
from wizard.core.rulebook import BLOCKERS, FIT_RULES, RULEBOOK_VERSION
from wizard.core.rulemodel import FitRule
from wizard.core.scoring import (
    BANDS,
    Answers,
    band,
    dimension_scores,
    fired,
    fit_figures,
    readiness_score,
    total,
    winner,
)
from wizard.core.whatif import what_would_change

# A rule that counts this much against another path is worth saying, even though it does
# not speak for the recommended one.
AGAINST_THRESHOLD = -15
LOW_CONFIDENCE_UNKNOWN = 6
HIGH_CONFIDENCE_UNKNOWN = 1
CLOSE_MARGIN = 5
CLEAR_MARGIN = 15


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
    dims = dimension_scores(answers)
    score = readiness_score(answers, dims)
    readiness = Readiness(
        score=score,
        band=band(score),
        for_path=best,
        bands=BAND_CUTOFFS,
        dimensions={dim.value: int(round(value)) for dim, value in dims.items()},
    )
    unknown = tuple(qid for qid in QUESTION_IDS if answers.get(qid, UNSURE) == UNSURE)
    blockers = _blockers(answers, translate)
    verdict = _verdict(readiness.band, bool(blockers))
    confidence, note = _confidence(fit, best, len(unknown), verdict, translate)
    return Result(
        recommendation=best,
        verdict=verdict,
        headline=_headline(verdict, best, translate),
        approach=None,
        fit=fit,
        readiness=readiness,
        confidence=confidence,
        confidence_note=note,
        unknown=unknown,
        reasons=_reasons(firing, best, translate),
        blockers=blockers,
        what_would_change=what_would_change(answers, translate),
        rulebook=RULEBOOK_VERSION,
        pending=frozenset(
            {"approach", "regulation", "risks", "levers", "cost", "next_steps", "sources"}
        ),
    )


# The lowest score of each band above "not ready", as the contract's `readiness.bands`.
BAND_CUTOFFS: dict[str, int] = {
    name: lower for (lower, _), (_, name) in zip(BANDS, BANDS[1:], strict=False)
}


def _verdict(readiness_band: str, blocked: bool) -> Verdict:
    """The contract's verdict from the band and the blockers (`stop` needs the regulation)."""
    if readiness_band == "not_ready":
        return "not_yet"
    return "fix_first" if blocked else "go"


HEADLINES: dict[str, str] = {
    "go": QT_TRANSLATE_NOOP("headline", "Start a pilot now: {path}"),
    "fix_first": QT_TRANSLATE_NOOP(
        "headline", "Clear the blockers first, then start a pilot: {path}"
    ),
    "not_yet": QT_TRANSLATE_NOOP(
        "headline",
        "Do not start a machine learning project yet: first put a use case, data and a sponsor "
        "in place",
    ),
}


def _headline(verdict: Verdict, best: PathId, translate: Translate) -> str:
    return translate("headline", HEADLINES[verdict]).format(
        path=translate("paths", PATHS[best].name)
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
        source=rule.source,
        effects=dict(rule.fit),
        path=path,
        weight=weight,
        questions=rule.questions,
    )


def _blockers(answers: Answers, translate: Translate) -> tuple[Blocker, ...]:
    return tuple(
        Blocker(
            id=rule.id,
            text=translate("blockers", rule.text),
            rule=rule.id,
            source=rule.source,
            questions=rule.questions,
        )
        for rule in BLOCKERS
        if rule.matches(answers)
    )


def _confidence(
    fit: dict[PathId, int], best: PathId, unknown: int, verdict: Verdict, translate: Translate
) -> tuple[Confidence, str]:
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
    if unknown <= HIGH_CONFIDENCE_UNKNOWN and margin >= CLEAR_MARGIN and verdict != "go":
        return "medium", translate(
            "confidence",
            QT_TRANSLATE_NOOP(
                "confidence",
                "Medium confidence: the answers point one way, but the organisation is not "
                "ready to start yet or blockers remain open.",
            ),
        )
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
