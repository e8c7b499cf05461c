"""How sure the advice is, and why: the contract's rules, unknowns that matter, contested ground."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import PathId
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTIONS
from wizard.core.result import Confidence
from wizard.core.rulemodel import BlockerRule
from wizard.core.rules_judgement import CONTESTED

LOW_UNKNOWN = 6  # this many "don't know" answers and the advice is a guess
MEDIUM_UNKNOWN = 3  # the contract: three or more and confidence is never high
CLOSE_MARGIN = 5  # fit points between the first two paths: too close to call
CLEAR_MARGIN = 15  # fit points from which the first path clearly leads

LEVELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "low": QT_TRANSLATE_NOOP("confidence", "Low confidence: {why}."),
        "medium": QT_TRANSLATE_NOOP("confidence", "Medium confidence: {why}."),
        "high": QT_TRANSLATE_NOOP("confidence", "High confidence: {why}."),
    }
)
STOP = QT_TRANSLATE_NOOP(
    "confidence", "the use as described is prohibited, so no path is recommended"
)
NOT_READY = QT_TRANSLATE_NOOP(
    "confidence", "the organisation is not ready for a machine learning project yet"
)
MANY_UNKNOWN = QT_TRANSLATE_NOOP(
    "confidence", "{unknown} of {total} questions are answered “don't know”"
)
CLOSE = QT_TRANSLATE_NOOP("confidence", "{path} fits almost as well")
BEHIND = QT_TRANSLATE_NOOP("confidence", "{path} is only {margin} points behind")
BLOCKED = QT_TRANSLATE_NOOP("confidence", "the blockers must be cleared first ({actions})")
DECIDING = QT_TRANSLATE_NOOP(
    "confidence", "“{question}” is unknown, and its answer could change the path"
)
CLEAR = QT_TRANSLATE_NOOP("confidence", "the answers are complete and point one way")


def confidence(
    answers: Mapping[str, str],
    fit: Mapping[PathId, int],
    best: PathId,
    *,
    verdict: str,
    unknown: tuple[str, ...],
    deciding: tuple[str, ...],
    blockers: tuple[BlockerRule, ...],
    translate: Translate,
) -> tuple[Confidence, str]:
    """The level and a note that says why, in the language of `translate`."""
    others = [path for path in PATH_ORDER if path != best]
    runner_up = max(others, key=lambda path: (fit[path], -PATH_ORDER.index(path)))
    margin = fit[best] - fit[runner_up]
    runner_name = translate("paths", PATHS[runner_up].name)

    def say(template: str, **fields: object) -> str:
        return translate("confidence", template).format(**fields)

    low: list[str] = []
    if verdict == "stop":
        low.append(say(STOP))
    elif verdict == "not_yet":
        low.append(say(NOT_READY))
    if len(unknown) >= LOW_UNKNOWN:
        low.append(say(MANY_UNKNOWN, unknown=len(unknown), total=len(QUESTIONS)))
    if verdict != "stop" and margin < CLOSE_MARGIN:
        low.append(say(CLOSE, path=runner_name))
    if low:
        return "low", say(LEVELS["low"], why="; ".join(low))
    medium: list[str] = []
    if blockers:
        actions = ", ".join(translate("blockers", b.action) for b in blockers)
        medium.append(say(BLOCKED, actions=actions))
    if len(unknown) >= MEDIUM_UNKNOWN:
        medium.append(say(MANY_UNKNOWN, unknown=len(unknown), total=len(QUESTIONS)))
    medium += [
        say(DECIDING, question=translate("questions", QUESTIONS[qid].label)) for qid in deciding
    ]
    medium += [translate("confidence", rule.text) for rule in CONTESTED if rule.matches(answers)]
    if margin < CLEAR_MARGIN:
        medium.append(say(BEHIND, path=runner_name, margin=margin))
    if medium:
        return "medium", say(LEVELS["medium"], why="; ".join(medium))
    return "high", say(LEVELS["high"], why=say(CLEAR))
