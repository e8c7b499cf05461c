"""The workshop commands: `merge`, `compare`, `plan` and `portfolio`.

Their arguments are declared in wizard.teamargs (cli.py builds its parser from there without
importing this module); cli.py runs them through `run`. Like `assess`, they import only the
core (the portfolio loads reportlab when it writes a PDF). Importing this module loads neither
pydantic nor the question bank.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.printable import printable_lines, shown
from wizard.exitcodes import EXIT_BAD_INPUT, EXIT_OK

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from wizard.core.assessment import Assessment
    from wizard.core.outcome import StepRow
    from wizard.core.portfolio import Entry

PLAN_COLUMNS = ("id", "when", "owner", "text", "done_when", "assigned_to", "due", "status")

NOT_OVER_INPUT = QT_TRANSLATE_NOOP(
    "errors", "{path}: is one of the inputs; merging never changes an input, choose another -o."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "{path}: cannot be written ({reason}).")


def run(args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """Run one workshop command; 2 and one line on stderr for bad input."""
    from wizard.core.assessment import AssessmentError
    from wizard.translation import translator_for

    out, err = stdout or sys.stdout, stderr or sys.stderr
    translate = translator_for(args.lang)
    try:
        if args.command == "merge":
            return _merge(args, translate, out, err)
        if args.command == "compare":
            return _compare(args, translate, out)
        if args.command == "plan":
            return _plan(args, translate, out)
        return _portfolio(args, translate, out, err)
    except AssessmentError as error:
        print(f"dlready: {error.translated(translate)}", file=err)
        return EXIT_BAD_INPUT


def _merge(args: argparse.Namespace, translate: Translate, out: TextIO, err: TextIO) -> int:
    from wizard.core.storage import save
    from wizard.core.team import merge, participant_name

    output = Path(args.output)
    for name in args.inputs:
        if _same_file(Path(name), output):
            message = translate("errors", NOT_OVER_INPUT).format(path=output)
            print(f"dlready: {message}", file=err)
            return EXIT_BAD_INPUT
    inputs = []
    for name in args.inputs:
        assessment = load(name)
        inputs.append((participant_name(assessment, Path(name).stem), assessment))
    merged = merge(inputs, force=args.force)
    from wizard.core.writing import OutputError

    try:
        save(merged.assessment, output)
    except OutputError as error:  # a folder, device or FIFO, or no name at all
        print(f"dlready: {error.translated(translate)}", file=err)
        return EXIT_BAD_INPUT
    except OSError as error:
        message = translate("errors", CANNOT_WRITE).format(
            path=output, reason=error.strerror or error
        )
        print(f"dlready: {message}", file=err)
        return EXIT_BAD_INPUT
    from wizard.core.team import participants

    names = printable_lines(", ".join(p.name for p in participants(merged.assessment)))
    print(_t(translate, QT_TRANSLATE_NOOP("workshop", "Merged {count} participants ({names}) "
                                          "into {path}.")).format(
        count=len(participants(merged.assessment)), names=names, path=shown(output)), file=out)
    if merged.ties:
        from wizard.core.questions import QUESTIONS

        print(_t(translate, QT_TRANSLATE_NOOP(
            "workshop", "Tied votes, recorded as \"don't know\" for the room to settle:")),
            file=out)
        for qid in merged.ties:
            print(f"  - {translate('questions', QUESTIONS[qid].label)} ({qid})", file=out)
    return EXIT_OK


def load(path: str) -> Assessment:
    """An assessment file, validated (AssessmentError otherwise)."""
    from wizard.core.storage import load as load_file

    return load_file(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False


def _t(translate: Translate, text: str) -> str:
    return translate("workshop", text)


def _compare(args: argparse.Namespace, translate: Translate, out: TextIO) -> int:
    import json

    from wizard.core.compare import compare
    from wizard.textworkshop import render_comparison

    comparison = compare(load(args.before), load(args.after), translate)
    if args.json:
        print(json.dumps(comparison.to_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(printable_lines(render_comparison(comparison, translate)), file=out)
    return EXIT_OK


def write_plan_csv(rows: Sequence[StepRow], out: TextIO) -> None:
    """The plan as CSV: a header, then one row per step; no cell a spreadsheet would run."""
    import csv

    from wizard.batch import neutralise

    # Every cell quoted: a carriage return inside a cell would otherwise end the row.
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(PLAN_COLUMNS)
    for row in rows:
        cells = (row.id, row.when, row.owner, row.text, row.done_when, "", "", "")
        writer.writerow([neutralise(cell) for cell in cells])


def _plan(args: argparse.Namespace, translate: Translate, out: TextIO) -> int:
    from wizard.core.engine import assess
    from wizard.core.outcome import steps

    assessment = load(args.file)
    rows = steps(assess(assessment, translate))
    if args.csv:
        write_plan_csv(rows, out)
        return EXIT_OK
    from wizard.textworkshop import render_plan

    print(printable_lines(render_plan(assessment, rows, translate)), file=out)
    return EXIT_OK


PORTFOLIO_COLUMNS = ("file", "organisation", "project", "verdict", "readiness",
                     "recommendation", "fit", "headline", "cost_low", "cost_high")
NO_OUTPUT = QT_TRANSLATE_NOOP("errors", "Say where to write the portfolio (-o OUT.pdf), or "
                              "ask for --csv.")
NO_FOLDER = QT_TRANSLATE_NOOP("errors", "{path}: is not a folder.")


def _portfolio(args: argparse.Namespace, translate: Translate, out: TextIO, err: TextIO) -> int:
    from wizard.core.portfolio import collect, folder_files

    folder = Path(args.folder)
    if not args.output and not args.csv:
        print(f"dlready: {translate('errors', NO_OUTPUT)}", file=err)
        return EXIT_BAD_INPUT
    if not folder.is_dir():
        print(f"dlready: {translate('errors', NO_FOLDER).format(path=folder)}", file=err)
        return EXIT_BAD_INPUT
    from wizard.batch import NO_FILES

    files = folder_files(folder)
    if not files:
        print(f"dlready: {translate('errors', NO_FILES).format(path=folder)}", file=err)
        return EXIT_BAD_INPUT
    entries, errors = collect(files, translate)
    for error in errors:
        print(f"dlready: {error.translated(translate)}", file=err)
    if args.csv:
        _portfolio_csv(entries, out)
    if args.output and entries:
        from wizard.core.writing import OutputError, check_output
        from wizard.report.portfolio import write_portfolio

        try:
            check_output(args.output, *files)
            write_portfolio(entries, args.output, translate, lang=args.lang or "en")
        except OutputError as error:  # an input, a folder, device or FIFO, or no name
            print(f"dlready: {error.translated(translate)}", file=err)
            return EXIT_BAD_INPUT
        except OSError as error:
            message = translate("errors", CANNOT_WRITE).format(
                path=args.output, reason=error.strerror or error
            )
            print(f"dlready: {message}", file=err)
            return EXIT_BAD_INPUT
    return EXIT_BAD_INPUT if errors or not entries else EXIT_OK


def _portfolio_csv(entries: Sequence[Entry], out: TextIO) -> None:
    import csv

    from wizard.batch import neutralise

    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(PORTFOLIO_COLUMNS)
    for entry in entries:
        meta = entry.assessment.meta
        low, high = entry.cost or ("", "")
        cells = (str(entry.path), meta.organisation, meta.project, entry.verdict,
                 str(entry.readiness), entry.result.recommendation.value, str(entry.fit),
                 entry.headline, str(low), str(high))
        writer.writerow([neutralise(cell) for cell in cells])
