"""The risk library: risks that fit the case, with severity, mitigation, owner and source."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.core.declared import allowed
from wizard.core.model import PathId
from wizard.core.risks import RISKS, risks_for
from wizard.core.sources import SOURCES

CML, PRE, CDL = PathId.CLASSICAL_ML, PathId.PRETRAINED_OR_TRANSFER, PathId.CUSTOM_DEEP_LEARNING
READ = sorted({q for rule in RISKS for q in rule.questions} | {"problem_class"})
ANSWERS = st.fixed_dictionaries({q: st.sampled_from(allowed(q)) for q in READ})
APPROACHES = st.sampled_from(
    [None, "gradient_boosting", "tabular_foundation_model", "self_hosted_open_model",
     "retrieval_augmented", "custom_network"]
)


def by_id(answers, path=CML, approach=None):
    return {risk.id: risk for risk in risks_for(answers, path, approach)}


def test_hiring_cites_the_amazon_case_and_health_never_does():
    hiring = by_id({"decision_area": "employment", "people_impact": "high"})
    assert hiring["bias-hiring"].source == "dastin2018"
    assert hiring["bias-hiring"].severity == "high"
    xray = {"decision_area": "health", "problem_class": "image", "label_source": "human_decisions",
            "people_impact": "high"}
    cited = {risk.source for risk in risks_for(xray, PRE)}
    assert "dastin2018" not in cited
    assert {"obermeyer2019", "sjoding2020", "wong2021"} <= cited


def test_faces_cite_gender_shades():
    assert by_id({"decision_area": "biometrics"})["bias-faces"].source == "buolamwini2018"


def test_past_decisions_as_labels_are_a_high_risk_when_people_are_affected():
    answers = {"label_source": "human_decisions", "people_impact": "high",
               "decision_area": "credit_insurance"}
    assert by_id(answers)["labels-past-decisions"].severity == "high"
    low_stakes = {"label_source": "human_decisions", "people_impact": "none",
                  "decision_area": "none"}
    assert by_id(low_stakes)["labels-past-decisions"].severity == "medium"


def test_assistants_carry_liability_for_wrong_answers():
    answers = {"task": "answer_questions", "audience": "customers"}
    risks = by_id(answers, PRE, "retrieval_augmented")
    assert risks["confident-wrong-answers"].source == "moffatt2024"
    assert risks["confident-wrong-answers"].severity == "high"
    assert "prompt-injection" in risks


def test_forecasts_warn_of_censored_history_and_leaking_backtests():
    assert {"forecast-censored-history", "forecast-leakage"} <= set(by_id({"task": "forecast"}))


def test_devices_need_latency_and_fallback():
    assert by_id({"deployment": "edge_realtime"}, CDL)["latency"].severity == "high"


def test_fees_matter_at_volume_on_the_service_path_only():
    assert "fees-at-volume" in by_id({"volume": "1m_100m"}, PRE)
    assert "fees-at-volume" not in by_id({"volume": "lt_10k"}, PRE)
    assert "fees-at-volume" not in by_id({"volume": "gt_100m"}, CML)


def test_tabular_foundation_models_warn_of_their_licence():
    assert "weights-licence-tabular" in by_id({}, CML, "tabular_foundation_model")
    assert "weights-licence-tabular" not in by_id({}, CML, "gradient_boosting")


@given(ANSWERS, st.sampled_from(list(PathId)), APPROACHES)
def test_any_answers_give_complete_ordered_risks(answers, path, approach):
    risks = risks_for(answers, path, approach)
    assert len({r.id for r in risks}) == len(risks)
    order = ["high", "medium", "low"]
    ranks = [order.index(r.severity) for r in risks]
    assert ranks == sorted(ranks)
    for risk in risks:
        assert risk.text and risk.mitigation and risk.owner and risk.source in SOURCES
    if answers["decision_area"] != "employment" and answers["label_source"] != "human_decisions":
        assert all(r.source != "dastin2018" for r in risks)


def test_texts_and_mitigations_are_translated():
    risks = risks_for({"task": "forecast"}, CML, None, lambda c, t: f"<{c}>{t}")
    assert risks and all(r.text.startswith("<risks>") for r in risks)
    assert all(r.mitigation.startswith("<risks>") for r in risks)
