"""The rulebook: what each answer means for the three paths, and why.

Every rule names its source. Weights are points of raw fit; the engine adds them up per path
and the highest total wins, the simplest path winning a tie. The spirit: most deep learning
projects fail by overcomplicating, so the rules make the simple paths win unless the answers
show every condition that custom deep learning needs.
"""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.risks import RISKS
from wizard.core.rulemodel import (
    BlockerRule,
    FitRule,
    ReadinessCap,
    any_of,
    none_of,
)

__all__ = ["BLOCKERS", "FIT_RULES", "READINESS_CAPS", "RISKS", "RULEBOOK_VERSION"]

RULEBOOK_VERSION = "2026.11"

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

UNSTRUCTURED = ("text", "image", "audio", "video", "multimodal")
LARGE_DATA = ("100k_1m", "gt_1m")
# Raw points that each missing prerequisite of custom deep learning costs that path.
CUSTOM_GATE = 30
# What custom deep learning needs, each answer the acceptable ones: read by one gate rule per
# question below and, all together, by "custom-prerequisites-met".
CUSTOM_NEEDS: dict[str, tuple[str, ...]] = {
    "data_volume": LARGE_DATA,
    "ml_skills": ("deep_learning",),
    "compute": ("gpu",),
    "budget": ("250k_1m", "gt_1m"),
    "timeline": ("6_12m", "gt_12m"),
    "accuracy_differentiation": ("core",),
}

FIT_RULES: tuple[FitRule, ...] = (
    FitRule(
        id="start-simple",
        fit={CML: 5, CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Start simple: a simple model that ships beats a complex one that does not, and "
            "it is the baseline any deep network must beat",
        ),
        source="essay_simplify",
    ),
    FitRule(
        id="tabular-trees",
        when=any_of("problem_class", "tabular"),
        fit={CML: 35, PRE: -25, CDL: -30},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Records in tables: on tables of the size studied (about 10,000 rows), "
            "gradient-boosted trees still beat deep networks, for a fraction of the cost",
        ),
        source="grinsztajn2022",
    ),
    FitRule(
        id="forecasting-classical",
        when=any_of("problem_class", "time_series"),
        fit={CML: 35, PRE: -20, CDL: -25},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Forecasting: in the M5 retail competition, methods built on gradient boosting "
            "(LightGBM) beat the statistical benchmarks; start with boosting on past values "
            "and a seasonal baseline",
        ),
        source="m5",
    ),
    FitRule(
        id="unstructured-pretrained",
        when=any_of("problem_class", *UNSTRUCTURED),
        fit={CML: -25, PRE: 30, CDL: 5},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Text, images, audio and video: pretrained networks already understand this kind "
            "of data, and adapting one beats training from scratch unless the labelled data "
            "is very large and unlike anything public",
        ),
        source="cs231n",
    ),
    FitRule(
        id="recommendation-baselines",
        when=any_of("problem_class", "recommendation"),
        fit={CML: 20, PRE: -15, CDL: 5},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Recommendations: a well-tuned matrix factorisation beat neural collaborative "
            "filtering and is far cheaper to serve; start there",
        ),
        source="rendle2020",
    ),
    FitRule(
        id="recommendation-deep-at-scale",
        when={
            **any_of("problem_class", "recommendation"),
            **any_of("data_volume", "gt_1m"),
            **any_of("ml_skills", "deep_learning"),
        },
        fit={CDL: 25},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Millions of interactions and a team that runs neural networks: deep "
            "recommenders pay off at this scale",
        ),
        source="covington2016",
    ),
    FitRule(
        id="api-buy-not-build",
        when={
            **any_of("pretrained_options", "api_available"),
            **none_of("accuracy_differentiation", "core"),
            **none_of("data_residency", "on_premises_only"),
            **none_of("deployment", "edge_realtime"),
        },
        fit={PRE: 25, CDL: -15},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "A service already does this task and good enough is good enough: buy, don't "
            "build, whatever the size of the team",
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
        id="generic-backbone",
        when={
            **any_of("problem_class", *UNSTRUCTURED),
            **any_of("pretrained_options", "none_known", "unsure"),
            **none_of("data_volume", *LARGE_DATA),
        },
        fit={PRE: 10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Even for a new task a generic pretrained model of this kind of data exists, and "
            "with this much data it is the best starting point",
        ),
        source="cs231n",
    ),
    FitRule(
        id="novel-task-very-large-data",
        when={
            **any_of("problem_class", *UNSTRUCTURED),
            **any_of("pretrained_options", "none_known"),
            **any_of("data_volume", "gt_1m"),
        },
        fit={PRE: -10, CDL: 20},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "A task unlike anything public with millions of labelled examples: this is where "
            "training your own network pays off",
        ),
        source="rot_custom_data",
    ),
    FitRule(
        id="novel-task-large-data",
        when={
            **any_of("problem_class", *UNSTRUCTURED),
            **any_of("pretrained_options", "none_known"),
            **any_of("data_volume", "100k_1m"),
        },
        fit={CDL: 8},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "A new task with hundreds of thousands of labelled examples: fine-tuning all the "
            "layers of a network, or training one, becomes possible",
        ),
        source="cs231n",
    ),
    FitRule(
        id="small-data",
        when=any_of("data_volume", "lt_1k", "1k_10k"),
        fit={CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Fewer than 10,000 labelled examples: too few to train a network from scratch; "
            "one vendor's guidance asks for about 1,000 examples per label even to adapt a "
            "model",
        ),
        source="automl_data",
    ),
    FitRule(
        id="very-small-data",
        when=any_of("data_volume", "lt_1k"),
        fit={PRE: 10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Fewer than 1,000 examples: only models that already learned from other data, or "
            "simple ones, can work this small",
        ),
        source="automl_data",
    ),
    FitRule(
        id="unlabelled-data",
        when=any_of("label_status", "unlabelled"),
        fit={PRE: 10, CDL: -15},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "No labels yet: pretrained models and services work with few or no labels, "
            "custom networks need many",
        ),
        source="automl_data",
    ),
    FitRule(
        id="volatile-data",
        when=any_of("data_drift", "volatile"),
        fit={CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "The data changes often: models must be retrained often, which is cheap for "
            "simple or adapted models and expensive for large custom networks",
        ),
        source="essay_not_good_idea",
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
            "rules",
            "The team has trained and run neural networks in production",
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
    # Custom deep learning needs every one of these; each one missing outweighs what the
    # others add, so the path can only lead when all of them hold.
    FitRule(
        id="custom-needs-large-data",
        when=none_of("data_volume", *CUSTOM_NEEDS["data_volume"]),
        fit={CDL: -CUSTOM_GATE},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Custom networks need hundreds of thousands of labelled examples or more (a rule "
            "of thumb), and the answers do not show that many; with fewer, adapting a "
            "pretrained model or a classical model wins",
        ),
        source="rot_custom_data",
    ),
    FitRule(
        id="custom-needs-deep-learning-team",
        when=none_of("ml_skills", *CUSTOM_NEEDS["ml_skills"]),
        fit={CDL: -CUSTOM_GATE},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Custom networks need a team that has trained and run them in production, and the "
            "answers do not show one; a first deep learning project built from scratch bites "
            "off more than it can chew",
        ),
        source="essay_sharks",
    ),
    FitRule(
        id="custom-needs-gpus",
        when=none_of("compute", *CUSTOM_NEEDS["compute"]),
        fit={CDL: -CUSTOM_GATE},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Training networks of your own needs dedicated GPUs, bought or reserved, and the "
            "answers do not show any; they are a large part of the cost",
        ),
        source="strubell2019",
    ),
    FitRule(
        id="custom-needs-budget",
        when=none_of("budget", *CUSTOM_NEEDS["budget"]),
        fit={CDL: -CUSTOM_GATE},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Custom deep learning needs about $250,000 a year or more for people and compute "
            "(a rule of thumb), and the answers do not show that budget; below it, deep "
            "learning is an over-investment",
        ),
        source="rot_custom_budget",
    ),
    FitRule(
        id="custom-needs-time",
        when=none_of("timeline", *CUSTOM_NEEDS["timeline"]),
        fit={CDL: -CUSTOM_GATE},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Collecting data for, training and hardening a network of your own takes more than "
            "six months (a rule of thumb), and the answers do not show that much time",
        ),
        source="rot_custom_time",
    ),
    FitRule(
        id="custom-needs-quality-edge",
        when=none_of("accuracy_differentiation", *CUSTOM_NEEDS["accuracy_differentiation"]),
        fit={CDL: -CUSTOM_GATE},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Custom networks pay for their cost only where model quality is the competitive "
            "edge, and the answers do not show that it is",
        ),
        source="essay_simplify",
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

