"""Levers: forward moves of answers the organisation controls that change the path or raise the
band, each scored with the same rules and true when applied, with the effort it takes.

The search is exact: every move up the ladder of one controllable answer, and every pair of
moves of two, is scored. A pair is kept only when neither of its moves alone does as well.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from wizard.core import readiness
from wizard.core.analysis import EFFECTS, Analysis, shared_rules
from wizard.core.answerbits import encode
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.labels import BAND_LABELS
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTIONS
from wizard.core.result import Band, Lever
from wizard.core.rulebook import BLOCKERS, READINESS_CAPS, blocking
from wizard.core.scoring import Answers, raw_fit, winner

# The contract's controllable answers, each moved only up its ladder.
LEVER_QUESTIONS: tuple[str, ...] = (
    "use_case_clarity",
    "data_volume",
    "label_status",
    "data_access",
    "budget",
    "compute",
    "timeline",
    "ml_skills",
    "sponsorship",
)
MAX_LEVERS = 5
BAND_ORDER: tuple[str, ...] = ("not_ready", "emerging", "ready", "advanced")

# What each move takes, roughly; {to} is the new answer, {who} who labels.
EFFORT: MappingProxyType[tuple[str, str], str] = MappingProxyType(
    {
        ("use_case_clarity", "problem_defined"): QT_TRANSLATE_NOOP(
            "levers", "a few weeks to agree which problem to solve"
        ),
        ("use_case_clarity", "metric_defined"): QT_TRANSLATE_NOOP(
            "levers", "a workshop of one or two weeks to agree the KPI and today's baseline"
        ),
        ("sponsorship", "interested"): QT_TRANSLATE_NOOP(
            "levers", "weeks: brief an executive on the case"
        ),
        ("sponsorship", "committed"): QT_TRANSLATE_NOOP(
            "levers", "weeks: an executive who owns the outcome and agrees the budget"
        ),
        ("data_access", "scattered"): QT_TRANSLATE_NOOP(
            "levers", "months: start collecting the data"
        ),
        ("data_access", "ready"): QT_TRANSLATE_NOOP(
            "levers", "one to three months of integration to bring the data into one place"
        ),
        ("label_status", "partial"): QT_TRANSLATE_NOOP(
            "levers", "label a first share of the examples ({who})"
        ),
        ("label_status", "labelled"): QT_TRANSLATE_NOOP(
            "levers", "label the remaining examples ({who})"
        ),
        ("compute", "cloud"): QT_TRANSLATE_NOOP(
            "levers", "days: a cloud account, with GPUs rented by the hour when needed"
        ),
        ("compute", "gpu"): QT_TRANSLATE_NOOP("levers", "weeks: reserve or buy dedicated GPUs"),
        ("ml_skills", "analysts"): QT_TRANSLATE_NOOP(
            "levers", "months: train or hire an analyst"
        ),
        ("ml_skills", "data_scientists"): QT_TRANSLATE_NOOP(
            "levers", "three to six months to hire a data scientist; a contractor sooner"
        ),
        ("ml_skills", "deep_learning"): QT_TRANSLATE_NOOP(
            "levers", "six months or more to hire engineers who have run neural networks"
        ),
    }
)
BY_QUESTION: MappingProxyType[str, str] = MappingProxyType(
    {
        "data_volume": QT_TRANSLATE_NOOP("levers", "collect and label examples: {to} ({who})"),
        "budget": QT_TRANSLATE_NOOP("levers", "raise the yearly budget: {to}"),
        "timeline": QT_TRANSLATE_NOOP("levers", "allow more time: first version {to}"),
    }
)
WHO: MappingProxyType[str, str] = MappingProxyType(
    {
        "anyone": QT_TRANSLATE_NOOP("levers", "any staff after short instructions"),
        "trained_staff": QT_TRANSLATE_NOOP("levers", "staff with domain training"),
        "experts": QT_TRANSLATE_NOOP("levers", "scarce specialists, the costliest labels"),
        UNSURE: QT_TRANSLATE_NOOP("levers", "whoever can judge them"),
    }
)
MOVE = QT_TRANSLATE_NOOP("levers", "“{question}” to “{answer}”")
AND = QT_TRANSLATE_NOOP("levers", "{first} and {second}")
TEXT_BAND = QT_TRANSLATE_NOOP("levers", "Move {moves}: readiness rises to {band}")
TEXT_PATH = QT_TRANSLATE_NOOP(
    "levers", "Move {moves}: {path} becomes the recommendation (readiness {band})"
)

if any(cap.limit >= readiness.BAND_FLOORS["emerging"] for cap in READINESS_CAPS):
    raise ValueError("the lever search assumes every readiness cap means 'not ready'")

Move = tuple[tuple[str, str], ...]
Outcome = tuple[int, int]  # (index of the path in PATH_ORDER, index of the band)


class Standing(NamedTuple):
    """The readiness the engine found for the recommended path: its governance and band."""

    governance: int
    band: Band


class _Scorer:
    """Scores moves of a few answers from one assessment's rule state."""

    def __init__(
        self, answers: Answers, prohibited: bool, analysis: Analysis, standing: Standing | None
    ) -> None:
        self.answers = answers
        self.prohibited = prohibited
        self.analysis = analysis
        self.governance: dict[PathId, int] = {}
        self.path = winner(analysis.probe.raw)
        path = PATH_ORDER[self.path]
        if standing is None:
            self.now: Outcome = (self.path, self._band({}, path))
        else:
            self.governance[path] = standing.governance
            self.now = (self.path, BAND_ORDER.index(standing.band))
        self.uncapped = readiness.uncapped(answers, path, self.governance[path])
        self._gain: dict[str, float] = {}
        self._rises: dict[tuple[str, ...], bool] = {}  # what the top of the ladders gave
        # What holds the band down and which controllable answers could release it: every
        # blocker or cap that holds must lose a condition, and only a moved answer can.
        emerging, not_ready = BAND_ORDER.index("emerging"), BAND_ORDER.index("not_ready")
        bits = encode(answers)
        self.holding = [
            frozenset(rule.when) & frozenset(LEVER_QUESTIONS)
            for rule, ceiling in (
                *((blocker, emerging) for blocker in BLOCKERS),
                *((cap, not_ready) for cap in READINESS_CAPS),
            )
            if ceiling <= self.now[1] and rule.holds(bits)
        ]
        raw, current = analysis.probe.raw, self.path
        # For each other path: how far it trails (a tie goes to the simpler path), and how
        # much the best step of each question can close that gap.
        self.needed = {
            p: raw[current] - raw[p] + (p > current)
            for p in range(len(raw))
            if p != current
        }
        self._best_gain: dict[str, dict[int, int]] = {}
        self.capped_by_governance = (
            self.governance[path] < readiness.GOVERNANCE_FOR_ADVANCED
            and self.now[1] == BAND_ORDER.index("ready")
        )

    def outcome(self, move: Move, can_rise: bool = True) -> Outcome:
        """The path and band after `move`; `can_rise` False says the band on the current
        path cannot rise with these questions, so it is not scored again."""
        path_index = self.analysis.probe.winner_after(self.analysis.delta_of(move))
        if path_index == self.path and not can_rise:
            return self.now
        return path_index, self._band(dict(move), PATH_ORDER[path_index])

    def gain(self, qid: str) -> float:
        """How much the uncapped score of the current path grows with `qid` at its top."""
        found = self._gain.get(qid)
        if found is None:
            found = self._gain[qid] = readiness.top_gain(
                self.answers, PATH_ORDER[self.path], qid
            )
        return found

    def best_gain(self, qid: str) -> dict[int, int]:
        """For each other path, how much the best step up of `qid` closes its gap."""
        found = self._best_gain.get(qid)
        if found is None:
            effect, current = self.analysis.effect, self.path
            deltas = [effect(qid, value) for value in _steps_up(self.answers, qid)]
            found = self._best_gain[qid] = {
                p: max([d[p] - d[current] for d in deltas], default=0) for p in self.needed
            }
        return found

    def can_change_path(self, q1: str, q2: str) -> bool:
        """Whether any moves of these two answers could make another path lead: their best
        single gains, plus the most the rules reading both could add, against the gap."""
        slack = _PAIR_SLACK[q1, q2]
        gains1, gains2 = self.best_gain(q1), self.best_gain(q2)
        for p, needed in self.needed.items():
            if gains1[p] + gains2[p] + slack[p, self.path] >= needed:
                return True
        return False

    def can_rise(self, questions: tuple[str, ...]) -> bool:
        """Whether moving these questions to the top of their ladders raises the band on the
        current path: readiness only grows up a ladder, so if the top does not, nothing does."""
        if self.prohibited or self.capped_by_governance:
            return False  # held by what no controllable answer changes
        if any(self._rises.get((qid,), False) for qid in questions):
            return True  # one of them alone may raise it: then every move is scored
        if any(needed.isdisjoint(questions) for needed in self.holding):
            return False  # a blocker or cap that holds reads none of the moved answers
        best = self.uncapped + sum(self.gain(qid) for qid in questions)
        if BAND_ORDER.index(readiness.band(int(best) + 1)) <= self.now[1]:
            return False  # caps only lower the score: even uncapped, the band stays
        top = {qid: QUESTIONS[qid].ladder[-1] for qid in questions}
        rises = self._rises[questions] = self._band(top, PATH_ORDER[self.path]) > self.now[1]
        return rises

    def _band(self, changes: Mapping[str, str], path: PathId) -> int:
        answers = {**self.answers, **changes}
        blocked = self.prohibited or bool(blocking(answers))
        governance = self.governance.get(path)
        if governance is None:
            governance = self.governance[path] = readiness.governance_score(self.answers, path)
        score = readiness.score(
            answers,
            path,
            governance=governance,
            blocked=blocked,
            prohibited=self.prohibited,
        )
        return BAND_ORDER.index(readiness.band(score))


