"""The `dlready` command: `gui` (the default), `assess` and `report`.

Only argparse and the core are imported here; the window and the PDF brief are imported when
their command runs, so `dlready assess` never loads Qt widgets, matplotlib or reportlab.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from wizard import __version__, teamargs
from wizard.exitcodes import EXIT_BAD_INPUT, EXIT_READER_GONE

COMMANDS = ("gui", "assess", "report", *teamargs.COMMANDS)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser for every subcommand, or for the one named `only` (what `_run`
    asks for when the command line names it: the others' parsers would only cost start-up)."""
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
    for names, add in ((("gui",), _add_gui), (("assess",), _add_assess),
                       (("report",), _add_report), (teamargs.COMMANDS, teamargs.add_commands)):
        if only is None or only in names:
            add(commands)
    return parser


Commands = argparse._SubParsersAction  # the type of `parser.add_subparsers()`


def _add_gui(commands: Commands[argparse.ArgumentParser]) -> None:
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


def _add_assess(commands: Commands[argparse.ArgumentParser]) -> None:
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


def _add_report(commands: Commands[argparse.ArgumentParser]) -> None:
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
    finally:
        if argv is None:  # run as the program: the process ends with the command
            _before_exit()


def _before_exit() -> None:
    """Keep the cyclic garbage collector off what the command made.

    At exit the interpreter collects cycles among every object still alive: after a window
    (Qt's classes, their enums, the widgets' wrappers) that walk costs some 10 ms, a twentieth
    of `dlready gui --screenshot`. Frozen, they are left to the end of the process, which
    frees them all at once; files are closed and settings written before this point.
    """
    import gc

    gc.freeze()


def _run(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    named = words[0] if words and words[0] in COMMANDS else None
    args = build_parser(only=named).parse_args(words)
    if args.lang is not None or args.command in ("assess", "report", *teamargs.COMMANDS):
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
    if args.command in teamargs.COMMANDS:
        from wizard import teamcli

        return teamcli.run(args)
    from wizard.gui.launch import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
