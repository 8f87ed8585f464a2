"""The two payback reasonings of the source article (docs/METHOD.md, Method A and method B)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from crm_roi.business_case.bounds import NumberSpec
from crm_roi.business_case.errors import InputError
from crm_roi.business_case.formulas import (
    CaseShape,
    Drivers,
    adoption,
    benefit_after_risk,
    own_totals,
    run_rates,
    sum_of,
)
from crm_roi.business_case.inputs import ValidatedInputs, check_number, to_formula_units
from crm_roi.business_case.model import MethodA, MethodB, TangibleTarget

# Method A inverts one driver per goal, the other drivers held.
TARGET_DRIVERS: dict[str, str] = {
    "efficientie": "tijdwinst_uren_per_week",
    "leads": "extra_leads_per_maand",
    "conversie": "omzetgroei",
    "klantbehoud": "churn_daling",
    "crossselling": "crosssell_aandeel",
    "globaal": "verwachte_jaarlijkse_baten",
}


def method_a(
    validated: ValidatedInputs, costs: Sequence[float], benefits: Sequence[float]
) -> MethodA:
    """Required yearly benefit to recover all costs of years 0..D within D years.

    required = (C'0 - B0 + sum_{t=1..D} C't) / D (B0: own benefit items of year 0, usually 0,
    so this is the method's (C'0 + sum C't) / D); expected = average of B_1..B_D. Reached exactly
    when the cumulative cash flow after year D is >= 0.

    Each target closes the whole gap through one goal: the run-rate must rise by
    gap / ((1 - risico_baten) * mean adoption over years 1..D), and the goal's driver with it
    (run-rates are linear in each driver). When the requirement is already met, the target is
    the break-even value of the driver (below its current value, at least 0). A goal whose
    other drivers are 0 cannot be moved by its driver and gets no target. A target outside the
    input's valid range (the bounds its question accepts, e.g. more than 100% or more than 40
    hours a week) is marked not feasible.
    """
    d, shape, numbers = validated.drivers, validated.shape, validated.numbers
    years = shape.target_years
    required = (costs[0] - benefits[0] + math.fsum(costs[1 : years + 1])) / years
    expected = math.fsum(benefits[1 : years + 1]) / years
    gap = required - expected
    mean_adoption = math.fsum(adoption(d, year) for year in range(1, years + 1)) / years
    capture = benefit_after_risk(mean_adoption, d)
    targets: list[TangibleTarget] = []
    if capture > 0:
        extra_run_rate = gap / capture
        for key, run_rate in run_rates(d, shape).items():
            input_id = TARGET_DRIVERS[key]
            per_unit = run_rates(replace(d, **{input_id: to_formula_units(input_id, 1.0)}), shape)
            if per_unit[key] <= 0:
                continue
            needed = max(0.0, (run_rate + extra_run_rate) / per_unit[key])
            spec = validated.specs[input_id]
            targets.append(
                TangibleTarget(
                    goal=key,
                    input_id=input_id,
                    current=numbers[input_id],
                    required=needed,
                    unit=spec.kind,
                    feasible=_allowed(input_id, needed, spec),
                    maximum=spec.maximum,
                )
            )
    return MethodA(
        target_years=years,
        required_yearly_benefit=required,
        expected_average_yearly_benefit=expected,
        reached=gap <= 0,
        gap=gap,
        targets=tuple(targets),
    )


def _allowed(input_id: str, value: float, spec: NumberSpec) -> bool:
    """Whether the input may take this value, by validate_inputs' own check (ints rounded up)."""
    try:
        whole = spec.kind == "int" and math.isfinite(value)
        check_number(input_id, math.ceil(value) if whole else value, spec)
    except InputError:
        return False
    return True


FULL_USE_YEAR = 3  # the first year of the final adoption level (adoptie_daarna)


def full_use_year(horizon: int) -> int:
    """The year whose own benefit items count as a year of full use (method B)."""
    return min(FULL_USE_YEAR, horizon)


def method_b(
    d: Drivers[float], shape: CaseShape, costs: Sequence[float], benefits: Sequence[float]
) -> MethodB:
    """Simple payback in years = net initial outlay / (B_full - C'_1).

    B_full: the risk-adjusted benefit of a year of full use, the first year the ramp-up has
    reached its final level (year 3, or the last year of a shorter horizon): the run-rates at
    that adoption plus replaced tools, plus the own benefit items of that year, so it equals
    that year's column of the benefit tables. C'_1: all costs of year 1; the initial outlay is
    C'_0 minus the own benefit items of year 0. 0 when there is nothing to recover; None when
    the yearly net benefit is <= 0.
    """
    year = full_use_year(shape.horizon)
    full = benefit_after_risk(
        adoption(d, FULL_USE_YEAR) * sum_of(run_rates(d, shape)) + d.vervangen_kosten_per_jaar, d
    )
    full += own_totals(shape, "baten")[year]
    initial = costs[0] - benefits[0]
    net_yearly = full - costs[1]
    if initial <= 0:
        simple: float | None = 0.0
    elif net_yearly <= 0:
        simple = None
    else:
        simple = initial / net_yearly
    return MethodB(
        full_yearly_benefit=full,
        yearly_costs_year_1=costs[1],
        initial_costs=initial,
        simple_payback_years=simple,
    )
