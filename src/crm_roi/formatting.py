"""Dutch formatting of amounts, percentages, durations and dates, always through Babel.

One module for the app, the report and the CLI, so a number looks the same everywhere.
Percentages are given in percent units (12.5 means 12,5%), as everywhere in crm-roi.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal

LOCALE = "nl_NL"


def rounded(value: float, decimals: int = 0) -> Decimal:
    """Commercial rounding (half away from zero), as in Dutch bookkeeping: 12,5 → 13.

    Python's round() and Babel both round half to even (12,5 → 12), which a reader checking
    the figures by hand does not expect.
    """
    result = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return result if result else abs(result)  # never "-0"


def euro(amount: float, *, cents: bool = False) -> str:
    """`€ 1.234` (whole euros, as in tables) or `€ 1.234,56` with cents=True."""
    if not math.isfinite(amount):
        return "–"
    if cents:
        return format_currency(amount, "EUR", locale=LOCALE)
    return format_currency(
        rounded(amount),
        "EUR",
        format="¤\xa0#,##0;¤\xa0-#,##0",
        locale=LOCALE,
        currency_digits=False,
    )


def number(value: float, *, decimals: int = 0, fixed: bool = False) -> str:
    """`1.250` or `1,5` with up to `decimals` decimals (trailing zeros dropped unless fixed)."""
    if not math.isfinite(value):
        return "–"
    pattern = "#,##0" + ("." + ("0" if fixed else "#") * decimals if decimals > 0 else "")
    return format_decimal(rounded(value, decimals), format=pattern, locale=LOCALE)


def percent(value: float, *, decimals: int = 1, fixed: bool = False) -> str:
    """`12,5%` from 12.5 (percent units); whole numbers show no decimals unless fixed."""
    if not math.isfinite(value):
        return "–"
    return number(value, decimals=decimals, fixed=fixed) + "%"


def fraction_percent(value: float, *, decimals: int = 1) -> str:
    """`12,5%` from 0.125 (a ratio such as ROI)."""
    return percent(value * 100, decimals=decimals)


def months(value: float) -> str:
    """`5,1 maanden`, `1 maand`."""
    shown = rounded(value, 1)
    text = number(value, decimals=1)
    return f"{text} maand" if shown == 1 else f"{text} maanden"


def years(value: float, *, decimals: int = 1) -> str:
    return f"{number(value, decimals=decimals)} jaar"


def hours(value: float) -> str:
    """`8 uur`, `1,5 uur`, `0,75 uur` (up to two decimals: quarter hours stay exact)."""
    return f"{number(value, decimals=2)} uur"


def date(value: dt.date) -> str:
    """`23 november 2026`."""
    return _babel_date(value, format="d MMMM y", locale=LOCALE)


def chance(value: float) -> str:
    """A probability (fraction 0..1) as a whole percentage: `44%`, the one format for chances.

    Never a rounded `100%` or `0%` that did not happen in every case: `meer dan 99%`,
    `minder dan 1%`.
    """
    if 0.995 <= value < 1:
        return "meer dan 99%"
    if 0 < value < 0.005:
        return "minder dan 1%"
    return fraction_percent(value, decimals=0)


MINUS_SIGN = "\u2212"  # the typographic minus (−) that print uses instead of the hyphen


def print_minus(text: str) -> str:
    """A formatted number for print: the true minus sign (−) instead of Babel's hyphen (-)."""
    return text.replace("-", MINUS_SIGN)


def euro_millions(amount: float, *, decimals: int = 1) -> str:
    """A compact amount for chart labels: `€ 1,5 mln`, `€ −2 mln`, `€ 0` (true minus sign)."""
    if not math.isfinite(amount):
        return "–"
    shown = rounded(amount / 1_000_000, decimals)
    if not shown:
        return "€\xa00"
    digits = "#,##0." + "#" * decimals if decimals > 0 else "#,##0"
    millions = format_currency(
        shown,
        "EUR",
        format=f"¤\xa0{digits};¤\xa0-{digits}",
        locale=LOCALE,
        currency_digits=False,
    )
    return print_minus(millions) + "\xa0mln"


# Words that keep their capital inside a sentence: acronyms (CRM, NPS, KPI's) and names with
# a capital after the first letter (HubSpot) are recognised by their letters; proper names
# spelt like ordinary words are listed here.
_PROPER_NAMES = frozenset(
    {"Microsoft", "Salesforce", "Pipedrive", "Teamleader", "Zoho", "Dynamics"}
)


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence: `Daling van het klantverloop` → `daling van het
    klantverloop`; `CRM-pakket`, `NPS` and proper names keep their capitals."""
    first = label.split(" ", 1)[0]
    stem = first.split("-", 1)[0].rstrip(".,:;'’s")
    if not stem or stem in _PROPER_NAMES or any(letter.isupper() for letter in stem[1:]):
        return label
    return label[0].lower() + label[1:]