# For each pair of lever questions and each pair of paths (p, current): the most the rules
# reading both questions could add to p against current, beyond the two single effects.
_PAIR_SLACK: dict[tuple[str, str], dict[tuple[int, int], int]] = {
    (q1, q2): {
        (p, current): sum(
            3 * abs(EFFECTS[i][p] - EFFECTS[i][current]) for i in shared_rules(q1, q2)
        )
        for p in range(len(PATH_ORDER))
        for current in range(len(PATH_ORDER))
    }
    for q1, q2 in itertools.permutations(LEVER_QUESTIONS, 2)
}
def _steps_up(answers: Answers, qid: str) -> tuple[str, ...]:
    """The answers above the current one on the question's ladder, nearest first."""
    ladder = QUESTIONS[qid].ladder
    current = answers.get(qid, UNSURE)
    if current not in ladder:
        return ()  # "don't know" is for finding out, not a lever
    return ladder[ladder.index(current) + 1 :]


def _helps(outcome: Outcome, now: Outcome) -> bool:
    return outcome[0] != now[0] or outcome[1] > now[1]


def _covers(single: Outcome, pair: Outcome) -> bool:
    return single[0] == pair[0] and single[1] >= pair[1]


def search(
    answers: Answers,
    prohibited: bool,
    analysis: Analysis | None = None,
    standing: Standing | None = None,
) -> list[tuple[Move, Outcome]]:
    """The helpful moves of one answer, then of two, ranked; at most MAX_LEVERS.

    `standing` is the engine's readiness for the current path, when it is known already.
    """
    scorer = _Scorer(answers, prohibited, analysis or Analysis(answers), standing)
    now = scorer.now
    best_single: dict[str, list[Outcome]] = {}
    found: list[tuple[Move, Outcome]] = []
    movable = [qid for qid in LEVER_QUESTIONS if _steps_up(answers, qid)]
    for qid in movable:
        outcomes = []
        can_rise = scorer.can_rise((qid,))
        for value in _steps_up(answers, qid):
            outcome = scorer.outcome(((qid, value),), can_rise)
            outcomes.append(outcome)
            if _helps(outcome, now):
                found.append((((qid, value),), outcome))
                break  # the smallest step that helps is the lever
        best_single[qid] = outcomes
    # Pairs fill the places singles leave: a single move is always the smaller lever.
    for q1, q2 in itertools.combinations(movable, 2):
        if len(found) >= MAX_LEVERS:
            break
        pair = _first_pair(scorer, now, answers, q1, q2, best_single[q1] + best_single[q2])
        if pair is not None:
            found.append(pair)
    found.sort(key=lambda item: _rank(item, now))
    return found[:MAX_LEVERS]


