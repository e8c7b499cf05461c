"""Benchmark: where a room of 12 disagrees on every question, against assessing once.

Each participant answers every question at random, so every question is a disagreement and
every other answer given is assessed once more for `flips`: the worst case for the results
page, which recomputes the room on every change. Prints the median time of the room and of
one assessment, and their ratio.

    python tests/bench_room.py [--participants 12] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.core.assessment import Assessment  # noqa: E402
from wizard.core.disagreement import room  # noqa: E402
from wizard.core.engine import assess  # noqa: E402
from wizard.core.questions import QUESTIONS  # noqa: E402
from wizard.core.team import Participant, with_participants  # noqa: E402


def team(size: int, seed: int = 7) -> Assessment:
    """A team file whose participants answered every question at random."""
    chance = random.Random(seed)
    people = [
        Participant(f"P{n}", {qid: chance.choice(q.option_ids) for qid, q in QUESTIONS.items()})
        for n in range(1, size + 1)
    ]
    return with_participants(Assessment(), people)


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    assessment = team(args.participants)
    result = assess(assessment)
    found = room(assessment, consensus_result=result)
    assert found is not None
    alternatives = sum(len(set(d.answers.values())) for d in found.disagreements)
    one = median_seconds(lambda: assess(assessment), args.repeat)
    whole = median_seconds(lambda: room(assessment, consensus_result=result), args.repeat)
    print(f"{args.participants} participants, {len(found.disagreements)} disagreements, "
          f"{alternatives} answers given")
    print(f"one assessment: {one * 1000:.1f} ms; the room: {whole * 1000:.1f} ms "
          f"({whole / one:.0f}x)")


if __name__ == "__main__":
    main()
