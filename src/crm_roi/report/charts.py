"""Small SVG charts for the report, drawn by hand: no plotting library, no render cost.

Each function returns an escaped SVG string (``Markup``) ready to inline in the HTML. All
texts (year labels, legends, input names) come from the caller, so Dutch stays in the
templates; numbers on the axes go through crm_roi.formatting. Amounts carry a true minus
sign (−); an axis that reaches a million shows millions (`€ −1,5 mln`).

Font sizes are in SVG units: a 640-unit chart printed 17 cm wide makes 1 unit about 0,76 pt,
so the smallest text (11,5 units) prints at about 8,7 pt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from crm_roi import formatting

WIDTH = 640
COMPACT_WIDTH = 440  # a chart printed at about half a landscape page: same text, less room
FONT = "DejaVu Sans, sans-serif"
INK = "#222222"
MUTED = "#6B6B6B"
GRID = "#D9D9D9"
COST = "#8C8C8C"
NEGATIVE = "#B0413E"
CHAR_WIDTH = 0.58  # average glyph width as a share of the font size (DejaVu Sans)
AXIS_SIZE = 11.5  # tick labels and year labels
LABEL_SIZE = 12.0  # input names, legends and the bars' values
MILLION = 1_000_000
MOST_DECIMALS = 2
TICK_GAP = 14.0  # the least room between two tick labels on the tornado's axis


@dataclass(frozen=True)
class Frame:
    """The plotting area inside the chart and the value range on the y axis."""

    left: float
    top: float
    width: float
    height: float
    low: float
    high: float

    def y(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return self.top + self.height * (self.high - value) / span


def nice_ticks(low: float, high: float, count: int = 5, *, zero: bool = True) -> list[float]:
    """Round tick values covering low..high (including 0 unless `zero` is False)."""
    if zero:
        low, high = min(low, 0.0), max(high, 0.0)
    if math.isclose(low, high, rel_tol=1e-9, abs_tol=1e-9):
        low, high = low - max(abs(low) * 0.1, 1.0), high + max(abs(high) * 0.1, 1.0)
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first, last = math.floor(low / step), math.ceil(high / step)
    return [0.0 if index == 0 else index * step for index in range(first, last + 1)]


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = 11,
    anchor: str = "start",
    fill: str = INK,
    weight: str = "normal",
    css_class: str = "",
) -> str:
    """An SVG text; `css_class` "tick" marks an axis label (a scale, not a figure)."""
    kind = f' class="{css_class}"' if css_class else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}"{kind} font-family="{FONT}" font-size="{size}" '
        f'text-anchor="{anchor}" fill="{fill}" font-weight="{weight}">{escape(text)}</text>'
    )


def _svg(height: float, body: list[str], title: str, width: float = WIDTH) -> Markup:
    """The chart with only a viewBox: its printed height follows the width the page gives it."""
    return Markup(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width:.0f} {height:.0f}">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def tick_labels(ticks: Sequence[float]) -> list[str]:
    """Euro labels for one axis, all in one style: whole euros, or millions from a million on
    with the decimals that tell the ticks apart (`€ 0,5 mln`, `€ 1 mln`)."""
    if max((abs(t) for t in ticks), default=0.0) < MILLION:
        return [formatting.print_minus(formatting.euro(t)) for t in ticks]
    decimals = next(
        (
            d
            for d in range(MOST_DECIMALS + 1)
            if all(math.isclose(round(t / MILLION, d), t / MILLION, abs_tol=1e-9) for t in ticks)
        ),
        MOST_DECIMALS,
    )
    return [formatting.euro_millions(t, decimals=decimals) for t in ticks]


def value_label(value: float, *, millions: bool) -> str:
    """A bar's value: whole euros, or millions with two decimals beside a million-scale axis."""
    if millions:
        return formatting.euro_millions(value, decimals=MOST_DECIMALS)
    return formatting.print_minus(formatting.euro(value))


def label_every(labels: Sequence[str], spacing: float) -> int:
    """Label every n-th year so that neighbouring labels never touch (1: every year)."""
    widest = max((_text_width(label, AXIS_SIZE) for label in labels), default=0.0)
    return max(1, math.ceil((widest + 6) / spacing)) if spacing > 0 else 1


def _axis_width(labels: Sequence[str], size: float) -> float:
    return max(_text_width(label, size) for label in labels) + 10


def _y_axis(frame: Frame, ticks: Sequence[float], size: float = AXIS_SIZE) -> list[str]:
    parts = []
    for tick, label in zip(ticks, tick_labels(ticks), strict=True):
        y = frame.y(tick)
        colour = INK if tick == 0 else GRID
        parts.append(
            f'<line x1="{frame.left:.1f}" y1="{y:.1f}" x2="{frame.left + frame.width:.1f}" '
            f'y2="{y:.1f}" stroke="{colour}" stroke-width="{1.2 if tick == 0 else 0.8}"/>'
        )
        parts.append(
            _text(
                frame.left - 6, y + 4, label, size=size, anchor="end", fill=MUTED, css_class="tick"
            )
        )
    return parts


