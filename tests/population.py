"""How the advice is judged across many cases: prints the share of each band, of each
confidence and verdict, the share of cases with a lever, and the number of distinct step plans,
over the ten v1 cases, the six v2 cases and a generated population.

    python tests/population.py [--count 2000] [--seed 11]

The generated population draws every answer independently: with probability 0.08 "don't
know", otherwise an option. The answers an organisation controls (and the area of the
decision) are drawn with the weights below, a judgement of who comes to such an assessment
(most have a problem in mind, few have no data at all, about half a success measure); every
other answer uniformly. It is not a sample of real clients. `--uniform` draws every option
with the same weight, a harsher walk through the whole space of answers.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.core.engine import assess  # noqa: E402
from wizard.core.model import UNSURE  # noqa: E402
from wizard.core.questions import QUESTIONS  # noqa: E402
from wizard.core.result import Result  # noqa: E402
from wizard.core.storage import load  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
UNSURE_SHARE = 0.08
WEIGHTS: dict[str, dict[str, float]] = {
    "use_case_clarity": {"exploring": 0.15, "problem_defined": 0.35, "metric_defined": 0.5},
    "data_access": {"not_collected": 0.1, "scattered": 0.5, "ready": 0.4},
    "sponsorship": {"none": 0.15, "interested": 0.4, "committed": 0.45},
    "label_status": {"unlabelled": 0.25, "partial": 0.35, "labelled": 0.4},
    "ml_skills": {"none": 0.1, "analysts": 0.3, "data_scientists": 0.45, "deep_learning": 0.15},
    "budget": {"lt_50k": 0.25, "50k_250k": 0.4, "250k_1m": 0.25, "gt_1m": 0.1},
    "compute": {"laptops": 0.2, "cloud": 0.6, "gpu": 0.2},
    "decision_area": {"none": 0.45},  # the other areas share the rest equally
}


def _weights(qid: str, uniform: bool) -> list[float]:
    options = QUESTIONS[qid].option_ids
    declared = {} if uniform else WEIGHTS.get(qid, {})
    rest = [o for o in options if o not in declared]
    share = (1 - sum(declared.values())) / len(rest) if rest else 0.0
    return [declared.get(o, share) for o in options]


def generated(count: int, seed: int, uniform: bool = False) -> list[dict[str, str]]:
    """`count` answer sets, every answer drawn independently."""
    rng = random.Random(seed)
    weights = {qid: _weights(qid, uniform) for qid in QUESTIONS}
    return [
        {
            qid: UNSURE
            if rng.random() < UNSURE_SHARE
            else rng.choices(question.option_ids, weights[qid])[0]
            for qid, question in QUESTIONS.items()
        }
        for _ in range(count)
    ]


def _share(counter: collections.Counter[str], total: int, order: Iterable[str]) -> str:
    return ", ".join(f"{key} {100 * counter[key] / total:.0f}%" for key in order)


def report(name: str, results: list[Result]) -> None:
    """Print the figures of one population."""
    total = len(results)
    bands = collections.Counter(r.readiness.band for r in results)
    confidence = collections.Counter(r.confidence for r in results)
    verdicts = collections.Counter(r.verdict for r in results)
    paths = collections.Counter(r.recommendation.value for r in results)
    # Under "stop" the contract forbids levers: nothing may help build a prohibited system.
    not_go = [r for r in results if r.verdict not in ("go", "stop")]
    with_lever = sum(1 for r in not_go if r.levers)
    plans = {tuple(step.id for step in r.next_steps) for r in results}
    print(f"{name} ({total} cases)")
    print("  band:       " + _share(bands, total, ("not_ready", "emerging", "ready", "advanced")))
    print("  confidence: " + _share(confidence, total, ("low", "medium", "high")))
    print("  verdict:    " + _share(verdicts, total, ("stop", "not_yet", "fix_first", "go")))
    print("  path:       " + _share(paths, total, sorted(paths)))
    lever_share = 100 * with_lever / len(not_go) if not_go else 0.0
    print(f"  levers:     {lever_share:.0f}% of the {len(not_go)} cases neither 'go' nor 'stop'")
    print(f"  step plans: {len(plans)} distinct")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--uniform", action="store_true", help="every option equally likely")
    args = parser.parse_args(argv)
    for folder in ("cases", "cases_v2"):
        report(folder, [assess(load(f)) for f in sorted((FIXTURES / folder).glob("*.dlready"))])
    started = time.perf_counter()
    results = [assess(answers) for answers in generated(args.count, args.seed, args.uniform)]
    report("generated, uniform" if args.uniform else "generated", results)
    print(f"  ({(time.perf_counter() - started) / len(results) * 1000:.1f} ms per assessment)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
