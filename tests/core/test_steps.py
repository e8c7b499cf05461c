"""The next-steps library: the contract's fixed steps exactly when due, and steps that fit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.core.declared import allowed
from wizard.core.model import PathId
from wizard.core.stepmodel import DUE_ORDER
from wizard.core.steps import STEPS, PlanContext, plan

READ = sorted(
    {q for s in STEPS for t in (*s.triggers, *s.unless) for q in t.answers.answers}
    | {"use_case_clarity", "people_impact", "decision_area", "data_residency", "budget"}
)
BIAS_AREAS = {
    "employment", "credit_insurance", "education", "public_services", "law_justice_migration",
    "health", "biometrics", "emotion_recognition_work", "emotion_recognition",
}
REGULATION = ["eu_ai_act_prohibited", "eu_ai_act_high_risk", "eu_ai_act_transparency",
              "gdpr_automated_decision", "medical_device"]
BLOCKERS = ["no-use-case", "no-success-measure", "no-data", "no-sponsor", "no-labels"]
CONTEXTS = st.builds(
    PlanContext,
    answers=st.fixed_dictionaries({q: st.sampled_from(allowed(q)) for q in READ}),
    path=st.sampled_from(list(PathId)),
    approach=st.sampled_from([None, "gradient_boosting", "retrieval_augmented", "hosted_api",
                              "self_hosted_open_model", "custom_network"]),
    verdict=st.sampled_from(["stop", "not_yet", "fix_first", "go"]),
    regulation=st.frozensets(st.sampled_from(REGULATION)),
    blockers=st.frozensets(st.sampled_from(BLOCKERS)),
)


def ids(context: PlanContext) -> list[str]:
    return [step.id for step in plan(context)]


@given(CONTEXTS)
def test_the_contracts_fixed_steps_appear_exactly_when_due(context):
    found = set(ids(context))
    a, stop = context.answers, context.verdict == "stop"
    assert ("define-success-measure" in found) == (
        a["use_case_clarity"] != "metric_defined" and not stop
    )
    assert ("baseline-first" in found) == (context.verdict not in ("not_yet", "stop"))
    bias_due = (
        a["people_impact"] == "high"
        or a["decision_area"] in BIAS_AREAS
        or "eu_ai_act_high_risk" in context.regulation
    )
    assert ("bias-audit" in found) == (bias_due and not stop)
    assert ("regulatory-assessment" in found) == bool(context.regulation)
    assert ("evaluation-set" in found) == (
        context.path == PathId.PRETRAINED_OR_TRANSFER and not stop
    )


@given(CONTEXTS)
def test_steps_are_ordered_unique_and_fit_the_answers(context):
    steps = plan(context)
    assert len({s.id for s in steps}) == len(steps)
    dues = [DUE_ORDER.index(s.when) for s in steps]
    assert dues == sorted(dues)
    found = {s.id for s in steps}
    if context.answers["data_residency"] == "on_premises_only":
        assert not found & {"shortlist-services", "data-processing-agreement"}
    if context.answers["budget"] == "gt_1m":
        assert "agree-compute-budget" not in found


@given(CONTEXTS.filter(lambda c: c.verdict == "stop"))
def test_under_stop_nothing_prepares_building(context):
    allowed_under_stop = {s.id for s in STEPS if s.under_stop}
    assert set(ids(context)) <= allowed_under_stop
    assert "document-stop-decision" in ids(context)


def test_a_forecast_gets_forecasting_steps_not_a_classifier_recipe():
    context = PlanContext(answers={"task": "forecast"}, path=PathId.CLASSICAL_ML, verdict="go")
    assert {"forecast-backtest", "forecast-stock-outs"} <= set(ids(context))


def test_each_blocker_is_cleared_now():
    context = PlanContext(answers={}, path=PathId.CLASSICAL_ML, verdict="fix_first",
                          blockers=frozenset({"no-data", "no-sponsor", "no-labels"}))
    steps = {s.id: s for s in plan(context)}
    for step_id in ("clear-no-data", "clear-no-sponsor", "clear-no-labels"):
        assert steps[step_id].when == "now"


def test_health_and_language_models_get_their_own_steps():
    health = PlanContext(answers={"decision_area": "health"}, path=PathId.CLASSICAL_ML,
                         verdict="go", regulation=frozenset({"medical_device"}))
    assert {"clinical-validation", "medical-device-pathway"} <= set(ids(health))
    assistant = PlanContext(answers={"task": "answer_questions", "data_residency": "external_ok"},
                            path=PathId.PRETRAINED_OR_TRANSFER, approach="retrieval_augmented",
                            verdict="go", regulation=frozenset({"eu_ai_act_transparency"}))
    assert {"evaluation-set", "language-model-guardrails", "transparency-notice",
            "shortlist-services"} <= set(ids(assistant))


def test_every_step_is_complete_and_translated():
    for step in STEPS:
        assert step.text and step.done_when and step.owner, step.id
    context = PlanContext(answers={}, path=PathId.PRETRAINED_OR_TRANSFER, verdict="go")
    for step in plan(context, lambda c, t: f"<{c}>{t}"):
        assert step.text.startswith("<steps>") and step.done_when.startswith("<steps>")
