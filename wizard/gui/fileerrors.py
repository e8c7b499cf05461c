"""A file that cannot be opened, explained to the person who opened it.

The core's messages name JSON fields and question ids, which suits the command line. Here the
same error is said with the labels the window shows, the line of the file to look at and what
it says there, in the user's language.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from wizard.core.assessment import AssessmentError
from wizard.gui.language import core_tr

# A plain name, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

_JSON = "The file is not valid JSON (line {line}, column {column}: {problem})."
_VALUE = "Question '{question}' has the value {value}; allowed values: {allowed}."
_UNKNOWN = "Unknown question id {value} in '{field}'; known ids: {known}."
_WRAPPED = "{path}: {problem}"


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _quoted_line(text: str, number: int | None) -> str:
    if number is None:
        return ""
    lines = text.splitlines()
    if not 1 <= number <= len(lines):
        return ""
    shown = lines[number - 1].strip()
    return translate("fileerrors", "Line {line} reads: {text}").format(line=number, text=shown)


def explain(error: AssessmentError, path: str | Path) -> str:
    """The error as a person reads it: what is wrong, in words the window uses, and where."""
    from wizard.core.questions import QUESTIONS, answer_label

    inner = error
    if error.template == _WRAPPED and isinstance(error.fields.get("problem"), AssessmentError):
        inner = error.fields["problem"]  # type: ignore[assignment]
    name = str(path)
    from wizard.core.reading import read_bytes

    try:
        # Read as the core reads: a FIFO or device here would block or never end.
        text = read_bytes(path).decode("utf-8-sig")
    except (OSError, ValueError):
        text = ""
    fields = inner.fields
    if inner.template == _JSON:
        line = int(str(fields["line"]))
        said = translate(
            "fileerrors", "{file} is damaged at line {line}: it is not written the way dlready "
            "writes its files, so it cannot be read.").format(file=name, line=line)
        where = _quoted_line(text, line)
        return f"{said}\n\n{where}" if where else said
    if inner.template == _VALUE:
        qid = str(fields["question"])
        question = QUESTIONS[qid]
        try:
            value = json.loads(str(fields["value"]))
        except ValueError:
            value = fields["value"]
        options = ", ".join(f"\u201c{core_tr('questions', answer_label(qid, option))}\u201d"
                            for option in question.allowed)
        said = translate(
            "fileerrors", "In {file}, the answer to \u201c{question}\u201d is \u201c{value}\u201d,"
            " which is not one of its options: {options}.").format(
                file=name, question=core_tr("questions", question.label), value=value,
                options=options)
        where = _quoted_line(text, _line_of(text, f'"{qid}"'))
        return f"{said}\n\n{where}" if where else said
    if inner.template == _UNKNOWN:
        try:
            value = json.loads(str(fields["value"]))
        except ValueError:
            value = fields["value"]
        said = translate(
            "fileerrors", "{file} answers a question this version of dlready does not ask "
            "(\u201c{value}\u201d): it may come from a newer version, or have been edited by "
            "hand.").format(file=name, value=value)
        where = _quoted_line(text, _line_of(text, f'"{value}"'))
        return f"{said}\n\n{where}" if where else said
    return error.translated(core_tr)


def backup_of(path: str | Path) -> Path | None:
    """The copy saving kept of the version before (NAME.dlready.bak), when there is one."""
    from wizard.core.writing import backup_path

    backup = backup_path(path)  # beside the file a link points at, where saving keeps it
    return backup if backup.is_file() else None
