"""The `dlready` command: `gui` (the default), `assess` and `report`.

Only argparse and the core are imported here; the window and the PDF brief are imported when
their command runs, so `dlready assess` never loads Qt widgets, matplotlib or reportlab.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from wizard import __version__, teamcli
from wizard.exitcodes import EXIT_BAD_INPUT, EXIT_READER_GONE


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="dlready",
        description="Deep learning readiness wizard: answer questions about a use case and "
        "get a recommendation (classical machine learning, a pretrained API or transfer "
        "learning, or custom deep learning), explained, with a PDF brief. Works offline. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"dlready {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # `dlready` alone opens the window: give it the options `dlready gui` would have.
    parser.set_defaults(file=None, lang=None, page=None, screenshot=None, size="1280x800",
                        presentation=False)

    gui = commands.add_parser(
        "gui",
        help="open the wizard window (the default)",
        description="Open the wizard window, optionally with an assessment file. With "
        "--screenshot, render one page offscreen to a PNG and exit.",
    )
    gui.add_argument("file", nargs="?", help="an assessment file (.dlready) to open")
    gui.add_argument(
        "--lang", metavar="L", help="language: en, de, fr or es (default: the system's)"
    )
    gui.add_argument(
        "--page", metavar="PAGE", help="page to show: welcome, a section id, or results"
    )
    gui.add_argument("--screenshot", metavar="OUT.png", help="save the page as a PNG and exit")
    gui.add_argument(
        "--size", metavar="WxH", default="1280x800", help="window size for --screenshot"
    )
    gui.add_argument(
        "--presentation", action="store_true",
        help="with --screenshot: the large type of presentation mode, as on a projector",
    )

    assess = commands.add_parser(
        "assess",
        help="score assessment files and print the advice",
        description="Score one or more assessment files, or folders of them (searched for "
        "*.dlready). A bad file is reported on standard error and skipped; the exit code is "
        "2 if any file failed.",
    )
    assess.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    formats = assess.add_mutually_exclusive_group()
    formats.add_argument(
        "--json", action="store_true", help="JSON (one object; JSON Lines for several files)"
    )
    formats.add_argument("--csv", action="store_true", help="a CSV table, one row per file")
    assess.add_argument(
        "--lang", metavar="L",
        help="language of the texts: en, de, fr or es (default: the system's)",
    )

    report = commands.add_parser(
        "report",
        help="write the PDF brief for an assessment",
        description="Write the board-ready PDF brief for one assessment file.",
    )
    report.add_argument("file", help="an assessment file (.dlready)")
    report.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF")
    report.add_argument(
        "--lang", metavar="L",
        help="language of the brief: en, de, fr or es (default: the system's)",
    )
    report.add_argument("--logo", metavar="IMAGE", help="a PNG or JPEG logo for the cover")
    report.add_argument("--consultant", metavar="NAME", help="name shown on the cover")
    report.add_argument("--compare", metavar="EARLIER.dlready",
                        help="add a page on the progress since an earlier assessment")
    report.add_argument("--hide-names", action="store_true",
                        help="number a team file's participants instead of naming them")
    report.add_argument(
        "--confidential",
        action="store_true",
        help="mark the brief confidential on the cover and on every page",
    )
    teamcli.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run dlready; returns the process exit code."""
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader went away (`dlready assess … | head`): not an error to report. Output
        # still buffered would raise again at exit, so it goes to the null device instead.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        return EXIT_READER_GONE


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang is not None or args.command in ("assess", "report", *teamcli.COMMANDS):
        from wizard.translation import check_language

        try:
            # Without --lang, assess and report speak the system's language; the window
            # also remembers the one chosen in its menu, so it resolves None itself.
            args.lang = check_language(args.lang)
        except ValueError as error:
            print(f"dlready: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    if args.command == "assess":
        from wizard.batch import run_assess

        return run_assess(args.paths, json_out=args.json, csv_out=args.csv, lang=args.lang)
    if args.command == "report":
        from wizard.report.command import run_report

        return run_report(args)
    if args.command in teamcli.COMMANDS:
        return teamcli.run(args)
    from wizard.gui.launch import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
