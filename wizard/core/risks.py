"""The declared risk library: what to watch, given the answers and the recommended path."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.rulemodel import RiskRule, any_of, none_of

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

RISKS: tuple[RiskRule, ...] = (
    RiskRule(
        id="bias",
        when=any_of("people_impact", "high", "some"),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Bias: a model learns the prejudices of its training data, as Amazon's scrapped "
            "hiring model did; test outcomes for each group before launch and after",
        ),
        source="dastin2018",
    ),
    RiskRule(
        id="drift",
        when=any_of("data_drift", "changing", "volatile"),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Shifting data: accuracy degrades when new data drifts from the training data; "
            "monitor it on fresh data and plan retraining from the start",
        ),
        source="gama2014",
    ),
    RiskRule(
        id="black-box",
        when=any_of("explainability", "required", "helpful"),
        paths=frozenset({PRE, CDL}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Black box: neural networks cannot say why they decided; keep a person in the "
            "loop for contested cases and document what the model may decide",
        ),
        source="rudin2019",
    ),
    RiskRule(
        id="compute-cost",
        paths=frozenset({CDL}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Compute cost: training and serving large networks is expensive, and a model too "
            "slow to load never reaches production; measure cost and latency early",
        ),
        source="essay_not_good_idea",
    ),
    RiskRule(
        id="latency",
        when=any_of("deployment", "edge_realtime"),
        paths=frozenset({PRE, CDL}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Latency: answers in milliseconds or on devices need small, compressed models; "
            "test speed on the target hardware before committing",
        ),
        source="essay_not_good_idea",
    ),
    RiskRule(
        id="too-much-too-soon",
        when=none_of("ml_skills", "deep_learning"),
        paths=frozenset({CDL}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Too much too soon: a first deep learning project without a team that has done it "
            "before tends to fail; start with a smaller one",
        ),
        source="essay_sharks",
    ),
    RiskRule(
        id="overcomplication",
        when={
            **any_of("problem_class", "tabular", "time_series"),
            **any_of("ml_skills", "deep_learning"),
        },
        paths=frozenset({CML}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Overcomplication: a deep learning team will be tempted by deep nets on tabular "
            "data; insist that any network beats gradient boosting first",
        ),
        source="grinsztajn2022",
    ),
    RiskRule(
        id="vendor-dependence",
        when=any_of("pretrained_options", "api_available"),
        paths=frozenset({PRE}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Vendor dependence: check the price per call at your real volume, the data terms "
            "and how you would move to another provider",
        ),
        source="rot_vendor_terms",
    ),
    RiskRule(
        id="data-processing-agreement",
        when=any_of("data_residency", "contracts_needed"),
        paths=frozenset({PRE}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Outside processing: sign a data processing agreement, or anonymise, before any "
            "data reaches a provider",
        ),
        source="gdpr",
    ),
    RiskRule(
        id="local-operations",
        when=any_of("data_residency", "on_premises_only"),
        paths=frozenset({PRE, CDL}),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Running models on your own machines: someone must install, update and monitor "
            "them; budget for that operations work",
        ),
        source="sculley2015",
    ),
    RiskRule(
        id="automated-decisions",
        when={
            **any_of("people_impact", "high"),
            **any_of("explainability", "not_needed", "unsure"),
        },
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Decisions about individuals usually carry a right to an explanation and to human "
            "review; check what the law requires before ruling explanations out",
        ),
        source="gdpr",
    ),
    RiskRule(
        id="few-examples",
        when=any_of("data_volume", "lt_1k"),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Few examples: with under 1,000, measure accuracy on a held-out set you never "
            "train on, or results will look better than they are",
        ),
        source="automl_data",
    ),
)
