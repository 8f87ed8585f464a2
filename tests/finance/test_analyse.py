"""crm_roi.finance.analyse on hand-computed cases (docs/METHOD.md, Results)."""

from __future__ import annotations

import pytest

from crm_roi.finance import analyse, payback_months


def test_small_crm_case_npv_and_roi() -> None:
    """C = [10.000, 2.000, 2.000], B = [0, 8.000, 8.000], r = 10%.

    PV(C) = 10.000 + 2.000/1,1 + 2.000/1,21 = 10.000 + 1.818,18 + 1.652,89 = 13.471,07
    PV(B) = 8.000/1,1 + 8.000/1,21 = 7.272,73 + 6.611,57 = 13.884,30
    NPV = 413,22; ROI = 413,22 / 13.471,07 = 3,067%; eenvoudig = (16.000 - 14.000) / 14.000.
    """
    a = analyse([10_000, 2_000, 2_000], [0, 8_000, 8_000], 0.10)
    assert a.pv_costs == pytest.approx(13_471.0744, abs=1e-3)
    assert a.pv_benefits == pytest.approx(13_884.2975, abs=1e-3)
    assert a.npv == pytest.approx(413.2231, abs=1e-3)
    assert a.roi == pytest.approx(413.2231 / 13_471.0744, rel=1e-6)
    assert a.roi_simple == pytest.approx(2_000 / 14_000)
    assert (a.total_costs, a.total_benefits) == (14_000, 16_000)


def test_small_crm_case_payback() -> None:
    """Net = [-10.000, 6.000, 6.000]; cumulative -10.000, -4.000, +2.000.

    The cumulative crosses 0 in year 2: 12 + 12 × 4.000/6.000 = 20 months.
    """
    a = analyse([10_000, 2_000, 2_000], [0, 8_000, 8_000], 0.10)
    assert a.net == (-10_000, 6_000, 6_000)
    assert a.cumulative == (-10_000, -4_000, 2_000)
    assert a.payback_months == pytest.approx(20.0)


def test_small_crm_case_discounted_payback() -> None:
    """Discounted net = [-10.000, 5.454,55, 4.958,68]; cumulative after year 1: -4.545,45.

    12 + 12 × 4.545,45 / 4.958,68 = 12 + 12 × 0,91667 = 23 months.
    """
    a = analyse([10_000, 2_000, 2_000], [0, 8_000, 8_000], 0.10)
    assert a.discounted_net[1] == pytest.approx(5_454.5455, abs=1e-3)
    assert a.discounted_payback_months == pytest.approx(23.0)


def test_small_crm_case_irr() -> None:
    """-10.000 + 6.000x + 6.000x² = 0 with x = 1/(1+r): x = (-1 + √(1 + 20/3)) / 2 = 0,884437.

    r = 1/x - 1 = 13,066%.
    """
    a = analyse([10_000, 2_000, 2_000], [0, 8_000, 8_000], 0.10)
    assert a.irr == pytest.approx(0.130662, abs=1e-6)


def test_domain_check_payback_of_five_point_one_months() -> None:
    """docs/METHOD.md, Results: C0 = 26.670, CF1 = 63.094 → 12 × 26.670 / 63.094 ≈ 5,1 months."""
    a = analyse([26_670, 0], [0, 63_094], 0.10)
    assert round(a.payback_months or 0, 1) == 5.1


def test_year_zero_is_not_discounted() -> None:
    a = analyse([5_000], [1_000], 0.10)
    assert (a.pv_costs, a.pv_benefits, a.npv) == (5_000, 1_000, -4_000)


def test_payback_is_zero_when_year_zero_already_positive() -> None:
    assert payback_months([0.0, -100.0, 50.0]) == 0.0


def test_payback_none_when_not_reached_within_horizon() -> None:
    a = analyse([10_000, 1_000, 1_000, 1_000], [0, 2_000, 2_000, 2_000], 0.10)
    assert a.payback_months is None
    assert a.discounted_payback_months is None


def test_payback_exactly_at_end_of_year() -> None:
    """Net [-1.200, 1.200]: the whole year-1 flow is needed, so exactly 12 months."""
    assert payback_months([-1_200.0, 1_200.0]) == pytest.approx(12.0)


def test_zero_costs_give_defined_answers() -> None:
    """Nothing invested: ROI undefined (None, not inf), paid back at once, no IRR."""
    a = analyse([0, 0, 0], [0, 500, 500], 0.10)
    assert a.roi is None and a.roi_simple is None
    assert a.payback_months == 0.0
    assert a.irr is None
    assert a.npv > 0


def test_zero_benefits_give_defined_answers() -> None:
    """Only costs: ROI -100%, never paid back, no IRR (the flows never change sign)."""
    a = analyse([1_000, 100, 100], [0, 0, 0], 0.10)
    assert a.roi == pytest.approx(-1.0)
    assert a.roi_simple == pytest.approx(-1.0)
    assert a.payback_months is None
    assert a.irr is None


def test_all_zero_flows() -> None:
    a = analyse([0, 0], [0, 0], 0.10)
    assert (a.npv, a.roi, a.irr, a.payback_months) == (0, None, None, 0.0)


def test_ten_year_horizon_discounts_every_year() -> None:
    """Ten yearly benefits of 1.000 at 10%: annuity factor (1 - 1,1^-10) / 0,1 = 6,144567."""
    a = analyse([0] * 11, [0] + [1_000] * 10, 0.10)
    assert a.horizon == 10
    assert a.pv_benefits == pytest.approx(6_144.567, abs=1e-3)
    assert a.discounted_cumulative[-1] == pytest.approx(a.pv_benefits)


def test_mismatched_lengths_are_rejected() -> None:
    with pytest.raises(ValueError):
        analyse([1, 2], [1], 0.1)


def test_non_finite_flows_are_rejected() -> None:
    with pytest.raises(ValueError):
        analyse([float("inf")], [0], 0.1)
