"""Values as a figure's formula shows them: Dutch, through `crm_roi.formatting` (Babel).

Inputs are shown with the precision they were given in (€ 12,50; 1,75 uur; 2,25%), so a
reader who recomputes a formula from its numbers gets the figure; results are shown as the
report shows them (whole euros, whole percentages for ROI and shares).
"""

from __future__ import annotations

from crm_roi import formatting
from crm_roi.business_case.bounds import NUMBER_KINDS
from crm_roi.figures.model import FigureUnit

_INPUT_UNITS: dict[str, FigureUnit] = {"euro": "euro", "percent": "percent", "hours": "hours"}
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def value_text(value: float | None, unit: FigureUnit) -> str:
    """A figure's value as shown ("–" when it does not exist), with a true minus sign."""
    return formatting.print_minus(_value_text(value, unit))


def _value_text(value: float | None, unit: FigureUnit) -> str:
    if value is None:
        return "–"
    if unit == "euro":
        return formatting.euro(value)
    if unit == "fraction":
        return formatting.fraction_percent(value, decimals=0)
    if unit == "percent":
        return formatting.percent(value, decimals=2)
    if unit == "months":
        return formatting.months(value)
    if unit == "years":
        return formatting.years(value)
    if unit == "hours":
        return formatting.hours(value)
    return formatting.number(value, decimals=2)


def input_unit(question_id: str) -> FigureUnit:
    """The unit of a numeric input, by the kind of number it is."""
    return _INPUT_UNITS.get(NUMBER_KINDS[question_id], "number")


def input_text(question_id: str, value: float) -> str:
    """An input's value exactly as given: € 55, € 12,50, 1,5 uur, 2,25%, 150."""
    kind = NUMBER_KINDS[question_id]
    if kind == "euro":
        return formatting.print_minus(formatting.euro(value, cents=value != round(value)))
    return value_text(value, input_unit(question_id))


def rate_text(fraction: float) -> str:
    """A rate the formulas use (risk correction, adoption, discount rate): `10%`, `12,5%`."""
    return formatting.print_minus(formatting.percent(fraction * 100, decimals=2))


def power(exponent: int) -> str:
    """`²` for 2; nothing for 1 (a reader writes (1 + 10%), not (1 + 10%)¹)."""
    return "" if exponent == 1 else str(exponent).translate(_SUPERSCRIPTS)


def euro(value: float) -> str:
    return formatting.print_minus(formatting.euro(value))
