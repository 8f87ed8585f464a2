"""Benefit lines (docs/METHOD.md, Benefits): run-rates, ramp-up, risk, global mode, own items."""

from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import compute_business_case

from .cases import adviesbureau, revenue_drivers


def _goal_lines(benchmarks: Benchmarks, goals: list[str]) -> dict[str, tuple[float, ...]]:
    inputs = adviesbureau(doelen=goals, adoptie_jaar_1=100, **revenue_drivers())
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    return {line.key: line.amounts for line in case.benefit_lines}


def test_efficiency_run_rate(benchmarks: Benchmarks) -> None:
    """5 gebruikers × 1 u/week × 40 weken × € 50 × 50% benutting = 5.000 per jaar."""
    assert _goal_lines(benchmarks, ["efficientie"])["efficientie"][1] == pytest.approx(5_000)


def test_leads_run_rate(benchmarks: Benchmarks) -> None:
    """2 leads/maand × 12 × 25% conversie × € 4.000 × 40% marge = 9.600 per jaar."""
    assert _goal_lines(benchmarks, ["leads"])["leads"][1] == pytest.approx(9_600)


def test_conversion_run_rate(benchmarks: Benchmarks) -> None:
    """€ 1.000.000 omzet × 2% groei × 40% marge = 8.000 per jaar."""
    assert _goal_lines(benchmarks, ["conversie"])["conversie"][1] == pytest.approx(8_000)


def test_retention_run_rate(benchmarks: Benchmarks) -> None:
    """200 klanten × 3 procentpunt minder verloop × € 2.500 × 40% marge = 6.000 per jaar."""
    assert _goal_lines(benchmarks, ["klantbehoud"])["klantbehoud"][1] == pytest.approx(6_000)


def test_cross_selling_run_rate(benchmarks: Benchmarks) -> None:
    """200 klanten × 10% × € 1.500 × 40% marge = 12.000 per jaar."""
    assert _goal_lines(benchmarks, ["crossselling"])["crossselling"][1] == pytest.approx(12_000)


def test_cross_selling_order_value_defaults_to_average_order(benchmarks: Benchmarks) -> None:
    """No crosssell_orderwaarde: 200 × 10% × € 4.000 (gemiddelde orderwaarde) × 40% = 32.000."""
    inputs = adviesbureau(doelen=["crossselling"], adoptie_jaar_1=100, **revenue_drivers())
    del inputs["crosssell_orderwaarde"]
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert case.benefits[1] == pytest.approx(32_000)


def test_own_cross_selling_order_value_leaves_the_average_order_unused(
    benchmarks: Benchmarks,
) -> None:
    """With its own crosssell_orderwaarde and no leads goal, no formula reads the average
    order value: the case's inputs (what the report lists as used) leave it out."""
    inputs = adviesbureau(doelen=["crossselling"], adoptie_jaar_1=100, **revenue_drivers())
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert "gemiddelde_orderwaarde" not in case.inputs
    assert "crosssell_orderwaarde" in case.inputs
    both = adviesbureau(doelen=["crossselling", "leads"], adoptie_jaar_1=100, **revenue_drivers())
    assert "gemiddelde_orderwaarde" in compute_business_case(both, benchmarks).inputs


def test_only_chosen_goals_count(benchmarks: Benchmarks) -> None:
    """Efficiency 5.000 + leads 9.600 = 14.600; the other drivers are present but ignored."""
    lines = _goal_lines(benchmarks, ["leads", "efficientie"])
    assert list(lines) == ["efficientie", "leads"]
    assert sum(amounts[1] for amounts in lines.values()) == pytest.approx(14_600)


def test_ramp_up(benchmarks: Benchmarks) -> None:
    """Adoption 50%, 100%, 100% of 5.000: B = 0, 2.500, 5.000, 5.000."""
    case = compute_business_case(adviesbureau(), benchmarks, uncertainty=False)
    assert case.benefits == pytest.approx((0, 2_500, 5_000, 5_000))
    assert case.adoption == pytest.approx((0, 0.5, 1.0, 1.0))


