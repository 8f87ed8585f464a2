"""Scenarios, the tornado sensitivity and switch values (docs/METHOD.md, Uncertainty)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.business_case import BusinessCase, SensitivityBar, compute_business_case
from crm_roi.business_case.bounds import number_specs
from crm_roi.business_case.formulas import yearly_totals
from crm_roi.business_case.inputs import validate_inputs
from crm_roi.business_case.lines import benefit_lines, cost_lines, yearly_sums
from crm_roi.business_case.uncertainty import find_root, with_values
from crm_roi.finance import present_value

from .cases import EXAMPLE_NAMES, adviesbureau, example_inputs, installateur


def test_yearly_totals_equal_the_sum_of_the_lines(benchmarks: Benchmarks) -> None:
    """The fast totals of the tornado and Monte Carlo are the same formulas as the lines."""
    validated = validate_inputs(installateur(), benchmarks)
    d, shape = validated.drivers, validated.shape
    costs, benefits = yearly_totals(d, shape)
    labels = benchmarks.line_labels
    assert costs == pytest.approx(yearly_sums(cost_lines(d, shape, labels), shape.horizon))
    assert benefits == pytest.approx(yearly_sums(benefit_lines(d, shape, labels), shape.horizon))


def test_scenarios_are_ordered(benchmarks: Benchmarks) -> None:
    case = compute_business_case(installateur(), benchmarks, draws=100)
    names = [s.name for s in case.scenarios]
    npvs = [s.analysis.npv for s in case.scenarios]
    assert names == ["conservatief", "verwacht", "optimistisch"]
    assert npvs[0] < npvs[1] < npvs[2]
    assert case.scenarios[1].analysis is case.analysis


def test_conservative_takes_benefits_low_and_costs_high(benchmarks: Benchmarks) -> None:
    """Spreads (benchmarks.yaml): implementatie 0,8–1,5 × 4.176; tijdwinst 0,5–1,5 × 2 uur."""
    conservative, _, optimistic = compute_business_case(
        installateur(), benchmarks, draws=100
    ).scenarios
    assert conservative.inputs["implementatiekosten"] == pytest.approx(4_176 * 1.5)
    assert conservative.inputs["tijdwinst_uren_per_week"] == pytest.approx(1)
    assert optimistic.inputs["implementatiekosten"] == pytest.approx(4_176 * 0.8)
    assert optimistic.inputs["tijdwinst_uren_per_week"] == pytest.approx(3)


def test_scenario_values_stay_within_valid_ranges(benchmarks: Benchmarks) -> None:
    """Adoption 100% in year 1 times the high factor 1,3 is capped at 100%."""
    case = compute_business_case(installateur() | {"adoptie_jaar_1": 100}, benchmarks, draws=100)
    assert case.scenarios[2].inputs["adoptie_jaar_1"] == 100


def test_tornado_holds_only_inputs_of_this_case(benchmarks: Benchmarks) -> None:
    """Efficiency only, no koppelingen: no lead, margin or integration inputs; none with 0 swing."""
    case = compute_business_case(adviesbureau(), benchmarks, draws=100)
    ids = {bar.input_id for bar in case.sensitivity}
    assert "tijdwinst_uren_per_week" in ids
    assert ids.isdisjoint({"extra_leads_per_maand", "brutomarge", "integratiekosten"})
    assert all(bar.swing > 0 for bar in case.sensitivity)


def test_tornado_sorted_by_swing(benchmarks: Benchmarks) -> None:
    swings = [bar.swing for bar in compute_business_case(installateur(), benchmarks).sensitivity]
    assert swings == sorted(swings, reverse=True)


def test_tornado_bar_of_hours_saved(benchmarks: Benchmarks) -> None:
    """Tijdwinst 0,5–1,5 × 1 uur scales all benefits (no risk): NPV = PV(B) × f − PV(C)."""
    case = compute_business_case(adviesbureau(), benchmarks, draws=100)
    bar = next(b for b in case.sensitivity if b.input_id == "tijdwinst_uren_per_week")
    a = case.analysis
    assert (bar.low_value, bar.high_value, bar.role) == (0.5, 1.5, "baten")
    assert bar.npv_low == pytest.approx(0.5 * a.pv_benefits - a.pv_costs)
    assert bar.npv_high == pytest.approx(1.5 * a.pv_benefits - a.pv_costs)


def test_uncertainty_false_skips_scenarios_tornado_and_monte_carlo(benchmarks: Benchmarks) -> None:
    case = compute_business_case(installateur(), benchmarks, uncertainty=False)
    assert (case.scenarios, case.sensitivity, case.monte_carlo) == ((), (), None)


def _npv_with(inputs: dict[str, object], benchmarks: Benchmarks, values: dict[str, float]) -> float:
    """The NPV with some inputs set to other values (fractional ones too, unlike the answers)."""
    validated = validate_inputs(inputs, benchmarks)
    costs, benefits = yearly_totals(with_values(validated.drivers, values), validated.shape)
    rate = validated.shape.discount_rate
    return present_value(benefits, rate) - present_value(costs, rate)


def _bar(case: BusinessCase, input_id: str) -> SensitivityBar:
    return next(b for b in case.sensitivity if b.input_id == input_id)


def test_switch_values_when_the_npv_is_positive_lie_the_unfavourable_way(
    benchmarks: Benchmarks,
) -> None:
    """2 hours saved: NPV = PV(B) × tijdwinst / 2 − PV(C), 0 at 2 × PV(C) / PV(B) hours.

    Implementation costs are in year 0 at full weight (no risk): they may rise by the NPV.
    """
    case = compute_business_case(adviesbureau(tijdwinst_uren_per_week=2), benchmarks, draws=100)
    a = case.analysis
    assert a.npv > 0
    hours = _bar(case, "tijdwinst_uren_per_week")
    assert hours.expected_value == 2
    assert hours.switch_value == pytest.approx(2 * a.pv_costs / a.pv_benefits)
    assert hours.switch_change == pytest.approx(a.pv_costs / a.pv_benefits - 1)
    assert hours.switch_change < 0
    implementation = _bar(case, "implementatiekosten")
    assert implementation.switch_value == pytest.approx(1_200 + a.npv)
    assert implementation.switch_change == pytest.approx(a.npv / 1_200)


def test_switch_values_when_the_npv_is_negative_lie_the_favourable_way(
    benchmarks: Benchmarks,
) -> None:
    """1 hour saved: NPV −697,60; the hours must rise, implementation costs must fall."""
    case = compute_business_case(adviesbureau(), benchmarks, draws=100)
    a = case.analysis
    assert a.npv == pytest.approx(-697.60, abs=0.01)
    hours = _bar(case, "tijdwinst_uren_per_week")
    assert hours.switch_value == pytest.approx(a.pv_costs / a.pv_benefits)
    assert hours.switch_change is not None and hours.switch_change > 0
    implementation = _bar(case, "implementatiekosten")
    assert implementation.switch_value == pytest.approx(1_200 + a.npv)


def test_no_switch_value_when_even_the_end_of_the_range_keeps_the_npv_negative(
    benchmarks: Benchmarks,
) -> None:
    """0,3 hour saved: even implementation for free (0, the lowest amount) does not pay."""
    case = compute_business_case(adviesbureau(tijdwinst_uren_per_week=0.3), benchmarks, draws=100)
    implementation = _bar(case, "implementatiekosten")
    assert case.analysis.npv + 1_200 < 0
    assert (implementation.switch_value, implementation.switch_change) == (None, None)


def test_no_switch_value_when_the_npv_stays_positive_over_the_valid_range(
    benchmarks: Benchmarks,
) -> None:
    """The installer's NPV stays positive even with 0% adoption in year 1."""
    bar = _bar(compute_business_case(installateur(), benchmarks, draws=100), "adoptie_jaar_1")
    assert _npv_with(installateur(), benchmarks, {"adoptie_jaar_1": 0}) > 0
    assert (bar.switch_value, bar.switch_change) == (None, None)


