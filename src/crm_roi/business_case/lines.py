"""The named yearly cost and benefit lines of a case, as the app and report show them.

Lines that are zero in every year are left out, except the benefit lines of the chosen goals
(or the global estimate) and the own items, which are always shown. The integration line
exists only when koppelingen = ja.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from crm_roi.business_case.formulas import (
    CaseShape,
    Drivers,
    adoption,
    benefit_after_risk,
    cost_after_risk,
    initial_costs,
    recurring_costs,
    run_rates,
)
from crm_roi.business_case.model import LineGroup, LineKind, YearlyLine

OWN_ITEM_PREFIX = "eigen:"


def _line(
    key: str,
    label: str,
    kind: LineKind,
    group: LineGroup,
    goal: str | None,
    before_risk: Sequence[float],
    after_risk: Sequence[float],
    full_amount: float | None = None,
) -> YearlyLine:
    return YearlyLine(
        key=key,
        label=label,
        kind=kind,
        group=group,
        goal=goal,
        amounts=tuple(float(a) for a in after_risk),
        amounts_before_risk=tuple(float(a) for a in before_risk),
        full_amount=None if full_amount is None else float(full_amount),
    )


def _is_zero(line: YearlyLine) -> bool:
    return all(a == 0 for a in line.amounts_before_risk)


def _own_lines(shape: CaseShape, kind: LineKind) -> list[YearlyLine]:
    return [
        _line(
            OWN_ITEM_PREFIX + item.name, item.name, kind, "eigen", None, item.amounts, item.amounts
        )
        for item in shape.own_items
        if item.kind == kind
    ]


def cost_lines(
    d: Drivers[float], shape: CaseShape, labels: Mapping[str, str]
) -> tuple[YearlyLine, ...]:
    """Initial (year 0), recurring (years 1..N) and own cost lines, risk-adjusted."""
    later_years = [0.0] * shape.horizon
    lines: list[YearlyLine] = []
    for key, amount in initial_costs(d, shape).items():
        before = [amount, *later_years]
        after = [cost_after_risk(amount, d), *later_years]
        lines.append(_line(key, labels.get(key, key), "kosten", "eenmalig", None, before, after))
    per_year = [recurring_costs(d, year) for year in range(1, shape.horizon + 1)]
    for key in per_year[0]:
        before = [0.0, *(costs[key] for costs in per_year)]
        after = [0.0, *(cost_after_risk(costs[key], d) for costs in per_year)]
        lines.append(_line(key, labels.get(key, key), "kosten", "terugkerend", None, before, after))
    return tuple(line for line in lines if not _is_zero(line)) + tuple(_own_lines(shape, "kosten"))


def benefit_lines(
    d: Drivers[float], shape: CaseShape, labels: Mapping[str, str]
) -> tuple[YearlyLine, ...]:
    """Goal (or global) benefits with ramp-up, replaced tools and own items, risk-adjusted."""
    years = range(1, shape.horizon + 1)
    lines: list[YearlyLine] = []
    for key, run_rate in run_rates(d, shape).items():
        before = [0.0, *(adoption(d, year) * run_rate for year in years)]
        after = [benefit_after_risk(amount, d) for amount in before]
        group: LineGroup = "globaal" if shape.method == "globaal" else "doel"
        goal = None if group == "globaal" else key
        label = labels.get(key, key)
        lines.append(_line(key, label, "baten", group, goal, before, after, run_rate))
    replaced = d.vervangen_kosten_per_jaar
    if replaced != 0:
        before = [0.0, *(replaced for _ in years)]
        after = [0.0, *(benefit_after_risk(replaced, d) for _ in years)]
        key = "vervangen_kosten"
        label = labels.get(key, key)
        lines.append(_line(key, label, "baten", "vervangen", None, before, after, replaced))
    return tuple(lines) + tuple(_own_lines(shape, "baten"))


def yearly_sums(lines: Sequence[YearlyLine], horizon: int) -> tuple[float, ...]:
    """Total of the lines per year 0..N."""
    return tuple(math.fsum(line.amounts[year] for line in lines) for year in range(horizon + 1))
