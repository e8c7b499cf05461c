"""The questions about budget, infrastructure and people."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Question, options

QUESTIONS: tuple[Question, ...] = (
    Question(
        id="budget",
        label=QT_TRANSLATE_NOOP("questions", "Yearly budget"),
        section="infrastructure",
        text=QT_TRANSLATE_NOOP("questions", "What is the yearly budget for this initiative?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "People and computing together, in US dollars or the equivalent. One experienced "
            "machine learning engineer costs much of the lowest band on their own.",
        ),
        options=options(
            ("lt_50k", QT_TRANSLATE_NOOP("questions", "Less than $50,000"), ""),
            ("50k_250k", QT_TRANSLATE_NOOP("questions", "$50,000 to $250,000"), ""),
            ("250k_1m", QT_TRANSLATE_NOOP("questions", "$250,000 to $1 million"), ""),
            ("gt_1m", QT_TRANSLATE_NOOP("questions", "More than $1 million"), ""),
        ),
        ladder=("lt_50k", "50k_250k", "250k_1m", "gt_1m"),
    ),
    Question(
        id="compute",
        label=QT_TRANSLATE_NOOP("questions", "Computing"),
        section="infrastructure",
        text=QT_TRANSLATE_NOOP("questions", "What computing can the team use?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Training neural networks needs graphics processors (GPUs): owned, reserved, or "
            "rented by the hour from a cloud. Classical models and calls to a service run on "
            "ordinary computers.",
        ),
        options=options(
            ("laptops", QT_TRANSLATE_NOOP("questions", "Laptops and office servers"), ""),
            ("cloud", QT_TRANSLATE_NOOP("questions", "General cloud services"),
             QT_TRANSLATE_NOOP("questions", "GPUs can be rented there by the hour.")),
            ("gpu", QT_TRANSLATE_NOOP("questions", "Dedicated GPUs"),
             QT_TRANSLATE_NOOP("questions", "On our premises or reserved in a cloud.")),
        ),
        ladder=("laptops", "cloud", "gpu"),
    ),
    Question(
        id="deployment",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Use of the predictions"),
        section="infrastructure",
        text=QT_TRANSLATE_NOOP("questions", "How will the predictions be used?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "A nightly report can wait for a large model; a checkout page cannot, and a "
            "camera on a production line without a network must answer on the device itself.",
        ),
        options=options(
            ("batch", QT_TRANSLATE_NOOP("questions", "In reports or overnight runs"), ""),
            ("interactive", QT_TRANSLATE_NOOP("questions", "Answers within seconds"),
             QT_TRANSLATE_NOOP("questions", "In an application people use.")),
            ("edge_realtime", QT_TRANSLATE_NOOP("questions", "In milliseconds, or on devices without a network"), ""),
        ),
    ),
    Question(
        id="volume",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Volume once live"),
        section="infrastructure",
        text=QT_TRANSLATE_NOOP("questions", "How many predictions or requests a month, once live?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Count every answer, prediction or generated text the system gives in a normal "
            "month. Paid services charge per request, so volume decides what they cost; a few "
            "thousand requests a month cost little whichever way they are served.",
        ),
        options=options(
            ("lt_10k", QT_TRANSLATE_NOOP("questions", "Fewer than 10,000 a month"), ""),
            ("10k_1m", QT_TRANSLATE_NOOP("questions", "10,000 to 1 million a month"), ""),
            ("1m_100m", QT_TRANSLATE_NOOP("questions", "1 million to 100 million a month"), ""),
            ("gt_100m", QT_TRANSLATE_NOOP("questions", "More than 100 million a month"), ""),
        ),
    ),
    Question(
        id="timeline",
        label=QT_TRANSLATE_NOOP("questions", "Time to production"),
        section="infrastructure",
        text=QT_TRANSLATE_NOOP("questions", "When must the first version be in production?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Collecting data, building, testing and putting a first model in front of users "
            "takes months; custom deep learning rarely ships in less than six.",
        ),
        options=options(
            ("lt_3m", QT_TRANSLATE_NOOP("questions", "Within 3 months"), ""),
            ("3_6m", QT_TRANSLATE_NOOP("questions", "In 3 to 6 months"), ""),
            ("6_12m", QT_TRANSLATE_NOOP("questions", "In 6 to 12 months"), ""),
            ("gt_12m", QT_TRANSLATE_NOOP("questions", "In more than a year"), ""),
        ),
        ladder=("lt_3m", "3_6m", "6_12m", "gt_12m"),
    ),
    Question(
        id="ml_skills",
        label=QT_TRANSLATE_NOOP("questions", "Machine learning skills"),
        section="people",
        text=QT_TRANSLATE_NOOP("questions", "What are the strongest machine learning skills in house?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Count the people who will do the work, today. A team that has put classical "
            "models into production can adapt pretrained models; building neural networks "
            "from scratch needs people who have trained and run them in production before.",
        ),
        options=options(
            ("none", QT_TRANSLATE_NOOP("questions", "None"), ""),
            ("analysts", QT_TRANSLATE_NOOP("questions", "Analysts"),
             QT_TRANSLATE_NOOP("questions", "Business intelligence, spreadsheets, some scripting.")),
            ("data_scientists", QT_TRANSLATE_NOOP("questions", "Data scientists"),
             QT_TRANSLATE_NOOP("questions", "Classical machine learning in production.")),
            ("deep_learning", QT_TRANSLATE_NOOP("questions", "Deep learning engineers"),
             QT_TRANSLATE_NOOP("questions", "Have trained and run neural networks in production.")),
        ),
        ladder=("none", "analysts", "data_scientists", "deep_learning"),
    ),
    Question(
        id="sponsorship",
        label=QT_TRANSLATE_NOOP("questions", "Executive sponsor"),
        section="people",
        text=QT_TRANSLATE_NOOP("questions", "Is there an executive sponsor?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "A sponsor owns the outcome, defends the budget and makes other departments share "
            "their data. Without one, pilots tend to stay pilots.",
        ),
        options=options(
            ("committed", QT_TRANSLATE_NOOP("questions", "Yes: owner and budget agreed"), ""),
            ("interested", QT_TRANSLATE_NOOP("questions", "An executive is interested"), ""),
            ("none", QT_TRANSLATE_NOOP("questions", "No"), ""),
        ),
        ladder=("none", "interested", "committed"),
    ),
)
