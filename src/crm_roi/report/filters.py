"""Jinja2 filters for Dutch numbers; every one delegates to crm_roi.formatting.

Negative numbers carry the true minus sign (−) of print, as the charts do.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import Any

from crm_roi import formatting
from crm_roi.figures import Figure
from crm_roi.figures import shown as figure_shown


def euro(amount: float) -> str:
    return formatting.print_minus(formatting.euro(amount))


def euro_cents(amount: float) -> str:
    return formatting.print_minus(formatting.euro(amount, cents=True))


def percent(value: float, decimals: int = 1, fixed: bool = False) -> str:
    """Percent units in (12.5 → `12,5%`); fixed keeps trailing zeros (`3,0%`)."""
    return formatting.print_minus(formatting.percent(value, decimals=decimals, fixed=fixed))


def fraction(value: float, decimals: int = 1) -> str:
    """A ratio in (0.125 → `12,5%`)."""
    return formatting.print_minus(formatting.fraction_percent(value, decimals=decimals))


def number(value: float, decimals: int = 0, fixed: bool = False) -> str:
    return formatting.print_minus(formatting.number(value, decimals=decimals, fixed=fixed))


def exact_decimals(values: Sequence[float], least: int = 1, most: int = 2) -> int:
    """Decimals (`least` to `most`) that show these values exactly: 1,5 → 1, 0,75 → 2."""
    needed = least
    for value in values:
        while needed < most and not math.isclose(
            round(value, needed), value, rel_tol=0, abs_tol=1e-9
        ):
            needed += 1
    return needed


def pair_decimals(values: Sequence[float], unit: str, most: int = 2) -> int:
    """Decimals for input values shown side by side (low/high, now/needed), all alike.

    Whole numbers for counts (int) and for whole values (`120 uur`, not `120,0 uur`); euros
    with cents for all when one of them is below € 100 and not whole, else whole euros.
    """
    if unit == "int":
        return 0
    if unit == "euro":
        return 2 if any(abs(v) < 100 and not _whole(v, 2) for v in values) else 0
    return exact_decimals(values, least=0, most=most)


def _whole(value: float, decimals: int) -> bool:
    return float(round(value, decimals)).is_integer()


def shown_difference(first: float, second: float) -> float:
    """`first - second` as a reader computes it from the two whole-euro amounts shown."""
    return float(round(first) - round(second))


def chance(value: float) -> str:
    """A probability (0..1) as a whole percentage, the one format for chances."""
    return formatting.chance(value)


def months(value: float) -> str:
    return formatting.months(value)


def date(value: dt.date) -> str:
    return formatting.date(value)


def rate(value: float) -> str:
    """ROI, simple return and IRR: a ratio as a whole percentage (0.449 → `45%`)."""
    return formatting.print_minus(formatting.fraction_percent(value, decimals=0))


def in_sentence(label: str) -> str:
    """A label inside a sentence: lower case, except acronyms and names (`CRM-pakket`)."""
    return formatting.in_sentence(label)


def shown(figure: Figure, negative: bool = False) -> str:
    """A figure as the report shows it (the same text as in its working and in the app)."""
    if figure.value is not None and negative:
        return figure_shown.value_text(-figure.value, figure.unit)
    return figure_shown.value_text(figure.value, figure.unit)


def magnitude(figure: Figure) -> str:
    """A figure without its sign, for text that says the sign in words ("een tekort van")."""
    value = None if figure.value is None else abs(figure.value)
    return figure_shown.value_text(value, figure.unit)


FILTERS: dict[str, Callable[..., Any]] = {
    "euro": euro,
    "euro_cents": euro_cents,
    "percent": percent,
    "fraction": fraction,
    "number": number,
    "months": months,
    "date": date,
    "rate": rate,
    "exact_decimals": exact_decimals,
    "pair_decimals": pair_decimals,
    "shown_difference": shown_difference,
    "chance": chance,
    "in_sentence": in_sentence,
    "shown": shown,
    "magnitude": magnitude,
}
