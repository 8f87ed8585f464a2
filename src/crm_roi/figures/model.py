"""A figure: one amount, ratio or duration the product shows, with how it was made.

Every figure is computed once in the business case; `crm_roi.figures` names it, writes out its
working with the numbers filled in, and lists the inputs it rests on. The report, the app and
the JSON show figures only, so the same figure is the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

# euro; fraction: a ratio as a fraction (ROI 0.25, a chance); percent: percent units as the
# answers have them (12.5); months, years, hours; number: a count or another plain number.
FigureUnit = Literal["euro", "fraction", "percent", "months", "years", "hours", "number"]


@dataclass(frozen=True)
class Figure:
    id: str  # e.g. "kosten.licenties.jaar_1", "ncw", "invoer.loonkosten_per_uur"
    label: str  # Dutch
    value: float | None  # None when the figure does not exist (no IRR, not paid back)
    unit: FigureUnit
    formula: str  # Dutch, with the numbers filled in
    inputs: tuple[str, ...]  # the question ids and figure ids it is computed from


class Figures(Mapping[str, Figure]):
    """All figures of one case by id, in the order they were made."""

    def __init__(self, figures: Iterable[Figure]) -> None:
        self._by_id: dict[str, Figure] = {}
        for figure in figures:
            if figure.id in self._by_id:
                raise ValueError(f"figure {figure.id!r} made twice")
            self._by_id[figure.id] = figure

    def __getitem__(self, figure_id: str) -> Figure:
        return self._by_id[figure_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def value(self, figure_id: str) -> float:
        """The value of a figure that must exist (a KeyError or ValueError is a bug)."""
        value = self._by_id[figure_id].value
        if value is None:
            raise ValueError(f"figure {figure_id!r} has no value")
        return value

    def with_prefix(self, prefix: str) -> tuple[Figure, ...]:
        return tuple(f for f in self._by_id.values() if f.id.startswith(prefix))
