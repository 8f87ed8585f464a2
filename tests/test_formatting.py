"""Dutch formatting: Babel's nl_NL forms, commercial rounding, never a split amount."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_roi import formatting


@pytest.mark.parametrize(
    ("amount", "shown"),
    [(1234.0, "€\xa01.234"), (12.5, "€\xa013"), (-12.5, "€\xa0-13"), (-0.3, "€\xa00")],
)
def test_whole_euros_round_half_away_from_zero(amount: float, shown: str) -> None:
    assert formatting.euro(amount) == shown


def test_cents_keep_two_decimals() -> None:
    assert formatting.euro(1234.5, cents=True) == "€\xa01.234,50"


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [(12.5, 0, "13"), (0.125, 2, "0,13"), (1250.0, 0, "1.250"), (-0.4, 0, "0"), (1.5, 2, "1,5")],
)
def test_numbers_round_commercially_and_drop_trailing_zeros(
    value: float, decimals: int, shown: str
) -> None:
    assert formatting.number(value, decimals=decimals) == shown


def test_units_and_dates_read_as_dutch() -> None:
    assert formatting.percent(12.5) == "12,5%"
    assert formatting.months(1.0) == "1 maand"
    assert formatting.months(5.15) == "5,2 maanden"
    assert formatting.hours(0.75) == "0,75 uur"
    assert formatting.date(dt.date(2026, 11, 23)) == "23 november 2026"
