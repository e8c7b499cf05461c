"""The declared next steps: id, when, owner, what to do, how to tell it is done, and when.

The contract's fixed ids come first: define-success-measure, baseline-first, bias-audit,
regulatory-assessment, evaluation-set.
"""

from __future__ import annotations

from wizard.core.declared import any_of, none_of, when
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import PathId
from wizard.core.stepmodel import StepRule, Trigger

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING
BIAS_AREAS = (
    "employment", "credit_insurance", "education", "public_services", "law_justice_migration",
    "health", "biometrics", "emotion_recognition_work", "emotion_recognition",
)
SERVICE_APPROACHES = frozenset(
    {"hosted_api", "foundation_model_prompting", "retrieval_augmented", "ready_product"}
)
BUILDING = frozenset({"go", "fix_first"})

STEPS: tuple[StepRule, ...] = (
    StepRule(
        id="document-stop-decision",
        when="now",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Record the decision not to build or buy this system, with the legal reason, and "
            "stop any use already running",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The decision is minuted by the board and any running use is switched off"
        ),
        triggers=(Trigger(verdicts=frozenset({"stop"})),),
        under_stop=True,
    ),
    StepRule(
        id="regulatory-assessment",
        when="now",
        owner="legal",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Have counsel assess the rules listed here for this use: which apply, who is "
            "provider and deployer, and what each obliges",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "A written assessment names each applicable rule, its duties and dates"
        ),
        triggers=(Trigger(any_regulation=True),),
        under_stop=True,
    ),
    StepRule(
        id="define-success-measure",
        when="now",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Write down the business measure of success and today's value of it, with the "
            "people who will use the output",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The sponsor has signed off one measure, its current value and the target"
        ),
        triggers=(Trigger(answers=when(none_of("use_case_clarity", "metric_defined"))),),
    ),
    StepRule(
        id="redirect-use-case",
        when="30",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Put the budget to a lawful question instead, for example anonymous surveys of how "
            "people feel, with their representatives involved",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "An alternative use is chosen, or the budget is released"
        ),
        triggers=(Trigger(verdicts=frozenset({"stop"})),),
        under_stop=True,
    ),
    StepRule(
        id="clear-no-use-case",
        when="now",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Choose one business problem with an owner and the people affected, before "
            "choosing any technology",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "One problem, its owner and its users are named in writing"
        ),
        triggers=(Trigger(blockers=frozenset({"no-use-case"})),),
    ),
    StepRule(
        id="clear-no-sponsor",
        when="now",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps", "Find an executive who owns the outcome and the budget"
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "A named executive has agreed the budget and the measure of success"
        ),
        triggers=(Trigger(blockers=frozenset({"no-sponsor"})),),
    ),
    StepRule(
        id="clear-no-data",
        when="now",
        owner="data_owner",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Start collecting the data the use needs, with its consent and retention rules, "
            "while a simple rule runs",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "Data is being recorded daily in one place, with an owner"
        ),
        triggers=(Trigger(blockers=frozenset({"no-data"})),),
    ),
    StepRule(
        id="clear-no-labels",
        when="now",
        owner="data_owner",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Plan and budget the labelling: who labels, how many examples per label, and how "
            "disagreements are settled",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "A labelling plan with a budget and a first batch of labelled examples"
        ),
        triggers=(Trigger(blockers=frozenset({"no-labels"})),),
    ),
    StepRule(
        id="data-processing-agreement",
        when="now",
        owner="legal",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Sign a data processing agreement with the provider, or anonymise, before any "
            "data leaves the organisation",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The agreement is signed, or the anonymisation is tested"
        ),
        triggers=(
            Trigger(answers=when(any_of("data_residency", "contracts_needed")),
                    paths=frozenset({PRE})),
        ),
        unless=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="data-in-one-place",
        when="30",
        owner="data_owner",
        text=QT_TRANSLATE_NOOP(
            "steps", "Bring the data the pilot needs from its systems into one extract"
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "A repeatable extract with the agreed fields exists and is documented"
        ),
        triggers=(Trigger(answers=when(any_of("data_access", "scattered"))),),
    ),
    StepRule(
        id="heuristic-first",
        when="30",
        owner="sponsor",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Run the process with a transparent rule or report while the use case, data and "
            "measure are put in place",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The rule runs and its results are recorded against the measure"
        ),
        triggers=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="baseline-first",
        when="30",
        owner="ml_lead",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Measure the simple baseline the first version must beat (today's process or a "
            "simple rule) on the same data and measure",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The baseline's score on the agreed measure is written down"
        ),
        unless=(Trigger(verdicts=frozenset({"not_yet"})),),
    ),
    StepRule(
        id="evaluation-set",
        when="30",
        owner="data_owner",
        text=QT_TRANSLATE_NOOP(
            "steps",
            "Build an evaluation set: real cases with known right answers, including hard and "
            "out-of-scope ones, on which any model, service or product is measured",
        ),
        done_when=QT_TRANSLATE_NOOP(
            "steps", "The set is frozen, its answers checked by a second person, and used"
        ),
        triggers=(Trigger(paths=frozenset({PRE})),),
    ),
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
