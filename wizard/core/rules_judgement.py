"""Declarations around the path: contested ground (confidence) and governance work ahead
(the readiness dimension "governance")."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.rulemodel import ContestedRule, GovernanceLoad, any_of
from wizard.core.rules_data import FOUNDATION_TASKS, LARGE_DATA, UNSTRUCTURED

PRE = PathId.PRETRAINED_OR_TRANSFER

# The EU AI Act's Annex III areas among the answers to "decision_area".
ANNEX_III_AREAS = (
    "employment",
    "credit_insurance",
    "education",
    "public_services",
    "law_justice_migration",
    "biometrics",
    "emotion_recognition",
    "critical_infrastructure",
)

CONTESTED: tuple[ContestedRule, ...] = (
    ContestedRule(
        id="contested-large-structured-data",
        when={
            **any_of("problem_class", "tabular", "time_series"),
            **any_of("data_volume", *LARGE_DATA),
            **any_of("ml_skills", "deep_learning"),
        },
        text=QT_TRANSLATE_NOOP(
            "confidence",
            "on this much tabular or time-series data, with a team that runs deep networks, "
            "deep models are a real contender: compare them with boosting on the same "
            "held-out period",
        ),
        source="m5",
    ),
    ContestedRule(
        id="contested-edge-vision",
        when={
            **any_of("problem_class", "image", "video"),
            **any_of("deployment", "edge_realtime"),
            **any_of("data_volume", *LARGE_DATA),
        },
        text=QT_TRANSLATE_NOOP(
            "confidence",
            "vision on devices with large data: a compact network of your own and an adapted "
            "pretrained one are both defensible; measure both on the device",
        ),
        source="rot_device_latency",
    ),
    ContestedRule(
        id="contested-novel-large-data",
        when={
            **any_of("problem_class", *UNSTRUCTURED),
            **any_of("pretrained_options", "none_known"),
            **any_of("data_volume", "100k_1m"),
        },
        text=QT_TRANSLATE_NOOP(
            "confidence",
            "a new task with hundreds of thousands of examples: adapting a pretrained model "
            "and training your own are both defensible",
        ),
        source="cs231n",
    ),
    ContestedRule(
        id="contested-past-decisions",
        when={
            **any_of("label_source", "human_decisions"),
            **any_of("people_impact", "high", "some"),
        },
        text=QT_TRANSLATE_NOOP(
            "confidence",
            "the right answers are past decisions about people, so whether any model may be "
            "trusted depends on the bias audit",
        ),
        source="dastin2018",
    ),
    ContestedRule(
        id="contested-clinical-use",
        when=any_of("decision_area", "health"),
        text=QT_TRANSLATE_NOOP(
            "confidence",
            "in clinical use, whether a model helps patients is known only after validation "
            "on your own patients, group by group",
        ),
        source="wong2021",
    ),
)

# Governance work the answers show is ahead, taken off a governance score of 100. The texts
# document the declaration; what the brief shows is the regulation and the risks.
GOVERNANCE_LOADS: tuple[GovernanceLoad, ...] = (
    GovernanceLoad(
        id="gov-prohibited",
        when=any_of("decision_area", "emotion_recognition_work"),
        points=100,
        text="A prohibited practice: no governance makes it lawful",
        source="eu_ai_act_art5",
    ),
    GovernanceLoad(
        id="gov-high-risk-area",
        when=any_of("decision_area", *ANNEX_III_AREAS),
        points=30,
        text="A high-risk use: risk management, documentation, human oversight and a "
        "conformity assessment before use",
        source="eu_ai_act_annex3",
    ),
    GovernanceLoad(
        id="gov-product-rules",
        when=any_of("decision_area", "health", "product_safety"),
        points=30,
        text="Medical-device or product-safety rules: clinical or safety evidence and "
        "certification before use",
        source="mdr_rule11",
    ),
    GovernanceLoad(
        id="gov-people-high",
        when=any_of("people_impact", "high"),
        points=15,
        text="Decisions about individuals: human review and a way to contest each decision",
        source="gdpr_art22",
    ),
    GovernanceLoad(
        id="gov-people-some",
        when=any_of("people_impact", "some"),
        points=5,
        text="People are affected indirectly: an impact check before launch",
        source="nist_ai_rmf",
    ),
    GovernanceLoad(
        id="gov-explanations",
        when=any_of("explainability", "required"),
        points=10,
        text="Explanations must be produced and kept for each decision",
        source="rudin2019",
    ),
    GovernanceLoad(
        id="gov-past-decisions",
        when={
            **any_of("label_source", "human_decisions"),
            **any_of("people_impact", "high", "some"),
        },
        points=15,
        text="Labels that record past decisions about people: a bias audit before any "
        "model is trusted",
        source="dastin2018",
    ),
    GovernanceLoad(
        id="gov-outside-processing",
        when=any_of("data_residency", "contracts_needed"),
        paths=frozenset({PRE}),
        points=10,
        text="A data processing agreement, or anonymising, before data reaches a provider",
        source="gdpr",
    ),
    GovernanceLoad(
        id="gov-transparency",
        when={
            **any_of("audience", "customers", "public"),
            **any_of("task", *FOUNDATION_TASKS),
        },
        points=10,
        text="People must be told they deal with an AI, and the organisation answers for "
        "what it says",
        source="eu_ai_act_art50",
    ),
    GovernanceLoad(
        id="gov-answers-liability",
        when={
            **any_of("audience", "customers", "public"),
            **any_of("task", "answer_questions", "generate"),
        },
        points=20,
        text="The organisation answers for what its assistant tells customers: guardrails, "
        "hand-over to a person and review of answers before launch",
        source="moffatt2024",
    ),
    GovernanceLoad(
        id="gov-unknown-area",
        when=any_of("decision_area", "unsure"),
        points=15,
        text="The area of the decision is unknown, so its duties cannot be judged",
        source="nist_ai_rmf",
    ),
    GovernanceLoad(
        id="gov-unknown-people",
        when=any_of("people_impact", "unsure"),
        points=10,
        text="Whether people are affected is unknown",
        source="nist_ai_rmf",
    ),
    GovernanceLoad(
        id="gov-unknown-residency",
        when=any_of("data_residency", "unsure"),
        points=10,
        text="Where the data may go is unknown",
        source="nist_ai_rmf",
    ),
    GovernanceLoad(
        id="gov-unknown-explanations",
        when=any_of("explainability", "unsure"),
        points=5,
        text="Whether decisions must be explained is unknown",
        source="nist_ai_rmf",
    ),
)
