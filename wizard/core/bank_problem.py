"""The questions about the use case and the problem: what it is for and what it produces."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Question, options

QUESTIONS: tuple[Question, ...] = (
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
        options=options(
            ("metric_defined", QT_TRANSLATE_NOOP("questions", "Defined, with a KPI and a baseline to beat"),
             QT_TRANSLATE_NOOP("questions", "Everyone agrees on the problem and on the number that shows success.")),
            ("problem_defined", QT_TRANSLATE_NOOP("questions", "Problem agreed, no success measure yet"),
             QT_TRANSLATE_NOOP("questions", "We know what to improve but not how to measure it.")),
            ("exploring", QT_TRANSLATE_NOOP("questions", "Still looking for a use case"),
             QT_TRANSLATE_NOOP("questions", "We want to find out where AI could help.")),
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
        options=options(
            ("core", QT_TRANSLATE_NOOP("questions", "It is the product or our competitive edge"),
             QT_TRANSLATE_NOOP("questions", "Every point of accuracy is worth real money.")),
            ("important", QT_TRANSLATE_NOOP("questions", "Important, but not what sets us apart"),
             QT_TRANSLATE_NOOP("questions", "Better is worth paying for, within reason.")),
            ("good_enough", QT_TRANSLATE_NOOP("questions", "Good enough is good enough"),
             QT_TRANSLATE_NOOP("questions", "A reasonable, reliable model already pays off.")),
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
        options=options(
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
        id="task",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "What the system produces"),
        section="problem",
        text=QT_TRANSLATE_NOOP("questions", "What should the system produce?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Name the output people will use, not the technique: a score for each customer, "
            "next month's forecast, a ranked list, things found in photos or calls, fields "
            "pulled out of documents, answers to questions from your own documents, or drafts "
            "that people edit.",
        ),
        options=options(
            ("score_or_classify", QT_TRANSLATE_NOOP("questions", "A category, score or number for each record"),
             QT_TRANSLATE_NOOP("questions", "Churn risk, a fraud flag, pass or fail, a price.")),
            ("forecast", QT_TRANSLATE_NOOP("questions", "Future values over time"),
             QT_TRANSLATE_NOOP("questions", "Next month's demand, tomorrow's energy load, cash flow.")),
            ("rank_or_recommend", QT_TRANSLATE_NOOP("questions", "An ordered list for each user or query"),
             QT_TRANSLATE_NOOP("questions", "Products to show, search results, a shortlist.")),
            ("recognise", QT_TRANSLATE_NOOP("questions", "Things found or labelled in images, sound, video or text"),
             QT_TRANSLATE_NOOP("questions", "Defects on photos, speech to text, the topic or tone of a message.")),
            ("extract", QT_TRANSLATE_NOOP("questions", "Fields and facts taken out of documents"),
             QT_TRANSLATE_NOOP("questions", "Amounts and dates from invoices, claim details from emails, clauses from contracts.")),
            ("answer_questions", QT_TRANSLATE_NOOP("questions", "Answers from our own documents or systems"),
             QT_TRANSLATE_NOOP("questions", "An assistant for customers or staff that answers from manuals, policies or the help centre.")),
            ("generate", QT_TRANSLATE_NOOP("questions", "Drafts of text, code, images or summaries"),
             QT_TRANSLATE_NOOP("questions", "Reply drafts, meeting summaries, product descriptions, code suggestions.")),
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
        options=options(
            ("api_available", QT_TRANSLATE_NOOP("questions", "A commercial or cloud service does this task"),
             QT_TRANSLATE_NOOP("questions", "OCR, translation, speech-to-text, object detection, sentiment.")),
            ("pretrained_model", QT_TRANSLATE_NOOP("questions", "Open pretrained models exist for a similar task"),
             QT_TRANSLATE_NOOP("questions", "They would need adapting to our data.")),
            ("none_known", QT_TRANSLATE_NOOP("questions", "Nothing we know of: the task is new"),
             QT_TRANSLATE_NOOP("questions", "A new kind of sensor, signal or question.")),
        ),
    ),
)