def _first_pair(
    scorer: _Scorer,
    now: Outcome,
    answers: Answers,
    q1: str,
    q2: str,
    alone: list[Outcome],
) -> tuple[Move, Outcome] | None:
    """The smallest moves of two answers that help, unless one of them alone does as well."""
    can_rise = scorer.can_rise((q1, q2))
    if not can_rise and not scorer.can_change_path(q1, q2):
        return None
    for v1 in _steps_up(answers, q1):
        for v2 in _steps_up(answers, q2):
            move = ((q1, v1), (q2, v2))
            outcome = scorer.outcome(move, can_rise)
            if not _helps(outcome, now):
                continue
            if any(_covers(single, outcome) for single in alone):
                return None
            return move, outcome
    return None


def _rank(item: tuple[Move, Outcome], now: Outcome) -> tuple[int, int, int, int]:
    move, (path_index, band_index) = item
    same_path = 0 if path_index == now[0] else 1
    order = min(LEVER_QUESTIONS.index(qid) for qid, _ in move)
    return same_path, len(move), -band_index, order


def levers(
    answers: Answers,
    prohibited: bool,
    translate: Translate,
    band_of: BandOf,
    analysis: Analysis | None = None,
    standing: Standing | None = None,
) -> tuple[Lever, ...]:
    """The levers, said in the language of `translate`, each checked from scratch."""
    said = []
    analysis = analysis or Analysis(answers)
    now = PATH_ORDER[winner(analysis.probe.raw)]
    for move, (path_index, band_index) in search(answers, prohibited, analysis, standing):
        changed = {**answers, **dict(move)}
        path = PATH_ORDER[winner(raw_fit(changed))]
        band = band_of(changed, path)
        # Scored once more from scratch, as the engine scores: what is said must hold.
        if path is not PATH_ORDER[path_index] or band != BAND_ORDER[band_index]:
            continue
        said.append(
            Lever.model_construct(
                text=_text(move, path, band, now, translate),
                answers=dict(move),
                recommendation=path,
                band=band,
                effort="; ".join(_effort(qid, value, answers, translate) for qid, value in move),
            )
        )
    return tuple(said)


