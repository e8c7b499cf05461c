"""What would change the recommendation: the smallest sets of changed answers.

For every other path, the single answers that would make it the recommendation, or failing
those the pairs. Each candidate is checked by scoring the changed answers with the same rules,
so applying a change and assessing again gives exactly the path it names.
"""

from __future__ import annotations

import itertools

from wizard.core.analysis import (
    ALTERNATIVES,
    EFFECTS,
    QUESTION_PAIRS,
    STILL,
    Analysis,
    Candidate,
    Delta,
    Probe,
    distance,
)
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import UNSURE, PathId
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTION_IDS, QUESTIONS, answer_label
from wizard.core.result import Change
from wizard.core.scoring import Answers, raw_fit, winner

MAX_PER_PATH = 3


def _pair_changes(analysis: Analysis, target: int) -> list[Candidate]:
    """Pairs of changed answers that make `target` the recommendation, best ranked first.

    One pair per pair of questions, at most MAX_PER_PATH of them: the search walks the pairs
    of questions in the order of `_questions_rank` and stops when it has enough.

    A pair's effect is the sum of its two single effects, corrected only for the rules that
    read both questions and are at most two unmet conditions from firing, or fire now. So a
    pair of questions is skipped when even their best single gains plus the most those rules
    could add fall short, and the rest are decided by arithmetic.
    """
    probe, singles = analysis.probe, analysis.singles
    raw = probe.raw
    first_rival, second_rival = _RIVALS[target]
    # A tie goes to the simpler path, so a more demanding target must get strictly ahead.
    needed = (
        raw[first_rival] - raw[target] + (target > first_rival),
        raw[second_rival] - raw[target] + (target > second_rival),
    )
    best = _best_gains(analysis.distinct, target, first_rival, second_rival)
    # The live rules read two questions or more and are at most two unmet conditions from
    # firing, or fire now. A shared rule can move a pair's total away from the sum of its
    # singles by at most its own effect: it fires or stops once, however many of the two
    # answers touch it. So per pair of questions, the least their two single gains must add
    # up to is the gap less what its live rules could add.
    live_rules: dict[tuple[str, str], list[int]] = {}
    limits: dict[tuple[str, str], tuple[int, int]] = {}
    slack_all = [0, 0]
    for index, unmet in enumerate(probe.unmet):
        pairs = QUESTION_PAIRS[index]
        if unmet > 2 or not pairs:
            continue
        effects = EFFECTS[index]
        slack = (
            abs(effects[target] - effects[first_rival]),
            abs(effects[target] - effects[second_rival]),
        )
        slack_all[0] += slack[0]
        slack_all[1] += slack[1]
        for pair in pairs:
            live_rules.setdefault(pair, []).append(index)
            limit = limits.get(pair, needed)
            limits[pair] = (limit[0] - slack[0], limit[1] - slack[1])
    # No pair at all can do it when even the two best single gains, plus what every live
    # rule could add, fall short: then the walk below is skipped.
    for k in (0, 1):
        top = sorted([gain[k] for gain in best.values()], reverse=True)
        if top[0] + top[1] + slack_all[k] < needed[k]:
            return []
    gains: dict[str, list[tuple[Candidate, tuple[int, int]]]] = {}

    def gains_of(qid: str) -> list[tuple[Candidate, tuple[int, int]]]:
        found = gains.get(qid)
        if found is None:
            found = gains[qid] = [
                (c, (d[target] - d[first_rival], d[target] - d[second_rival]))
                for c, d in singles[qid]
            ]
        return found

    found: list[Candidate] = []
    for pair in _candidate_pairs(best, needed, limits):
        q1, q2 = pair
        chosen = _first_pair(probe, gains_of(q1), gains_of(q2), live_rules.get(pair, []),
                             (first_rival, second_rival), target, needed,
                             limits.get(pair, needed))
        if chosen is not None:
            found.append(chosen)
            if len(found) == MAX_PER_PATH:
                break
    return found


