"""The shape of a declared risk: its conditions, paths, severity, mitigation, owner, source."""

from __future__ import annotations

from functools import cached_property

from pydantic import BaseModel, ConfigDict

from wizard.core.declared import When, any_holds, any_of, when
from wizard.core.i18n import Translate
from wizard.core.model import PathId
from wizard.core.result import Owner, Risk, Severity
from wizard.core.shown import Shown

CML = PathId.CLASSICAL_ML
PRE = PathId.PRETRAINED_OR_TRANSFER
CDL = PathId.CUSTOM_DEEP_LEARNING

PEOPLE_AREAS = (
    "employment", "credit_insurance", "education", "public_services", "law_justice_migration",
)
FACE_AREAS = ("biometrics", "emotion_recognition", "emotion_recognition_work")
LANGUAGE_TASKS = ("answer_questions", "generate")
HIGH_VOLUME = ("1m_100m", "gt_100m")


class RiskRule(BaseModel):
    """A declared risk and when it applies."""

    model_config = ConfigDict(frozen=True)

    id: str
    conditions: tuple[When, ...] = ()
    paths: frozenset[PathId] = frozenset()
    approaches: frozenset[str] = frozenset()
    severity: Severity
    high_when: tuple[When, ...] = ()
    text: str
    mitigation: str
    owner: Owner
    source: str
    # Whether the risk still stands when the use is prohibited (verdict stop): the exposure of
    # building or running it, never advice on how to build it.
    under_stop: bool = False

    def holds(self, bits: int) -> bool:
        """Whether answers encoded by `answerbits.encode` raise this risk."""
        return any_holds(self._excluded, bits)

    @cached_property
    def _excluded(self) -> tuple[int, ...]:
        return tuple(condition.excluded for condition in self.conditions)

    @cached_property
    def _high_excluded(self) -> tuple[int, ...]:
        return tuple(condition.excluded for condition in self.high_when)

    def concerns(self, path: PathId, approach: str | None) -> bool:
        """Whether the risk concerns this recommended path and approach."""
        return (not self.paths or path in self.paths) and (
            not self.approaches or approach in self.approaches
        )

    @property
    def questions(self) -> tuple[str, ...]:
        """The questions the risk reads."""
        return tuple(sorted({q for c in (*self.conditions, *self.high_when) for q in c.answers}))

    def shown(self, bits: int, translate: Translate) -> Risk:
        """The risk as the result shows it, for answers encoded by `answerbits.encode`."""
        severity: Severity = (
            "high" if self.high_when and any_holds(self._high_excluded, bits) else self.severity
        )
        return _SHOWN.get(
            self,
            (translate, severity),
            lambda: Risk.model_construct(
                id=self.id,
                text=translate("risks", self.text),
                severity=severity,
                mitigation=translate("risks", self.mitigation),
                source=self.source,
                owner=self.owner,
                questions=self.questions,
            ),
        )


# Validated when declared; built once per language and severity.
_SHOWN: Shown[Risk] = Shown()


def people_high() -> When:
    """The condition: outputs decide things about people with high impact."""
    return when(any_of("people_impact", "high"))

