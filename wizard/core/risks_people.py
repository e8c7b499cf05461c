"""Risks to the people a model decides about, each with an example from its own domain."""

from __future__ import annotations

from wizard.core.declared import any_of, none_of, when
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.riskmodel import (
    FACE_AREAS,
    PEOPLE_AREAS,
    RiskRule,
    people_high,
)

PEOPLE_RISKS: tuple[RiskRule, ...] = (
    RiskRule(
        id="prohibited-practice-exposure",
        conditions=(when(any_of("decision_area", "emotion_recognition_work")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Building, buying or running a prohibited practice exposes the organisation to "
            "fines of up to EUR 35 million or 7% of its worldwide annual turnover, whichever "
            "is higher",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Do not build or buy it; switch off any such use already running, record the "
            "decision, and have counsel confirm whether any medical or safety exception applies",
        ),
        owner="legal",
        source="eu_ai_act_art99",
        under_stop=True,
    ),
    RiskRule(
        id="bias-hiring",
        conditions=(when(any_of("decision_area", "employment")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Bias: a model trained on past hiring or promotion outcomes repeats them; Amazon "
            "dropped a CV-screening model that penalised CVs mentioning “women's”",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Compare selection rates by group against today's process before and after launch, "
            "remove proxies of protected traits, and keep a person accountable for every decision",
        ),
        owner="ml_lead",
        source="dastin2018",
    ),
    RiskRule(
        id="bias-health-labels",
        conditions=(when(any_of("decision_area", "health"),
                         any_of("label_source", "measured_outcomes", "human_decisions")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Biased labels: a health algorithm that predicted costs as a stand-in for need rated "
            "Black patients healthier than equally sick White patients",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Check that the recorded outcome measures need, not access to care, and compare "
            "outcomes by patient group at equal predicted risk",
        ),
        owner="ml_lead",
        source="obermeyer2019",
    ),
    RiskRule(
        id="subgroup-performance-health",
        conditions=(when(any_of("decision_area", "health")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Performance by patient group: inputs and models can be less accurate for some groups, "
            "as pulse oximeters missed low oxygen more often in Black patients",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Report sensitivity, false alarms and calibration for each patient group and site, and "
            "set a minimum every group must meet",
        ),
        owner="ml_lead",
        source="sjoding2020",
    ),
    RiskRule(
        id="external-validation-health",
        conditions=(when(any_of("decision_area", "health")),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Figures that do not transfer: a sepsis model used in hundreds of hospitals performed "
            "far worse when validated independently than its developer reported",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Validate on your own patients, prospectively and in silent mode, before any alert "
            "reaches clinicians, and watch the alert burden",
        ),
        owner="ml_lead",
        source="wong2021",
    ),
    RiskRule(
        id="bias-faces",
        conditions=(when(any_of("decision_area", *FACE_AREAS)),),
        severity="high",
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Unequal accuracy on faces: commercial face analysis erred far more often for "
            "darker-skinned women than for lighter-skinned men",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Measure error rates for each group of skin type, sex and age on your own images before"
            " use, and do not use it where a group falls short",
        ),
        owner="ml_lead",
        source="buolamwini2018",
    ),
    RiskRule(
        id="bias",
        conditions=(
            when(any_of("people_impact", "high", "some"),
                 none_of("decision_area", "employment", "health", *FACE_AREAS)),
        ),
        severity="medium",
        high_when=(people_high(), when(any_of("decision_area", *PEOPLE_AREAS))),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "Harmful bias: outputs that affect people can be systematically worse for some groups",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Define the groups to compare, measure outcomes for each before launch and after, and "
            "name who acts when a gap appears",
        ),
        owner="ml_lead",
        source="nist_ai_rmf",
    ),
    RiskRule(
        id="labels-past-decisions",
        conditions=(when(any_of("label_source", "human_decisions"),
                         none_of("decision_area", "health")),),
        severity="medium",
        high_when=(people_high(), when(any_of("decision_area", *PEOPLE_AREAS))),
        text=QT_TRANSLATE_NOOP(
            "risks",
            "The labels record past human decisions (who was hired, approved, flagged): a model "
            "trained on them learns to repeat those decisions, their bias included",
        ),
        mitigation=QT_TRANSLATE_NOOP(
            "risks",
            "Prefer measured outcomes as labels; where only decisions exist, audit them by group "
            "first and never let the model learn from decisions alone about people",
        ),
        owner="data_owner",
        source="dastin2018",
    ),
)
