"""How the ids of the result are named on screen, in the brief and on the command line."""

from __future__ import annotations

from types import MappingProxyType

from wizard.core.i18n import QT_TRANSLATE_NOOP

BAND_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "not_ready": QT_TRANSLATE_NOOP("labels", "Not ready"),
        "emerging": QT_TRANSLATE_NOOP("labels", "Emerging"),
        "ready": QT_TRANSLATE_NOOP("labels", "Ready"),
        "advanced": QT_TRANSLATE_NOOP("labels", "Advanced"),
    }
)
CONFIDENCE_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "low": QT_TRANSLATE_NOOP("labels", "Low confidence"),
        "medium": QT_TRANSLATE_NOOP("labels", "Medium confidence"),
        "high": QT_TRANSLATE_NOOP("labels", "High confidence"),
    }
)
DIMENSION_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "strategy": QT_TRANSLATE_NOOP("labels", "Strategy"),
        "data": QT_TRANSLATE_NOOP("labels", "Data"),
        "people": QT_TRANSLATE_NOOP("labels", "People"),
        "infrastructure": QT_TRANSLATE_NOOP("labels", "Infrastructure"),
        "governance": QT_TRANSLATE_NOOP("labels", "Governance"),
    }
)
VERDICT_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "stop": QT_TRANSLATE_NOOP("labels", "Stop: the use as described is prohibited"),
        "not_yet": QT_TRANSLATE_NOOP("labels", "Not yet: not ready for a machine learning project"),
        "fix_first": QT_TRANSLATE_NOOP("labels", "Fix first: start once the blockers are cleared"),
        "go": QT_TRANSLATE_NOOP("labels", "Go: start now"),
    }
)
SEVERITY_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "high": QT_TRANSLATE_NOOP("labels", "high"),
        "medium": QT_TRANSLATE_NOOP("labels", "medium"),
        "low": QT_TRANSLATE_NOOP("labels", "low"),
    }
)
OWNER_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "sponsor": QT_TRANSLATE_NOOP("labels", "Sponsor"),
        "data_owner": QT_TRANSLATE_NOOP("labels", "Data owner"),
        "ml_lead": QT_TRANSLATE_NOOP("labels", "ML lead"),
        "legal": QT_TRANSLATE_NOOP("labels", "Legal"),
        "it": QT_TRANSLATE_NOOP("labels", "IT"),
    }
)
WHEN_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "now": QT_TRANSLATE_NOOP("labels", "Now"),
        "30": QT_TRANSLATE_NOOP("labels", "Day 30"),
        "60": QT_TRANSLATE_NOOP("labels", "Day 60"),
        "90": QT_TRANSLATE_NOOP("labels", "Day 90"),
    }
)
