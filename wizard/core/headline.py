"""The verdict and the headline: the decision in one sentence, as a consultant's action title."""

from __future__ import annotations

from types import MappingProxyType

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import PathId
from wizard.core.result import Verdict
from wizard.core.rulemodel import BlockerRule

# What each path must not turn into, said after the decision.
GUARDS: MappingProxyType[PathId, str] = MappingProxyType(
    {
        PathId.CLASSICAL_ML: QT_TRANSLATE_NOOP("headline", "do not build deep learning"),
        PathId.PRETRAINED_OR_TRANSFER: QT_TRANSLATE_NOOP(
            "headline", "do not build a model from scratch"
        ),
        PathId.CUSTOM_DEEP_LEARNING: QT_TRANSLATE_NOOP(
            "headline", "ship it only if it beats a strong pretrained baseline"
        ),
    }
)
TEMPLATES: MappingProxyType[str, str] = MappingProxyType(
    {
        "go": QT_TRANSLATE_NOOP("headline", "Fund a 90-day pilot of {pilot}; {guard}"),
        "fix_first": QT_TRANSLATE_NOOP(
            "headline", "First {action}, then fund a 90-day pilot of {pilot}; {guard}"
        ),
        "not_yet": QT_TRANSLATE_NOOP(
            "headline",
            "Do not fund a machine learning project yet: first {action}, and start with "
            "{pilot}",
        ),
        "stop": QT_TRANSLATE_NOOP(
            "headline",
            "Do not build this: the use as described is a practice the EU AI Act prohibits",
        ),
    }
)
# The first thing to do when the band is "not ready" and no blocker says what.
BASICS = QT_TRANSLATE_NOOP("headline", "build the basics: data, skills and a sponsor")


def verdict(*, prohibited: bool, band: str, blocked: bool) -> Verdict:
    """The contract's verdict: stop, not_yet, fix_first or go."""
    if prohibited:
        return "stop"
    if band == "not_ready":
        return "not_yet"
    return "fix_first" if blocked else "go"


def headline(
    verdict: Verdict,
    path: PathId,
    pilot: str,
    blockers: tuple[BlockerRule, ...],
    translate: Translate,
) -> str:
    """One sentence that states the decision."""
    action = translate("blockers", blockers[0].action) if blockers else translate(
        "headline", BASICS
    )
    return translate("headline", TEMPLATES[verdict]).format(
        pilot=translate("approaches", pilot),
        guard=translate("headline", GUARDS[path]),
        action=action,
    )
