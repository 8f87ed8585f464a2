"""Screens as the user sees them, at 120×36 and 80×24 (fake session: stable texts and figures).

Update after an intended change of the look: `.venv/bin/pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.view_models import LibraryEntryView, LibraryView, LockView

from .fake_session import FakeSession

SIZES = [pytest.param((120, 36), id="120x36"), pytest.param((80, 24), id="80x24")]
PROFILE = {"organisatie": "Installatiebedrijf Jansen", "aantal_gebruikers": 12}


def no_pdf(evaluation: object, path: Path) -> None:
    """The snapshots show the path only; the real PDF is tested elsewhere."""


def app_for(session: FakeSession, **options: Any) -> CrmRoiApp:
    return CrmRoiApp(lambda path: session, make_pdf=no_pdf, warm_up=False, **options)


LIBRARY = LibraryView(
    (
        LibraryEntryView(
            Path("/home/anna/klanten/jansen-salesforce.yaml"),
            "Installatiebedrijf Jansen",
            "23 november 2026",
            "onderbroken",
        ),
        LibraryEntryView(
            Path("/home/anna/klanten/jansen.yaml"),
            "Installatiebedrijf Jansen",
            "12 maart 2026",
            "afgerond",
            versions=2,
            npv="€ 40.834",
            npv_of_version=True,
            advice="doorgaan onder voorwaarden",
            finished=True,
        ),
        LibraryEntryView(
            Path("/home/anna/klanten/bakker.yaml"),
            "Bakker Groothandel",
            "3 maart 2026",
            "afgerond",
            npv="€ 75.104",
            finished=True,
        ),
        LibraryEntryView(
            Path("/home/anna/klanten/oud.yaml"),
            "",
            "1 februari 2026",
            "onleesbaar",
            problem="regel 3: dit is geen geldige YAML.",
        ),
    )
)


@pytest.mark.parametrize("size", SIZES)
def test_welcome_lists_the_saved_interviews(snap_compare: Any, size: tuple[int, int]) -> None:
    app = app_for(FakeSession(), find_library=lambda: LIBRARY)
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_question_with_its_default(snap_compare: Any, size: tuple[int, int]) -> None:
    session = FakeSession({**PROFILE, "crm_pakket": "pipedrive"})
    assert snap_compare(app_for(session), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_overview_of_all_answers(snap_compare: Any, size: tuple[int, int]) -> None:
    session = FakeSession({**PROFILE, "crm_pakket": "pipedrive"})
    assert snap_compare(app_for(session), press=["ctrl+o"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_summary_at_the_end(snap_compare: Any, size: tuple[int, int]) -> None:
    session = FakeSession({**PROFILE, "crm_pakket": "pipedrive", "koppelingen": False})
    session.pdf_path = Path("rapporten") / "business-case-jansen.pdf"

    async def finish(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("enter")  # accept the default licence price: the last question
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app_for(session), terminal_size=size, run_before=finish)


def test_interview_open_elsewhere(snap_compare: Any) -> None:
    session = FakeSession({**PROFILE, "crm_pakket": "pipedrive"})
    session.locked_by = LockView(
        "anna op laptop-anna (proces 4242, sinds 3 maart 2026, 14:05)",
        Path("/home/anna/klanten/jansen.yaml.lock"),
    )
    assert snap_compare(app_for(session), terminal_size=(80, 24))


def test_quit_when_the_answers_are_not_saved(snap_compare: Any) -> None:
    session = FakeSession({**PROFILE, "crm_pakket": "pipedrive"})
    session.save_problem = (
        "/home/anna/.local/share/crm-roi/interviews/interview-1.yaml: het bestand kan niet "
        "worden opgeslagen (No space left on device)."
    )

    async def answer_then_quit(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()

    assert snap_compare(app_for(session), terminal_size=(80, 24), run_before=answer_then_quit)
