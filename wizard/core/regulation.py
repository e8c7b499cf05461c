"""The rules of law the answers bring into play, declared with their conditions and sources.

Dates are those the rulebook knows (December 2026). The EU AI Act's high-risk dates are the
ones reported for the amending Regulation (EU) 2026/1744 (Annex III: 2 December 2027; Annex I:
2 August 2028); the Act as adopted (Article 113) said 2 August 2026 and 2 August 2027. The
texts say both, and cite the amendment as reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from pydantic import BaseModel, ConfigDict

from wizard.core.answerbits import encode
from wizard.core.declared import When, any_holds, any_of, none_of, when
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wizard.core.result import Regulation
from wizard.core.shown import Shown
from wizard.core.sources import SOURCES

ANNEX_III_AREAS = (
    "employment",
    "credit_insurance",
    "education",
    "public_services",
    "law_justice_migration",
    "biometrics",
    "emotion_recognition",
    "critical_infrastructure",
)
ANNEX_I_AREAS = ("product_safety", "health")
PROHIBITED = "eu_ai_act_prohibited"


class RegulationRule(BaseModel):
    """A declared rule: when it applies (any of `conditions`), what it says and obliges."""

    model_config = ConfigDict(frozen=True)

    id: str
    conditions: tuple[When, ...]
    text: str
    obligations: tuple[str, ...]
    applies_from: str
    source: str
    also_cites: tuple[str, ...] = ()
    blocker: bool = False

    def holds(self, bits: int) -> bool:
        """Whether answers encoded by `answerbits.encode` bring this rule into play."""
        return bool(self.conditions) and any_holds(self._excluded, bits)

    @cached_property
    def _excluded(self) -> tuple[int, ...]:
        return tuple(condition.excluded for condition in self.conditions)

    def shown(self, translate: Translate) -> Regulation:
        """The rule as the result shows it, in the language of `translate`."""
        return _SHOWN.get(
            self,
            translate,
            lambda: Regulation.model_construct(
                id=self.id,
                text=translate("regulation", self.text),
                obligations=tuple(translate("regulation", o) for o in self.obligations),
                applies_from=self.applies_from,
                source=self.source,
            ),
        )


# Validated when declared; built once per language.
_SHOWN: Shown[Regulation] = Shown()


RULES: tuple[RegulationRule, ...] = (
    RegulationRule(
        id=PROHIBITED,
        conditions=(when(any_of("decision_area", "emotion_recognition_work")),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "EU AI Act, Article 5(1)(f): inferring the emotions of employees, pupils or "
            "students at work or in education is a prohibited practice, whatever the "
            "technology, unless it serves a medical or safety purpose.",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation", "Do not build, buy or use a system for this purpose in the EU."
            ),
            QT_TRANSLATE_NOOP(
                "regulation", "Stop any such use already running and record the decision."
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "Rely on the medical or safety exception only with counsel's written opinion.",
            ),
        ),
        applies_from="2025-02-02",
        source="eu_ai_act_art5",
        also_cites=("eu_ai_act_art113",),
        blocker=True,
    ),
    RegulationRule(
        id="eu_ai_act_high_risk",
        conditions=(when(any_of("decision_area", *ANNEX_III_AREAS)),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "EU AI Act, Article 6(2) and Annex III: this use is high-risk. The duties "
            "apply from 2 December 2027 under the amending Regulation (EU) 2026/1744 as "
            "reported (2 August 2026 in the Act as adopted).",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation",
                "As provider: a risk management system, data governance for training data, "
                "technical documentation and logging.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "Human oversight, accuracy and robustness fit for the use, and instructions "
                "for the deployer.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "A conformity assessment and registration in the EU database before use.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "As deployer: use as instructed, monitor, keep logs, inform the people "
                "affected, and inform workers' representatives before using it at work.",
            ),
        ),
        applies_from="2027-12-02",
        source="eu_ai_act_annex3",
        also_cites=("eu_ai_act_2026_1744", "eu_ai_act_art113"),
    ),
    RegulationRule(
        id="eu_ai_act_high_risk",
        conditions=(when(any_of("decision_area", *ANNEX_I_AREAS)),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "EU AI Act, Article 6(1) and Annex I: AI that is, or is a safety component of, "
            "a regulated product needing third-party conformity assessment (a medical device "
            "of class IIa or higher, a machine, a toy) is high-risk. The duties apply from 2 "
            "August 2028 under Regulation (EU) 2026/1744 as reported (2 August 2027 as "
            "adopted).",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation",
                "Meet the AI Act's high-risk requirements within the product's own "
                "conformity assessment by its notified body.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "Risk management, data governance, documentation, logging and human "
                "oversight for the AI part.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "Post-market monitoring and reporting of serious incidents.",
            ),
        ),
        applies_from="2028-08-02",
        source="eu_ai_act_annex1",
        also_cites=("eu_ai_act_2026_1744", "eu_ai_act_art113"),
    ),
    RegulationRule(
        id="eu_ai_act_transparency",
        conditions=(when(any_of("task", "answer_questions", "generate")),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "EU AI Act, Article 50: people who talk to an AI system, employees included, must "
            "be told so, and content it generates must be marked as such.",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation",
                "Tell people at the start that they are dealing with an AI system, unless it "
                "is obvious.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "Mark generated text, images, audio or video in a machine-readable way; "
                "disclose deep fakes and generated text published on matters of public "
                "interest.",
            ),
        ),
        applies_from="2026-08-02",
        source="eu_ai_act_art50",
        also_cites=("eu_ai_act_2026_1744",),
    ),
    RegulationRule(
        id="eu_ai_act_transparency",
        conditions=(when(any_of("decision_area", "emotion_recognition", "biometrics")),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "EU AI Act, Article 50(3): people exposed to emotion recognition or biometric "
            "categorisation must be informed of it.",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation",
                "Inform the people exposed to emotion recognition or biometric "
                "categorisation before it runs, and process their data lawfully.",
            ),
        ),
        applies_from="2026-08-02",
        source="eu_ai_act_art50",
    ),
    RegulationRule(
        id="gdpr_automated_decision",
        conditions=(when(any_of("decision_area", "credit_insurance")),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "GDPR, Article 22: a credit score that a lender draws strongly on is itself an "
            "automated decision (CJEU, SCHUFA, C-634/21).",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation",
                "Use solely automated decisions only where a contract, the law or explicit "
                "consent allows them.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "Offer human intervention, a way to state one's view and to contest the "
                "decision (Article 22(3)), and meaningful information about the logic involved "
                "(Articles 13 to 15).",
            ),
        ),
        applies_from="2018-05-25",
        source="gdpr_art22",
        also_cites=("cjeu_schufa",),
    ),
    RegulationRule(
        id="gdpr_automated_decision",
        conditions=(when(any_of("people_impact", "high"), none_of("audience", "experts")),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "GDPR, Article 22: a decision with legal or similarly significant effect on a "
            "person may not rest solely on automated processing without meaningful human "
            "review.",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation",
                "Have a person with authority and the information to change the outcome "
                "review each decision, or rely on a contract, the law or explicit consent.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "Offer human intervention, a way to state one's view and to contest the "
                "decision (Article 22(3)), and meaningful information about the logic involved "
                "(Articles 13 to 15).",
            ),
            QT_TRANSLATE_NOOP(
                "regulation", "Carry out a data protection impact assessment first."
            ),
        ),
        applies_from="2018-05-25",
        source="gdpr_art22",
        also_cites=("gdpr",),
    ),
    RegulationRule(
        id="medical_device",
        conditions=(when(any_of("decision_area", "health")),),
        text=QT_TRANSLATE_NOOP(
            "regulation",
            "Medical Device Regulation (EU) 2017/745: software that diagnoses, triages, "
            "monitors or treats is a medical device; under Rule 11 of Annex VIII it is class "
            "IIa or higher.",
        ),
        obligations=(
            QT_TRANSLATE_NOOP(
                "regulation",
                "A CE mark after conformity assessment by a notified body, or buy a product "
                "that already carries one for this intended use.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation",
                "A clinical evaluation, a quality management system and technical "
                "documentation.",
            ),
            QT_TRANSLATE_NOOP(
                "regulation", "Post-market surveillance and vigilance reporting."
            ),
        ),
        applies_from="2021-05-26",
        source="mdr_rule11",
    ),
)

for _rule in RULES:
    for _source in (_rule.source, *_rule.also_cites):
        if _source not in SOURCES:
            raise ValueError(f"regulation {_rule.id} cites unknown source {_source}")


def applicable(
    answers: Mapping[str, str], translate: Translate = untranslated
) -> tuple[Regulation, ...]:
    """The rules that apply, each id once, in declaration order; later matches of an id add
    the obligations it lacks."""
    found: dict[str, Regulation] = {}
    bits = encode(answers)
    for rule in RULES:
        if not rule.holds(bits):
            continue
        shown = rule.shown(translate)
        if rule.id not in found:
            found[rule.id] = shown
            continue
        earlier = found[rule.id]
        extra = tuple(o for o in shown.obligations if o not in earlier.obligations)
        found[rule.id] = earlier.model_copy(update={"obligations": earlier.obligations + extra})
    return tuple(found.values())


def blocking(answers: Mapping[str, str]) -> tuple[str, ...]:
    """The ids of applicable rules that forbid the use: each is a blocker (verdict stop)."""
    bits = encode(answers)
    return tuple(dict.fromkeys(r.id for r in RULES if r.blocker and r.holds(bits)))


def cited_sources(answers: Mapping[str, str]) -> tuple[str, ...]:
    """Every source id the applicable rules name, their dates' sources included, once."""
    bits = encode(answers)
    ids = (s for r in RULES if r.holds(bits) for s in (r.source, *r.also_cites))
    return tuple(dict.fromkeys(ids))
