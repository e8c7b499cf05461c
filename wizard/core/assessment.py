"""The saved assessment (`*.dlready`): validation, migration and serialisation.

Every error is an `AssessmentError` whose message is one sentence naming the field, the bad
value and what is allowed, so the command line and the window can show it as it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import UNSURE
from wizard.core.questions import QUESTIONS

FORMAT = "dlready-assessment"
CURRENT_VERSION = 2


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds six questions; a version 1 file simply has not answered them yet.

    Nothing else changed meaning, so the answers are kept as they are and no answer to a new
    question is invented: an unanswered question counts as "don't know".
    """
    return dict(document)


# Each entry turns a document of version N into version N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


class AssessmentError(ValueError):
    """A file or document that cannot be used, with a message fit to show a person.

    The message is a template marked in the context "errors" and its fields, so that the
    layer that shows it can translate it; `str()` gives the English sentence.
    """

    def __init__(self, template: str, /, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)

    def translated(self, translate: Translate) -> str:
        """The message in the language of `translate`."""
        if not self.fields:
            return translate("errors", self.template)
        fields = {
            key: value.translated(translate) if isinstance(value, AssessmentError) else value
            for key, value in self.fields.items()
        }
        return translate("errors", self.template).format(**fields)


class Meta(BaseModel):
    """Who the assessment is for and by whom; every key is optional."""

    model_config = ConfigDict(extra="allow")

    organisation: str = ""
    project: str = ""
    assessor: str = ""
    date: str = ""
    language: str = ""


META_KEYS: tuple[str, ...] = tuple(Meta.model_fields)


class ParticipantAnswers(BaseModel):
    """One workshop participant's own answers and notes, with the top level's ids and values."""

    model_config = ConfigDict(extra="forbid")

    answers: dict[str, str] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)


class Assessment(BaseModel):
    """One client's answers: ids only, never translated labels.

    Built with an unknown question or option, it raises the `AssessmentError` that `parse`
    would: nothing invalid reaches the scoring.
    """

    model_config = ConfigDict(extra="allow")

    def __init__(self, **data: Any) -> None:
        check_answers(data.get("answers", {}))
        check_participants(data.get("participants", {}))
        super().__init__(**data)

    format: str = FORMAT
    version: int = CURRENT_VERSION
    meta: Meta = Field(default_factory=Meta)
    answers: dict[str, str] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)
    # A workshop's participants by name; the top-level answers are then the room's consensus.
    participants: dict[str, ParticipantAnswers] = Field(default_factory=dict)

    def answer(self, question_id: str) -> str:
        """The answer to a question, `unsure` when it was not answered."""
        return self.answers.get(question_id, UNSURE)

    def known_answers(self) -> dict[str, str]:
        """The answers that are not 'don't know'."""
        return {qid: value for qid, value in self.answers.items() if value != UNSURE}

    def with_answers(self, changes: Mapping[str, str]) -> Assessment:
        """A copy with some answers replaced; an invalid one raises AssessmentError."""
        check_answers(dict(changes))
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
        if self.participants:  # a file without participants is written as before
            document["participants"] = {
                name: {
                    "answers": _in_bank_order(entry.answers),
                    "notes": _in_bank_order({k: v for k, v in entry.notes.items() if v}),
                }
                for name, entry in self.participants.items()
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
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "The file is empty; expected a dlready assessment (JSON).")
        )
    from wizard.core.reading import decode_json  # within the limits of wizard.core.limits

    try:
        document = decode_json(text)
    except json.JSONDecodeError as error:
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "The file is not valid JSON (line {line}, column {column}: {problem})."
            ),
            line=error.lineno,
            column=error.colno,
            problem=error.msg,
        ) from None
    return from_document(document)


def from_document(document: Any) -> Assessment:
    """Validate and migrate a document already decoded from JSON."""
    if not isinstance(document, dict):
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "The file holds a JSON {type}; expected an object with \"format\": "
                "\"{format}\"."
            ),
            type=_json_type(document),
            format=FORMAT,
        )
    if document.get("format") != FORMAT:
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "Field 'format' is {value}; expected \"{format}\" (this is not a "
                "dlready assessment)."
            ),
            value=_show(document.get("format")),
            format=FORMAT,
        )
    document = _migrate(document)
    _check_object(document, "meta")
    for key in META_KEYS:
        if key in document.get("meta", {}) and not isinstance(document["meta"][key], str):
            raise AssessmentError(
                QT_TRANSLATE_NOOP("errors", "Field '{field}' is {value}; expected text."),
                field=f"meta.{key}",
                value=_show(document["meta"][key]),
            )
    check_answers(document.get("answers", {}))
    _check_notes(document.get("notes", {}))
    check_participants(document.get("participants", {}))
    return Assessment.model_validate(document)


