"""The declared next steps that every plan draws on: the stop, the blockers, the data and the
contract's fixed ids (define-success-measure, baseline-first, regulatory-assessment,
evaluation-set; bias-audit is in steps_fitting with the other domain steps)."""

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

GENERAL_STEPS: tuple[StepRule, ...] = (
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
)