def _legend(x: float, y: float, items: Sequence[tuple[str, str]]) -> list[str]:
    parts = []
    for colour, label in items:
        parts.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="12" height="10" fill="{colour}"/>')
        parts.append(_text(x + 17, y, label, size=LABEL_SIZE))
        x += 17 + _text_width(label, LABEL_SIZE) + 22
    return parts


def cumulative_cashflow(
    cumulative: Sequence[float],
    year_labels: Sequence[str],
    *,
    payback_months: float | None,
    accent: str,
    title: str,
    break_even_label: str,
    compact: bool = False,
) -> Markup:
    """Cumulative cash flow per year-end, the zero line and the break-even marker.

    `compact`: drawn narrower for half a landscape page, so its text prints as large."""
    width = COMPACT_WIDTH if compact else WIDTH
    height = 230.0 if compact else 290.0
    ticks = nice_ticks(min(cumulative), max(cumulative))
    left = _axis_width(tick_labels(ticks), AXIS_SIZE)
    frame = Frame(left, 18, width - left - 18, height - 58, ticks[0], ticks[-1])
    steps = max(len(cumulative) - 1, 1)

    def x(year: float) -> float:
        return frame.left + frame.width * year / steps

    body = _y_axis(frame, ticks)
    every = label_every(year_labels, frame.width / steps)
    for index, label in enumerate(year_labels):
        if index % every:
            continue
        body.append(
            _text(
                x(index),
                frame.top + frame.height + 18,
                label,
                size=AXIS_SIZE,
                anchor="middle",
                fill=MUTED,
            )
        )
    zero = frame.y(0.0)
    points = [(x(i), frame.y(v)) for i, v in enumerate(cumulative)]
    area = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    body.append(
        f'<polygon points="{points[0][0]:.1f},{zero:.1f} {area} {points[-1][0]:.1f},{zero:.1f}" '
        f'fill="{accent}" fill-opacity="0.12"/>'
    )
    body.append(f'<polyline points="{area}" fill="none" stroke="{accent}" stroke-width="2.5"/>')
    for (px, py), value in zip(points, cumulative, strict=True):
        colour = NEGATIVE if value < 0 else accent
        body.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{colour}"/>')
    if payback_months is not None and len(cumulative) > 1:
        bx = x(payback_months / 12)
        body.append(
            f'<line x1="{bx:.1f}" y1="{frame.top:.1f}" x2="{bx:.1f}" '
            f'y2="{frame.top + frame.height:.1f}" stroke="{INK}" stroke-dasharray="4 3"/>'
        )
        body.append(
            f'<circle cx="{bx:.1f}" cy="{zero:.1f}" r="5" fill="white" '
            f'stroke="{INK}" stroke-width="2"/>'
        )
        anchor = "start" if bx < frame.left + frame.width * 0.6 else "end"
        offset = 7 if anchor == "start" else -7
        body.append(
            _text(
                bx + offset,
                frame.top + 12,
                break_even_label,
                size=LABEL_SIZE,
                anchor=anchor,
                weight="bold",
            )
        )
    return _svg(height, body, title, width)


def costs_and_benefits(
    costs: Sequence[float],
    benefits: Sequence[float],
    year_labels: Sequence[str],
    *,
    accent: str,
    title: str,
    costs_label: str,
    benefits_label: str,
    compact: bool = False,
) -> Markup:
    """Grouped bars of costs and benefits per year (`compact`: see cumulative_cashflow, and
    lower, so it fits below the benefit table on a landscape page)."""
    width = COMPACT_WIDTH if compact else WIDTH
    height = 230.0 if compact else 270.0
    ticks = nice_ticks(0.0, max([*costs, *benefits, 0.0]))
    left = _axis_width(tick_labels(ticks), AXIS_SIZE)
    frame = Frame(left, 30, width - left - 12, height - 70, ticks[0], ticks[-1])
    slot = frame.width / max(len(costs), 1)
    bar = min(slot * 0.36, 34)
    body = _y_axis(frame, ticks)
    zero = frame.y(0.0)
    every = label_every(year_labels, slot)
    for index, (cost, benefit) in enumerate(zip(costs, benefits, strict=True)):
        centre = frame.left + slot * (index + 0.5)
        for value, colour, shift in ((cost, COST, -bar), (benefit, accent, 0.0)):
            top = frame.y(max(value, 0.0))
            body.append(
                f'<rect x="{centre + shift:.1f}" y="{top:.1f}" width="{bar:.1f}" '
                f'height="{max(zero - top, 0):.1f}" fill="{colour}"/>'
            )
        if index % every:
            continue
        body.append(
            _text(
                centre,
                frame.top + frame.height + 18,
                year_labels[index],
                size=AXIS_SIZE,
                anchor="middle",
                fill=MUTED,
            )
        )
    body.extend(_legend(frame.left, 14, [(COST, costs_label), (accent, benefits_label)]))
    return _svg(height, body, title, width)


