"""Monte Carlo simulation (docs/METHOD.md, Uncertainty): seeded, vectorised, centred."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.business_case import compute_business_case
from crm_roi.business_case.bounds import number_specs
from crm_roi.business_case.monte_carlo import factor_triangle, triangular
from crm_roi.business_case.uncertainty import UncertainRange

from .cases import EXAMPLE_NAMES, adviesbureau, example_inputs, installateur, revenue_drivers

# |mean NPV - headline NPV| may be at most this share of P90 - P10 (several standard errors
# at the draw counts below: sampling noise, not a shifted centre).
MEAN_TOLERANCE = 0.05


def _assert_centred(inputs: dict[str, object], benchmarks: Benchmarks, draws: int) -> None:
    case = compute_business_case(inputs, benchmarks, draws=draws)
    mc = case.monte_carlo
    assert mc is not None
    npv = case.analysis.npv
    allowed = MEAN_TOLERANCE * (mc.npv_p90 - mc.npv_p10) + 1e-6 * (abs(npv) + 1)
    assert abs(mc.npv_mean - npv) <= allowed


def test_reproducible_with_the_seed(benchmarks: Benchmarks) -> None:
    first = compute_business_case(installateur(), benchmarks, draws=2_000, seed=7).monte_carlo
    again = compute_business_case(installateur(), benchmarks, draws=2_000, seed=7).monte_carlo
    other = compute_business_case(installateur(), benchmarks, draws=2_000, seed=8).monte_carlo
    assert first == again
    assert other is not None and first is not None and other.npv_p50 != first.npv_p50


def test_default_is_ten_thousand_seeded_draws(benchmarks: Benchmarks) -> None:
    result = compute_business_case(installateur(), benchmarks).monte_carlo
    assert result is not None
    assert (result.draws, result.seed) == (10_000, 20261124)


def test_summaries_of_the_installer_case(benchmarks: Benchmarks) -> None:
    """A clearly positive case: the NPV range lies within the conservative–optimistic range."""
    case = compute_business_case(installateur(), benchmarks)
    mc = case.monte_carlo
    assert mc is not None
    conservative, _, optimistic = case.scenarios
    assert conservative.analysis.npv <= mc.npv_p10 <= mc.npv_p50 <= mc.npv_p90
    assert mc.npv_p90 <= optimistic.analysis.npv
    assert 0.9 < mc.chance_positive_npv <= 1
    assert 0.9 < mc.chance_payback_within_horizon <= 1


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_mean_npv_of_the_examples_is_the_headline_npv(name: str, benchmarks: Benchmarks) -> None:
    """Before the mean-normalisation the Salesforce example had NPV 252.232, mean −49.389."""
    _assert_centred(example_inputs(name), benchmarks, draws=10_000)


UNCERTAIN_IDS = tuple(load_benchmarks().uncertainty.inputs)


def _with_spreads(benchmarks: Benchmarks, spreads: list[tuple[float, float]]) -> Benchmarks:
    uncertainty = benchmarks.uncertainty
    inputs = {
        input_id: entry.model_copy(update={"low": low, "high": high})
        for (input_id, entry), (low, high) in zip(uncertainty.inputs.items(), spreads, strict=True)
    }
    return benchmarks.model_copy(
        update={"uncertainty": uncertainty.model_copy(update={"inputs": inputs})}
    )


@settings(max_examples=30, deadline=None)
@given(
    spreads=st.lists(
        st.tuples(st.floats(0.1, 1.0), st.floats(1.0, 3.0)),
        min_size=len(UNCERTAIN_IDS),
        max_size=len(UNCERTAIN_IDS),
    ),
    users=st.integers(min_value=1, max_value=200),
    hours=st.floats(min_value=0.1, max_value=10),
    adoption_year_1=st.sampled_from([0, 30, 50, 90, 100]),
    risk_benefits=st.integers(min_value=0, max_value=40),
    risk_costs=st.integers(min_value=0, max_value=40),
    price_rise=st.integers(min_value=-5, max_value=20),
)
def test_mean_npv_is_the_headline_npv_whatever_the_asymmetry(
    spreads: list[tuple[float, float]],
    users: int,
    hours: float,
    adoption_year_1: int,
    risk_benefits: int,
    risk_costs: int,
    price_rise: int,
) -> None:
    """Asymmetric spreads, risk corrections and estimates on the edge of their range."""
    inputs = adviesbureau(
        doelen=["efficientie", "leads", "conversie", "klantbehoud", "crossselling"],
        aantal_gebruikers=users,
        tijdwinst_uren_per_week=hours,
        adoptie_jaar_1=adoption_year_1,
        risico_baten=risk_benefits,
        risico_kosten=risk_costs,
        prijsstijging=price_rise,
        **revenue_drivers(),
    )
    _assert_centred(inputs, _with_spreads(load_benchmarks(), spreads), draws=4_000)


def valid_range(input_id: str) -> tuple[float, float]:
    spec = number_specs()[input_id]
    return spec.minimum, spec.maximum


def _range(input_id: str, expected: float, low: float, high: float) -> UncertainRange:
    minimum, maximum = valid_range(input_id)
    return UncertainRange(
        input_id, "baten", expected, expected, expected, low, high, minimum, maximum
    )


def _triangle_mean(triangle: tuple[float, float, float]) -> float:
    """Mean of the inverse distribution function on a fine, even grid of uniforms."""
    grid = (np.arange(200_000) + 0.5) / 200_000
    return float(triangular(grid, triangle).mean())


def test_each_draw_has_its_estimate_as_mean() -> None:
    """triangular(0,5; 1; 1,2) has mean 0,9: divided by it, the factor's mean is 1."""
    triangle = factor_triangle(_range("benutting", 50, 0.5, 1.2))
    assert triangle == pytest.approx((0.5 / 0.9, 1 / 0.9, 1.2 / 0.9))
    assert _triangle_mean(triangle) == pytest.approx(1, abs=1e-6)


