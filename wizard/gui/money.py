"""Money as the window shows it: in the currency chosen in the settings, in the locale's format."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wizard.core.currency import BUDGET_BOUNDS, SYMBOLS, convert

# A plain name, so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


# The currency the window shows money in, set from the settings by the window.
_shown = {"currency": "USD"}


def shown_currency() -> str:
    return _shown["currency"]


def show_currency(code: str) -> None:
    _shown["currency"] = code


def money(usd: int, currency: str = "USD") -> str:
    """"€46,000" or "46.000 €": the amount converted and written as the locale writes money."""
    amount = convert(usd, currency)
    return QLocale().toCurrencyString(float(amount), SYMBOLS.get(currency, currency), 0)


def budget_label(option: str, currency: str = "USD") -> str:
    """A budget option as a range in the chosen currency ("" for an option without bounds)."""
    low, high = BUDGET_BOUNDS.get(option, (None, None))
    if low is None and high is not None:
        return translate("money", "Less than {amount}").format(amount=money(high, currency))
    if low is not None and high is None:
        return translate("money", "More than {amount}").format(amount=money(low, currency))
    if low is not None and high is not None:
        return translate("money", "{low} to {high}").format(low=money(low, currency),
                                                            high=money(high, currency))
    return ""
