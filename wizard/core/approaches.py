"""The approach library: the concrete first thing to build on each path, and when.

Each path lists its approaches in order of preference; the first whose condition holds is the
approach, and each path ends with one that always holds. An approach says what simple
baseline the first version must beat and how to decide after the pilot; `labels` says how it
uses recorded right answers, `black_box` whether its individual decisions can be explained.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

from wizard.core.answerbits import encode
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.rulemodel import Condition, any_of
from wizard.core.rules_context import PAST_DECISION_AREAS
from wizard.core.sources import SOURCES

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

LabelUse = Literal["none", "checked", "learned"]


class ApproachRule(BaseModel):
    """One approach of the library, with the conditions under which it is chosen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    path: PathId
    when_any: tuple[Condition, ...] = ()
    unless: tuple[Condition, ...] = ()
    verdicts: frozenset[str] = frozenset()
    text: str
    pilot: str
    baseline: str
    go_no_go: str
    labels: LabelUse
    black_box: bool
    risk: str | None = None
    risk_source: str | None = None

    def holds(self, bits: int, verdict: str) -> bool:
        """Whether this approach is chosen for answers encoded by `answerbits.encode` and this
        verdict."""
        if self.verdicts and verdict not in self.verdicts:
            return False
        if self.when_any and not any(c.holds(bits) for c in self.when_any):
            return False
        return not any(c.holds(bits) for c in self.unless)


def _when(**parts: tuple[str, ...]) -> Condition:
    when: dict[str, frozenset[str]] = {}
    for qid, values in parts.items():
        when.update(any_of(qid, *values))
    return Condition(when=when)


# Labels that are past decisions about people, in areas where a model must not learn from
# them alone (they carry the decision-makers' bias).
PAST_DECISIONS = _when(
    decision_area=PAST_DECISION_AREAS,
    label_source=("human_decisions",),
    people_impact=("high", "some"),
)

_INTERPRETABLE = {
    "text": QT_TRANSLATE_NOOP(
        "approaches",
        "A scorecard, logistic regression, additive model or shallow tree: every individual "
        "decision can be explained to the person and to an auditor",
    ),
    "pilot": QT_TRANSLATE_NOOP("approaches", "an interpretable scoring model"),
    "baseline": QT_TRANSLATE_NOOP(
        "approaches",
        "Today's rule or manual decision on the same cases, with gradient boosting as a "
        "yardstick of the accuracy given up for transparency",
    ),
    "go_no_go": QT_TRANSLATE_NOOP(
        "approaches",
        "Go if it meets the agreed measure on a later period it never saw, the reviewers "
        "accept its reasons, and no group fares worse than under today's process",
    ),
}

