"""Cost lines (docs/METHOD.md, Costs) on the small advisory firm (tests/business_case/cases.py)."""

from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import YearlyLine, compute_business_case

from .cases import adviesbureau


def _line(lines: tuple[YearlyLine, ...], key: str) -> YearlyLine:
    return next(line for line in lines if line.key == key)


def test_initial_costs(benchmarks: Benchmarks) -> None:
    """C0 = setup 500 + implementatie 1.200 + migratie 800 + 5 × 4 u × 50 + 20 u × 50 = 4.500."""
    case = compute_business_case(adviesbureau(), benchmarks, uncertainty=False)
    assert case.costs[0] == pytest.approx(4_500)
    assert _line(case.cost_lines, "opleiding_intern").amounts[0] == pytest.approx(1_000)
    assert _line(case.cost_lines, "projecturen").amounts[0] == pytest.approx(1_000)


def test_recurring_costs_with_price_increase(benchmarks: Benchmarks) -> None:
    """Licenties 5 × € 20 × 12 × 1,05^(t-1) = 1.200, 1.260, 1.323; beheer 2 × 12 × 50 = 1.200.

    C1 = 1.200 + 1.200 + 100 = 2.500; C2 = 2.560; C3 = 2.623.
    """
    case = compute_business_case(adviesbureau(), benchmarks, uncertainty=False)
    assert _line(case.cost_lines, "licenties").amounts == pytest.approx((0, 1_200, 1_260, 1_323))
    assert _line(case.cost_lines, "beheer").amounts == pytest.approx((0, 1_200, 1_200, 1_200))
    assert case.costs == pytest.approx((4_500, 2_500, 2_560, 2_623))


def test_cost_risk_from_certainty(benchmarks: Benchmarks) -> None:
    """Onzeker → kosten +10%: C0 = 4.500 × 1,10 = 4.950; the line keeps the amount before risk."""
    inputs = adviesbureau(zekerheid="onzeker")
    del inputs["risico_baten"], inputs["risico_kosten"]
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    assert case.risk_costs == pytest.approx(0.10)
    assert case.costs[0] == pytest.approx(4_950)
    assert _line(case.cost_lines, "implementatie").amounts_before_risk[0] == 1_200


def test_cost_risk_override(benchmarks: Benchmarks) -> None:
    """risico_kosten = 20 overrides zekerheid: C1 = 2.500 × 1,2 = 3.000."""
    case = compute_business_case(adviesbureau(risico_kosten=20), benchmarks, uncertainty=False)
    assert case.costs[1] == pytest.approx(3_000)


def test_integration_only_with_koppelingen(benchmarks: Benchmarks) -> None:
    """koppelingen = ja adds integratiekosten 3.000 to year 0: 4.500 + 3.000 = 7.500."""
    without = compute_business_case(
        adviesbureau(integratiekosten=3_000), benchmarks, uncertainty=False
    )
    with_links = compute_business_case(
        adviesbureau(koppelingen="ja", integratiekosten=3_000), benchmarks, uncertainty=False
    )
    assert "integratie" not in {line.key for line in without.cost_lines}
    assert with_links.costs[0] == pytest.approx(7_500)


def test_lines_that_are_zero_are_left_out(benchmarks: Benchmarks) -> None:
    """opleiding_extern = 0 gives no line; every line has its Dutch label."""
    case = compute_business_case(adviesbureau(), benchmarks, uncertainty=False)
    keys = {line.key for line in case.cost_lines}
    assert "opleiding_extern" not in keys
    assert all(line.label == benchmarks.line_labels[line.key] for line in case.cost_lines)


def test_own_cost_item_added_as_given_and_padded(benchmarks: Benchmarks) -> None:
    """An own cost item [1.000] is year 0 only (padded with zeros), without risk: 4.500 + 1.000."""
    own = [{"naam": "Website-koppeling", "soort": "kosten", "bedragen": [1_000]}]
    case = compute_business_case(
        adviesbureau(eigen_posten=own, risico_kosten=10), benchmarks, uncertainty=False
    )
    line = _line(case.cost_lines, "eigen:Website-koppeling")
    assert (line.group, line.label, line.amounts) == (
        "eigen",
        "Website-koppeling",
        (1_000, 0, 0, 0),
    )
    assert case.costs[0] == pytest.approx(4_500 * 1.1 + 1_000)
