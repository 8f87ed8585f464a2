"""A small bar chart of the cumulative cash flow around a zero line.

Months below zero hang down from the line (red), months above it stand on it (green), so the
investment at the start and the moment the case turns positive are both visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

Kind = Literal["positive", "negative", "zero", "empty"]

UP_BLOCKS = " ▁▂▃▄▅▆▇█"  # eighths, standing on the zero line
DOWN_BLOCKS = " ▀█"  # halves, hanging from the zero line
ZERO_LINE = "▔"  # the top edge of the first row below zero
STYLES: dict[Kind, str] = {
    "positive": "$success",
    "negative": "$error",
    "zero": "$text-muted",
    "empty": "",
}


@dataclass(frozen=True)
class Cell:
    char: str
    kind: Kind


def _sample(values: tuple[float, ...], width: int) -> list[float]:
    if width <= 1 or len(values) == 1:
        return [values[-1]] * max(width, 1)
    last = len(values) - 1
    return [values[round(column * last / (width - 1))] for column in range(width)]


def _split_rows(top: float, bottom: float, height: int) -> tuple[int, int]:
    """How many rows lie above and below the zero line."""
    span = top - bottom
    above = round(height * top / span)
    if top > 0 and above == 0:
        above = 1
    if bottom < 0 and above == height:
        above = height - 1
    return above, height - above


def chart_cells(values: tuple[float, ...], width: int, height: int) -> list[list[Cell]]:
    """The chart as rows of cells, top row first."""
    if not values or width < 1 or height < 1:
        return []
    sampled = _sample(values, width)
    top, bottom = max(max(sampled), 0.0), min(min(sampled), 0.0)
    if top == bottom:  # all zero: only the line
        return [[Cell(ZERO_LINE, "zero")] * width] + [[Cell(" ", "empty")] * width] * (height - 1)
    above, below = _split_rows(top, bottom, height)
    rows_above: list[list[Cell]] = [[] for _ in range(above)]
    rows_below: list[list[Cell]] = [[] for _ in range(below)]
    for value in sampled:
        eighths = max(1, round(value / top * above * 8)) if value > 0 else 0
        for row in range(above):  # row 0 stands on the line
            fill = min(max(eighths - 8 * row, 0), 8)
            rows_above[row].append(Cell(UP_BLOCKS[fill], "positive" if fill else "empty"))
        halves = max(1, round(value / bottom * below * 2)) if value < 0 else 0
        for row in range(below):  # row 0 hangs from the line
            fill = min(max(halves - 2 * row, 0), 2)
            if fill:
                rows_below[row].append(Cell(DOWN_BLOCKS[fill], "negative"))
            else:
                rows_below[row].append(Cell(ZERO_LINE, "zero") if row == 0 else Cell(" ", "empty"))
    return list(reversed(rows_above)) + rows_below


def chart_content(values: tuple[float, ...], width: int, height: int) -> Content:
    parts: list[str | tuple[str, str]] = []
    for number, row in enumerate(chart_cells(values, width, height)):
        if number:
            parts.append("\n")
        parts.extend(
            (cell.char, STYLES[cell.kind]) if cell.kind != "empty" else " " for cell in row
        )
    return Content.assemble(*parts)


class CashFlowChart(Widget):
    """The cumulative cash flow per month, as bars above and below zero."""

    values: reactive[tuple[float, ...]] = reactive(())

    def render(self) -> Content:
        return chart_content(self.values, self.size.width, self.size.height)
