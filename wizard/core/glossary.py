"""The terms the questions and the advice use, explained in a sentence each (for Help › Glossary).

Declared data, translated where shown: `translate("glossary", term.name)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Term:
    name: str
    meaning: str


GLOSSARY: tuple[Term, ...] = (
    Term(QT_TRANSLATE_NOOP("glossary", "Labelled examples"),
         QT_TRANSLATE_NOOP("glossary", "Past cases together with the right answer, such as "
                           "invoices with the amount typed in or images marked \u201cdefect\u201d:"
                           " what a model learns from.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Classical machine learning"),
         QT_TRANSLATE_NOOP("glossary", "Models such as gradient boosting or linear regression "
                           "that learn from features in a table; fast, cheap and often the "
                           "best choice for business data.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Deep learning"),
         QT_TRANSLATE_NOOP("glossary", "Large neural networks that learn their own features "
                           "from raw text, images or sound; they need more data, computing "
                           "power and skills.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Pretrained model"),
         QT_TRANSLATE_NOOP("glossary", "A model someone else has already trained on a large "
                           "collection of data, ready to be used or adapted.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Foundation model"),
         QT_TRANSLATE_NOOP("glossary", "A very large pretrained model (for text, images or "
                           "both) that can do many tasks when instructed, such as the models "
                           "behind chat assistants.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Transfer learning"),
         QT_TRANSLATE_NOOP("glossary", "Starting from a pretrained model and teaching it your "
                           "task with a few hundred or thousand of your own examples.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Fine-tuning"),
         QT_TRANSLATE_NOOP("glossary", "Training a pretrained model a little further on your "
                           "own examples, so it fits your task, terms and style.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Retrieval"),
         QT_TRANSLATE_NOOP("glossary", "Looking up the relevant passages in your own documents "
                           "and giving them to a model with the question, so that its answer "
                           "rests on your sources (retrieval-augmented generation).")),
    Term(QT_TRANSLATE_NOOP("glossary", "API"),
         QT_TRANSLATE_NOOP("glossary", "A service reached over the internet that a program "
                           "calls, for example to read a document or translate a text; paid "
                           "per use.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Baseline"),
         QT_TRANSLATE_NOOP("glossary", "The simple method used today (a rule, last year's "
                           "average, a person's judgement) that a model has to beat to be "
                           "worth it.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Data drift"),
         QT_TRANSLATE_NOOP("glossary", "The data changing over time, so that a model trained "
                           "on the past gets worse unless it is checked and retrained.")),
    Term(QT_TRANSLATE_NOOP("glossary", "Explainability"),
         QT_TRANSLATE_NOOP("glossary", "Being able to say why a model gave a particular "
                           "answer, which customers, auditors and regulators may ask for.")),
    Term(QT_TRANSLATE_NOOP("glossary", "MLOps"),
         QT_TRANSLATE_NOOP("glossary", "The work of running models in daily use: deploying, "
                           "monitoring, retraining and keeping track of versions.")),
)
