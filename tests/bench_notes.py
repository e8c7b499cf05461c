"""Benchmark: the brief's time for a note of 20k, 100k and 400k characters.

Run it as a script (pytest does not collect it):

    /work/venv/bin/python tests/bench_notes.py [--lengths 20000 100000 400000] [--lines]

Each note is one paragraph of ordinary sentences (no line break: the hardest case for the
layout, which must split it between pages), put on one question of a public case; the brief
is rendered once as a warm-up, then once per length, in this one process. It prints each time
and the ratio of the last to the first. The note's length grows 20x; the target is a ratio of
at most 5x (time in proportion to length, plus the brief's fixed cost). Notes longer than
wizard.core.limits.MAX_PRINTED_NOTE are printed up to there.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 5.0
SENTENCE = "The warehouse team scans every parcel twice, and the second scan is often late. "


def note(length: int, lines: bool) -> str:
    text = SENTENCE * (length // len(SENTENCE) + 1)
    if lines:
        text = text.replace("late. ", "late.\n")
    return text[:length]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[20_000, 100_000, 400_000])
    parser.add_argument("--lines", action="store_true", help="a line break after each sentence")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.helpers.cases import CASE_FILES
    from wizard.core.storage import load
    from wizard.report.brief import render_brief

    case = load(CASE_FILES[0])
    render_brief(case, paper="a4")  # warm-up: imports, fonts, caches
    times = []
    for length in args.lengths:
        assessment = case.model_copy(update={"notes": {"budget": note(length, args.lines)}})
        started = time.perf_counter()
        pdf = render_brief(assessment, paper="a4")
        times.append(time.perf_counter() - started)
        print(f"note of {length:>9,} characters: {times[-1]:7.2f} s  ({len(pdf):,} bytes)")
    ratio = times[-1] / times[0]
    grew = args.lengths[-1] / args.lengths[0]
    verdict = "ok" if ratio <= TARGET else f"over the target of {TARGET:g}x"
    print(f"ratio last/first: {ratio:.1f}x for {grew:g}x the length ({verdict})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
