"""Methods A and B (docs/METHOD.md, Method A and method B) on the small advisory firm."""

from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import compute_business_case

from .cases import adviesbureau, revenue_drivers


def test_method_a_reached_over_three_years(benchmarks: Benchmarks) -> None:
    """D = 3: required = (4.500 + 2.500 + 2.560 + 2.623) / 3 = 4.061; expected = 12.500 / 3."""
    case = compute_business_case(adviesbureau(), benchmarks, uncertainty=False)
    a = case.method_a
    assert a.target_years == 3
    assert a.required_yearly_benefit == pytest.approx(4_061)
    assert a.expected_average_yearly_benefit == pytest.approx(12_500 / 3)
    assert a.reached and a.gap == pytest.approx(4_061 - 12_500 / 3)


def test_method_a_gap_as_hours_saved(benchmarks: Benchmarks) -> None:
    """D = 2: required (4.500 + 2.500 + 2.560) / 2 = 4.780; expected (2.500 + 5.000) / 2 = 3.750.

    Gap 1.030; mean adoption (50% + 100%) / 2 = 75%, so the run-rate must rise by
    1.030 / 0,75 = 1.373,33 to 6.373,33; at 5.000 per hour saved (5 × 40 × 50 × 50%):
    1,2747 hours per user per week instead of 1.
    """
    case = compute_business_case(
        adviesbureau(doel_terugverdientijd_jaren=2), benchmarks, uncertainty=False
    )
    a = case.method_a
    assert not a.reached
    assert a.gap == pytest.approx(1_030)
    (target,) = a.targets
    assert (target.goal, target.input_id, target.unit) == (
        "efficientie",
        "tijdwinst_uren_per_week",
        "hours",
    )
    assert target.current == 1
    assert target.required == pytest.approx(6_373.3333 / 5_000)


def test_method_a_target_in_percent_units(benchmarks: Benchmarks) -> None:
    """Conversie only: run-rate 1.000.000 × 2% × 40% = 8.000 → B = 0, 4.000, 8.000, 8.000.

    D = 1: required = 4.500 + 2.500 = 7.000; expected 4.000; gap 3.000 at 50% adoption → the
    run-rate must rise by 6.000 to 14.000: omzetgroei 14.000 / (1.000.000 × 40%) = 3,5%.
    """
    inputs = adviesbureau(doelen=["conversie"], doel_terugverdientijd_jaren=1, **revenue_drivers())
    (target,) = compute_business_case(inputs, benchmarks, uncertainty=False).method_a.targets
    assert (target.input_id, target.unit, target.current) == ("omzetgroei", "percent", 2)
    assert target.required == pytest.approx(3.5)


def test_method_a_global_mode_targets_the_expected_benefit(benchmarks: Benchmarks) -> None:
    """Global 4.000 a year → B1 = 2.000; D = 1: required 7.000, gap 5.000 / 50% → 14.000."""
    inputs = adviesbureau(
        methode="globaal", verwachte_jaarlijkse_baten=4_000, doel_terugverdientijd_jaren=1
    )
    (target,) = compute_business_case(inputs, benchmarks, uncertainty=False).method_a.targets
    assert (target.goal, target.input_id) == ("globaal", "verwachte_jaarlijkse_baten")
    assert target.required == pytest.approx(14_000)


def test_method_a_without_a_movable_driver_gives_no_target(benchmarks: Benchmarks) -> None:
    """Benutting 0: more hours saved change nothing, so no hours target is offered."""
    inputs = adviesbureau(benutting=0)
    assert compute_business_case(inputs, benchmarks, uncertainty=False).method_a.targets == ()


def test_method_b_simple_payback(benchmarks: Benchmarks) -> None:
    """B_full = 5.000; C'1 = 2.500; simple payback = 4.500 / (5.000 − 2.500) = 1,8 years."""
    b = compute_business_case(adviesbureau(), benchmarks, uncertainty=False).method_b
    assert (b.full_yearly_benefit, b.yearly_costs_year_1, b.initial_costs) == pytest.approx(
        (5_000, 2_500, 4_500)
    )
    assert b.simple_payback_years == pytest.approx(1.8)


def test_method_b_none_when_yearly_net_benefit_not_positive(benchmarks: Benchmarks) -> None:
    """Benutting 10%: B_full = 1.000 < C'1 = 2.500, never paid back."""
    b = compute_business_case(adviesbureau(benutting=10), benchmarks, uncertainty=False).method_b
    assert b.simple_payback_years is None


def test_method_a_target_within_the_input_bounds_is_feasible(benchmarks: Benchmarks) -> None:
    """Omzetgroei 3,5% (the case above) is a value the question accepts."""
    inputs = adviesbureau(doelen=["conversie"], doel_terugverdientijd_jaren=1, **revenue_drivers())
    (target,) = compute_business_case(inputs, benchmarks, uncertainty=False).method_a.targets
    assert target.feasible
    assert target.maximum == 100


def test_method_a_target_beyond_the_input_bounds_is_not_feasible(benchmarks: Benchmarks) -> None:
    """Omzet 10.000: the omzetgroei needed to close the gap lies far above 100%."""
    drivers = {**revenue_drivers(), "omzet_per_jaar": 10_000}
    inputs = adviesbureau(doelen=["conversie"], doel_terugverdientijd_jaren=1, **drivers)
    (target,) = compute_business_case(inputs, benchmarks, uncertainty=False).method_a.targets
    assert target.required > 100
    assert not target.feasible