def test_switch_value_of_the_price_rise_where_the_npv_is_not_linear(
    benchmarks: Benchmarks,
) -> None:
    """Licences compound with (1 + prijsstijging)^(t-1) over 10 years: a price rise of about
    17% a year (not 5%) eats the NPV; the root finder finds it on the curve."""
    inputs = adviesbureau(
        tijdwinst_uren_per_week=2, licentie_per_gebruiker_per_maand=60, horizon_jaren=10
    )
    case = compute_business_case(inputs, benchmarks, draws=100)
    bar = _bar(case, "prijsstijging")
    assert bar.switch_value is not None and 15 < bar.switch_value < 20
    npv = _npv_with(inputs, benchmarks, {"prijsstijging": bar.switch_value})
    assert npv == pytest.approx(0, abs=1e-6 * case.analysis.pv_costs)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_the_npv_is_zero_at_every_switch_value(name: str, benchmarks: Benchmarks) -> None:
    inputs = example_inputs(name)
    case = compute_business_case(inputs, benchmarks, draws=100)
    for bar in case.sensitivity:
        if bar.switch_value is None:
            continue
        minimum, maximum = valid_range(bar.input_id)
        assert minimum <= bar.switch_value <= maximum
        npv = _npv_with(inputs, benchmarks, {bar.input_id: bar.switch_value})
        assert npv == pytest.approx(0, abs=1e-6 * abs(case.analysis.npv))
        expected_change = (bar.switch_value - bar.expected_value) / abs(bar.expected_value)
        assert bar.switch_change == pytest.approx(expected_change)


