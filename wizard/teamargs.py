"""The arguments of the workshop commands (`merge`, `compare`, `plan`, `portfolio`).

Apart from wizard.teamcli, which runs them: building dlready's parser, which every start does
(the window's too), then imports neither the core nor the workshop code.
"""

from __future__ import annotations

import argparse

COMMANDS = ("merge", "compare", "plan", "portfolio")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the workshop subcommands to dlready's parser."""
    lang_help = "language of the texts: en, de, fr or es (default: the system's)"
    merge = commands.add_parser(
        "merge",
        help="merge participants' assessments into one team file",
        description="Merge several assessments of the same use case into one team file: one "
        "participant per input (named by its assessor, else the file name), the consensus "
        "answer of each question is the one most participants gave; ties become \"don't "
        "know\" and are listed. The inputs are never changed.",
    )
    merge.add_argument("inputs", nargs="+", metavar="FILE", help="assessment files (.dlready)")
    merge.add_argument("-o", "--output", required=True, metavar="TEAM.dlready",
                       help="the team file to write")
    merge.add_argument("--force", action="store_true",
                       help="merge files for different organisations or projects")
    merge.add_argument("--lang", metavar="L", help=lang_help)

    compare = commands.add_parser(
        "compare",
        help="compare an earlier assessment with a later one",
        description="What changed between two assessments of the same use case: the answers, "
        "the recommendation and verdict, readiness per dimension, blockers cleared and new.",
    )
    compare.add_argument("before", metavar="BEFORE", help="the earlier assessment")
    compare.add_argument("after", metavar="AFTER", help="the later assessment")
    compare.add_argument("--json", action="store_true", help="one JSON object")
    compare.add_argument("--lang", metavar="L", help=lang_help)

    plan = commands.add_parser(
        "plan",
        help="print the action plan (next steps) as a table",
        description="The next steps of an assessment, one row per step, for a spreadsheet: "
        "id, when, owner, text, done_when, and empty assigned_to, due and status columns.",
    )
    plan.add_argument("file", help="an assessment file (.dlready)")
    plan.add_argument("--csv", action="store_true", help="CSV for a spreadsheet")
    plan.add_argument("--lang", metavar="L", help=lang_help)


    portfolio = commands.add_parser(
        "portfolio",
        help="one board page for every assessment in a folder",
        description="Every assessment in a folder on one board page: readiness against the "
        "fit of each use case's recommended path, coloured by verdict, and a table sorted by "
        "verdict and readiness.",
    )
    portfolio.add_argument("folder", metavar="DIR", help="a folder of .dlready files")
    portfolio.add_argument("-o", "--output", metavar="OUT.pdf", help="the PDF to write")
    portfolio.add_argument("--csv", action="store_true", help="print the table as CSV")
    portfolio.add_argument("--lang", metavar="L", help=lang_help)
