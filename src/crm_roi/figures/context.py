"""What every figure builder needs: the case, the texts, and a list to add figures to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from crm_roi.business_case import BusinessCase
from crm_roi.business_case.bounds import NUMBER_KINDS
from crm_roi.figures.model import Figure, FigureUnit
from crm_roi.figures.shown import input_text, value_text
from crm_roi.figures.texts import FigureTexts


@dataclass
class Builder:
    case: BusinessCase
    texts: FigureTexts
    labels: Mapping[str, str]  # question id or goal → Dutch label (the flow's)
    figures: list[Figure] = field(default_factory=list)
    _by_id: dict[str, Figure] = field(default_factory=dict)
    _shown: dict[str, str] = field(default_factory=dict)  # figure id → its text, made once

    @classmethod
    def extending(
        cls,
        case: BusinessCase,
        texts: FigureTexts,
        labels: Mapping[str, str],
        known: Iterable[Figure],
    ) -> Builder:
        """A builder for more figures of `case`: `known` ones can be read, not made again."""
        builder = cls(case=case, texts=texts, labels=labels)
        builder._by_id.update((figure.id, figure) for figure in known)
        return builder

    def add(
        self,
        figure_id: str,
        label: str,
        value: float | None,
        unit: FigureUnit,
        formula: str,
        inputs: Iterable[str] = (),
    ) -> Figure:
        figure = Figure(figure_id, label, value, unit, formula, tuple(dict.fromkeys(inputs)))
        self.figures.append(figure)
        self._by_id[figure_id] = figure
        return figure

    def get(self, figure_id: str) -> Figure:
        return self._by_id[figure_id]

    def name(self, key: str) -> str:
        """The Dutch label of a question or goal, as the flow has it."""
        return self.labels.get(key, key)

    def has(self, figure_id: str) -> bool:
        return figure_id in self._by_id

    def shown(self, figure_id: str) -> str:
        """A figure's value as its formula and the report show it."""
        text = self._shown.get(figure_id)
        if text is None:
            figure = self._by_id[figure_id]
            text = self._shown[figure_id] = value_text(figure.value, figure.unit)
        return text

    def number(self, question_id: str) -> float:
        value = self.case.inputs[question_id]
        assert isinstance(value, int | float)
        return float(value)

    @cached_property
    def inputs_shown(self) -> Mapping[str, str]:
        """Every numeric input of the case as its formulas show it (formatted once)."""
        return {
            key: input_text(key, float(value))
            for key, value in self.case.inputs.items()
            if key in NUMBER_KINDS
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        }
