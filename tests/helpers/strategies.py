"""Hypothesis strategies for answers drawn from the question bank itself."""

from __future__ import annotations

from hypothesis import strategies as st

from wizard.core.model import UNSURE
from wizard.core.questions import QUESTIONS


def answer_to(question_id: str) -> st.SearchStrategy[str]:
    """Any allowed answer to one question, 'don't know' included."""
    return st.sampled_from((*QUESTIONS[question_id].option_ids, UNSURE))


def partial_answers() -> st.SearchStrategy[dict[str, str]]:
    """Any subset of the questions, each with any allowed answer."""
    return st.fixed_dictionaries({}, optional={qid: answer_to(qid) for qid in QUESTIONS})


def complete_answers() -> st.SearchStrategy[dict[str, str]]:
    """Every question answered with a real option."""
    return st.fixed_dictionaries(
        {qid: st.sampled_from(q.option_ids) for qid, q in QUESTIONS.items()}
    )
