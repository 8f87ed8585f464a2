"""The waterfall chart of "Wat is er veranderd": from the NCW before, through the effect of
each change, to the NCW now. One row per bar, so long input names stay readable and many
changes only make the chart taller.

Bars and their texts come from the caller (the figures, in whole euros): the chart computes
no amount, so what it shows is what the tables show.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from crm_roi.report.changes_view import WaterfallBar
from crm_roi.report.charts import (
    AXIS_SIZE,
    CHAR_WIDTH,
    GRID,
    INK,
    LABEL_SIZE,
    MUTED,
    NEGATIVE,
    WIDTH,
    _fitting_ticks,
    _svg,
    _text,
    _text_width,
    _wrap,
)

RISE = "#3A7D44"  # a change that raises the NCW; one that lowers it is NEGATIVE
TOTAL = "#5A5A5A"  # the NCW before and after: neutral, whatever the house accent
LABEL_WIDTH = 200.0
ROW_HEIGHT = 34.0
LEAST_ROW_HEIGHT = 22.0
ROOMY_ROWS = 12  # up to this many bars each gets a full row; more share the same height


def waterfall(bars: Sequence[WaterfallBar], *, title: str) -> Markup:
    """Horizontal bars: totals from zero in grey, each step from the running NCW before
    it to the one after it (green up, red down), joined by dashed connectors."""
    count = max(len(bars), 1)
    row = (
        ROW_HEIGHT
        if count <= ROOMY_ROWS
        else max(LEAST_ROW_HEIGHT, ROW_HEIGHT * ROOMY_ROWS / count)
    )
    values = [0.0, *(v for bar in bars for v in (bar.start, bar.end))]
    value_width = max((_text_width(bar.text, AXIS_SIZE) for bar in bars), default=0.0) + 10
    left = LABEL_WIDTH + 12
    width = WIDTH - left - value_width
    ticks, tick_labels = _fitting_ticks(min(values), max(values), width)
    low, high = ticks[0], ticks[-1]
    top = 8.0
    plot_height = row * count
    height = top + plot_height + 30
    span = high - low or 1.0

    def x(value: float) -> float:
        return left + width * (value - low) / span

    body: list[str] = []
    for tick, label in zip(ticks, tick_labels, strict=True):
        tx = x(tick)
        colour, stroke = (INK, 1.2) if tick == 0 else (GRID, 0.8)
        body.append(
            f'<line x1="{tx:.1f}" y1="{top:.1f}" x2="{tx:.1f}" y2="{top + plot_height:.1f}" '
            f'stroke="{colour}" stroke-width="{stroke}"/>'
        )
        body.append(
            _text(
                tx,
                top + plot_height + 16,
                label,
                size=AXIS_SIZE,
                anchor="middle",
                fill=MUTED,
                css_class="tick",
            )
        )
    bar_height = row * 0.62
    chars = int(LABEL_WIDTH / (LABEL_SIZE * CHAR_WIDTH))
    for index, bar in enumerate(bars):
        y = top + index * row + (row - bar_height) / 2
        middle = y + bar_height / 2 + 4
        lines = _wrap(bar.label, chars)
        first_y = middle - (len(lines) - 1) * 6.5
        weight = "bold" if bar.total else "normal"
        for number, line in enumerate(lines):
            body.append(
                _text(
                    LABEL_WIDTH,
                    first_y + number * 13,
                    line,
                    size=LABEL_SIZE,
                    anchor="end",
                    weight=weight,
                )
            )
        colour = TOTAL if bar.total else RISE if bar.end >= bar.start else NEGATIVE
        start, end = sorted((x(bar.start), x(bar.end)))
        body.append(
            f'<rect class="bar" x="{start:.1f}" y="{y:.1f}" width="{max(end - start, 0.8):.1f}" '
            f'height="{bar_height:.1f}" fill="{colour}"/>'
        )
        body.append(_text(end + 4, middle, bar.text, size=AXIS_SIZE, fill=INK))
        if index + 1 < len(bars):
            joint = x(bar.end)
            body.append(
                f'<line x1="{joint:.1f}" y1="{y + bar_height:.1f}" x2="{joint:.1f}" '
                f'y2="{y + row:.1f}" stroke="{MUTED}" stroke-width="0.8" '
                f'stroke-dasharray="3 2"/>'
            )
    return _svg(height, body, title)