BLOCKERS: tuple[BlockerRule, ...] = (
    BlockerRule(
        id="no-use-case",
        when=any_of("use_case_clarity", "exploring"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No use case yet: choose one business problem, its stakeholders and a measurable "
            "outcome before choosing any technology",
        ),
        source="essay_sharks",
    ),
    BlockerRule(
        id="no-success-measure",
        when=any_of("use_case_clarity", "problem_defined"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No success measure is defined yet: agree on the business KPI and today's "
            "baseline before modelling",
        ),
        source="zinkevich",
    ),
    BlockerRule(
        id="no-data",
        when=any_of("data_access", "not_collected"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "The data is not collected yet: no path can be built or tested until it is",
        ),
        source="zinkevich",
    ),
    BlockerRule(
        id="no-sponsor",
        when=any_of("sponsorship", "none"),
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No executive sponsor: find an owner for the outcome and the budget, or the "
            "pilot will stay a pilot",
        ),
        source="essay_sharks",
    ),
    BlockerRule(
        id="no-labels",
        when={
            **any_of("label_status", "unlabelled"),
            **none_of("pretrained_options", "api_available"),
        },
        text=QT_TRANSLATE_NOOP(
            "blockers",
            "No labelled examples: plan and budget the labelling (at least 10 per label to "
            "start, about 1,000 recommended) before training anything",
        ),
        source="automl_data",
    ),
)

READINESS_CAPS: tuple[ReadinessCap, ...] = (
    ReadinessCap(
        id="cap-no-use-case",
        when=any_of("use_case_clarity", "exploring"),
        limit=34,
        text=QT_TRANSLATE_NOOP("caps", "Without a use case the organisation is not ready"),
        source="zinkevich",
    ),
    ReadinessCap(
        id="cap-no-data",
        when=any_of("data_access", "not_collected"),
        limit=34,
        text=QT_TRANSLATE_NOOP("caps", "Without data the organisation is not ready"),
        source="zinkevich",
    ),
)
