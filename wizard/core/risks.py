"""The declared risk library: what to watch, given the answers and the recommended path.

Each risk names its condition (any of `conditions`), the paths and approaches it concerns (none
means any), its severity (raised to high where `high_when` holds), a mitigation, an owner and a
source whose example fits the domain. The declarations live in risks_people.py (people and
their domains) and risks_task.py (the task, the path and its operation).
"""

from __future__ import annotations

from collections.abc import Mapping

from wizard.core.answerbits import encode
from wizard.core.i18n import Translate, untranslated
from wizard.core.model import PathId
from wizard.core.result import Risk
from wizard.core.riskmodel import RiskRule
from wizard.core.risks_people import PEOPLE_RISKS
from wizard.core.risks_task import TASK_RISKS
from wizard.core.sources import SOURCES

__all__ = ["RISKS", "RiskRule", "risks_for"]

RISKS: tuple[RiskRule, ...] = (*PEOPLE_RISKS, *TASK_RISKS)

for _risk in RISKS:
    if _risk.source not in SOURCES:
        raise ValueError(f"risk {_risk.id} cites unknown source {_risk.source}")

_ORDER = {"high": 0, "medium": 1, "low": 2}


def risks_for(
    answers: Mapping[str, str],
    path: PathId,
    approach: str | None = None,
    translate: Translate = untranslated,
    *,
    prohibited: bool = False,
) -> tuple[Risk, ...]:
    """The risks of these answers on the recommended path, the most severe first.

    When the use is prohibited nothing is to be built, so only the risks that stand under
    stop are said: a mitigation of another would be advice on building the system.
    """
    bits = encode(answers)
    shown = [
        rule.shown(bits, translate)
        for rule in RISKS
        if rule.concerns(path, approach)
        and rule.holds(bits)
        and (rule.under_stop or not prohibited)
    ]
    return tuple(sorted(shown, key=lambda risk: _ORDER[risk.severity]))

