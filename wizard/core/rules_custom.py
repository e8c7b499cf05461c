"""What custom deep learning needs: one gate per prerequisite, said together in one reason.

Each missing prerequisite outweighs what the others add, so the path can only lead when all
of them hold. GPUs rented by the hour in a cloud count as compute.
"""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.rulemodel import FitRule, any_of, none_of

CDL = PathId.CUSTOM_DEEP_LEARNING

# Raw points that each missing prerequisite of custom deep learning costs that path.
CUSTOM_GATE = 30
GROUP = "custom-needs"
# What custom deep learning needs, each answer the acceptable ones: read by one gate rule per
# question below and, all together, by "custom-prerequisites-met".
CUSTOM_NEEDS: dict[str, tuple[str, ...]] = {
    "data_volume": ("100k_1m", "gt_1m"),
    "ml_skills": ("deep_learning",),
    "compute": ("cloud", "gpu"),
    "budget": ("250k_1m", "gt_1m"),
    "timeline": ("6_12m", "gt_12m"),
    "accuracy_differentiation": ("core",),
}


def _gate(qid: str, rule_id: str, short: str, text: str, source: str) -> FitRule:
    return FitRule(
        id=rule_id,
        when=none_of(qid, *CUSTOM_NEEDS[qid]),
        fit={CDL: -CUSTOM_GATE},
        group=GROUP,
        short=short,
        text=text,
        source=source,
    )


CUSTOM_RULES: tuple[FitRule, ...] = (
    _gate(
        "data_volume",
        "custom-needs-large-data",
        QT_TRANSLATE_NOOP("rules", "hundreds of thousands of labelled examples"),
        QT_TRANSLATE_NOOP(
            "rules",
            "Custom networks need hundreds of thousands of labelled examples or more (a rule "
            "of thumb), and the answers do not show that many; with fewer, adapting a "
            "pretrained model or a classical model wins",
        ),
        "rot_custom_data",
    ),
    _gate(
        "ml_skills",
        "custom-needs-deep-learning-team",
        QT_TRANSLATE_NOOP("rules", "a team that has run neural networks in production"),
        QT_TRANSLATE_NOOP(
            "rules",
            "Custom networks need a team that has trained and run them in production, and the "
            "answers do not show one; a first deep learning project built from scratch bites "
            "off more than it can chew",
        ),
        "essay_sharks",
    ),
    _gate(
        "compute",
        "custom-needs-gpus",
        QT_TRANSLATE_NOOP("rules", "GPUs, owned or rented by the hour"),
        QT_TRANSLATE_NOOP(
            "rules",
            "Training networks of your own needs GPUs, owned or rented by the hour in a "
            "cloud, and the answers show neither",
        ),
        "strubell2019",
    ),
    _gate(
        "budget",
        "custom-needs-budget",
        QT_TRANSLATE_NOOP("rules", "$250,000 a year or more"),
        QT_TRANSLATE_NOOP(
            "rules",
            "Custom deep learning needs about $250,000 a year or more for people and compute "
            "(a rule of thumb), and the answers do not show that budget; below it, deep "
            "learning is an over-investment",
        ),
        "rot_custom_budget",
    ),
    _gate(
        "timeline",
        "custom-needs-time",
        QT_TRANSLATE_NOOP("rules", "more than six months"),
        QT_TRANSLATE_NOOP(
            "rules",
            "Collecting data for, training and hardening a network of your own takes more than "
            "six months (a rule of thumb), and the answers do not show that much time",
        ),
        "rot_custom_time",
    ),
    _gate(
        "accuracy_differentiation",
        "custom-needs-quality-edge",
        QT_TRANSLATE_NOOP("rules", "model quality as the competitive edge"),
        QT_TRANSLATE_NOOP(
            "rules",
            "Custom networks pay for their cost only where model quality is the competitive "
            "edge, and the answers do not show that it is",
        ),
        "essay_simplify",
    ),
    FitRule(
        id="custom-prerequisites-met",
        when={
            **{qid: frozenset(values) for qid, values in CUSTOM_NEEDS.items()},
            **any_of("label_status", "labelled", "partial"),
        },
        fit={CDL: 25},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Every condition for custom deep learning is met: large labelled data, a team "
            "that has run networks in production, GPUs, budget, time, and accuracy that is "
            "the business's edge",
        ),
        source="rot_custom_data",
    ),
)
