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
