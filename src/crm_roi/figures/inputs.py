"""Figures of the numeric inputs: each value as the case used it, and where it came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from crm_roi.business_case.bounds import NUMBER_KINDS
from crm_roi.figures.context import Builder
from crm_roi.figures.shown import input_text, input_unit, value_text

InputSourceKind = Literal["user", "default", "benchmark"]


@dataclass(frozen=True)
class InputSource:
    """Where an input's value came from: the user's own answer, or a default with its source."""

    kind: InputSourceKind
    text: str  # the default's source ("CBS, arbeidskosten 2024"); "" for own answers


def input_figure_id(question_id: str) -> str:
    return f"invoer.{question_id}"


TARGET_YEARS = "doel_terugverdientijd_jaren"  # a whole number of years, not a formula input


def add_input_figures(b: Builder, sources: Mapping[str, InputSource]) -> None:
    for question_id, value in b.case.inputs.items():
        if question_id not in NUMBER_KINDS and question_id != TARGET_YEARS:
            continue
        if isinstance(value, bool):
            continue
        if not isinstance(value, int | float):
            continue
        shown = (
            input_text(question_id, float(value))
            if question_id in NUMBER_KINDS
            else value_text(float(value), "number")
        )
        source = sources.get(question_id)
        if source is None or source.kind == "user":
            formula = b.texts.formula("answer", {"waarde": shown})
        else:
            formula = b.texts.formula("default", {"waarde": shown, "bron": source.text})
        label = b.texts.label("input", {"regel": b.name(question_id)})
        b.add(
            input_figure_id(question_id),
            label,
            float(value),
            input_unit(question_id) if question_id in NUMBER_KINDS else "number",
            formula,
            (question_id,),
        )
