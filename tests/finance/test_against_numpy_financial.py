"""NPV and IRR agree with numpy-financial (a test-only dependency)."""

from __future__ import annotations

import math

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.finance import analyse, internal_rate_of_return

amounts = st.floats(min_value=0, max_value=1e7, allow_nan=False)


@settings(max_examples=150, deadline=None)
@given(
    flows=st.integers(min_value=1, max_value=10).flatmap(
        lambda n: st.tuples(
            st.lists(amounts, min_size=n + 1, max_size=n + 1),
            st.lists(amounts, min_size=n + 1, max_size=n + 1),
        )
    ),
    rate=st.floats(min_value=0, max_value=0.5),
)
def test_npv_matches_numpy_financial(flows: tuple[list[float], list[float]], rate: float) -> None:
    costs, benefits = flows
    a = analyse(costs, benefits, rate)
    expected = npf.npv(rate, [b - c for b, c in zip(benefits, costs, strict=True)])
    assert a.npv == pytest.approx(expected, rel=1e-9, abs=1e-6)


@settings(max_examples=150, deadline=None)
@given(
    investment=st.floats(min_value=100, max_value=1e7),
    returns=st.lists(st.floats(min_value=1, max_value=1e7), min_size=1, max_size=10),
)
def test_irr_matches_numpy_financial_for_conventional_flows(
    investment: float, returns: list[float]
) -> None:
    """One outlay, then positive yearly net flows: a single IRR that both must find."""
    net = [-investment, *returns]
    expected = float(npf.irr(net))
    ours = internal_rate_of_return(net)
    if math.isnan(expected) or not 1e-9 < 1 + expected < 1e9:
        return  # outside the searched range (and any sensible business case)
    assert ours == pytest.approx(expected, rel=1e-7, abs=1e-9)


def test_irr_of_non_conventional_flows_is_the_root_closest_to_zero() -> None:
    """-100 + 230x - 132x² = 0 has roots x = 10/11 and x = 10/12, i.e. r = 10% and r = 20%."""
    irr = internal_rate_of_return([-100.0, 230.0, -132.0])
    assert irr == pytest.approx(0.10, abs=1e-9)


def test_irr_is_none_without_sign_change() -> None:
    assert internal_rate_of_return([100.0, 50.0, 0.0]) is None
    assert internal_rate_of_return([-100.0, -50.0]) is None