@settings(max_examples=40, deadline=None)
@given(
    users=st.integers(min_value=1, max_value=200),
    hours=st.floats(min_value=0.05, max_value=10),
    price_rise=st.integers(min_value=-10, max_value=40),
    licence=st.integers(min_value=0, max_value=200),
)
def test_switch_values_are_roots_or_none(
    users: int, hours: float, price_rise: int, licence: int
) -> None:
    """A switch value has NPV 0; None means NPV keeps its sign up to the range's far end."""
    benchmarks = load_benchmarks()
    inputs = adviesbureau(
        aantal_gebruikers=users,
        tijdwinst_uren_per_week=hours,
        prijsstijging=price_rise,
        licentie_per_gebruiker_per_maand=licence,
    )
    case = compute_business_case(inputs, benchmarks, draws=50)
    npv = case.analysis.npv
    for bar in case.sensitivity:
        if bar.switch_value is not None:
            at_switch = _npv_with(inputs, benchmarks, {bar.input_id: bar.switch_value})
            assert at_switch == pytest.approx(0, abs=1e-6 * max(abs(npv), 1))
            continue
        rising = bar.npv_high > bar.npv_low
        minimum, maximum = valid_range(bar.input_id)
        far_end = minimum if (npv > 0) == rising else maximum
        assert (_npv_with(inputs, benchmarks, {bar.input_id: far_end}) > 0) == (npv > 0)


def valid_range(input_id: str) -> tuple[float, float]:
    """The default flow's bounds: what a bare mapping of answers is validated with."""
    spec = number_specs()[input_id]
    return spec.minimum, spec.maximum


def test_the_ranges_are_the_ones_answers_are_validated_with(benchmarks: Benchmarks) -> None:
    case = compute_business_case(example_inputs(EXAMPLE_NAMES[0]), benchmarks, draws=50)
    for bar in case.sensitivity:
        minimum, maximum = valid_range(bar.input_id)
        assert minimum <= bar.low_value <= bar.high_value <= maximum
    assert valid_range("prijsstijging") == (-20, 50)


def test_find_root_of_a_line_in_one_step() -> None:
    calls: list[float] = []

    def line(x: float) -> float:
        calls.append(x)
        return 3 * x - 12

    assert find_root(line, 0, 1e12, -12, 3e12 - 12) == pytest.approx(4)
    assert len(calls) <= 2


@pytest.mark.parametrize(
    ("f", "a", "b", "root"),
    [
        (lambda x: x**3 - 2, 0.0, 5.0, 2 ** (1 / 3)),
        (lambda x: x**25 - 0.5, 0.0, 1.0, 0.5 ** (1 / 25)),  # regula falsi alone crawls
        (lambda x: 1 - math.exp(-x) - 0.5, 10.0, 0.0, math.log(2)),  # bracket given backwards
        (lambda x: -1.0 if x < 0.3 else 1.0, 0.0, 1.0, 0.3),  # a jump: bisection narrows it
    ],
)
def test_find_root_converges_where_the_function_is_not_linear(
    f: Callable[[float], float], a: float, b: float, root: float
) -> None:
    assert find_root(f, a, b, f(a), f(b)) == pytest.approx(root, rel=1e-9)


def test_find_root_needs_a_sign_change() -> None:
    with pytest.raises(ValueError):
        find_root(lambda x: x + 1, 0, 1, 1, 2)
