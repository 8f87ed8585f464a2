"""Monte Carlo of the NPV and the payback (docs/METHOD.md, Uncertainty), vectorised with numpy.

Each uncertain input is its estimate times a factor drawn from triangular(low, 1, high)
divided by that triangle's mean (low + 1 + high) / 3, so the factor's mean is 1 and the
estimate is the mean of its draw, whatever the asymmetry of the spread. The inputs are drawn
independently and the NPV is a sum of products of them (multilinear) except in
``prijsstijging`` (compounded; its slight convexity is the only systematic difference), so
the mean NPV of the draws is the headline NPV up to sampling noise.
The risk correction (risico_baten, risico_kosten) is not drawn: every draw applies it as the
headline does, through the same formulas.

Why the centre is fixed: the spreads in benchmarks.yaml are skewed against the case. Cost
factors reach further up than down (implementatie 0,8–1,5, interne projecturen 0,75–1,75,
prijsstijging 0,5–2,0: triangle means up to 1,17), benefit factors further down than up
(benutting 0,5–1,2: mean 0,90; omzetgroei and churn_daling 0,4–1,4: 0,93; the drivers of
leads together 0,90). Drawn around the estimate, that skew would lower the benefits by 3–10%
and raise the costs by up to 17%, which is what risico_baten (10% when "redelijk zeker") and
risico_kosten already do for optimism: the same risk counted twice. Normalised to mean 1,
the skew only shapes the tails (a longer tail on the unfavourable side).

Draws outside the input's valid range (a percentage above 100%, a negative amount): clipping
them would move the mean, so instead the factor's spread around 1 is narrowed, for that input
only, just enough that the whole triangle fits the valid range. The mean stays 1 and the
asymmetry stays; an estimate on the edge of its range (adoption of 100%) is then drawn as
certain, the only distribution with that mean within the range.

Draws use the inverse of the distribution function on seeded uniform draws, so a degenerate
range (an amount of 0) simply gives that value. All draws are computed at once as arrays;
numpy is imported here only, so the app can import the business case without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_roi.business_case.formulas import CaseShape, Drivers, yearly_totals
from crm_roi.business_case.inputs import DRIVER_FIELDS, to_formula_units
from crm_roi.business_case.model import MonteCarloResult
from crm_roi.business_case.uncertainty import UncertainRange
from crm_roi.finance import discount_factors

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Triangle = tuple[float, float, float]  # low, mode, high


def factor_triangle(r: UncertainRange) -> Triangle:
    """The triangle the factor on r's estimate is drawn from: mean 1, within the valid range.

    triangular(low, 1, high) / ((low + 1 + high) / 3), narrowed around 1 when the estimate
    times an end of it would leave the input's valid range.
    """
    low, high = sorted((r.low_factor, r.high_factor))
    mode = min(max(1.0, low), high)
    mean = (low + mode + high) / 3
    if mean <= 0:  # factors of 0 or below are no spread: drawn as certain
        return (1.0, 1.0, 1.0)
    triangle = (low / mean, mode / mean, high / mean)
    narrowing = _narrowing(r, (triangle[0], triangle[2]))
    return (
        1 + narrowing * (triangle[0] - 1),
        1 + narrowing * (triangle[1] - 1),
        1 + narrowing * (triangle[2] - 1),
    )


def _narrowing(r: UncertainRange, ends: tuple[float, float]) -> float:
    """The largest s in [0, 1] with expected × (1 + s × (end - 1)) in range for both ends."""
    expected, minimum, maximum = r.expected, r.minimum, r.maximum
    narrowing = 1.0
    for end in ends:
        deviation = expected * (end - 1)
        if deviation > 0:
            narrowing = min(narrowing, (maximum - expected) / deviation)
        elif deviation < 0:
            narrowing = min(narrowing, (minimum - expected) / deviation)
    return max(narrowing, 0.0)


def triangular(u: NDArray[np.float64], triangle: Triangle) -> NDArray[np.float64]:
    """Inverse distribution function of triangular(low, mode, high) at uniforms u."""
    import numpy as np

    low, mode, high = triangle
    span = high - low
    if span <= 0:
        return np.full_like(u, mode)
    left = low + np.sqrt(u * span * (mode - low))
    right = high - np.sqrt((1.0 - u) * span * (high - mode))
    return np.where(u * span < mode - low, left, right)


def run_monte_carlo(
    d: Drivers[float],
    shape: CaseShape,
    ranges: tuple[UncertainRange, ...],
    *,
    draws: int,
    seed: int,
) -> MonteCarloResult:
    """P10/P50/P90 and mean of the NPV, chance of NPV > 0 and of payback in time.

    Payback falls within D years when the cumulative net cash flow is >= 0 in some year
    0..D (the month-exact payback of crm_roi.finance is at most 12 × D months exactly then);
    D is the horizon, and the client's target (doel_terugverdientijd_jaren).
    """
    import numpy as np

    if draws < 1:
        raise ValueError("draws must be at least 1")
    rng = np.random.default_rng(seed)
    uniforms = rng.random((len(ranges), draws))
    values: dict[str, NDArray[np.float64]] = {
        name: np.asarray(getattr(d, name), dtype=np.float64) for name in DRIVER_FIELDS
    }
    for row, r in zip(uniforms, ranges, strict=True):
        drawn = r.expected * triangular(row, factor_triangle(r))
        values[r.input_id] = to_formula_units(r.input_id, drawn)
    drivers: Drivers[NDArray[np.float64]] = Drivers(**values)
    yearly_costs, yearly_benefits = yearly_totals(drivers, shape)
    costs = np.stack([np.broadcast_to(c, (draws,)) for c in yearly_costs])  # (N+1, draws)
    benefits = np.stack([np.broadcast_to(b, (draws,)) for b in yearly_benefits])
    factors = np.asarray(discount_factors(shape.discount_rate, shape.horizon))
    npv = factors @ benefits - factors @ costs
    reached = np.cumsum(benefits - costs, axis=0) >= 0  # (N+1, draws): cumulative CF >= 0
    p10, p50, p90 = _percentiles(npv, (10, 50, 90))
    return MonteCarloResult(
        draws=draws,
        seed=seed,
        npv_p10=float(p10),
        npv_p50=float(p50),
        npv_p90=float(p90),
        npv_mean=float(npv.mean()),
        chance_positive_npv=float((npv > 0).mean()),
        chance_payback_within_horizon=float(reached.any(axis=0).mean()),
        chance_payback_within_target=float(reached[: shape.target_years + 1].any(axis=0).mean()),
    )


def _percentiles(values: NDArray[np.float64], points: tuple[float, ...]) -> list[float]:
    """`np.percentile` (linear interpolation) without importing numpy.ma on the way."""
    import numpy as np

    ordered = np.sort(values)
    last = len(ordered) - 1
    result = []
    for point in points:
        position = point / 100 * last
        low = int(position)
        high = min(low + 1, last)
        fraction = position - low
        result.append(float(ordered[low] + (ordered[high] - ordered[low]) * fraction))
    return result