def test_ramp_up_defaults_from_benchmarks(benchmarks: Benchmarks) -> None:
    """Without adoptie_*: 50%, 85%, 100% (benchmarks): B2 = 0,85 × 5.000 = 4.250."""
    inputs = adviesbureau()
    for key in ("adoptie_jaar_1", "adoptie_jaar_2", "adoptie_daarna"):
        del inputs[key]
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert case.benefits[2] == pytest.approx(4_250)


def test_benefit_risk_from_certainty(benchmarks: Benchmarks) -> None:
    """Onzeker → baten −20%: B2 = 5.000 × 0,8 = 4.000; before risk still 5.000."""
    inputs = adviesbureau(zekerheid="onzeker")
    del inputs["risico_baten"], inputs["risico_kosten"]
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert case.benefits[2] == pytest.approx(4_000)
    assert case.benefit_lines[0].amounts_before_risk[2] == pytest.approx(5_000)


def test_replaced_tools_are_not_ramped(benchmarks: Benchmarks) -> None:
    """B1 = (50% × 5.000 + 600 vervangen) × (1 − 10%) = 3.100 × 0,9 = 2.790."""
    inputs = adviesbureau(vervangen_kosten_per_jaar=600, risico_baten=10)
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert case.benefits[1] == pytest.approx(2_790)
    assert case.benefit_lines[-1].key == "vervangen_kosten"


def test_global_mode_replaces_the_goal_drivers(benchmarks: Benchmarks) -> None:
    """methode = globaal, verwachte baten 10.000: B1 = 50% × 10.000 = 5.000; efficiency ignored."""
    inputs = adviesbureau(methode="globaal", verwachte_jaarlijkse_baten=10_000)
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert [line.key for line in case.benefit_lines] == ["globaal"]
    assert case.benefit_lines[0].group == "globaal"
    assert case.benefits == pytest.approx((0, 5_000, 10_000, 10_000))
    assert case.run_rate == 10_000


def test_own_benefit_item_is_not_ramped_nor_risk_adjusted(benchmarks: Benchmarks) -> None:
    """Own benefit [0, 300, 300], risico_baten 10%: B1 = 2.500 × 0,9 + 300 = 2.550; B3 = 4.500."""
    own = [{"naam": "Subsidie", "soort": "baten", "bedragen": [0, 300, 300]}]
    case = compute_business_case(
        adviesbureau(eigen_posten=own, risico_baten=10), benchmarks, uncertainty=False
    )
    assert case.benefits == pytest.approx((0, 2_550, 4_800, 4_500))


def test_full_case_headline(benchmarks: Benchmarks) -> None:
    """Net = −4.500, 0, 2.440, 2.377; cumulative −4.500, −4.500, −2.060, +317.

    Payback in year 3: 24 + 12 × 2.060 / 2.377 = 34,40 months.
    NPV = (2.500/1,1 + 5.000/1,21 + 5.000/1,331) − (4.500 + 2.500/1,1 + 2.560/1,21 + 2.623/1,331)
        = 10.161,53 − 10.859,13 = −697,60.
    """
    case = compute_business_case(adviesbureau(), benchmarks, uncertainty=False)
    assert case.analysis.payback_months == pytest.approx(24 + 12 * 2_060 / 2_377)
    assert case.analysis.npv == pytest.approx(-697.596, abs=1e-3)


def test_global_mode_with_cross_selling_needs_no_order_value(benchmarks: Benchmarks) -> None:
    """Global mode ignores every goal driver, cross-selling's order value included.

    B = 0, 50% × 0, 0, 0: nothing to gain, and no missing-answer error either.
    """
    inputs = adviesbureau(
        methode="globaal", verwachte_jaarlijkse_baten=0, doelen=["crossselling", "leads"]
    )
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert case.benefits == pytest.approx((0, 0, 0, 0))
