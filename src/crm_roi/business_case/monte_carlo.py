"""Monte Carlo of the NPV and the payback (docs/METHOD.md, Uncertainty), vectorised with numpy.

Each uncertain input is drawn from triangular(low, expected, high) by the inverse of its
distribution function on seeded uniform draws, so a degenerate range (low == high, e.g. an
amount of 0) simply gives that value. All draws are computed at once as arrays; numpy is
imported here only, so the app can import the business case without it.
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


def _triangular(u: NDArray[np.float64], r: UncertainRange) -> NDArray[np.float64]:
    import numpy as np

    low, high = r.low, r.high
    mode = min(max(r.expected, low), high)
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
    """P10/P50/P90 and mean of the NPV, chance of NPV > 0 and of payback within the horizon.

    Payback falls within the horizon when the cumulative net cash flow is >= 0 in some year
    0..N (the month-exact payback of crm_roi.finance exists exactly then).
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
        values[r.input_id] = to_formula_units(r.input_id, _triangular(row, r))
    drivers: Drivers[NDArray[np.float64]] = Drivers(**values)
    yearly_costs, yearly_benefits = yearly_totals(drivers, shape)
    costs = np.stack([np.broadcast_to(c, (draws,)) for c in yearly_costs])  # (N+1, draws)
    benefits = np.stack([np.broadcast_to(b, (draws,)) for b in yearly_benefits])
    factors = np.asarray(discount_factors(shape.discount_rate, shape.horizon))
    npv = factors @ benefits - factors @ costs
    net = benefits - costs
    paid_back = (np.cumsum(net, axis=0) >= 0).any(axis=0)
    p10, p50, p90 = _percentiles(npv, (10, 50, 90))
    return MonteCarloResult(
        draws=draws,
        seed=seed,
        npv_p10=float(p10),
        npv_p50=float(p50),
        npv_p90=float(p90),
        npv_mean=float(npv.mean()),
        chance_positive_npv=float((npv > 0).mean()),
        chance_payback_within_horizon=float(paid_back.mean()),
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
