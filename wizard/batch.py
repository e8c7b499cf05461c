"""`dlready assess`: score files and folders, print text, JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from wizard.core.assessment import Assessment, AssessmentError
from wizard.core.engine import assess
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.paths import PATH_ORDER
from wizard.core.printable import printable_cell, printable_lines, shown
from wizard.core.result import Result
from wizard.core.storage import load
from wizard.exitcodes import EXIT_BAD_INPUT, EXIT_OK
from wizard.translation import check_language, translator_for

CSV_COLUMNS = (
    "file",
    "organisation",
    "project",
    "recommendation",
    *(f"fit_{path.value}" for path in PATH_ORDER),
    "readiness_score",
    "readiness_band",
    "confidence",
)

NO_FILES = QT_TRANSLATE_NOOP("errors", "{path}: no .dlready files in this folder.")


def expand(paths: Sequence[str]) -> Iterator[tuple[Path, str | None]]:
    """Each file to score, in a stable order, or the error (untranslated) that a path gives."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.dlready") if p.is_file())
            if not found:
                yield path, NO_FILES
            for file in found:
                yield file, None
        else:
            yield path, None


# Spreadsheets run cells that start with = + - @ (or a tab or carriage return before one) as
# formulas (CSV injection). A line of a cell that starts so: at the cell's start, or after a
# line break, where a reader that splits lines would start a row of its own.
_FORMULA_LINE = re.compile(r"^(?=[=+\-@\t\r])|(?<=[\r\n])(?=[=+\-@\t])")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula, and a terminal as text.

    Controls but tab and line breaks (ESC, BEL, C1, direction overrides, lone surrogates) are
    written as visible escapes; every line of the cell that would start a formula gets a
    leading quote, the first and any after a line break. Write it with `csv_writer`, which
    quotes every cell, so a line break never ends the row.
    """
    return _FORMULA_LINE.sub("'", printable_cell(cell))


def csv_writer(out: TextIO) -> Any:
    """A CSV writer that quotes every cell (a carriage return alone would otherwise end it)."""
    return csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)


def _csv_row(path: Path, assessment: Assessment, result: Result) -> list[str]:
    return [
        neutralise(os.fspath(path)),
        neutralise(assessment.meta.organisation),
        neutralise(assessment.meta.project),
        result.recommendation.value,
        *(str(result.fit[p]) for p in PATH_ORDER),
        str(result.readiness.score),
        result.readiness.band,
        result.confidence,
    ]


def run_assess(
    paths: Sequence[str],
    *,
    json_out: bool = False,
    csv_out: bool = False,
    lang: str | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Score every file; report bad ones on stderr and return 2 if any failed.

    `lang` None means the system's language.
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        translate: Translate = translator_for(check_language(lang))
    except ValueError as error:
        print(f"dlready: {error}", file=err)
        return EXIT_BAD_INPUT
    files = list(expand(paths))
    single = len(files) == 1 and not Path(paths[0]).is_dir()
    writer = csv_writer(out) if csv_out else None
    if writer:
        writer.writerow(CSV_COLUMNS)
    failed = False
    for path, problem in files:
        if problem is not None:
            message = translate("errors", problem).format(path=shown(path))
            print(f"dlready: {message}", file=err)
            failed = True
            continue
        try:
            assessment = load(path)
        except AssessmentError as error:
            print(f"dlready: {error.translated(translate)}", file=err)
            failed = True
            continue
        result = assess(assessment, translate)
        if writer:
            writer.writerow(_csv_row(path, assessment, result))
        elif json_out:
            # Imported only for JSON or text output: a CSV of thousands of files needs neither.
            from wizard.core.disagreement import room_json

            # Built only for JSON: a CSV of thousands of files needs none of it.
            contract = {**result.to_contract(), **room_json(assessment, translate, result)}
            if single:
                print(json.dumps(contract, ensure_ascii=False, indent=2), file=out)
            else:
                line = {"file": shown(path), **contract}
                print(json.dumps(line, ensure_ascii=False), file=out)
        else:
            from wizard.textreport import render_text
            from wizard.textworkshop import render_room

            text = render_text(shown(path), assessment, result, translate)
            text += render_room(assessment, result, translate)
            # Every line as a terminal can show it: no name's escape sequence reaches it raw.
            print(printable_lines(text), file=out)
    return EXIT_BAD_INPUT if failed else EXIT_OK