@settings(max_examples=100, deadline=None)
@given(
    input_id=st.sampled_from(UNCERTAIN_IDS),
    position=st.floats(0, 1),
    low=st.floats(0, 1),
    high=st.floats(1, 4),
)
def test_the_factor_has_mean_one_and_stays_within_the_valid_range(
    input_id: str, position: float, low: float, high: float
) -> None:
    """Anywhere in the valid range, up to its edges: narrowed, never clipped (mean kept)."""
    minimum, maximum = valid_range(input_id)
    expected = minimum + position * (min(maximum, 1_000.0) - minimum)
    triangle = factor_triangle(_range(input_id, expected, low, high))
    assert sum(triangle) / 3 == pytest.approx(1)
    assert triangle[0] <= triangle[1] <= triangle[2]
    for end in (triangle[0], triangle[2]):
        assert minimum - 1e-9 <= expected * end <= maximum + 1e-9


def test_an_estimate_on_the_edge_of_its_range_is_drawn_as_certain() -> None:
    """Adoption 100%: any spread would move its mean below 100%."""
    assert factor_triangle(_range("adoptie_jaar_1", 100, 0.6, 1.3)) == (1, 1, 1)


def test_a_range_near_the_edge_is_narrowed_not_clipped() -> None:
    """Adoption 90% × 1,3 / 0,967 would be 121%: the spread narrows until the top is 100%."""
    triangle = factor_triangle(_range("adoptie_jaar_1", 90, 0.6, 1.3))
    assert 90 * triangle[2] == pytest.approx(100)
    assert 90 * triangle[0] > 90 * 0.6
    assert _triangle_mean(triangle) == pytest.approx(1, abs=1e-6)


