"""Monte Carlo simulation (docs/METHOD.md, Uncertainty): seeded, vectorised, sensible summaries."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.business_case import compute_business_case

from .cases import adviesbureau, installateur


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


@settings(max_examples=25, deadline=None)
@given(
    users=st.integers(min_value=1, max_value=200),
    hours=st.floats(min_value=0, max_value=10),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_percentiles_are_ordered(users: int, hours: float, seed: int) -> None:
    inputs = adviesbureau(aantal_gebruikers=users, tijdwinst_uren_per_week=hours)
    mc = compute_business_case(inputs, load_benchmarks(), draws=300, seed=seed).monte_carlo
    assert mc is not None
    assert mc.npv_p10 <= mc.npv_p50 <= mc.npv_p90
    assert 0 <= mc.chance_positive_npv <= 1
    assert 0 <= mc.chance_payback_within_horizon <= 1


def test_importing_the_business_case_does_not_import_numpy() -> None:
    code = "import sys, crm_roi.business_case; assert 'numpy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
