"""Scenarios and the tornado sensitivity over the uncertain inputs (docs/METHOD.md, Uncertainty).

Which inputs are uncertain, their role (kosten/baten) and their spread come from
``benchmarks.uncertainty``; only inputs this case uses take part. Low and high values are in
answer units, ordered (low <= high) and kept within the input's valid range.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case.formulas import CaseShape, Drivers, yearly_totals
from crm_roi.business_case.inputs import (
    DRIVER_FIELDS,
    ValidatedInputs,
    to_formula_units,
)
from crm_roi.business_case.model import LineKind, Scenario, ScenarioName, SensitivityBar
from crm_roi.finance import Analysis, analyse, present_value


@dataclass(frozen=True)
class UncertainRange:
    input_id: str
    role: LineKind
    expected: float  # answer units
    low: float
    high: float


def uncertain_ranges(
    validated: ValidatedInputs, benchmarks: Benchmarks
) -> tuple[UncertainRange, ...]:
    """The uncertain inputs this case uses, in the order of the benchmarks file."""
    ranges: list[UncertainRange] = []
    for input_id, entry in benchmarks.uncertainty.inputs.items():
        if input_id not in validated.numbers or input_id not in DRIVER_FIELDS:
            continue
        expected = validated.numbers[input_id]
        spread = benchmarks.uncertainty.spread(input_id)
        spec = validated.specs[input_id]
        ends = sorted((expected * spread.low, expected * spread.high))
        low, high = (min(max(end, spec.minimum), spec.maximum) for end in ends)
        ranges.append(UncertainRange(input_id, entry.role, expected, low, high))
    return tuple(ranges)


def with_values(d: Drivers[float], values: Mapping[str, float]) -> Drivers[float]:
    """The drivers with some inputs set to other values (answer units)."""
    return replace(d, **{key: to_formula_units(key, value) for key, value in values.items()})


def _npv(d: Drivers[float], shape: CaseShape) -> float:
    costs, benefits = yearly_totals(d, shape)
    rate = shape.discount_rate
    return present_value(benefits, rate) - present_value(costs, rate)


def _scenario_values(ranges: tuple[UncertainRange, ...], name: ScenarioName) -> dict[str, float]:
    if name == "verwacht":
        return {r.input_id: r.expected for r in ranges}
    pessimistic = name == "conservatief"
    return {r.input_id: (r.high if (r.role == "kosten") == pessimistic else r.low) for r in ranges}


def scenarios(
    d: Drivers[float],
    shape: CaseShape,
    ranges: tuple[UncertainRange, ...],
    expected: Analysis,
) -> tuple[Scenario, ...]:
    """Conservatief (benefit inputs low, cost inputs high), verwacht, optimistisch."""
    result: list[Scenario] = []
    names: tuple[ScenarioName, ...] = ("conservatief", "verwacht", "optimistisch")
    for name in names:
        values = _scenario_values(ranges, name)
        if name == "verwacht":
            analysis = expected
        else:
            costs, benefits = yearly_totals(with_values(d, values), shape)
            analysis = analyse(costs, benefits, shape.discount_rate)
        result.append(Scenario(name=name, analysis=analysis, inputs=values))
    return tuple(result)


def tornado(
    d: Drivers[float], shape: CaseShape, ranges: tuple[UncertainRange, ...]
) -> tuple[SensitivityBar, ...]:
    """NPV with each input alone at its low and high value; largest swing first.

    Inputs that do not move the NPV (for example an amount of 0) are left out.
    """
    bars = [
        SensitivityBar(
            input_id=r.input_id,
            role=r.role,
            low_value=r.low,
            high_value=r.high,
            npv_low=_npv(with_values(d, {r.input_id: r.low}), shape),
            npv_high=_npv(with_values(d, {r.input_id: r.high}), shape),
        )
        for r in ranges
    ]
    return tuple(sorted((bar for bar in bars if bar.swing > 0), key=lambda b: -b.swing))
