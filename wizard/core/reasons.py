"""The "why" of the advice: the reasons for the path first, then one line per other path.

Every rule that fired is in exactly one reason, so the effects of the reasons add up to the
raw fit of every path. A rule speaks for the path it gives the most points to, or, when it
only takes points away, against the path it costs the most. The reasons for the recommended
path are said one by one, strongest first; those for or against another path are grouped in
one line per path, and the prerequisites of custom deep learning in one sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.model import PathId
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTIONS
from wizard.core.result import Reason
from wizard.core.rulebook import FIT_RULES
from wizard.core.rulemodel import FitRule
from wizard.core.rules_custom import CUSTOM_RULES, GROUP
from wizard.core.shown import Shown

FOR_OTHER = QT_TRANSLATE_NOOP("reasons", "For {path}, though it is outweighed: {texts}")
AGAINST = QT_TRANSLATE_NOOP("reasons", "Against {path}: {texts}")
CUSTOM = QT_TRANSLATE_NOOP(
    "reasons",
    "Custom deep learning needs all of these: {needs}; the answers do not show {missing}",
)
CUSTOM_NONE = QT_TRANSLATE_NOOP(
    "reasons", "Custom deep learning needs all of these, and the answers show none of them: {needs}"
)
GATES = tuple(rule for rule in CUSTOM_RULES if rule.group == GROUP)


def _side(rule: FitRule, best: PathId) -> tuple[bool, PathId]:
    """(True, path) if the rule speaks for `path`, (False, path) if against it.

    A rule that gives the recommended path its most points speaks for it; any other rule is
    said where its largest effect lies (a positive one winning a tie).
    """
    effects = [rule.fit.get(path, 0) for path in PATH_ORDER]
    top = max(effects)
    if top > 0 and rule.fit.get(best, 0) == top:
        return True, best
    strongest = max(range(len(effects)), key=lambda i: (abs(effects[i]), effects[i] > 0))
    return effects[strongest] > 0, PATH_ORDER[strongest]


def _sum(rules: Iterable[FitRule]) -> dict[PathId, int]:
    totals: dict[PathId, int] = {}
    for rule in rules:
        for path, points in rule.fit.items():
            totals[path] = totals.get(path, 0) + points
    return {path: totals[path] for path in PATH_ORDER if path in totals}


def _questions(rules: Iterable[FitRule]) -> tuple[str, ...]:
    read = {qid for rule in rules for qid in rule.when}
    return tuple(qid for qid in QUESTIONS if qid in read)


def _group(
    rule_id: str, text: str, rules: list[FitRule], path: PathId
) -> Reason:
    effects = _sum(rules)
    return Reason.model_construct(
        text=text,
        rule=rule_id,
        source=rules[0].source,
        effects=effects,
        questions=_questions(rules),
        path=path,
        weight=effects.get(path, 0),
        rules=tuple(rule.id for rule in rules),
        sources=tuple(dict.fromkeys(rule.source for rule in rules)),
    )


# The reasons depend only on which rules fired, the path and the language, and a batch of
# assessments repeats the same few combinations: each is said once and shared (Reasons are
# frozen). So is each grouped line, which recurs across many combinations.
@lru_cache(maxsize=4096)
def reasons(firing: tuple[int, ...], best: PathId, translate: Translate) -> tuple[Reason, ...]:
    """Every fired rule, said once: for the recommendation first, then grouped by path."""
    own: list[int] = []
    gates: list[int] = []
    grouped: dict[tuple[bool, PathId], list[int]] = {}
    for index in firing:
        if index in _GATES:
            gates.append(index)
            continue
        side = _SIDES[index, best]
        if side == (True, best):
            own.append(index)
        else:
            grouped.setdefault(side, []).append(index)
    own.sort(key=lambda index: -_LEADS[index, best])
    said = [_own(FIT_RULES[index], best, translate) for index in own]
    for side in sorted(grouped, key=lambda side: (not side[0], PATH_ORDER.index(side[1]))):
        said.append(_grouped(side, tuple(grouped[side]), translate))
    if gates:
        said.append(_custom(tuple(gates), translate))
    return tuple(said)


@lru_cache(maxsize=4096)
def _grouped(
    side: tuple[bool, PathId], members: tuple[int, ...], translate: Translate
) -> Reason:
    """One line for the rules that speak for (or against) another path, strongest first."""
    speaks_for, path = side
    rules = sorted((FIT_RULES[index] for index in members), key=lambda r: -abs(r.fit.get(path, 0)))
    template = FOR_OTHER if speaks_for else AGAINST
    text = translate("reasons", template).format(
        path=translate("paths", PATHS[path].name),
        texts="; ".join(translate("rules", rule.text) for rule in rules),
    )
    prefix = "for" if speaks_for else "against"
    return _group(f"{prefix}-{path.value}", text, rules, path)


@lru_cache(maxsize=1024)
def _custom(members: tuple[int, ...], translate: Translate) -> Reason:
    """The prerequisites of custom deep learning, in one sentence."""
    gates = [FIT_RULES[index] for index in members]
    template = CUSTOM_NONE if len(gates) == len(GATES) else CUSTOM
    text = translate("reasons", template).format(
        needs=", ".join(translate("rules", gate.short) for gate in GATES),
        missing=", ".join(translate("rules", gate.short) for gate in gates),
    )
    return _group(GROUP, text, gates, PathId.CUSTOM_DEEP_LEARNING)


def _own(rule: FitRule, best: PathId, translate: Translate) -> Reason:
    """A rule for the recommended path, said alone; the same for every assessment it fires in."""
    return _OWN.get(
        rule,
        (best, translate),
        lambda: Reason.model_construct(
            text=translate("rules", rule.text),
            rule=rule.id,
            source=rule.source,
            effects=dict(rule.fit),
            questions=rule.questions,
            path=best,
            weight=rule.fit[best],
            rules=(rule.id,),
            sources=(rule.source,),
        ),
    )


_OWN: Shown[Reason] = Shown()
_GATES = frozenset(index for index, rule in enumerate(FIT_RULES) if rule.group == GROUP)
_SIDES = {
    (index, path): _side(rule, path) for index, rule in enumerate(FIT_RULES) for path in PATH_ORDER
}


def _lead(rule: FitRule, best: PathId) -> int:
    """How far the rule puts `best` ahead of the strongest other path it touches."""
    others = [rule.fit.get(path, 0) for path in PATH_ORDER if path != best]
    return rule.fit.get(best, 0) - max(others)


_LEADS = {
    (index, path): _lead(rule, path) for index, rule in enumerate(FIT_RULES) for path in PATH_ORDER
}
