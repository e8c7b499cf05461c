"""The saved assessment (`*.dlready`): validation, migration and serialisation.

Every error is an `AssessmentError` whose message is one sentence naming the field, the bad
value and what is allowed, so the command line and the window can show it as it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from wizard.core.model import UNSURE
from wizard.core.questions import QUESTIONS

FORMAT = "dlready-assessment"
CURRENT_VERSION = 1
META_KEYS = ("organisation", "project", "assessor", "date", "language")

# Each entry turns a document of version N into version N + 1. Version 1 is the first
# published format, so the chain is empty; a future format adds its step here.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class AssessmentError(ValueError):
    """A file or document that cannot be used, with a message fit to show a person."""


class Meta(BaseModel):
    """Who the assessment is for and by whom; every key is optional."""

    model_config = ConfigDict(extra="allow")

    organisation: str = ""
    project: str = ""
    assessor: str = ""
    date: str = ""
    language: str = ""


class Assessment(BaseModel):
    """One client's answers: ids only, never translated labels."""

    model_config = ConfigDict(extra="allow")

    format: str = FORMAT
    version: int = CURRENT_VERSION
    meta: Meta = Field(default_factory=Meta)
    answers: dict[str, str] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)

    def answer(self, question_id: str) -> str:
        """The answer to a question, `unsure` when it was not answered."""
        return self.answers.get(question_id, UNSURE)

    def known_answers(self) -> dict[str, str]:
        """The answers that are not 'don't know'."""
        return {qid: value for qid, value in self.answers.items() if value != UNSURE}

    def with_answers(self, changes: Mapping[str, str]) -> Assessment:
        """A copy with some answers replaced."""
        return self.model_copy(update={"answers": {**self.answers, **changes}})

    def to_json(self) -> str:
        """The file's text: stable key order, questions in the order of the bank."""
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": CURRENT_VERSION,
            "meta": _meta_dict(self.meta),
            "answers": _in_bank_order(self.answers),
            "notes": _in_bank_order({k: v for k, v in self.notes.items() if v}),
        }
        for key, value in (self.model_extra or {}).items():
            document.setdefault(key, value)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _meta_dict(meta: Meta) -> dict[str, Any]:
    known = {key: getattr(meta, key) for key in META_KEYS if getattr(meta, key)}
    return {**known, **(meta.model_extra or {})}


def _in_bank_order(values: Mapping[str, str]) -> dict[str, str]:
    return {qid: values[qid] for qid in QUESTIONS if qid in values}


def parse(text: str) -> Assessment:
    """Validate and migrate a document given as JSON text."""
    if not text.strip():
        raise AssessmentError("The file is empty; expected a dlready assessment (JSON).")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise AssessmentError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    return from_document(document)


def from_document(document: Any) -> Assessment:
    """Validate and migrate a document already decoded from JSON."""
    if not isinstance(document, dict):
        raise AssessmentError(
            f"The file holds a JSON {_json_type(document)}; expected an object with "
            f"\"format\": \"{FORMAT}\"."
        )
    if document.get("format") != FORMAT:
        raise AssessmentError(
            f"Field 'format' is {_show(document.get('format'))}; expected \"{FORMAT}\" "
            "(this is not a dlready assessment)."
        )
    document = _migrate(document)
    _check_object(document, "meta")
    for key in META_KEYS:
        if key in document.get("meta", {}) and not isinstance(document["meta"][key], str):
            raise AssessmentError(
                f"Field 'meta.{key}' is {_show(document['meta'][key])}; expected text."
            )
    _check_answers(document.get("answers", {}))
    _check_notes(document.get("notes", {}))
    return Assessment.model_validate(document)


def _migrate(document: dict[str, Any]) -> dict[str, Any]:
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise AssessmentError(
            f"Field 'version' is {_show(version)}; expected a whole number from 1 to "
            f"{CURRENT_VERSION}."
        )
    if version > CURRENT_VERSION:
        raise AssessmentError(
            f"The file is format version {version}, newer than version {CURRENT_VERSION} "
            "that this dlready reads; open it with a newer dlready."
        )
    if version < 1:
        raise AssessmentError(
            f"Field 'version' is {version}; expected a whole number from 1 to {CURRENT_VERSION}."
        )
    while version < CURRENT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
        document["version"] = version
    return document


def _check_object(document: dict[str, Any], key: str) -> None:
    if key in document and not isinstance(document[key], dict):
        raise AssessmentError(
            f"Field '{key}' is a JSON {_json_type(document[key])}; expected an object."
        )


def _check_answers(answers: Any) -> None:
    if not isinstance(answers, dict):
        raise AssessmentError(
            f"Field 'answers' is a JSON {_json_type(answers)}; expected an object of "
            "question ids and option values."
        )
    for qid, value in answers.items():
        question = QUESTIONS.get(qid)
        if question is None:
            raise AssessmentError(
                f"Unknown question id {_show(qid)} in 'answers'; known ids: "
                f"{', '.join(QUESTIONS)}."
            )
        allowed = (*question.option_ids, UNSURE)
        if value not in allowed:
            raise AssessmentError(
                f"Question '{qid}' has the value {_show(value)}; allowed values: "
                f"{', '.join(allowed)}."
            )


def _check_notes(notes: Any) -> None:
    if not isinstance(notes, dict):
        raise AssessmentError(
            f"Field 'notes' is a JSON {_json_type(notes)}; expected an object of question "
            "ids and text."
        )
    for qid, text in notes.items():
        if qid not in QUESTIONS:
            raise AssessmentError(
                f"Unknown question id {_show(qid)} in 'notes'; known ids: {', '.join(QUESTIONS)}."
            )
        if not isinstance(text, str):
            raise AssessmentError(f"Field 'notes.{qid}' is {_show(text)}; expected text.")


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _show(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "..."
