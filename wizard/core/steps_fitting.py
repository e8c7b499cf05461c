"""Steps that fit the task, the residency, the domain and the path (declared data)."""

from __future__ import annotations

from wizard.core.declared import any_of, none_of, when
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.stepmodel import StepRule, Trigger
from wizard.core.steps_library import BIAS_AREAS, BUILDING, CDL, CML, PRE, SERVICE_APPROACHES

FITTING_STEPS: tuple[StepRule, ...] = (
    StepRule(
        id="forecast-backtest",
        when="30",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Set up a rolling backtest in time order, with features only from data available "
            "on each forecast date; include a seasonal baseline and a pretrained time-series "
            "model",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "Backtest errors for each baseline are reported by horizon"
        ),
        triggers=(Trigger(answers=when(any_of("task", "forecast"))),),
        unless=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="forecast-stock-outs",
        when="30",
        owner="data_owner",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Mark stock-outs, closures and other gaps in the history so they are not read as "
            "zero demand",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "Every gap in the history carries a flag the model can use"
        ),
        triggers=(Trigger(answers=when(any_of("task", "forecast"))),),
    ),
    StepRule(
        id="shortlist-services",
        when="30",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Shortlist two or three services, run each on the evaluation set, and compare "
            "their price at your volume and their data terms",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "A comparison table with scores, yearly price and terms per service"
        ),
        triggers=(
            Trigger(paths=frozenset({PRE}), approaches=SERVICE_APPROACHES,
                    answers=when(none_of("data_residency", "on_premises_only"))),
        ),
    ),
    StepRule(
        id="shortlist-open-models",
        when="30",
        owner="it",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Shortlist open-weights models that run on your own machines, check their "
            "licences, and size the hardware to run them",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "Two candidate models run on your hardware and are scored on the set"
        ),
        triggers=(
            Trigger(paths=frozenset({PRE}),
                    answers=when(any_of("data_residency", "on_premises_only"))),
        ),
    ),
    StepRule(
        id="medical-device-pathway",
        when="30",
        owner="legal",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Decide between building a medical device (CE marking through a notified body) "
            "and buying a CE-marked product for this intended use",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The route, its class under Rule 11 and its cost are agreed"
        ),
        triggers=(Trigger(regulation=frozenset({"medical_device"})),),
    ),
    StepRule(
        id="impact-assessment",
        when="30",
        owner="legal",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Carry out a data protection impact assessment and design the human review of "
            "each decision",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The assessment is signed and the review step is in the process design"
        ),
        triggers=(Trigger(regulation=frozenset({"gdpr_automated_decision"})),),
    ),
    StepRule(
        id="skills-gap",
        when="30",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Bring in the skills the path needs for the pilot: a contractor or a hire who has "
            "built such a system before",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The person is named and starts within the pilot's first month"
        ),
        triggers=(
            Trigger(paths=frozenset({CML}), answers=when(any_of("ml_skills", "none"))),
            Trigger(paths=frozenset({CDL}), answers=when(none_of("ml_skills", "deep_learning"))),
        ),
        unless=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="agree-compute-budget",
        when="30",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Agree a budget and a monthly cap for rented GPUs before training starts",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The cap is set in the cloud account and the budget is approved"
        ),
        triggers=(
            Trigger(paths=frozenset({CDL}),
                    answers=when(any_of("budget", "lt_50k", "50k_250k", "unsure"),
                                 none_of("compute", "gpu"))),
        ),
    ),
    StepRule(
        id="bias-audit",
        when="60",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Audit outcomes by group: compare error and selection rates of the model and of "
            "today's process for each group affected",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "An audit report shows each group's rates, with gaps explained or fixed"
        ),
        triggers=(
            Trigger(answers=when(any_of("people_impact", "high"))),
            Trigger(answers=when(any_of("decision_area", *BIAS_AREAS))),
            Trigger(regulation=frozenset({"eu_ai_act_high_risk"})),
        ),
    ),
    StepRule(
        id="clinical-validation",
        when="60",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Validate on your own patients in silent mode, by patient group and site, before "
            "any output reaches clinicians",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps",
            "A validation report with sensitivity, false alarms and calibration per group is "
            "approved by the clinical lead",
        ),
        triggers=(Trigger(answers=when(any_of("decision_area", "health"))),),
        unless=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="ai-act-conformity",
        when="60",
        owner="legal",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Plan the AI Act's high-risk duties: risk management, data governance, technical "
            "documentation, logging, human oversight, conformity assessment and registration",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "A conformity plan with owners and dates is approved before any live use"
        ),
        triggers=(Trigger(regulation=frozenset({"eu_ai_act_high_risk"})),),
    ),
    StepRule(
        id="transparency-notice",
        when="60",
        owner="it",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Tell people they are dealing with an AI system at the first contact, and mark "
            "generated content",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The notice and the marking are in the product and checked by counsel"
        ),
        triggers=(Trigger(regulation=frozenset({"eu_ai_act_transparency"})),),
    ),
    StepRule(
        id="language-model-guardrails",
        when="60",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Add guardrails: answers only from sources with links, hand-over to a person when "
            "unsure, attack tests, logging and a weekly review of samples",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The evaluation set and an attack set pass the agreed thresholds"
        ),
        triggers=(
            Trigger(paths=frozenset({PRE, CDL}),
                    answers=when(any_of("task", "answer_questions", "generate"))),
        ),
        unless=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="model-compression",
        when="60",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Compress the model for the device (quantise, distil) and measure speed, memory "
            "and accuracy on the target hardware, with a fallback",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The model meets the time limit on the device with agreed accuracy"
        ),
        triggers=(
            Trigger(paths=frozenset({PRE, CDL}),
                    answers=when(any_of("deployment", "edge_realtime"))),
        ),
        unless=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="drift-monitoring",
        when="90",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Monitor accuracy and input data in production and set when to retrain",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "A dashboard alerts the team when accuracy or inputs move past a limit"
        ),
        triggers=(
            Trigger(answers=when(any_of("data_drift", "changing", "volatile")),
                    verdicts=BUILDING),
        ),
    ),
    StepRule(
        id="go-no-go",
        when="90",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Decide go or no-go on the pilot against the test agreed at the start",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The board has the pilot's results against the baseline and decides"
        ),
        triggers=(Trigger(verdicts=BUILDING),),
    ),
)
