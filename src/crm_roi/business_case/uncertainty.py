"""Scenarios, the tornado sensitivity and switch values over the uncertain inputs (docs/METHOD.md,
Uncertainty).

Which inputs are uncertain, their role (kosten/baten) and their spread come from
``benchmarks.uncertainty``; only inputs this case uses take part. Low and high values are in
answer units, ordered (low <= high) and kept within the input's valid range.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
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

ROOT_MAX_STEPS = 200


@dataclass(frozen=True)
class UncertainRange:
    input_id: str
    role: LineKind
    expected: float  # answer units
    low: float  # expected × a spread factor, within the valid range (scenarios, tornado)
    high: float
    low_factor: float  # the spread factors of benchmarks.yaml (Monte Carlo's triangle)
    high_factor: float
    minimum: float  # the input's valid range (the bounds its answer was validated with)
    maximum: float


def valid_range(validated: ValidatedInputs, input_id: str) -> tuple[float, float]:
    """The lowest and highest value an input may take, in answer units.

    The one place the uncertainty reads the bounds an answer is validated with.
    """
    spec = validated.specs[input_id]
    return spec.minimum, spec.maximum


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
        minimum, maximum = valid_range(validated, input_id)
        ends = sorted((expected * spread.low, expected * spread.high))
        low, high = (min(max(end, minimum), maximum) for end in ends)
        ranges.append(
            UncertainRange(
                input_id,
                entry.role,
                expected,
                low,
                high,
                spread.low,
                spread.high,
                minimum,
                maximum,
            )
        )
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
    """NPV with each input alone at its low and high value, and its switch value.

    Largest swing first. Inputs that do not move the NPV (for example an amount of 0) are
    left out.
    """
    bars: list[SensitivityBar] = []
    for r in ranges:
        npv_low = _npv(with_values(d, {r.input_id: r.low}), shape)
        npv_high = _npv(with_values(d, {r.input_id: r.high}), shape)
        if npv_low == npv_high:
            continue
        switch = switch_value(d, shape, r, rising=npv_high > npv_low)
        bars.append(
            SensitivityBar(
                input_id=r.input_id,
                role=r.role,
                expected_value=r.expected,
                low_value=r.low,
                high_value=r.high,
                npv_low=npv_low,
                npv_high=npv_high,
                switch_value=switch,
                switch_change=None if switch is None else (switch - r.expected) / abs(r.expected),
            )
        )
    return tuple(sorted(bars, key=lambda b: -b.swing))


def switch_value(
    d: Drivers[float], shape: CaseShape, r: UncertainRange, *, rising: bool
) -> float | None:
    """The value of this input alone at which the NPV is 0, or None when none in range.

    ``rising`` says whether the NPV rises with the input. From the expected value the search
    goes towards 0: the unfavourable way when the NPV is positive, the favourable way when
    it is negative, up to the end of the input's valid range. The NPV moves one way with each
    input alone (the formulas multiply non-negative drivers; (1 + prijsstijging)^t rises), so
    its sign at that end decides whether there is a root.
    """

    input_id, expected = r.input_id, r.expected

    def npv_at(value: float) -> float:
        return _npv(with_values(d, {input_id: value}), shape)

    npv = npv_at(expected)
    if npv == 0:
        return expected
    minimum, maximum = r.minimum, r.maximum
    end = minimum if (npv > 0) == rising else maximum
    npv_end = npv_at(end)
    if npv_end == 0:
        return end
    if (npv_end > 0) == (npv > 0):
        return None
    return find_root(npv_at, expected, end, npv, npv_end)


def find_root(f: Callable[[float], float], a: float, b: float, f_a: float, f_b: float) -> float:
    """A root of f between a and b, where f(a) and f(b) have opposite signs.

    Regula falsi (exact in one step when f is linear, as the NPV is in most inputs), with a
    bisection step whenever the bracket has not halved in two steps, so it always converges.
    Stops when |f| is below 1e-9 of the smaller of |f(a)|, |f(b)| (the NPV at the estimate,
    usually), or when the bracket is as narrow as floats allow.
    """
    if f_a == 0:
        return a
    if f_b == 0:
        return b
    if (f_a > 0) == (f_b > 0):
        raise ValueError("f(a) and f(b) must have opposite signs")
    f_tolerance = 1e-9 * min(abs(f_a), abs(f_b))
    width_last = width_before = math.inf
    for _ in range(ROOT_MAX_STEPS):
        width = abs(b - a)
        slow = width > width_before / 2
        c = (a + b) / 2 if slow else a - f_a * (b - a) / (f_b - f_a)
        if not min(a, b) < c < max(a, b):
            return a if abs(f_a) <= abs(f_b) else b
        f_c = f(c)
        if abs(f_c) <= f_tolerance:
            return c
        if (f_c > 0) == (f_a > 0):
            a, f_a = c, f_c
        else:
            b, f_b = c, f_c
        width_before, width_last = width_last, width
    return a if abs(f_a) <= abs(f_b) else b
