"""Reproduce a published Forrester Total Economic Impact summary from its yearly totals."""

from __future__ import annotations

import pytest

from crm_roi.finance import analyse

# Forrester Consulting, "The Total Economic Impact™ Of SalesLoft" (sales engagement for CRM
# users), Financial Summary, Cash Flow Table (Risk-Adjusted), 10% discount rate, as published
# at https://pravda.ufcontent.com/i/1285868-the-total-economic-impact-of-salesloft-final-3-1/20
# Initial / Year 1 / Year 2 / Year 3; published: PV costs $1,672,201, PV benefits $7,168,371,
# NPV $5,496,170, ROI 329%, payback period < 6 months.
SALESLOFT_COSTS = [53_150, 666_715, 636_772, 647_783]
SALESLOFT_BENEFITS = [0, 1_606_511, 3_061_331, 4_229_760]


def test_salesloft_present_values_match_the_published_table() -> None:
    """PV(C) = 53.150 + 666.715/1,1 + 636.772/1,21 + 647.783/1,331 = 1.672.201 (to the dollar)."""
    a = analyse(SALESLOFT_COSTS, SALESLOFT_BENEFITS, 0.10)
    assert round(a.pv_costs) == 1_672_201
    assert round(a.pv_benefits) == 7_168_371


def test_salesloft_npv_and_roi_match_the_published_summary() -> None:
    """NPV = 7.168.371 - 1.672.201 = 5.496.170; ROI = 5.496.170 / 1.672.201 = 328,7% → 329%."""
    a = analyse(SALESLOFT_COSTS, SALESLOFT_BENEFITS, 0.10)
    assert a.npv == pytest.approx(5_496_170, abs=1)
    assert round((a.roi or 0) * 100) == 329


def test_salesloft_payback_is_under_six_months() -> None:
    """Net year 1 = 939.796; 12 × 53.150 / 939.796 = 0,68 months (published: < 6 months)."""
    a = analyse(SALESLOFT_COSTS, SALESLOFT_BENEFITS, 0.10)
    assert a.payback_months is not None and a.payback_months < 6
    assert a.payback_months == pytest.approx(0.679, abs=1e-3)
