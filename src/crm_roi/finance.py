"""The financial analysis of yearly cost and benefit flows (docs/METHOD.md, Results).

Year 0 ("initieel") is not discounted; years 1..N are end-of-year flows discounted with
1/(1+r)^t. Ratios are fractions. Undefined answers are ``None`` (never ``inf``, so the JSON
stays valid):

- ``roi`` is None when the present value of the costs is not positive (nothing was invested);
  ``roi_simple`` likewise when the total costs are not positive.
- ``irr`` is None when the net flows do not change sign or no root is found; with several
  roots it is the one closest to 0 (as numpy-financial chooses).
- the paybacks are None when the cumulative flow does not reach 0 within the horizon, and 0.0
  when it is already >= 0 after year 0 (for example zero costs).

Pure Python on purpose: a 10-year case takes microseconds and needs no numpy import.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise

MONTHS_PER_YEAR = 12

# IRR search range in u = ln(1 + r): 1 + r from 10^-9 to 10^9.
_IRR_U_MIN = math.log(1e-9)
_IRR_U_MAX = math.log(1e9)
_IRR_GRID_STEPS = 240
_IRR_ITERATIONS = 100


@dataclass(frozen=True)
class Analysis:
    """NPV, ROI, IRR and paybacks of one set of yearly flows (index 0 = year 0)."""

    discount_rate: float  # fraction
    costs: tuple[float, ...]
    benefits: tuple[float, ...]
    total_costs: float
    total_benefits: float
    pv_costs: float
    pv_benefits: float
    npv: float
    roi: float | None  # (PV(B) - PV(C)) / PV(C), TEI's headline ROI
    roi_simple: float | None  # (sum B - sum C) / sum C, the article's ROI
    irr: float | None
    payback_months: float | None
    discounted_payback_months: float | None
    net: tuple[float, ...]  # B_t - C_t
    cumulative: tuple[float, ...]
    discounted_net: tuple[float, ...]
    discounted_cumulative: tuple[float, ...]

    @property
    def horizon(self) -> int:
        """The number of years after year 0."""
        return len(self.net) - 1


def discount_factors(rate: float, horizon: int) -> tuple[float, ...]:
    """1/(1+r)^t for t = 0..horizon (year 0 has factor 1)."""
    base = 1.0 + rate
    return tuple(base**-t for t in range(horizon + 1))


def present_value(values: Sequence[float], rate: float) -> float:
    """Sum of values[t] / (1+r)^t, year 0 undiscounted."""
    factors = discount_factors(rate, len(values) - 1)
    return math.fsum(v * f for v, f in zip(values, factors, strict=True))


def payback_months(net: Sequence[float]) -> float | None:
    """First month at which the cumulative net flow reaches 0 (docs/METHOD.md, Results).

    Year 0 is a lump at month 0; a later year's flow is spread evenly over its 12 months, so
    within year t: 12*(t-1) + 12 * (-cum_{t-1} / CF_t). None when never reached.
    """
    cumulative = net[0]
    if cumulative >= 0:
        return 0.0
    for year in range(1, len(net)):
        flow = net[year]
        if cumulative + flow >= 0:
            # cumulative < 0 <= cumulative + flow, so flow > 0.
            fraction = min(1.0, -cumulative / flow)
            return MONTHS_PER_YEAR * (year - 1) + MONTHS_PER_YEAR * fraction
        cumulative += flow
    return None


def _npv_at(net: Sequence[float], u: float) -> float:
    """NPV of the net flows at rate r = e^u - 1 (Horner in x = 1/(1+r) = e^-u)."""
    x = math.exp(-u)
    total = 0.0
    for flow in reversed(net):
        total = total * x + flow
    return total


def _bisect(net: Sequence[float], low: float, high: float, f_low: float) -> float:
    for _ in range(_IRR_ITERATIONS):
        mid = 0.5 * (low + high)
        f_mid = _npv_at(net, mid)
        if f_mid == 0.0:
            return mid
        if (f_mid < 0) == (f_low < 0):
            low, f_low = mid, f_mid
        else:
            high = mid
        if high - low < 1e-15:
            break
    return 0.5 * (low + high)


def internal_rate_of_return(net: Sequence[float]) -> float | None:
    """The rate r > -1 at which the NPV of the net flows is 0; None without a sign change.

    Searches u = ln(1+r) on a grid for sign changes and refines each by bisection; of several
    roots it returns the one closest to 0. Double roots that only touch 0 are not found.
    """
    signs = [flow > 0 for flow in net if flow != 0]
    changes = sum(1 for a, b in pairwise(signs) if a != b)
    if changes == 0:
        return None
    if changes == 1:
        # Descartes: exactly one positive root in x, so one bracket over the whole range.
        brackets = [(_IRR_U_MIN, _IRR_U_MAX)]
    else:
        step = (_IRR_U_MAX - _IRR_U_MIN) / _IRR_GRID_STEPS
        grid = [_IRR_U_MIN + i * step for i in range(_IRR_GRID_STEPS + 1)]
        brackets = list(pairwise(grid))
    roots: list[float] = []
    for low, high in brackets:
        f_low, f_high = _npv_at(net, low), _npv_at(net, high)
        if f_low == 0.0:
            roots.append(low)
        elif (f_low < 0) != (f_high < 0):
            roots.append(_bisect(net, low, high, f_low))
    if not roots:
        return None
    return min((math.expm1(u) for u in roots), key=abs)


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator > 0 else None


def analyse(costs: Sequence[float], benefits: Sequence[float], discount_rate: float) -> Analysis:
    """Analyse yearly flows for year 0..N (already risk-adjusted); discount_rate a fraction.

    Raises ValueError for flows of different or zero length, non-finite amounts or a rate
    <= -1 (a programming error: the business case validates user input before this).
    """
    if len(costs) != len(benefits) or not costs:
        raise ValueError("costs and benefits need the same, non-zero number of years")
    cost_values = tuple(float(c) for c in costs)
    benefit_values = tuple(float(b) for b in benefits)
    if not all(math.isfinite(v) for v in cost_values + benefit_values):
        raise ValueError("flows must be finite")
    if not (math.isfinite(discount_rate) and discount_rate > -1):
        raise ValueError("discount rate must be a finite fraction above -1")

    factors = discount_factors(discount_rate, len(cost_values) - 1)
    net = tuple(b - c for b, c in zip(benefit_values, cost_values, strict=True))
    discounted_net = tuple(n * f for n, f in zip(net, factors, strict=True))
    total_costs = math.fsum(cost_values)
    total_benefits = math.fsum(benefit_values)
    pv_costs = math.fsum(c * f for c, f in zip(cost_values, factors, strict=True))
    pv_benefits = math.fsum(b * f for b, f in zip(benefit_values, factors, strict=True))
    npv = pv_benefits - pv_costs
    return Analysis(
        discount_rate=discount_rate,
        costs=cost_values,
        benefits=benefit_values,
        total_costs=total_costs,
        total_benefits=total_benefits,
        pv_costs=pv_costs,
        pv_benefits=pv_benefits,
        npv=npv,
        roi=_ratio(npv, pv_costs),
        roi_simple=_ratio(total_benefits - total_costs, total_costs),
        irr=internal_rate_of_return(net),
        payback_months=payback_months(net),
        discounted_payback_months=payback_months(discounted_net),
        net=net,
        cumulative=tuple(accumulate(net)),
        discounted_net=discounted_net,
        discounted_cumulative=tuple(accumulate(discounted_net)),
    )
