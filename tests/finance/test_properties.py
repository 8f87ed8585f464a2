"""Properties of crm_roi.finance.analyse that must hold for any flows."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.finance import analyse

amount = st.floats(min_value=0, max_value=1e7, allow_nan=False)
rate = st.floats(min_value=0, max_value=0.5)


@st.composite
def flows(draw: st.DrawFn) -> tuple[list[float], list[float]]:
    years = draw(st.integers(min_value=1, max_value=10)) + 1
    costs = draw(st.lists(amount, min_size=years, max_size=years))
    benefits = draw(st.lists(amount, min_size=years, max_size=years))
    return costs, benefits


def _months(value: float | None) -> float:
    return math.inf if value is None else value


@settings(max_examples=200, deadline=None)
@given(flows(), rate)
def test_roi_and_npv_have_the_same_sign(f: tuple[list[float], list[float]], r: float) -> None:
    a = analyse(*f, r)
    if a.roi is not None:
        assert (a.roi > 0) == (a.npv > 0)
        assert (a.roi < 0) == (a.npv < 0)


@settings(max_examples=200, deadline=None)
@given(flows(), rate, st.data())
def test_raising_a_cost_never_raises_npv(
    f: tuple[list[float], list[float]], r: float, data: st.DataObject
) -> None:
    costs, benefits = f
    year = data.draw(st.integers(min_value=0, max_value=len(costs) - 1))
    raised = list(costs)
    raised[year] += data.draw(st.floats(min_value=0, max_value=1e7))
    assert analyse(raised, benefits, r).npv <= analyse(costs, benefits, r).npv


@settings(max_examples=200, deadline=None)
@given(flows(), rate, st.data())
def test_payback_never_grows_when_benefits_grow(
    f: tuple[list[float], list[float]], r: float, data: st.DataObject
) -> None:
    costs, benefits = f
    year = data.draw(st.integers(min_value=0, max_value=len(costs) - 1))
    grown = list(benefits)
    grown[year] += data.draw(st.floats(min_value=0, max_value=1e7))
    before, after = analyse(costs, benefits, r), analyse(costs, grown, r)
    assert _months(after.payback_months) <= _months(before.payback_months)
    assert _months(after.discounted_payback_months) <= _months(before.discounted_payback_months)


@settings(max_examples=100, deadline=None)
@given(flows(), rate)
def test_zero_costs_give_defined_answers(f: tuple[list[float], list[float]], r: float) -> None:
    _, benefits = f
    a = analyse([0.0] * len(benefits), benefits, r)
    assert a.roi is None and a.roi_simple is None
    assert a.payback_months == 0.0
    assert a.npv >= 0


@settings(max_examples=100, deadline=None)
@given(flows(), rate)
def test_zero_benefits_give_defined_answers(f: tuple[list[float], list[float]], r: float) -> None:
    costs, _ = f
    a = analyse(costs, [0.0] * len(costs), r)
    assert a.npv == -a.pv_costs
    assert a.irr is None
    if a.pv_costs > 0:
        assert a.roi == -1.0
    if costs[0] > 0:
        assert a.payback_months is None


@settings(max_examples=100, deadline=None)
@given(flows(), rate)
def test_npv_is_zero_at_the_irr(f: tuple[list[float], list[float]], r: float) -> None:
    a = analyse(*f, r)
    if a.irr is not None:
        at_irr = analyse(*f, a.irr)
        scale = sum(abs(flow) for flow in at_irr.discounted_net)
        assert abs(at_irr.npv) <= 1e-6 * scale
