"""compute_business_case: answers → yearly lines → analysis, uncertainty, recommendation."""

from __future__ import annotations

from collections.abc import Mapping

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case.bounds import InputBounds
from crm_roi.business_case.formulas import adoption, run_rates, sum_of
from crm_roi.business_case.inputs import validate_inputs
from crm_roi.business_case.lines import benefit_lines, cost_lines, yearly_sums
from crm_roi.business_case.model import (
    BusinessCase,
    MonteCarloResult,
    Recommendation,
    Scenario,
    SensitivityBar,
)
from crm_roi.business_case.monte_carlo import run_monte_carlo
from crm_roi.business_case.payback_methods import method_a, method_b
from crm_roi.business_case.recommendation import recommend
from crm_roi.business_case.uncertainty import scenarios, tornado, uncertain_ranges
from crm_roi.finance import analyse

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 20261124


def compute_business_case(
    inputs: Mapping[str, object],
    benchmarks: Benchmarks,
    *,
    uncertainty: bool = True,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    bounds: InputBounds | None = None,
) -> BusinessCase:
    """The business case of these answers (question id → value in answer units).

    Raises InputError (question id, Dutch message) for any unusable input. With
    uncertainty=False the scenarios, tornado, Monte Carlo and recommendation are skipped (fast,
    no numpy). `bounds`: the valid range of the numeric inputs, a flow's `number_bounds` (the
    default flow's when None).
    """
    validated = validate_inputs(inputs, benchmarks, bounds)
    d, shape = validated.drivers, validated.shape
    costs_by_line = cost_lines(d, shape, benchmarks.line_labels)
    benefits_by_line = benefit_lines(d, shape, benchmarks.line_labels)
    costs = yearly_sums(costs_by_line, shape.horizon)
    benefits = yearly_sums(benefits_by_line, shape.horizon)
    analysis = analyse(costs, benefits, shape.discount_rate)

    case_scenarios: tuple[Scenario, ...] = ()
    sensitivity: tuple[SensitivityBar, ...] = ()
    monte_carlo: MonteCarloResult | None = None
    recommendation: Recommendation | None = None
    if uncertainty:
        ranges = uncertain_ranges(validated, benchmarks)
        case_scenarios = scenarios(d, shape, ranges, analysis)
        sensitivity = tornado(d, shape, ranges)
        monte_carlo = run_monte_carlo(d, shape, ranges, draws=draws, seed=seed)
        recommendation = recommend(analysis, shape.target_years, monte_carlo, sensitivity)

    return BusinessCase(
        inputs=validated.answers,
        horizon=shape.horizon,
        discount_rate=shape.discount_rate,
        risk_costs=d.risico_kosten,
        risk_benefits=d.risico_baten,
        adoption=(0.0, *(adoption(d, year) for year in range(1, shape.horizon + 1))),
        run_rate=sum_of(run_rates(d, shape)),
        cost_lines=costs_by_line,
        benefit_lines=benefits_by_line,
        costs=costs,
        benefits=benefits,
        analysis=analysis,
        method_a=method_a(validated, costs, benefits),
        method_b=method_b(d, shape, costs, benefits),
        scenarios=case_scenarios,
        sensitivity=sensitivity,
        monte_carlo=monte_carlo,
        recommendation=recommendation,
    )
