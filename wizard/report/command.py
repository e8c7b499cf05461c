"""`dlready report FILE -o OUT.pdf`: the brief from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from wizard.core.assessment import AssessmentError
from wizard.core.storage import load
from wizard.exitcodes import EXIT_BAD_INPUT, EXIT_OK
from wizard.translation import translator_for


def run_report(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    """Write the brief for `args.file` to `args.output`; 2 and one line on stderr if it fails."""
    from wizard.report.brief import BriefError, write_brief

    err = stderr or sys.stderr
    try:
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
    except AssessmentError as error:
        print(f"dlready: {error.translated(translator_for(args.lang))}", file=err)
        return EXIT_BAD_INPUT
    except BriefError as error:
        print(f"dlready: {error}", file=err)
        return EXIT_BAD_INPUT
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"dlready: {args.output}: the brief cannot be written ({reason}).", file=err)
        return EXIT_BAD_INPUT
    return EXIT_OK
