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
# frozen).
@lru_cache(maxsize=4096)
def reasons(firing: tuple[int, ...], best: PathId, translate: Translate) -> tuple[Reason, ...]:
    """Every fired rule, said once: for the recommendation first, then grouped by path."""
    rules = [FIT_RULES[index] for index in firing]
    gates = [rule for rule in rules if rule.group == GROUP]
    own: list[FitRule] = []
    grouped: dict[tuple[bool, PathId], list[FitRule]] = {}
    for rule in rules:
        if rule.group == GROUP:
            continue
        side = _side(rule, best)
        if side == (True, best):
            own.append(rule)
        else:
            grouped.setdefault(side, []).append(rule)
    own.sort(key=lambda rule: -_lead(rule, best))
    said = [_own(rule, best, translate) for rule in own]
    for (speaks_for, path), members in sorted(
        grouped.items(), key=lambda item: (not item[0][0], PATH_ORDER.index(item[0][1]))
    ):
        members.sort(key=lambda rule: -abs(rule.fit.get(path, 0)))
        template = FOR_OTHER if speaks_for else AGAINST
        text = translate("reasons", template).format(
            path=translate("paths", PATHS[path].name),
            texts="; ".join(translate("rules", rule.text) for rule in members),
        )
        prefix = "for" if speaks_for else "against"
        said.append(_group(f"{prefix}-{path.value}", text, members, path))
    if gates:
        template = CUSTOM_NONE if len(gates) == len(GATES) else CUSTOM
        text = translate("reasons", template).format(
            needs=", ".join(translate("rules", gate.short) for gate in GATES),
            missing=", ".join(translate("rules", gate.short) for gate in gates),
        )
        said.append(_group(GROUP, text, gates, PathId.CUSTOM_DEEP_LEARNING))
    return tuple(said)


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


def _lead(rule: FitRule, best: PathId) -> int:
    """How far the rule puts `best` ahead of the strongest other path it touches."""
    others = [rule.fit.get(path, 0) for path in PATH_ORDER if path != best]
    return rule.fit.get(best, 0) - max(others)
