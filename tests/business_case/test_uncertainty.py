"""Scenarios and the tornado sensitivity (docs/METHOD.md, Uncertainty)."""

from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import compute_business_case
from crm_roi.business_case.formulas import yearly_totals
from crm_roi.business_case.inputs import validate_inputs
from crm_roi.business_case.lines import benefit_lines, cost_lines, yearly_sums

from .cases import adviesbureau, installateur


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
