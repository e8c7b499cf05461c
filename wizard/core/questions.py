"""The question bank: every section, question, option and help text, declared once.

Pages, the PDF brief, the command line and the tests all read these declarations. Option ids
are the contract of the saved file (spec/assessment.md) and never change; labels and help
texts may.
"""

from __future__ import annotations

from types import MappingProxyType

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import UNSURE, Dimension, Option, Question, Readiness, Section

SECTIONS: tuple[Section, ...] = (
    Section(
        id="use_case",
        title=QT_TRANSLATE_NOOP("sections", "Use case"),
        intro=QT_TRANSLATE_NOOP(
            "sections",
            "Start with the business problem, not the technology: what should change, and "
            "how will you know it worked?",
        ),
    ),
    Section(
        id="problem",
        title=QT_TRANSLATE_NOOP("sections", "The problem"),
        intro=QT_TRANSLATE_NOOP(
            "sections",
            "What kind of data the problem is about decides most of the answer, and so does "
            "whether someone already sells or publishes a model that does the job.",
        ),
    ),
    Section(
        id="data",
        title=QT_TRANSLATE_NOOP("sections", "Data"),
        intro=QT_TRANSLATE_NOOP(
            "sections",
            "Models learn from examples where the right answer is known. How many there are, "
            "and whether the team can reach them, matters more than the algorithm.",
        ),
    ),
    Section(
        id="infrastructure",
        title=QT_TRANSLATE_NOOP("sections", "Budget and infrastructure"),
        intro=QT_TRANSLATE_NOOP(
            "sections",
            "Deep learning costs money to train and to run. These answers say what the "
            "initiative can afford and how fast it has to deliver.",
        ),
    ),
    Section(
        id="people",
        title=QT_TRANSLATE_NOOP("sections", "People"),
        intro=QT_TRANSLATE_NOOP(
            "sections",
            "Competence is built project by project. Be honest about the skills you have "
            "today, not the ones you plan to hire.",
        ),
    ),
    Section(
        id="risk",
        title=QT_TRANSLATE_NOOP("sections", "Risk and governance"),
        intro=QT_TRANSLATE_NOOP(
            "sections",
            "Where data may go, who is affected by the predictions and who must understand "
            "them: these constraints rule some paths out.",
        ),
    ),
)


def _options(*pairs: tuple[str, str, str]) -> tuple[Option, ...]:
    return tuple(Option(id=oid, label=label, help=text) for oid, label, text in pairs)