def _best_gains(
    distinct: dict[str, tuple[Delta, ...]], target: int, first_rival: int, second_rival: int
) -> dict[str, tuple[int, int]]:
    """Per question, the most one changed answer gains for `target` against each rival."""
    best: dict[str, tuple[int, int]] = {}
    for qid, deltas in distinct.items():
        if not deltas:
            best[qid] = (0, 0)
        elif len(deltas) == 1:
            d = deltas[0]
            best[qid] = (d[target] - d[first_rival], d[target] - d[second_rival])
        else:
            best[qid] = (
                max([d[target] - d[first_rival] for d in deltas]),
                max([d[target] - d[second_rival] for d in deltas]),
            )
    return best


def _candidate_pairs(
    best: dict[str, tuple[int, int]],
    needed: tuple[int, int],
    limits: dict[tuple[str, str], tuple[int, int]],
) -> list[tuple[str, str]]:
    """The pairs of questions whose best single gains reach the gap against both rivals (less
    what their live shared rules could add: `limits`), in the order of `_PAIR_RANK`.

    Most pairs share no live rule: for those the gains alone decide, so the questions are
    walked by their gain against the first rival, largest first, and each walk stops at the
    first partner too small; the few pairs with live rules are checked one by one.
    """
    pairs = []
    for pair, limit in limits.items():
        g1, g2 = best[pair[0]], best[pair[1]]
        if g1[0] + g2[0] >= limit[0] and g1[1] + g2[1] >= limit[1]:
            pairs.append(pair)
    order = sorted(best, key=lambda qid: -best[qid][0])
    for n, q1 in enumerate(order):
        g1 = best[q1]
        for q2 in order[n + 1 :]:
            g2 = best[q2]
            if g1[0] + g2[0] < needed[0]:
                break
            if g1[1] + g2[1] >= needed[1]:
                pair = (q1, q2) if _POSITION[q1] < _POSITION[q2] else (q2, q1)
                if pair not in limits:
                    pairs.append(pair)
    return sorted(pairs, key=_PAIR_RANK.__getitem__)


def _first_pair(
    probe: Probe,
    firsts: list[tuple[Candidate, tuple[int, int]]],
    seconds: list[tuple[Candidate, tuple[int, int]]],
    live: list[int],
    rivals: tuple[int, int],
    target: int,
    needed: tuple[int, int],
    limits: tuple[int, int],
) -> Candidate | None:
    """The first combination of answers to two questions that makes `target` win."""
    for c1, g1 in firsts:
        flips1 = [probe.flip(index, c1) for index in live]
        for c2, g2 in seconds:
            total0, total1 = g1[0] + g2[0], g1[1] + g2[1]
            if total0 < limits[0] or total1 < limits[1]:
                continue
            pair = (c1[0], c2[0])
            for index, flip1 in zip(live, flips1, strict=True):
                correction = probe.flip(index, pair) - flip1 - probe.flip(index, c2)
                if correction:
                    effects = EFFECTS[index]
                    total0 += correction * (effects[target] - effects[rivals[0]])
                    total1 += correction * (effects[target] - effects[rivals[1]])
            if total0 >= needed[0] and total1 >= needed[1]:
                return pair
    return None


Rank = tuple[int, tuple[int, ...], tuple[tuple[int, int], ...]]


def _rank(candidate: Candidate, answers: Answers) -> Rank:
    """Changes the organisation can make first, then the order of the bank, nearest first."""
    if len(candidate) == 1:
        (qid, value), = candidate
        return _SINGLE_RANK[qid, answers.get(qid, UNSURE), value]
    return _worked_out_rank(candidate, answers)


def _worked_out_rank(candidate: Candidate, answers: Answers) -> Rank:
    questions = tuple(qid for qid, _ in candidate)
    options = tuple(
        (
            distance(qid, answers.get(qid, UNSURE), value),
            QUESTIONS[qid].option_ids.index(value),
        )
        for qid, value in candidate
    )
    return (*_questions_rank(questions), options)


def _questions_rank(questions: tuple[str, ...]) -> tuple[int, tuple[int, ...]]:
    facts = sum(1 for qid in questions if not QUESTIONS[qid].decision)
    return facts, tuple(QUESTION_IDS.index(qid) for qid in questions)


