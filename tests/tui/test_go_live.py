"""The go-live date as a Dutch user types it, and the Dutch message when it is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_roi.tui import messages as msg
from crm_roi.tui.go_live import go_live_problem, read_go_live

TODAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    "typed",
    [
        "1 maart 2026",
        "1 Maart 2026",
        "01 mrt 2026",
        "1 mrt. 2026",
        "1-3-2026",
        "01-03-2026",
        "1/3/2026",
        "1.3.2026",
        "1-3-26",
        "2026-03-01",
        "  1   maart   2026 ",
    ],
)
def test_the_ways_a_dutch_user_types_a_date(typed: str) -> None:
    assert read_go_live(typed, TODAY) == dt.date(2026, 3, 1)


def test_today_itself_is_a_go_live_date() -> None:
    assert read_go_live("15 juni 2026", TODAY) == TODAY
    assert go_live_problem("15-6-2026", TODAY) is None


@pytest.mark.parametrize("typed", ["", "morgen", "maart 2026", "1 maartje 2026", "1-3", "32"])
def test_what_is_no_date_says_what_is_expected(typed: str) -> None:
    assert read_go_live(typed, TODAY) == msg.GO_LIVE_UNREADABLE


def test_a_day_that_does_not_exist_is_named() -> None:
    assert read_go_live("29-2-2026", TODAY) == "29-2-2026 bestaat niet. " + (
        "Typ een datum die bestaat, bijvoorbeeld 1 maart 2026."
    )


def test_a_date_after_today_is_refused_with_today_in_dutch() -> None:
    problem = go_live_problem("16 juni 2026", TODAY)

    assert problem is not None
    assert problem.startswith("Die datum ligt na vandaag (15 juni 2026).")
