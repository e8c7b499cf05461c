"""Dates as the brief's language writes them, from the assessment's ISO date, never the clock."""

from __future__ import annotations

import datetime as dt

from wizard.core.i18n import Translate
from wizard.report import texts


def parse_date(value: str) -> dt.date | None:
    """The date of an ISO `YYYY-MM-DD` string, None for anything else."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def format_date(value: str, tr: Translate) -> str:
    """`2026-11-21` as "21 November 2026" (or its translation); other text is kept as it is."""
    day = parse_date(value)
    if day is None:
        return value.strip()
    month = tr(texts.CONTEXT, texts.MONTHS[day.month - 1])
    return tr(texts.CONTEXT, texts.DATE).format(day=day.day, month=month, year=day.year)