def _wrap(text: str, width_chars: int) -> list[str]:
    """Split a label over at most two lines; the second is shortened with an ellipsis."""
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width_chars or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    if len(lines[-1]) > width_chars:
        lines[-1] = lines[-1][: width_chars - 1].rstrip() + "…"
    return lines


def _fitting_ticks(low: float, high: float, width: float) -> tuple[list[float], list[str]]:
    """As many round ticks (at most about five) as fit side by side on an axis `width` units
    long; when even two steps do not fit, only the outer ticks are labelled."""

    def fits(labels: list[str]) -> bool:
        spacing = width / max(len(labels) - 1, 1)
        return spacing >= max(_text_width(label, AXIS_SIZE) for label in labels) + TICK_GAP

    for count in (5, 4, 3, 2):
        ticks = nice_ticks(low, high, count, zero=False)
        labels = tick_labels(ticks)
        if fits(labels):
            return ticks, labels
    return ticks, [label if i in (0, len(labels) - 1) else "" for i, label in enumerate(labels)]


def tornado(
    rows: Sequence[tuple[str, float, float]],
    base: float,
    *,
    accent: str,
    title: str,
    low_label: str,
    high_label: str,
) -> Markup:
    """Bars of NPV per input at its low and high value around the base NPV.

    `rows` holds (label, npv_low, npv_high), largest swing first; each bar is labelled with
    its lower NPV at its left end and its higher NPV at its right end. The axis gets only as
    many ticks as fit without their labels touching.
    """
    row_height, label_width = 36.0, 200.0
    height = 48 + row_height * max(len(rows), 1) + 28
    values = [base, *(v for _, lo, hi in rows for v in (lo, hi))]
    millions = max(abs(v) for v in values) >= MILLION
    value_width = (
        max(_text_width(value_label(v, millions=millions), AXIS_SIZE) for v in values) + 10
    )
    left = label_width + 10 + value_width
    width = WIDTH - left - value_width
    ticks, labels = _fitting_ticks(min(values), max(values), width)
    frame = Frame(left, 34, width, row_height * len(rows), ticks[0], ticks[-1])
    span = frame.high - frame.low or 1.0

    def x(value: float) -> float:
        return frame.left + frame.width * (value - frame.low) / span

    body = _legend(frame.left, 16, [(COST, low_label), (accent, high_label)])
    for tick, tick_label in zip(ticks, labels, strict=True):
        tx = x(tick)
        body.append(
            f'<line x1="{tx:.1f}" y1="{frame.top:.1f}" x2="{tx:.1f}" '
            f'y2="{frame.top + frame.height:.1f}" stroke="{GRID}" stroke-width="0.8"/>'
        )
        body.append(
            _text(
                tx,
                frame.top + frame.height + 16,
                tick_label,
                size=AXIS_SIZE,
                anchor="middle",
                css_class="tick",
                fill=MUTED,
            )
        )
    for index, (label, npv_low, npv_high) in enumerate(rows):
        top = frame.top + index * row_height + 6
        bar_height = row_height - 12
        lines = _wrap(label, int(label_width / (LABEL_SIZE * CHAR_WIDTH)))
        first_y = top + bar_height / 2 + 4 - (len(lines) - 1) * 6.5
        for number, line in enumerate(lines):
            body.append(
                _text(label_width, first_y + number * 13, line, size=LABEL_SIZE, anchor="end")
            )
        for value, colour in ((npv_low, COST), (npv_high, accent)):
            start, end = sorted((x(base), x(value)))
            body.append(
                f'<rect x="{start:.1f}" y="{top:.1f}" width="{max(end - start, 0.8):.1f}" '
                f'height="{bar_height:.1f}" fill="{colour}"/>'
            )
        low, high = sorted((npv_low, npv_high))
        middle = top + bar_height / 2 + 4
        left_end, right_end = x(min(low, base)) - 4, x(max(high, base)) + 4
        low_text, high_text = (value_label(v, millions=millions) for v in (low, high))
        body.append(_text(left_end, middle, low_text, size=AXIS_SIZE, anchor="end", fill=MUTED))
        body.append(_text(right_end, middle, high_text, size=AXIS_SIZE, fill=MUTED))
    bx = x(base)
    body.append(
        f'<line x1="{bx:.1f}" y1="{frame.top - 4:.1f}" x2="{bx:.1f}" '
        f'y2="{frame.top + frame.height + 2:.1f}" stroke="{INK}" stroke-width="1.5"/>'
    )
    return _svg(height, body, title)


CHARTS = {
    "cumulative_chart": cumulative_cashflow,
    "costs_benefits_chart": costs_and_benefits,
    "tornado_chart": tornado,
}
