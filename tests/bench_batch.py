"""Benchmark: score 2,000 generated assessments with `dlready assess DIR --csv`.

The floor is measured in the same run on the same files: a fresh Python process that imports
pydantic, reads every file and validates it into a small pydantic model. Both sides are whole
processes, started the same way, so interpreter start-up counts on both sides. Prints the
median of several runs of each and their ratio (target: at most 10x; above 15x is a defect).

    python tests/bench_batch.py [--files 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.core.assessment import Assessment, Meta  # noqa: E402
from wizard.core.model import UNSURE  # noqa: E402
from wizard.core.questions import QUESTIONS  # noqa: E402

FLOOR = """
import json, sys
from pathlib import Path
from pydantic import BaseModel

class Document(BaseModel):
    format: str
    version: int
    meta: dict[str, str] = {}
    answers: dict[str, str] = {}
    notes: dict[str, str] = {}

count = 0
for path in sorted(Path(sys.argv[1]).rglob("*.dlready")):
    Document.model_validate(json.loads(path.read_text("utf-8")))
    count += 1
print(count)
"""


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """Write `count` plausible assessments: mostly complete, some with 'don't know'."""
    rng = random.Random(seed)
    for i in range(count):
        answers = {}
        for qid, question in QUESTIONS.items():
            roll = rng.random()
            if roll < 0.08:
                continue
            answers[qid] = UNSURE if roll < 0.15 else rng.choice(question.option_ids)
        assessment = Assessment(
            meta=Meta(organisation=f"Client {i}", project=f"Project {i}", date="2026-11-21"),
            answers=answers,
        )
        (folder / f"client-{i:05d}.dlready").write_text(assessment.to_json(), "utf-8")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, args.files)
        # Both sides keep a bytecode cache, as an installed program does.
        env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / ".pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        floor_cmd = [sys.executable, "-c", FLOOR, str(folder)]
        ours_cmd = [sys.executable, "-m", "wizard", "assess", str(folder), "--csv"]
        timed(floor_cmd, env), timed(ours_cmd, env)  # warm the file cache and bytecode
        floors, ours = [], []
        for _ in range(args.repeat):
            floors.append(timed(floor_cmd, env))
            ours.append(timed(ours_cmd, env))
    floor, mine = statistics.median(floors), statistics.median(ours)
    print(f"files:                      {args.files}")
    print(f"floor (read + pydantic):    {floor:.3f} s")
    print(f"dlready assess DIR --csv:   {mine:.3f} s  (what-if included)")
    print(f"ratio:                      {mine / floor:.2f}x  (target <= 10x, defect > 15x)")


if __name__ == "__main__":
    main()