APPROACHES: tuple[ApproachRule, ...] = (
    ApproachRule(
        id="heuristic_first",
        path=CML,
        verdicts=frozenset({"not_yet"}),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "Transparent rules or a points system on published criteria, run while the use "
            "case, the data and the success measure are put in place; record the outcomes "
            "they see",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "transparent rules"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "Today's way of deciding, written down and measured"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Move to a model only when the rules run, the data is being collected and a model "
            "beats the rules on the agreed measure",
        ),
        labels="none",
        black_box=False,
    ),
    ApproachRule(
        id="interpretable_model",
        path=CML,
        when_any=(PAST_DECISIONS,),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "An interpretable scorecard built from published criteria: past decisions only "
            "test it, and any weights are fitted to outcomes reviewed for this purpose, never "
            "to past decisions alone",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "an interpretable scorecard on published criteria"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches",
            "Today's criteria written down as a points system and scored on past cycles",
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go only if it beats the points system on the agreed measure in later cycles it "
            "never saw, selection rates by group stay within the agreed tolerance, reviewers "
            "can repeat its reasons and counsel signs off; otherwise keep the points system",
        ),
        labels="checked",
        black_box=False,
    ),
    ApproachRule(
        id="interpretable_model",
        path=CML,
        when_any=(
            _when(explainability=("required",)),
            _when(decision_area=("credit_insurance",), people_impact=("high",)),
        ),
        labels="learned",
        black_box=False,
        **_INTERPRETABLE,
    ),
    ApproachRule(
        id="statistical_forecasting",
        path=CML,
        when_any=(
            _when(task=("forecast",)),
            _when(problem_class=("time_series",), task=("unsure",)),
        ),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "Seasonal baselines, exponential smoothing and gradient boosting on lagged values "
            "and calendar features, with a pretrained time-series model as a further "
            "baseline",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a forecasting model with boosting on lags"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches",
            "Last season's value for the same period (a seasonal naive forecast) and today's "
            "planners' forecast",
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if, in a backtest that only sees data available at each forecast date, it "
            "beats both baselines on the agreed error measure for the items that matter most",
        ),
        labels="learned",
        black_box=True,
    ),
    ApproachRule(
        id="matrix_factorisation",
        path=CML,
        when_any=(_when(problem_class=("recommendation",)),),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "Well-tuned matrix factorisation of the interactions between users and items, "
            "with boosting to re-rank where item and user features matter",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "matrix factorisation recommendations"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "The most popular items for each segment of users"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if an online test beats the popularity baseline on the agreed measure",
        ),
        labels="learned",
        black_box=True,
    ),
    ApproachRule(
        id="text_features_linear",
        path=CML,
        when_any=(_when(problem_class=("text",)),),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "Word and phrase features with a linear model: fast, cheap and each decision "
            "traceable to the words that drove it",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a linear model on word features"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "Keyword rules or today's manual handling of the same texts"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it beats the keyword rules on the agreed measure on recent texts it never "
            "saw",
        ),
        labels="learned",
        black_box=False,
    ),
    ApproachRule(
        id="signal_features_boosting",
        path=CML,
        when_any=(
            _when(problem_class=("time_series", "audio", "image", "video", "multimodal")),
        ),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "Engineered features of the signal (levels, trends, rates of change, spectra) "
            "and gradient boosting",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "boosting on engineered signal features"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "The threshold rule or score the experts use today"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it beats today's rule on the agreed measure on periods and units it never "
            "saw, at a false-alarm rate the users accept",
        ),
        labels="learned",
        black_box=True,
    ),
    ApproachRule(
        id="tabular_foundation_model",
        path=CML,
        when_any=(_when(problem_class=("tabular",), data_volume=("lt_1k", "1k_10k")),),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "A pretrained tabular model (TabPFN or similar) that predicts from a few hundred "
            "to 10,000 rows without tuning, compared with gradient boosting",
        ),
        pilot=QT_TRANSLATE_NOOP(
            "approaches", "a tabular foundation model against gradient boosting"
        ),
        baseline=QT_TRANSLATE_NOOP(
            "approaches",
            "Gradient boosting and a logistic regression on the same rows, and today's rule "
            "of thumb",
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it beats both in cross-validation and on the newest cases, and the licence "
            "of its weights allows your use",
        ),
        labels="learned",
        black_box=True,
        risk=QT_TRANSLATE_NOOP(
            "approaches",
            "Check the licence of the model's weights: some tabular foundation models are "
            "licensed for non-commercial use only",
        ),
        risk_source="tabpfn_licence",
    ),
    ApproachRule(
        id="gradient_boosting",
        path=CML,
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "Gradient-boosted trees (LightGBM, XGBoost or CatBoost) on engineered features of "
            "the records",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a gradient boosting model"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "Today's rule or manual decision, and a logistic regression"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it beats both on the agreed measure on a later period it never saw, by a "
            "gain worth running it",
        ),
        labels="learned",
        black_box=True,
    ),
    ApproachRule(
        id="ready_product",
        path=PRE,
        when_any=(
            _when(
                decision_area=("health", "product_safety"),
                pretrained_options=("api_available",),
            ),
        ),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "A packaged product that does the task, certified (CE-marked) where the rules "
            "require it, run as a service or installed on site",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a certified product"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "Today's clinical or safety process, measured on the same cases"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if, on a sample of your own cases checked group by group, it meets the agreed "
            "measure and holds the certification your use requires",
        ),
        labels="none",
        black_box=True,
    ),
    ApproachRule(
        id="retrieval_augmented",
        path=PRE,
        when_any=(_when(task=("answer_questions",)),),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "An assistant that searches the organisation's own documents and has a language "
            "model answer only from the passages it found, citing them; the model by API "
            "under contract, or with open weights on your own machines",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "an assistant that answers from your documents"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches",
            "Today's search or help pages: how often their top results hold the answer",
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if, on a test set of real questions, it answers an agreed share correctly from "
            "the cited source or hands over to a person, resists attempts to misuse it, and "
            "beats the baseline in a live trial",
        ),
        labels="none",
        black_box=True,
    ),
    ApproachRule(
        id="self_hosted_open_model",
        path=PRE,
        when_any=(_when(data_residency=("on_premises_only",)),),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "An open-weights model run on your own machines, adapted with your own examples "
            "where it falls short",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "an open-weights model on your own machines"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "The best open model used as it is, and today's process"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it meets the agreed measure on your test set at the speed and running cost "
            "your own machines allow",
        ),
        labels="checked",
        black_box=True,
        risk=QT_TRANSLATE_NOOP(
            "approaches",
            "Someone must install, update, secure and monitor the model on your machines; "
            "budget for that work",
        ),
    ),
    ApproachRule(
        id="foundation_model_prompting",
        path=PRE,
        when_any=(_when(task=("generate",)),),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "A general language or vision model, by API or with open weights, steered by "
            "instructions and examples and measured on an evaluation set",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a general model steered by instructions"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches",
            "Today's manual work: the time per item and its quality as reviewers judge it",
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if reviewers accept an agreed share of its output on the evaluation set with "
            "light edits, and a live trial saves time without more errors",
        ),
        labels="none",
        black_box=True,
    ),
    ApproachRule(
        id="hosted_api",
        path=PRE,
        when_any=(_when(pretrained_options=("api_available",)),),
        text=QT_TRANSLATE_NOOP(
            "approaches", "A ready service that does the task, called from your own systems"
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a ready service"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "Today's process, and a second service on the same test set"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it meets the agreed measure on a test set of your own cases, at a price per "
            "request your volume affords and under data terms you accept",
        ),
        labels="none",
        black_box=True,
    ),
    ApproachRule(
        id="fine_tune_pretrained",
        path=PRE,
        when_any=(
            _when(
                label_status=("labelled", "partial"),
                data_volume=("1k_10k", "10k_100k", "100k_1m", "gt_1m"),
            ),
        ),
        unless=(PAST_DECISIONS,),
        text=QT_TRANSLATE_NOOP(
            "approaches", "An open pretrained model fine-tuned on your own labelled examples"
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "fine-tuning a pretrained model on your labels"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches",
            "A general model steered by instructions, and a simple model on engineered "
            "features",
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it beats both on held-out examples by a margin worth its upkeep",
        ),
        labels="learned",
        black_box=True,
    ),
    ApproachRule(
        id="foundation_model_prompting",
        path=PRE,
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "A general language or vision model, by API or with open weights, steered by "
            "instructions and examples and measured on an evaluation set",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a general model steered by instructions"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches", "Today's process, measured on the same evaluation set"
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Go if it meets the agreed measure on the evaluation set and a live trial confirms "
            "it",
        ),
        labels="none",
        black_box=True,
    ),
    ApproachRule(
        id="deep_recommender",
        path=CDL,
        when_any=(_when(problem_class=("recommendation",)),),
        unless=(PAST_DECISIONS,),
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "A deep recommender (candidate generation and ranking networks) trained on your "
            "interactions",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a deep recommender"),
        baseline=QT_TRANSLATE_NOOP("approaches", "Well-tuned matrix factorisation"),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Ship only if an online test beats matrix factorisation by the agreed margin at a "
            "serving cost you accept",
        ),
        labels="learned",
        black_box=True,
    ),
    ApproachRule(
        id="custom_network",
        path=CDL,
        text=QT_TRANSLATE_NOOP(
            "approaches",
            "A network of your own, designed and trained on your large labelled data, "
            "starting from a pretrained backbone where one fits",
        ),
        pilot=QT_TRANSLATE_NOOP("approaches", "a network of your own"),
        baseline=QT_TRANSLATE_NOOP(
            "approaches",
            "A fine-tuned pretrained model and gradient boosting on engineered features",
        ),
        go_no_go=QT_TRANSLATE_NOOP(
            "approaches",
            "Ship only if it beats the baseline by the agreed margin on data it never saw, at "
            "the speed and cost the deployment allows",
        ),
        labels="learned",
        black_box=True,
    ),
)

for _approach in APPROACHES:
    if _approach.risk_source is not None and _approach.risk_source not in SOURCES:
        raise ValueError(f"approach {_approach.id} cites unknown source {_approach.risk_source}")


def select_each(answers: Mapping[str, str], verdict: str) -> dict[PathId, ApproachRule]:
    """For every path, the first of its approaches whose conditions hold."""
    bits = encode(answers)
    chosen: dict[PathId, ApproachRule] = {}
    for approach in APPROACHES:
        if approach.path not in chosen and approach.holds(bits, verdict):
            chosen[approach.path] = approach
    missing = [path.value for path in PathId if path not in chosen]
    if missing:  # every path ends with a default
        raise LookupError(f"no approach of {', '.join(missing)} applies")
    return chosen
