"""Answer values outside the flow's own rules: computed numbers in answer units, and the
remark on a percentage that was probably typed as a fraction."""

from __future__ import annotations

from typing import Any

from crm_roi.flow import messages
from crm_roi.flow.parsing import format_answer, is_percentage_points
from crm_roi.flow.schema import AnswerValue, Question

MISSING: Any = object()
"""No value (a default that cannot be computed yet)."""


def percent_slip(question: Question, value: AnswerValue) -> tuple[str, ...]:
    """A percentage strictly between 0 and 1 was probably meant as a fraction (0,35 → 35%)."""
    if question.type != "percent" or not isinstance(value, int | float):
        return ()
    if is_percentage_points(question):  # 0,5 procentpunt is a plausible difference
        return ()
    if isinstance(value, bool) or not 0 < value < 1:
        return ()
    typed = format_answer(question, value)
    meant = format_answer(question, round(value * 100, 2))
    return (messages.percent_slip(typed, meant),)


def typed_value(question: Question, raw: Any) -> Any:
    """A computed number in the question's answer units (int rounded, money to cents)."""
    if question.type == "int" and isinstance(raw, int | float) and not isinstance(raw, bool):
        return round(raw)
    if question.type in ("euro", "percent", "hours"):
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return round(float(raw), 2)
        return MISSING
    return raw
