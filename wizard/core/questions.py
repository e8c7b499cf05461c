"""The question bank: every section, question, option and help text, declared once.

Pages, the PDF brief, the command line and the tests all read these declarations. Option ids
are the contract of the saved file (spec/assessment.md) and never change; labels and help
texts may. The questions themselves are declared by section in the `bank_*` modules; their
order here is the order of the bank (pages, files, the brief's appendix).
"""

from __future__ import annotations

from types import MappingProxyType

from wizard.core import bank_data, bank_governance, bank_problem, bank_resources
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import UNSURE, Question, Section

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


_QUESTIONS: tuple[Question, ...] = (
    *bank_problem.QUESTIONS,
    *bank_data.QUESTIONS,
    *bank_resources.QUESTIONS,
    *bank_governance.QUESTIONS,
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