class BandOf:
    """The band an assessment's answers get for a path, as the engine computes it."""

    def __init__(self, prohibited: bool) -> None:
        self.prohibited = prohibited

    def __call__(self, answers: Answers, path: PathId) -> Band:
        blocked = self.prohibited or bool(blocking(answers))
        score = readiness.score(
            answers,
            path,
            governance=readiness.governance_score(answers, path),
            blocked=blocked,
            prohibited=self.prohibited,
        )
        return readiness.band(score)


def _text(move: Move, path: PathId, band: str, now: PathId, translate: Translate) -> str:
    moves = [
        translate("levers", MOVE).format(
            question=translate("questions", QUESTIONS[qid].label),
            answer=translate("questions", QUESTIONS[qid].option(value).label),
        )
        for qid, value in move
    ]
    joined = moves[0] if len(moves) == 1 else translate("levers", AND).format(
        first=moves[0], second=moves[1]
    )
    band_name = translate("labels", BAND_LABELS[band])
    if path is now:
        return translate("levers", TEXT_BAND).format(moves=joined, band=band_name)
    return translate("levers", TEXT_PATH).format(
        moves=joined, path=translate("paths", PATHS[path].name), band=band_name
    )


def _effort(qid: str, value: str, answers: Answers, translate: Translate) -> str:
    who = translate("levers", WHO[answers.get("label_expertise", UNSURE)])
    to = translate("questions", QUESTIONS[qid].option(value).label)
    template = EFFORT.get((qid, value)) or BY_QUESTION[qid]
    return translate("levers", template).format(to=to, who=who)