_QUESTIONS: tuple[Question, ...] = (
    Question(
        id="use_case_clarity",
        label=QT_TRANSLATE_NOOP("questions", "Use case and success measure"),
        section="use_case",
        text=QT_TRANSLATE_NOOP("questions", "Is the business problem defined, with a success measure?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "A success measure is a number the business already tracks that the model should "
            "move, with today's value as the baseline: \"cut manual invoice handling from 12 "
            "to 4 minutes\", not \"use AI on invoices\".",
        ),
        options=_options(
            ("metric_defined", QT_TRANSLATE_NOOP("questions", "Defined, with a KPI and a baseline to beat"),
             QT_TRANSLATE_NOOP("questions", "Everyone agrees on the problem and on the number that shows success.")),
            ("problem_defined", QT_TRANSLATE_NOOP("questions", "Problem agreed, no success measure yet"),
             QT_TRANSLATE_NOOP("questions", "We know what to improve but not how to measure it.")),
            ("exploring", QT_TRANSLATE_NOOP("questions", "Still looking for a use case"),
             QT_TRANSLATE_NOOP("questions", "We want to find out where AI could help.")),
        ),
        readiness=Readiness(
            dimension=Dimension.STRATEGY, weight=3,
            values={"exploring": 10, "problem_defined": 60, "metric_defined": 100}, unsure=20,
        ),
        ladder=("exploring", "problem_defined", "metric_defined"),
    ),
    Question(
        id="accuracy_differentiation",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Importance of model quality"),
        section="use_case",
        text=QT_TRANSLATE_NOOP("questions", "How much does model quality matter to the business?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "If a few points of accuracy decide whether customers choose you (a search engine's "
            "ranking, a defect detector that is your product), quality is the edge. If a "
            "reasonable model already pays off (sorting mail, reading invoices), good enough "
            "is good enough.",
        ),
        options=_options(
            ("core", QT_TRANSLATE_NOOP("questions", "It is the product or our competitive edge"),
             QT_TRANSLATE_NOOP("questions", "Every point of accuracy is worth real money.")),
            ("important", QT_TRANSLATE_NOOP("questions", "Important, but not what sets us apart"),
             QT_TRANSLATE_NOOP("questions", "Better is worth paying for, within reason.")),
            ("good_enough", QT_TRANSLATE_NOOP("questions", "Good enough is good enough"),
             QT_TRANSLATE_NOOP("questions", "A reasonable, reliable model already pays off.")),
        ),
        readiness=Readiness(
            dimension=Dimension.STRATEGY, weight=1,
            values={"core": 90, "important": 90, "good_enough": 90}, unsure=30,
        ),
    ),
    Question(
        id="problem_class",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Kind of data"),
        section="problem",
        text=QT_TRANSLATE_NOOP("questions", "What kind of data and problem is it?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Pick the data the model would learn from. Records in tables (customers, "
            "transactions, machines) are tabular even when there are millions of rows; "
            "documents, photos, recordings and video are unstructured data.",
        ),
        options=_options(
            ("tabular", QT_TRANSLATE_NOOP("questions", "Records in tables"),
             QT_TRANSLATE_NOOP("questions", "Churn, credit risk, fraud, pricing, lead scoring.")),
            ("time_series", QT_TRANSLATE_NOOP("questions", "Forecasting over time"),
             QT_TRANSLATE_NOOP("questions", "Demand, sales, energy load or sensor readings by the hour or week.")),
            ("text", QT_TRANSLATE_NOOP("questions", "Text"),
             QT_TRANSLATE_NOOP("questions", "Emails, tickets, contracts, reviews, chat.")),
            ("image", QT_TRANSLATE_NOOP("questions", "Images"),
             QT_TRANSLATE_NOOP("questions", "Photos, scans, documents as images, medical or industrial imaging.")),
            ("audio", QT_TRANSLATE_NOOP("questions", "Audio"),
             QT_TRANSLATE_NOOP("questions", "Speech, calls, dictation, machine sounds.")),
            ("video", QT_TRANSLATE_NOOP("questions", "Video"),
             QT_TRANSLATE_NOOP("questions", "Camera feeds, recorded footage.")),
            ("recommendation", QT_TRANSLATE_NOOP("questions", "Recommendations and ranking"),
             QT_TRANSLATE_NOOP("questions", "Which product, article or offer to show to whom.")),
            ("multimodal", QT_TRANSLATE_NOOP("questions", "Several kinds together"),
             QT_TRANSLATE_NOOP("questions", "For example images with text, or records with documents.")),
        ),
    ),
    Question(
        id="pretrained_options",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Existing services and models"),
        section="problem",
        text=QT_TRANSLATE_NOOP("questions", "Does something already exist that does the job, or nearly?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Many tasks are sold as a ready service: reading text from documents (OCR), "
            "translation, speech-to-text, recognising common objects, sentiment. Open "
            "pretrained models cover many more and can be adapted with your own examples. "
            "If you are not sure, answer \"Don't know\": the wizard assumes a generic "
            "pretrained model exists for text, images, audio and video.",
        ),
        options=_options(
            ("api_available", QT_TRANSLATE_NOOP("questions", "A commercial or cloud service does this task"),
             QT_TRANSLATE_NOOP("questions", "OCR, translation, speech-to-text, object detection, sentiment.")),
            ("pretrained_model", QT_TRANSLATE_NOOP("questions", "Open pretrained models exist for a similar task"),
             QT_TRANSLATE_NOOP("questions", "They would need adapting to our data.")),
            ("none_known", QT_TRANSLATE_NOOP("questions", "Nothing we know of: the task is new"),
             QT_TRANSLATE_NOOP("questions", "A new kind of sensor, signal or question.")),
        ),
    ),
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
        options=_options(
            ("lt_1k", QT_TRANSLATE_NOOP("questions", "Fewer than 1,000"), ""),
            ("1k_10k", QT_TRANSLATE_NOOP("questions", "1,000 to 10,000"), ""),
            ("10k_100k", QT_TRANSLATE_NOOP("questions", "10,000 to 100,000"), ""),
            ("100k_1m", QT_TRANSLATE_NOOP("questions", "100,000 to 1 million"), ""),
            ("gt_1m", QT_TRANSLATE_NOOP("questions", "More than 1 million"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.DATA, weight=2,
            values={"lt_1k": 25, "1k_10k": 55, "10k_100k": 75, "100k_1m": 90, "gt_1m": 100},
            unsure=20,
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
        options=_options(
            ("labelled", QT_TRANSLATE_NOOP("questions", "Yes, the right answers are recorded"), ""),
            ("partial", QT_TRANSLATE_NOOP("questions", "Some of them"), ""),
            ("unlabelled", QT_TRANSLATE_NOOP("questions", "No, they would have to be labelled"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.DATA, weight=2,
            values={"unlabelled": 15, "partial": 55, "labelled": 100}, unsure=20,
        ),
        ladder=("unlabelled", "partial", "labelled"),
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
        options=_options(
            ("ready", QT_TRANSLATE_NOOP("questions", "Yes: in one place and documented"), ""),
            ("scattered", QT_TRANSLATE_NOOP("questions", "It exists, spread across systems"),
             QT_TRANSLATE_NOOP("questions", "It needs integration before anyone can use it.")),
            ("not_collected", QT_TRANSLATE_NOOP("questions", "It is not collected yet"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.DATA, weight=3,
            values={"not_collected": 0, "scattered": 50, "ready": 100}, unsure=15,
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
        options=_options(
            ("stable", QT_TRANSLATE_NOOP("questions", "Stable"),
             QT_TRANSLATE_NOOP("questions", "Next year's data will look like last year's.")),
            ("changing", QT_TRANSLATE_NOOP("questions", "Changing slowly or with the seasons"), ""),
            ("volatile", QT_TRANSLATE_NOOP("questions", "Changing often and unpredictably"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.DATA, weight=1,
            values={"volatile": 40, "changing": 70, "stable": 100}, unsure=40,
        ),
        ladder=("volatile", "changing", "stable"),
    ),
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
        options=_options(
            ("lt_50k", QT_TRANSLATE_NOOP("questions", "Less than $50,000"), ""),
            ("50k_250k", QT_TRANSLATE_NOOP("questions", "$50,000 to $250,000"), ""),
            ("250k_1m", QT_TRANSLATE_NOOP("questions", "$250,000 to $1 million"), ""),
            ("gt_1m", QT_TRANSLATE_NOOP("questions", "More than $1 million"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.INFRASTRUCTURE, weight=2,
            values={"lt_50k": 30, "50k_250k": 65, "250k_1m": 85, "gt_1m": 100}, unsure=20,
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
            "Training neural networks on large data needs graphics processors (GPUs), bought "
            "or reserved in a cloud. Classical models and calls to a service run on ordinary "
            "computers.",
        ),
        options=_options(
            ("laptops", QT_TRANSLATE_NOOP("questions", "Laptops and office servers"), ""),
            ("cloud", QT_TRANSLATE_NOOP("questions", "General cloud services"), ""),
            ("gpu", QT_TRANSLATE_NOOP("questions", "Dedicated GPUs"),
             QT_TRANSLATE_NOOP("questions", "On our premises or reserved in a cloud.")),
        ),
        readiness=Readiness(
            dimension=Dimension.INFRASTRUCTURE, weight=2,
            values={"laptops": 35, "cloud": 80, "gpu": 100}, unsure=25,
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
        options=_options(
            ("batch", QT_TRANSLATE_NOOP("questions", "In reports or overnight runs"), ""),
            ("interactive", QT_TRANSLATE_NOOP("questions", "Answers within seconds"),
             QT_TRANSLATE_NOOP("questions", "In an application people use.")),
            ("edge_realtime", QT_TRANSLATE_NOOP("questions", "In milliseconds, or on devices without a network"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.INFRASTRUCTURE, weight=1,
            values={"batch": 90, "interactive": 75, "edge_realtime": 60}, unsure=35,
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
        options=_options(
            ("lt_3m", QT_TRANSLATE_NOOP("questions", "Within 3 months"), ""),
            ("3_6m", QT_TRANSLATE_NOOP("questions", "In 3 to 6 months"), ""),
            ("6_12m", QT_TRANSLATE_NOOP("questions", "In 6 to 12 months"), ""),
            ("gt_12m", QT_TRANSLATE_NOOP("questions", "In more than a year"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.STRATEGY, weight=1,
            values={"lt_3m": 45, "3_6m": 75, "6_12m": 90, "gt_12m": 90}, unsure=30,
        ),
        ladder=("lt_3m", "3_6m", "6_12m"),
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
        options=_options(
            ("none", QT_TRANSLATE_NOOP("questions", "None"), ""),
            ("analysts", QT_TRANSLATE_NOOP("questions", "Analysts"),
             QT_TRANSLATE_NOOP("questions", "Business intelligence, spreadsheets, some scripting.")),
            ("data_scientists", QT_TRANSLATE_NOOP("questions", "Data scientists"),
             QT_TRANSLATE_NOOP("questions", "Classical machine learning in production.")),
            ("deep_learning", QT_TRANSLATE_NOOP("questions", "Deep learning engineers"),
             QT_TRANSLATE_NOOP("questions", "Have trained and run neural networks in production.")),
        ),
        readiness=Readiness(
            dimension=Dimension.PEOPLE, weight=3,
            values={"none": 5, "analysts": 40, "data_scientists": 80, "deep_learning": 100},
            unsure=15,
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
        options=_options(
            ("committed", QT_TRANSLATE_NOOP("questions", "Yes: owner and budget agreed"), ""),
            ("interested", QT_TRANSLATE_NOOP("questions", "An executive is interested"), ""),
            ("none", QT_TRANSLATE_NOOP("questions", "No"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.STRATEGY, weight=2,
            values={"none": 10, "interested": 55, "committed": 100}, unsure=20,
        ),
        ladder=("none", "interested", "committed"),
    ),
    Question(
        id="data_residency",
        label=QT_TRANSLATE_NOOP("questions", "Where the data may go"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "May the data be sent to an outside provider?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Cloud services process your data on their servers. Health, financial and "
            "personal data often may not leave your premises, or only after anonymising or "
            "under a data processing agreement.",
        ),
        options=_options(
            ("external_ok", QT_TRANSLATE_NOOP("questions", "Yes"), ""),
            ("contracts_needed", QT_TRANSLATE_NOOP("questions", "Only after anonymising or under contract"), ""),
            ("on_premises_only", QT_TRANSLATE_NOOP("questions", "No: it must stay on our premises"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.GOVERNANCE, weight=1,
            values={"external_ok": 90, "contracts_needed": 90, "on_premises_only": 90}, unsure=25,
        ),
    ),
    Question(
        id="explainability",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Explaining decisions"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "Must individual decisions be explained?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "To customers, auditors or regulators: why was this loan refused, why was this "
            "claim flagged? Lending, insurance and health usually require it.",
        ),
        options=_options(
            ("required", QT_TRANSLATE_NOOP("questions", "Yes, it is required"), ""),
            ("helpful", QT_TRANSLATE_NOOP("questions", "It would help"), ""),
            ("not_needed", QT_TRANSLATE_NOOP("questions", "No"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.GOVERNANCE, weight=1,
            values={"required": 90, "helpful": 90, "not_needed": 90}, unsure=25,
        ),
    ),
    Question(
        id="people_impact",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Decisions about people"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "Do the predictions decide things about people?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Hiring, lending, health, insurance or prices for individuals. Models learn the "
            "biases of the past: Amazon scrapped a hiring model that had learned to downgrade "
            "women's CVs.",
        ),
        options=_options(
            ("high", QT_TRANSLATE_NOOP("questions", "Yes, they decide about individuals"), ""),
            ("some", QT_TRANSLATE_NOOP("questions", "Some: people are affected indirectly"), ""),
            ("none", QT_TRANSLATE_NOOP("questions", "No"), ""),
        ),
        readiness=Readiness(
            dimension=Dimension.GOVERNANCE, weight=1,
            values={"high": 90, "some": 90, "none": 90}, unsure=25,
        ),
    ),
)

QUESTIONS: MappingProxyType[str, Question] = MappingProxyType({q.id: q for q in _QUESTIONS})
QUESTION_IDS: tuple[str, ...] = tuple(QUESTIONS)
SECTION_IDS: tuple[str, ...] = tuple(section.id for section in SECTIONS)


def questions_in(section_id: str) -> tuple[Question, ...]:
    """The questions of one section, in the order they are asked."""
    return tuple(q for q in _QUESTIONS if q.section == section_id)


def section(section_id: str) -> Section:
    """The section with this id; KeyError when there is none."""
    for candidate in SECTIONS:
        if candidate.id == section_id:
            return candidate
    raise KeyError(section_id)


UNSURE_LABEL = QT_TRANSLATE_NOOP("questions", "Don't know")


def answer_label(question_id: str, answer: str) -> str:
    """The untranslated label of an answer, 'Don't know' included."""
    if answer == UNSURE:
        return UNSURE_LABEL
    return QUESTIONS[question_id].option(answer).label
