"""Fit rules about the organisation and the people the output touches: services that exist,
where data may go, skills, budget, time, explanations and decisions about people."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.rulemodel import FitRule, any_of, none_of

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

LARGE_DATA = ("100k_1m", "gt_1m")
# Decisions on jobs, credit, schooling and public services: the EU AI Act's Annex III areas
# where an individual decision must be explainable to the person.
EXPLAINED_AREAS = ("employment", "credit_insurance", "education", "public_services")
# Areas where labels that are past decisions about people must not be all a model learns.
PAST_DECISION_AREAS = ("employment", "education", "public_services")

CONTEXT_RULES: tuple[FitRule, ...] = (
    FitRule(
        id="api-buy-not-build",
        when={
            **any_of("pretrained_options", "api_available"),
            # Said only when the answer says so: "don't know" is not "quality does not matter".
            **any_of("accuracy_differentiation", "important", "good_enough"),
            **none_of("data_residency", "on_premises_only"),
            **none_of("deployment", "edge_realtime"),
        },
        fit={PRE: 25, CDL: -15},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "A service already does this task and model quality is not what sets you apart: "
            "buy, don't build, whatever the size of the team",
        ),
        source="azure_waf",
    ),
    FitRule(
        id="api-as-starting-point",
        when={
            **any_of("pretrained_options", "api_available"),
            **any_of("accuracy_differentiation", "core"),
        },
        fit={PRE: 10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "A service already does this task: even where quality is the edge, it is the "
            "baseline to beat and a model to adapt",
        ),
        source="azure_waf",
    ),
    FitRule(
        id="on-premises-open-models",
        when={
            **any_of("pretrained_options", "api_available", "pretrained_model"),
            **any_of("data_residency", "on_premises_only"),
        },
        fit={PRE: 15},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "The data must stay on premises: that rules out a cloud service, not transfer "
            "learning; open pretrained models run on your own machines and can be adapted "
            "there",
        ),
        source="azure_waf",
    ),
    FitRule(
        id="pretrained-model-adapt",
        when=any_of("pretrained_options", "pretrained_model"),
        fit={PRE: 20, CDL: -5},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Open pretrained models exist for a similar task: fine-tuning one needs far less "
            "data, time and compute than training from scratch",
        ),
        source="ulmfit",
    ),
    FitRule(
        id="certified-product",
        when={
            **any_of("decision_area", "health", "product_safety"),
            **any_of("pretrained_options", "api_available"),
        },
        fit={PRE: 15},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "A clinical or safety use for which products exist: a certified (CE-marked) "
            "product carries its maker's conformity assessment, which a model of your own "
            "would have to earn",
        ),
        source="mdr_rule11",
    ),
    FitRule(
        id="no-ml-skills",
        when=any_of("ml_skills", "none", "analysts"),
        fit={CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "No one in house has built machine learning models: competence is built project "
            "by project, and deep learning is not the first one",
        ),
        source="essay_sharks",
    ),
    FitRule(
        id="analysts-call-services",
        when={
            **any_of("ml_skills", "none", "analysts"),
            **any_of("pretrained_options", "api_available"),
        },
        fit={PRE: 10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Calling a ready service needs integration skills, not machine learning skills",
        ),
        source="essay_sharks",
    ),
    FitRule(
        id="deep-learning-team",
        when=any_of("ml_skills", "deep_learning"),
        fit={CDL: 10},
        text=QT_TRANSLATE_NOOP(
            "rules", "The team has trained and run neural networks in production"
        ),
        source="essay_sharks",
    ),
    FitRule(
        id="gpus-available",
        when=any_of("compute", "gpu"),
        fit={CDL: 8},
        text=QT_TRANSLATE_NOOP("rules", "Dedicated GPUs are available to train networks"),
        source="strubell2019",
    ),
    FitRule(
        id="small-budget",
        when=any_of("budget", "lt_50k"),
        fit={PRE: 5, CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Under $50,000 a year: deep learning is an over-investment at this budget; pay "
            "per use or keep models simple",
        ),
        source="rot_custom_budget",
    ),
    FitRule(
        id="short-timeline",
        when=any_of("timeline", "lt_3m"),
        fit={PRE: 5, CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Production within three months: only a ready service or a simple model ships "
            "that fast; don't bite off more than you can chew",
        ),
        source="essay_sharks",
    ),
    FitRule(
        id="edge-no-remote-service",
        when={
            **any_of("deployment", "edge_realtime"),
            **any_of("pretrained_options", "api_available"),
        },
        fit={PRE: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Answers in milliseconds or without a network: a remote service cannot answer in "
            "time; a model must run on the device",
        ),
        source="rot_device_latency",
    ),
    FitRule(
        id="quality-is-the-edge",
        when={
            **any_of("accuracy_differentiation", "core"),
            **any_of("data_volume", *LARGE_DATA),
        },
        fit={CDL: 15},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Model quality is the competitive edge and there is data to earn it: accuracy "
            "keeps growing with more data, and the last points are worth paying for",
        ),
        source="sun2017",
    ),
    FitRule(
        id="explanations-required",
        when=any_of("explainability", "required"),
        fit={CML: 20, PRE: -10, CDL: -20},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Individual decisions must be explained: use interpretable models (scorecards, "
            "linear models, small trees) rather than trying to explain a black box after the "
            "fact",
        ),
        source="rudin2019",
    ),
    FitRule(
        id="no-black-box-for-people",
        when={
            **any_of("explainability", "required"),
            **any_of("decision_area", *EXPLAINED_AREAS),
        },
        fit={CML: 30, PRE: -100, CDL: -100},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Decisions on jobs, credit, schooling or public services that must be explained: "
            "only an interpretable model or transparent rules will do; a black box explained "
            "after the fact is not an explanation a person can contest",
        ),
        source="rudin2019",
    ),
    FitRule(
        id="explanations-helpful",
        when=any_of("explainability", "helpful"),
        fit={CML: 5, CDL: -5},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Explanations would help: simpler models are easier to explain, debug and trust",
        ),
        source="rudin2019",
    ),
    FitRule(
        id="decisions-about-people",
        when=any_of("people_impact", "high"),
        fit={CML: 10, CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Decisions about individuals: a model whose reasoning can be checked for bias is "
            "safer than a black box trained on a biased past",
        ),
        source="dastin2018",
    ),
    FitRule(
        id="past-decisions-as-labels",
        when={
            **any_of("label_source", "human_decisions"),
            **any_of("people_impact", "high", "some"),
            **any_of("decision_area", *PAST_DECISION_AREAS),
        },
        fit={CML: 10, PRE: -20, CDL: -100},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "The right answers are past decisions about people: a model fitted to them "
            "learns the decision-makers' bias, as Amazon's recruiting model did; start from "
            "published criteria and check against outcomes reviewed for this purpose",
        ),
        source="dastin2018",
    ),
    FitRule(
        id="no-use-case-yet",
        when=any_of("use_case_clarity", "exploring"),
        fit={CML: 15, CDL: -20},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "No use case yet: find one, launch a simple rule or report first, and add "
            "machine learning when it beats that",
        ),
        source="zinkevich",
    ),
    FitRule(
        id="data-not-collected",
        when=any_of("data_access", "not_collected"),
        fit={CML: 5, CDL: -20},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "The data is not collected yet: start with a heuristic and collect data while it "
            "runs",
        ),
        source="zinkevich",
    ),
)
