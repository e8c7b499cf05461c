"""Risks of the task, the path and its operation: answers, forecasts, devices, fees, licences."""

from __future__ import annotations

from wizard.core.declared import any_of, none_of, when
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.riskmodel import (
    CDL,
    CML,
    HIGH_VOLUME,
    LANGUAGE_TASKS,
    PRE,
    RiskRule,
)

TASK_RISKS: tuple[RiskRule, ...] = (
    RiskRule(
        id="confident-wrong-answers",
        conditions=(when(any_of("task", *LANGUAGE_TASKS)),),
        severity="medium",
        high_when=(when(any_of("audience", "customers", "public")),),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Wrong answers stated with confidence, for which the organisation is liable: Air "
            "Canada was held liable for its chatbot's wrong advice on refunds",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Answer only from retrieved documents and link them, hand over to a person when unsure,"
            " test on an evaluation set and review samples weekly",
        ),
        owner="ml_lead",
        source="moffatt2024",
    ),
    RiskRule(
        id="prompt-injection",
        conditions=(when(any_of("task", *LANGUAGE_TASKS)),),
        paths=frozenset({PRE, CDL}),
        severity="medium",
        high_when=(when(any_of("audience", "customers", "public")),),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Manipulation: instructions hidden in user input or documents can make a language model"
            " ignore its rules or leak data",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Give the model no more access than the answer needs, treat retrieved text as data, and"
            " attack-test before launch",
        ),
        owner="it",
        source="owasp_llm2025",
    ),
    RiskRule(
        id="forecast-censored-history",
        conditions=(when(any_of("task", "forecast")),),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Censored history: sales recorded during stock-outs read as zero demand, so a forecast "
            "learns to under-order",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Flag stock-outs and other gaps in the history and treat them as missing demand, not as"
            " zero",
        ),
        owner="data_owner",
        source="rot_forecast_history",
    ),
    RiskRule(
        id="forecast-leakage",
        conditions=(when(any_of("task", "forecast")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "A backtest that sees the future (random splits, features computed with later data) "
            "makes a forecast look better than it will be",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Backtest on rolling origins in time order, with features built only from data "
            "available on each forecast date",
        ),
        owner="ml_lead",
        source="kaufman2011",
    ),
    RiskRule(
        id="latency",
        conditions=(when(any_of("deployment", "edge_realtime")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Latency and no network: answers in milliseconds or on devices need a model that fits "
            "the device, and a fallback when it cannot answer",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Measure speed and memory on the target hardware early, compress the model (quantise, "
            "distil), and define the fallback behaviour",
        ),
        owner="it",
        source="rot_device_latency",
    ),
    RiskRule(
        id="drift",
        conditions=(when(any_of("data_drift", "changing", "volatile")),),
        severity="medium",
        high_when=(when(any_of("data_drift", "volatile")),),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Shifting data: accuracy degrades when new data drifts from the training data",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Monitor accuracy and input distributions on fresh data and plan retraining from the "
            "start",
        ),
        owner="ml_lead",
        source="gama2014",
    ),
    RiskRule(
        id="fees-at-volume",
        conditions=(when(any_of("volume", *HIGH_VOLUME)),),
        paths=frozenset({PRE}),
        severity="medium",
        high_when=(when(any_of("volume", "gt_100m")),),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Fees at volume: paying per request or per token grows with every request, and at "
            "millions a month can outrun the budget",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Price the service at the answered volume, cache repeated requests, route easy ones to "
            "a smaller model and cap monthly spend",
        ),
        owner="sponsor",
        source="rot_unit_prices",
    ),
    RiskRule(
        id="vendor-dependence",
        conditions=(when(any_of("pretrained_options", "api_available"),
                         none_of("data_residency", "on_premises_only")),),
        paths=frozenset({PRE}),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Vendor dependence: an outside service can change its price, its model or its data "
            "terms",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Read the data terms (no training on your data, where it is hosted), keep the "
            "evaluation set to compare providers, and keep a way to switch",
        ),
        owner="legal",
        source="rot_vendor_terms",
    ),
    RiskRule(
        id="data-processing-agreement",
        conditions=(when(any_of("data_residency", "contracts_needed")),),
        paths=frozenset({PRE}),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Outside processing: personal data may not reach a provider without a data processing "
            "agreement or anonymisation",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Sign a data processing agreement, or anonymise, before any data reaches a provider",
        ),
        owner="legal",
        source="gdpr",
    ),
    RiskRule(
        id="weights-licence-tabular",
        approaches=frozenset({"tabular_foundation_model"}),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Licence: the weights of some tabular foundation models may be used for research and "
            "evaluation only, not in production",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Check the licence of the exact model version before the pilot; budget a commercial "
            "licence or fall back to gradient boosting",
        ),
        owner="legal",
        source="tabpfn_licence",
    ),
    RiskRule(
        id="weights-licence-open",
        approaches=frozenset({"self_hosted_open_model", "fine_tune_pretrained"}),
        severity="low",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Licence: open weights come with licences that may restrict commercial use, scale or "
            "field of use",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Check the model's licence for your use before building on it",
        ),
        owner="legal",
        source="azure_waf",
    ),
    RiskRule(
        id="local-operations",
        conditions=(when(any_of("data_residency", "on_premises_only")),),
        paths=frozenset({PRE, CDL}),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Running models on your own machines: someone must install, update and monitor them, "
            "which costs more than the model code",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Budget the operations work and name who runs the model in production",
        ),
        owner="it",
        source="sculley2015",
    ),
    RiskRule(
        id="black-box",
        conditions=(when(any_of("explainability", "required", "helpful")),),
        paths=frozenset({PRE, CDL}),
        severity="medium",
        high_when=(when(any_of("explainability", "required")),),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Black box: neural networks cannot say why they decided",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Keep a person in the loop for contested cases and document what the model may decide; "
            "where explanations are required, prefer an interpretable model",
        ),
        owner="ml_lead",
        source="rudin2019",
    ),
    RiskRule(
        id="automated-decisions",
        conditions=(when(any_of("people_impact", "high"),
                         any_of("explainability", "not_needed", "unsure")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Decisions about individuals usually carry a right to an explanation and to human "
            "review",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Have counsel check what the law requires before ruling explanations out",
        ),
        owner="legal",
        source="gdpr_art22",
    ),
    RiskRule(
        id="compute-cost",
        paths=frozenset({CDL}),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Compute cost: training and serving large networks is expensive",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Measure training and serving cost per prediction early, and stop if the gain over the "
            "baseline does not pay for it",
        ),
        owner="sponsor",
        source="strubell2019",
    ),
    RiskRule(
        id="too-much-too-soon",
        conditions=(when(none_of("ml_skills", "deep_learning")),),
        paths=frozenset({CDL}),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Too much too soon: a first deep learning project without a team that has done it "
            "before tends to fail",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Start with a smaller project, or bring in people who have run networks in production",
        ),
        owner="sponsor",
        source="essay_sharks",
    ),
    RiskRule(
        id="overcomplication",
        conditions=(when(any_of("problem_class", "tabular", "time_series"),
                         any_of("ml_skills", "deep_learning")),),
        paths=frozenset({CML}),
        severity="low",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Overcomplication: a deep learning team will be tempted by deep networks on tables",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Insist that any network beats gradient boosting on the same backtest first",
        ),
        owner="ml_lead",
        source="grinsztajn2022",
    ),
    RiskRule(
        id="wrong-problem",
        conditions=(when(any_of("use_case_clarity", "problem_defined", "exploring")),),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "The wrong problem: AI projects fail most often because the problem to solve is "
            "misunderstood or miscommunicated",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Write down the decision the model supports, who uses it and the measure of success "
            "before any model is built",
        ),
        owner="sponsor",
        source="rand2024",
    ),
    RiskRule(
        id="few-examples",
        conditions=(when(any_of("data_volume", "lt_1k")),),
        severity="medium",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Few examples: with under 1,000, results on the data a model learned from look better "
            "than they are",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Keep a held-out set the model never learns from, or use cross-validation, and report "
            "the spread",
        ),
        owner="ml_lead",
        source="kaufman2011",
    ),
)
