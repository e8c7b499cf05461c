"""The questions about the data: how many examples, their labels and who can label them."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Question, options

QUESTIONS: tuple[Question, ...] = (
    Question(
        id="data_volume",
        label=QT_TRANSLATE_NOOP("questions", "Labelled examples"),
        section="data",
        text=QT_TRANSLATE_NOOP("questions", "How many labelled examples exist?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "A labelled example is a record where the right answer is known: a past loan and "
            "whether it was repaid, an image and what it shows. Count examples, not rows of "
            "raw data.",
        ),
        options=options(
            ("lt_1k", QT_TRANSLATE_NOOP("questions", "Fewer than 1,000"), ""),
            ("1k_10k", QT_TRANSLATE_NOOP("questions", "1,000 to 10,000"), ""),
            ("10k_100k", QT_TRANSLATE_NOOP("questions", "10,000 to 100,000"), ""),
            ("100k_1m", QT_TRANSLATE_NOOP("questions", "100,000 to 1 million"), ""),
            ("gt_1m", QT_TRANSLATE_NOOP("questions", "More than 1 million"), ""),
        ),
        ladder=("lt_1k", "1k_10k", "10k_100k", "100k_1m", "gt_1m"),
    ),
    Question(
        id="label_status",
        label=QT_TRANSLATE_NOOP("questions", "Labels"),
        section="data",
        text=QT_TRANSLATE_NOOP("questions", "Are the examples labelled?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Labels are the right answers the model learns from. Outcomes recorded by your "
            "systems (paid or defaulted, cancelled or stayed) are labels already; tagging "
            "images or texts by hand costs time and money.",
        ),
        options=options(
            ("labelled", QT_TRANSLATE_NOOP("questions", "Yes, the right answers are recorded"), ""),
            ("partial", QT_TRANSLATE_NOOP("questions", "Some of them"), ""),
            ("unlabelled", QT_TRANSLATE_NOOP("questions", "No, they would have to be labelled"), ""),
        ),
        ladder=("unlabelled", "partial", "labelled"),
    ),
    Question(
        id="label_source",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Where the right answers come from"),
        section="data",
        text=QT_TRANSLATE_NOOP("questions", "Where do the right answers in the examples come from?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "A model copies whatever its examples call right. Measured outcomes (the loan was "
            "repaid, the machine failed) are facts. Past decisions by people (who was hired, "
            "which claims were flagged) also record those people's habits and biases, and a "
            "model trained on them repeats both.",
        ),
        options=options(
            ("measured_outcomes", QT_TRANSLATE_NOOP("questions", "What actually happened"),
             QT_TRANSLATE_NOOP("questions", "Repaid or defaulted, failed or ran, churned or stayed, units sold.")),
            ("human_decisions", QT_TRANSLATE_NOOP("questions", "Past decisions made by people"),
             QT_TRANSLATE_NOOP("questions", "Who was hired, approved, flagged or promoted.")),
            ("expert_review", QT_TRANSLATE_NOOP("questions", "Specialists labelled them for this purpose"),
             QT_TRANSLATE_NOOP("questions", "Doctors, lawyers or engineers reviewed each example against agreed criteria.")),
            ("none_yet", QT_TRANSLATE_NOOP("questions", "No right answers are recorded yet"), ""),
        ),
    ),
    Question(
        id="label_expertise",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Who can label examples"),
        section="data",
        text=QT_TRANSLATE_NOOP("questions", "Who can label or check the examples?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Labelling costs what the labeller's hour costs. Anyone can tell a dented can "
            "from a good one in a second; reading a scan or a contract takes a doctor or a "
            "lawyer, is slow and expensive, and limits how many examples you can get.",
        ),
        options=options(
            ("anyone", QT_TRANSLATE_NOOP("questions", "Anyone, after short instructions"),
             QT_TRANSLATE_NOOP("questions", "Any staff member or crowd workers.")),
            ("trained_staff", QT_TRANSLATE_NOOP("questions", "Staff with domain training"),
             QT_TRANSLATE_NOOP("questions", "Claims handlers, support agents, quality inspectors.")),
            ("experts", QT_TRANSLATE_NOOP("questions", "Scarce specialists"),
             QT_TRANSLATE_NOOP("questions", "Doctors, lawyers, engineers.")),
        ),
    ),
    Question(
        id="data_access",
        label=QT_TRANSLATE_NOOP("questions", "Access to the data"),
        section="data",
        text=QT_TRANSLATE_NOOP("questions", "Can the team use the data today?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Data that exists in five systems, owned by five departments, is months of "
            "integration work before any model. Data not yet collected means the project "
            "starts with collecting it.",
        ),
        options=options(
            ("ready", QT_TRANSLATE_NOOP("questions", "Yes: in one place and documented"), ""),
            ("scattered", QT_TRANSLATE_NOOP("questions", "It exists, spread across systems"),
             QT_TRANSLATE_NOOP("questions", "It needs integration before anyone can use it.")),
            ("not_collected", QT_TRANSLATE_NOOP("questions", "It is not collected yet"), ""),
        ),
        ladder=("not_collected", "scattered", "ready"),
    ),
    Question(
        id="data_drift",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Change in the data"),
        section="data",
        text=QT_TRANSLATE_NOOP("questions", "How fast does the data change?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "A model learns the world as it was. Seasonal sales, new products, new fraud "
            "tricks or breaking news make yesterday's model wrong tomorrow unless it is "
            "watched and retrained.",
        ),
        options=options(
            ("stable", QT_TRANSLATE_NOOP("questions", "Stable"),
             QT_TRANSLATE_NOOP("questions", "Next year's data will look like last year's.")),
            ("changing", QT_TRANSLATE_NOOP("questions", "Changing slowly or with the seasons"), ""),
            ("volatile", QT_TRANSLATE_NOOP("questions", "Changing often and unpredictably"), ""),
        ),
        ladder=("volatile", "changing", "stable"),
    ),
)
