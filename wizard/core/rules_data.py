"""Fit rules about the kind of data and what the system produces.

Each rule names its source; weights are points of raw fit per path (rulebook.py explains the
arithmetic). A text says what the rule holds and never more than its source supports.
"""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.rulemodel import FitRule, any_of, none_of

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

UNSTRUCTURED = ("text", "image", "audio", "video", "multimodal")
LARGE_DATA = ("100k_1m", "gt_1m")
SMALL_DATA = ("lt_1k", "1k_10k")
# Tasks that today's general language and vision models do without training labels.
FOUNDATION_TASKS = ("extract", "answer_questions", "generate")

DATA_RULES: tuple[FitRule, ...] = (
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
        id="small-table-foundation-model",
        when={**any_of("problem_class", "tabular"), **any_of("data_volume", *SMALL_DATA)},
        fit={CML: 5, CDL: -5},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "A small table: a pretrained tabular model (TabPFN) matched or beat tuned "
            "gradient boosting on tables of up to 10,000 rows; either learns from what you "
            "have, no network of your own is needed",
        ),
        source="hollmann2025",
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
        id="forecast-pretrained-baseline",
        when={**any_of("problem_class", "time_series"), **any_of("task", "forecast")},
        fit={CML: 5},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Pretrained time-series models forecast series they have never seen about as "
            "well as models trained on them: a cheap extra baseline, not a reason to build "
            "a network",
        ),
        source="ansari2024",
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
        id="answers-from-documents",
        when=any_of("task", "answer_questions"),
        fit={CML: -20, PRE: 35, CDL: -30},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "An assistant that answers from the organisation's own documents: retrieval "
            "with a pretrained language model is the established design, and there is no "
            "model to train first",
        ),
        source="lewis2020",
    ),
    FitRule(
        id="generation-foundation-models",
        when=any_of("task", "generate"),
        fit={CML: -20, PRE: 35, CDL: -30},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Drafting text, code, images or summaries is what general foundation models do, "
            "by API or with open weights; building a generator of one's own is for the few "
            "who build such models",
        ),
        source="azure_waf",
    ),
    FitRule(
        id="extraction-pretrained",
        when=any_of("task", "extract"),
        fit={CML: -10, PRE: 25, CDL: -20},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Pulling fields out of documents is sold as a service and done well by general "
            "language and vision models; measure their field accuracy on a labelled sample "
            "before trusting one",
        ),
        source="azure_waf",
    ),
    FitRule(
        id="text-no-model-from-scratch",
        when={
            **any_of("problem_class", "text"),
            **none_of("pretrained_options", "none_known"),
        },
        fit={CDL: -40},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Text: training a language model from scratch is almost never right; "
            "fine-tuning a pretrained one needs a fraction of the labelled data",
        ),
        source="ulmfit",
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
        id="generic-backbone",
        when={
            **any_of("problem_class", *UNSTRUCTURED),
            **any_of("pretrained_options", "none_known", "unsure"),
            **none_of("data_volume", *LARGE_DATA),
        },
        fit={PRE: 10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Even where nothing is known to do this exact task, a generic pretrained model of "
            "this kind of data exists, and with this much data it is the best starting point",
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
        when={**any_of("data_volume", *SMALL_DATA), **none_of("task", *FOUNDATION_TASKS)},
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
        id="small-data-foundation-task",
        when={**any_of("data_volume", *SMALL_DATA), **any_of("task", *FOUNDATION_TASKS)},
        fit={CDL: -10},
        text=QT_TRANSLATE_NOOP(
            "rules",
            "Few examples: far too few to train a network, but enough for an evaluation set; "
            "a general model steered by instructions needs no training labels",
        ),
        source="lewis2020",
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
)
