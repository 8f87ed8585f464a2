"""The trace screen as the user sees it, at 120×36 and 80×24 (fake session: stable figures).

Update after an intended change of the look: `.venv/bin/pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from crm_roi.tui.app import CrmRoiApp

from .fake_session import FakeSession
from .trace_pages import settle

SIZES = [pytest.param((120, 36), id="120x36"), pytest.param((80, 24), id="80x24")]
PROFILE = {
    "organisatie": "Installatiebedrijf Jansen",
    "aantal_gebruikers": 12,
    "crm_pakket": "pipedrive",
}


def no_pdf(evaluation: object, path: Path) -> None:
    """The snapshots do not make a PDF."""


@pytest.mark.parametrize("size", SIZES)
def test_trace_of_the_npv(snap_compare: Any, size: tuple[int, int]) -> None:
    session = FakeSession(PROFILE)
    app = CrmRoiApp(lambda path: session, make_pdf=no_pdf, warm_up=False)

    async def open_npv(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("f3", "down", "down", "down", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=open_npv)


@pytest.mark.parametrize("size", SIZES)
def test_trace_of_the_key_figures(snap_compare: Any, size: tuple[int, int]) -> None:
    session = FakeSession(PROFILE)
    app = CrmRoiApp(lambda path: session, make_pdf=no_pdf, warm_up=False)

    async def open_index(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=open_index)