def _one_per_question_set(candidates: list[Candidate]) -> list[Candidate]:
    """The first candidate for each set of questions: one sentence per question is enough."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for candidate in candidates:
        questions = tuple(qid for qid, _ in candidate)
        if questions not in seen:
            seen.add(questions)
            kept.append(candidate)
    return kept


def _sentence(answers: Answers, candidate: Candidate, path: PathId, translate: Translate) -> str:
    name = translate("paths", PATHS[path].name)
    if len(candidate) == 1:
        (qid, value), = candidate
        question = QUESTIONS[qid]
        now = translate("questions", answer_label(qid, answers.get(qid, UNSURE)))
        template = QT_TRANSLATE_NOOP(
            "whatif", "{path} would lead if “{question}” were “{answer}” (now “{now}”)."
        )
        return translate("whatif", template).format(
            path=name,
            question=translate("questions", question.label),
            answer=translate("questions", question.option(value).label),
            now=now,
        )
    (q1, a1), (q2, a2) = candidate
    template = QT_TRANSLATE_NOOP(
        "whatif",
        "{path} would lead if “{question1}” were “{answer1}” and “{question2}” were "
        "“{answer2}”.",
    )
    return translate("whatif", template).format(
        path=name,
        question1=translate("questions", QUESTIONS[q1].label),
        answer1=translate("questions", QUESTIONS[q1].option(a1).label),
        question2=translate("questions", QUESTIONS[q2].label),
        answer2=translate("questions", QUESTIONS[q2].option(a2).label),
    )


def _rivals(target: int) -> tuple[int, int]:
    first, second = (i for i in range(len(PATH_ORDER)) if i != target)
    return first, second


_RIVALS: tuple[tuple[int, int], ...] = tuple(_rivals(t) for t in range(len(PATH_ORDER)))
# The rank of every single change, from every answer.
_SINGLE_RANK: dict[tuple[str, str, str], Rank] = {
    (qid, current, option): _worked_out_rank((((qid, option),)), {qid: current})
    for (qid, current), options in ALTERNATIVES.items()
    for option in options
}
_POSITION: dict[str, int] = {qid: n for n, qid in enumerate(QUESTION_IDS)}
_PAIR_RANK: dict[tuple[str, str], int] = {
    pair: rank
    for rank, pair in enumerate(
        sorted(itertools.combinations(QUESTION_IDS, 2), key=_questions_rank)
    )
}


def what_would_change(
    answers: Answers, translate: Translate, analysis: Analysis | None = None
) -> tuple[Change, ...]:
    """The smallest changes of answers that make each other path the recommendation."""
    analysis = analysis or Analysis(answers)
    probe = analysis.probe
    current = winner(probe.raw)
    by_path: dict[int, list[Candidate]] = {}
    for single in analysis.by_question.values():
        if not single.distinct:
            continue  # no change of this answer moves any path: the leader stays
        for candidate, delta in single.options:
            if delta == STILL:
                continue
            leader = probe.winner_after(delta)
            if leader != current:
                by_path.setdefault(leader, []).append(candidate)
    changes: list[Change] = []
    for target, path in enumerate(PATH_ORDER):
        if target == current:
            continue
        candidates = by_path.get(target) or _pair_changes(analysis, target)
        ranked = sorted(candidates, key=lambda candidate: _rank(candidate, answers))
        for candidate in _one_per_question_set(ranked)[:MAX_PER_PATH]:
            # Scored once more from scratch: what is said here must hold when it is applied.
            # The brute-force tests guard the fast search; a user never sees a wrong claim.
            if winner(raw_fit({**answers, **dict(candidate)})) != target:
                continue
            changes.append(
                Change.model_construct(
                    text=_sentence(answers, candidate, path, translate),
                    answers=dict(candidate),
                    recommendation=path,
                )
            )
    return tuple(changes)


def deciding_unknowns(answers: Answers, analysis: Analysis | None = None) -> tuple[str, ...]:
    """The questions answered "don't know" whose answer alone could change the path."""
    unknown = [qid for qid in QUESTION_IDS if answers.get(qid, UNSURE) == UNSURE]
    if not unknown:
        return ()
    analysis = analysis or Analysis(answers)
    probe = analysis.probe
    current = winner(probe.raw)
    return tuple(
        qid
        for qid in unknown
        if any(probe.winner_after(delta) != current for delta in analysis.distinct[qid])
    )