def _migrate(document: dict[str, Any]) -> dict[str, Any]:
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "Field 'version' is {value}; expected a whole number from 1 to {last}."
            ),
            value=_show(version),
            last=CURRENT_VERSION,
        )
    if version > CURRENT_VERSION:
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "The file is format version {version}, newer than version {last} "
                "that this dlready reads; open it with a newer dlready."
            ),
            version=version,
            last=CURRENT_VERSION,
        )
    if version < 1:
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "Field 'version' is {value}; expected a whole number from 1 to {last}."
            ),
            value=version,
            last=CURRENT_VERSION,
        )
    while version < CURRENT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
        document["version"] = version
    return document


def _check_object(document: dict[str, Any], key: str) -> None:
    if key in document and not isinstance(document[key], dict):
        raise AssessmentError(
            QT_TRANSLATE_NOOP("errors", "Field '{field}' is a JSON {type}; expected an object."),
            field=key,
            type=_json_type(document[key]),
        )


def check_answers(answers: Any) -> None:
    """Raise AssessmentError unless `answers` maps known question ids to allowed values."""
    if not isinstance(answers, dict):
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "Field 'answers' is a JSON {type}; expected an object of question ids "
                "and option values."
            ),
            type=_json_type(answers),
        )
    for qid, value in answers.items():
        _check_question_id(qid, "answers")
        allowed = QUESTIONS[qid].allowed
        if value not in allowed:
            raise AssessmentError(
                QT_TRANSLATE_NOOP(
                    "errors", "Question '{question}' has the value {value}; allowed values: "
                    "{allowed}."
                ),
                question=qid,
                value=_show(value),
                allowed=", ".join(allowed),
            )


def check_participants(participants: Any) -> None:
    """Raise AssessmentError unless `participants` maps names to valid answers and notes."""
    if isinstance(participants, Mapping) and all(
        isinstance(entry, ParticipantAnswers) for entry in participants.values()
    ):
        participants = {name: entry.model_dump() for name, entry in participants.items()}
    if not isinstance(participants, dict):
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "Field 'participants' is a JSON {type}; expected an object of "
                "participants' names and their answers."
            ),
            type=_json_type(participants),
        )
    for name, entry in participants.items():
        if not name.strip():
            raise AssessmentError(
                QT_TRANSLATE_NOOP("errors", "A participant has an empty name.")
            )
        if not isinstance(entry, dict):
            raise AssessmentError(
                QT_TRANSLATE_NOOP(
                    "errors", "Field '{field}' is a JSON {type}; expected an object."
                ),
                field=f"participants.{name}",
                type=_json_type(entry),
            )
        unknown = sorted(set(entry) - {"answers", "notes"})
        try:
            if unknown:
                raise AssessmentError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Unknown field {value}; a participant has 'answers' and "
                        "'notes'."
                    ),
                    value=_show(unknown[0]),
                )
            check_answers(entry.get("answers", {}))
            _check_notes(entry.get("notes", {}))
        except AssessmentError as error:
            raise AssessmentError(
                QT_TRANSLATE_NOOP("errors", "Participant {name}: {problem}"),
                name=name,
                problem=error,
            ) from None


def _check_notes(notes: Any) -> None:
    if not isinstance(notes, dict):
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "Field 'notes' is a JSON {type}; expected an object of question ids "
                "and text."
            ),
            type=_json_type(notes),
        )
    for qid, text in notes.items():
        _check_question_id(qid, "notes")
        if not isinstance(text, str):
            raise AssessmentError(
                QT_TRANSLATE_NOOP("errors", "Field '{field}' is {value}; expected text."),
                field=f"notes.{qid}",
                value=_show(text),
            )


def _check_question_id(qid: str, field: str) -> None:
    if qid not in QUESTIONS:
        raise AssessmentError(
            QT_TRANSLATE_NOOP(
                "errors", "Unknown question id {value} in '{field}'; known ids: {known}."
            ),
            value=_show(qid),
            field=field,
            known=", ".join(QUESTIONS),
        )


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _show(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "..."
