"""`dlready report FILE -o OUT.pdf`: the brief from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from wizard.core.assessment import AssessmentError
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.printable import shown
from wizard.core.storage import load
from wizard.core.writing import OutputError, check_output
from wizard.exitcodes import EXIT_BAD_INPUT, EXIT_OK
from wizard.translation import translator_for

CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "{path}: cannot be written ({reason}).")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "{option}: {value} is not valid text (it holds bytes that are not UTF-8)."
)


def check_text_option(option: str, value: str | None) -> None:
    """AssessmentError when a command-line value holds bytes that are not text."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise AssessmentError(NOT_TEXT, option=option, value=shown(value)) from None


def run_report(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    """Write the brief for `args.file` to `args.output`; 2 and one line on stderr if it fails."""
    from wizard.report.brief import BriefError, LogoError, write_brief

    err = stderr or sys.stderr
    translate = translator_for(args.lang)
    try:
        check_text_option("--consultant", args.consultant)
        check_output(args.output, args.file, args.logo)
        assessment = load(args.file)
        earlier = load(args.compare) if getattr(args, "compare", None) else None
        from wizard.report.scripts import warnings

        # Named before the brief is written; the brief is still written, and exits 0.
        for warning in warnings(assessment, translator_for(args.lang), args.consultant):
            print(f"dlready: warning: {warning}", file=err)
        write_brief(
            assessment,
            args.output,
            lang=args.lang,
            consultant=args.consultant,
            logo=args.logo,
            confidential=getattr(args, "confidential", False),
            earlier=earlier,
            hide_names=getattr(args, "hide_names", False),
        )
    except (AssessmentError, OutputError) as error:
        print(f"dlready: {error.translated(translate)}", file=err)
        return EXIT_BAD_INPUT
    except BriefError as error:
        message = error.translated(translate) if isinstance(error, LogoError) else str(error)
        print(f"dlready: {message}", file=err)
        return EXIT_BAD_INPUT
    except OSError as error:
        reason = error.strerror or str(error)
        message = translate("errors", CANNOT_WRITE).format(path=shown(args.output), reason=reason)
        print(f"dlready: {message}", file=err)
        return EXIT_BAD_INPUT
    return EXIT_OK
