"""The recommendation (docs/METHOD.md): doorgaan, onder voorwaarden, niet doorgaan."""

from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import MonteCarloResult, SensitivityBar, compute_business_case
from crm_roi.business_case.recommendation import (
    GO_MIN_CHANCE,
    MAX_CONDITIONS,
    STOP_MAX_CHANCE,
    recommend,
)
from crm_roi.finance import Analysis, analyse

from .cases import adviesbureau, example_inputs, installateur


def _analysis(npv_sign: int, payback_year: int | None) -> Analysis:
    """Flows with the NPV's sign and the payback within the given year, at r = 0.

    None: never back, which implies a negative NPV.
    """
    if payback_year is None:
        return analyse([100.0, 10.0, 10.0, 10.0], [0.0, 0.0, 0.0, 0.0], 0.0)
    benefits = [0.0, 0.0, 0.0, 0.0]
    benefits[payback_year] = 200.0 if npv_sign > 0 else 120.0
    costs = [100.0, 0.0, 0.0, 50.0] if npv_sign < 0 else [100.0, 0.0, 0.0, 0.0]
    return analyse(costs, benefits, 0.0)


def _monte_carlo(chance: float) -> MonteCarloResult:
    return MonteCarloResult(
        draws=1_000,
        seed=1,
        npv_p10=-1.0,
        npv_p50=0.0,
        npv_p90=1.0,
        npv_mean=0.0,
        chance_positive_npv=chance,
        chance_payback_within_horizon=chance,
        chance_payback_within_target=chance,
    )


def _bar(input_id: str, swing: float) -> SensitivityBar:
    return SensitivityBar(
        input_id=input_id,
        role="baten",
        expected_value=1.0,
        low_value=0.5,
        high_value=1.5,
        npv_low=-swing / 2,
        npv_high=swing / 2,
        switch_value=1.0,
        switch_change=0.0,
    )


TORNADO = (_bar("tijdwinst_uren_per_week", 30), _bar("benutting", 20), _bar("brutomarge", 10))


def test_the_thresholds_of_domain_six() -> None:
    assert (GO_MIN_CHANCE, STOP_MAX_CHANCE, MAX_CONDITIONS) == (0.8, 0.2, 2)


def test_the_example_flows_have_the_intended_facts() -> None:
    positive, negative = _analysis(1, 2), _analysis(-1, 2)
    assert positive.npv > 0 and positive.payback_months == pytest.approx(18)
    assert negative.npv < 0 and negative.payback_months == pytest.approx(22)
    assert _analysis(1, None).payback_months is None


@pytest.mark.parametrize(
    ("npv_sign", "payback_year", "target", "chance", "verdict"),
    [
        (1, 2, 2, GO_MIN_CHANCE, "doorgaan"),  # 80% is enough
        (1, 1, 3, 0.99, "doorgaan"),
        (1, 2, 2, 0.79, "doorgaan_onder_voorwaarden"),  # not likely enough
        (1, 3, 2, 0.99, "doorgaan_onder_voorwaarden"),  # back too late for the client
        (-1, 2, 3, 0.19, "niet_doorgaan"),
        (-1, 2, 3, 0.0, "niet_doorgaan"),
        (-1, 2, 3, STOP_MAX_CHANCE, "doorgaan_onder_voorwaarden"),  # 20% is not below 20%
        (-1, 2, 3, 0.9, "doorgaan_onder_voorwaarden"),
        (-1, None, 3, 0.5, "doorgaan_onder_voorwaarden"),  # never back (so NPV < 0)
        (-1, None, 3, 0.1, "niet_doorgaan"),
    ],
)
def test_verdict_by_the_rule_of_domain_six(
    npv_sign: int, payback_year: int | None, target: int, chance: float, verdict: str
) -> None:
    analysis = _analysis(npv_sign, payback_year)
    result = recommend(analysis, target, _monte_carlo(chance), TORNADO)
    assert result.verdict == verdict
    assert result.npv_positive == (npv_sign > 0)
    assert result.chance_positive_npv == chance
    assert result.payback_within_target == (payback_year is not None and payback_year <= target)


def test_conditions_are_the_two_assumptions_that_weigh_most() -> None:
    result = recommend(_analysis(1, 2), 3, _monte_carlo(0.5), TORNADO)
    assert result.verdict == "doorgaan_onder_voorwaarden"
    assert result.conditions == TORNADO[:2]


def test_conditions_are_as_many_as_the_tornado_holds() -> None:
    result = recommend(_analysis(1, 2), 3, _monte_carlo(0.5), TORNADO[:1])
    assert result.conditions == TORNADO[:1]


@pytest.mark.parametrize(("npv_sign", "chance"), [(1, 0.95), (-1, 0.05)])
def test_a_clear_verdict_has_no_conditions(npv_sign: int, chance: float) -> None:
    result = recommend(_analysis(npv_sign, 1), 3, _monte_carlo(chance), TORNADO)
    assert result.verdict in ("doorgaan", "niet_doorgaan")
    assert result.conditions == ()


def test_the_installer_goes_ahead(benchmarks: Benchmarks) -> None:
    """NPV clearly positive, back well within its 2-year target."""
    case = compute_business_case(installateur(), benchmarks)
    assert case.recommendation is not None and case.monte_carlo is not None
    assert case.recommendation.verdict == "doorgaan"
    assert case.recommendation.chance_positive_npv == case.monte_carlo.chance_positive_npv


def test_a_case_that_does_not_pay_is_stopped(benchmarks: Benchmarks) -> None:
    case = compute_business_case(adviesbureau(tijdwinst_uren_per_week=0.2), benchmarks)
    assert case.recommendation is not None
    assert case.recommendation.verdict == "niet_doorgaan"
    assert not case.recommendation.npv_positive


def test_the_salesforce_example_goes_ahead_on_conditions(benchmarks: Benchmarks) -> None:
    """NPV positive, but back only after 38 months (target 3 years) and about 78% likely."""
    case = compute_business_case(
        example_inputs("zakelijke-dienstverlener-salesforce.yaml"), benchmarks
    )
    recommendation = case.recommendation
    assert recommendation is not None
    assert recommendation.verdict == "doorgaan_onder_voorwaarden"
    assert recommendation.npv_positive and not recommendation.payback_within_target
    assert recommendation.conditions == case.sensitivity[:2]
    assert [bar.input_id for bar in recommendation.conditions] == [
        "churn_daling",
        "tijdwinst_uren_per_week",
    ]
    assert all(bar.switch_value is not None for bar in recommendation.conditions)


def test_no_recommendation_without_uncertainty(benchmarks: Benchmarks) -> None:
    case = compute_business_case(installateur(), benchmarks, uncertainty=False)
    assert case.recommendation is None
