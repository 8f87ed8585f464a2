"""Jinja2 filters for Dutch numbers; every one delegates to crm_roi.formatting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from crm_roi import formatting


def euro(amount: float) -> str:
    return formatting.euro(amount)


def euro_cents(amount: float) -> str:
    return formatting.euro(amount, cents=True)


def percent(value: float, decimals: int = 1) -> str:
    """Percent units in (12.5 → `12,5%`)."""
    return formatting.percent(value, decimals=decimals)


def fraction(value: float, decimals: int = 1) -> str:
    """A ratio in (0.125 → `12,5%`)."""
    return formatting.fraction_percent(value, decimals=decimals)


def number(value: float, decimals: int = 0) -> str:
    return formatting.number(value, decimals=decimals)


def months(value: float) -> str:
    return formatting.months(value)


def years(value: float, decimals: int = 1) -> str:
    return formatting.years(value, decimals=decimals)


def hours(value: float) -> str:
    return formatting.hours(value)


def date(value: dt.date) -> str:
    return formatting.date(value)


def amount(value: float, unit: str) -> str:
    """A driver value in its own unit (method A's targets, the tornado's inputs)."""
    if unit == "euro":
        return formatting.euro(value, cents=abs(value) < 100 and value != round(value))
    if unit == "percent":
        return formatting.percent(value)
    if unit == "hours":
        return formatting.hours(value)
    return formatting.number(value, decimals=1)


def neg(value: float) -> float:
    """Costs shown as a negative line in the cash-flow table."""
    return -value


FILTERS: dict[str, Callable[..., Any]] = {
    "euro": euro,
    "euro_cents": euro_cents,
    "percent": percent,
    "fraction": fraction,
    "number": number,
    "months": months,
    "years": years,
    "hours": hours,
    "date": date,
    "amount": amount,
    "neg": neg,
}