def test_without_uncertain_spread_every_draw_is_the_expected_case(benchmarks: Benchmarks) -> None:
    """Global mode, spreads of 0 amounts only: all draws equal → P10 = P50 = P90."""
    inputs = adviesbureau(
        methode="globaal",
        verwachte_jaarlijkse_baten=0,
        licentie_per_gebruiker_per_maand=0,
        implementatiekosten=0,
        datamigratiekosten=0,
        opleiding_uren_per_gebruiker=0,
        interne_projecturen=0,
        beheer_uren_per_maand=0,
    )
    case = compute_business_case(inputs, benchmarks, draws=500)
    mc = case.monte_carlo
    assert mc is not None
    assert mc.npv_p10 == mc.npv_p50 == mc.npv_p90 == case.analysis.npv


def _certain_global_case(yearly_benefit: float, target_years: int) -> dict[str, object]:
    """Global mode with only certain costs (no uncertain input moves): C0 = 4.500."""
    return adviesbureau(
        methode="globaal",
        verwachte_jaarlijkse_baten=yearly_benefit,
        licentie_per_gebruiker_per_maand=0,
        implementatiekosten=0,
        datamigratiekosten=0,
        opleiding_uren_per_gebruiker=0,
        interne_projecturen=0,
        beheer_uren_per_maand=0,
        eenmalige_setupkosten=4_500,
        overige_kosten_per_jaar=0,
        adoptie_jaar_1=100,
        adoptie_jaar_2=100,
        doel_terugverdientijd_jaren=target_years,
    )


def test_chance_of_payback_within_the_clients_target(benchmarks: Benchmarks) -> None:
    """Benefits of 3.000 a year (±): the 4.500 are back in year 2, never within 1 year."""
    inputs = _certain_global_case(3_000, target_years=1)
    mc = compute_business_case(inputs, benchmarks, draws=2_000).monte_carlo
    assert mc is not None
    assert mc.chance_payback_within_target == 0
    assert mc.chance_payback_within_horizon == 1


def test_payback_within_target_is_the_horizon_when_the_target_is_the_horizon(
    benchmarks: Benchmarks,
) -> None:
    """The installer's horizon is 3 years, its target 2; with a target of 3 both agree."""
    inputs = installateur() | {"doel_terugverdientijd_jaren": 3}
    mc = compute_business_case(inputs, benchmarks, draws=2_000).monte_carlo
    assert mc is not None
    assert mc.chance_payback_within_target == mc.chance_payback_within_horizon


def test_payback_within_a_shorter_target_is_less_likely(benchmarks: Benchmarks) -> None:
    """Benefits of 4.500 a year (0,6–1,3 ×, mean 1): back in year 1 only if they reach 4.500."""
    inputs = _certain_global_case(4_500, target_years=1)
    mc = compute_business_case(inputs, benchmarks, draws=4_000).monte_carlo
    assert mc is not None
    assert 0.3 < mc.chance_payback_within_target < 0.7
    assert mc.chance_payback_within_horizon == 1


@settings(max_examples=25, deadline=None)
@given(
    users=st.integers(min_value=1, max_value=200),
    hours=st.floats(min_value=0, max_value=10),
    target=st.integers(min_value=1, max_value=3),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_percentiles_and_chances_are_ordered(
    users: int, hours: float, target: int, seed: int
) -> None:
    inputs = adviesbureau(
        aantal_gebruikers=users, tijdwinst_uren_per_week=hours, doel_terugverdientijd_jaren=target
    )
    mc = compute_business_case(inputs, load_benchmarks(), draws=300, seed=seed).monte_carlo
    assert mc is not None
    assert mc.npv_p10 <= mc.npv_p50 <= mc.npv_p90
    assert 0 <= mc.chance_positive_npv <= 1
    assert 0 <= mc.chance_payback_within_target <= mc.chance_payback_within_horizon <= 1


def test_importing_the_business_case_does_not_import_numpy() -> None:
    code = "import sys, crm_roi.business_case; assert 'numpy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
