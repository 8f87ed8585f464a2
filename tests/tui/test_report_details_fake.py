"""The report-details dialog, its key and the scroll to a new PDF (fake session)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, Static

from crm_roi.tui import messages as msg
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.help import HelpScreen
from crm_roi.tui.screens.report_details import ReportDetailsScreen
from crm_roi.tui.view_models import ReportDetails
from crm_roi.tui.widgets.chat_messages import AdviserMessage, QuietMessage

from .fake_session import FakeSession

PROFILE = {"organisatie": "Jansen", "aantal_gebruikers": 12, "crm_pakket": "pipedrive"}
DONE = {**PROFILE, "licentie_per_gebruiker_per_maand": 29, "koppelingen": False}


def make_app(session: FakeSession) -> CrmRoiApp:
    app = CrmRoiApp(lambda path: session, make_pdf=lambda evaluation, path: None, warm_up=False)
    app.animation_level = "none"
    return app


async def open_dialog(pilot: Pilot[None]) -> ReportDetailsScreen:
    await pilot.pause()
    await pilot.press("f2")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ReportDetailsScreen)
    return pilot.app.screen


def test_dialog_is_prefilled_from_the_metadata() -> None:
    session = FakeSession(PROFILE)
    session.details = ReportDetails("Anna de Vries", "De Vries Advies", "logo.svg", "#1F6FEB")

    async def scenario() -> None:
        async with make_app(session).run_test(size=(80, 24)) as pilot:
            dialog = await open_dialog(pilot)
            values = [widget.value for widget in dialog.query(Input)]
            assert values == ["Anna de Vries", "De Vries Advies", "logo.svg", "#1F6FEB"]

    asyncio.run(scenario())


def test_a_bad_colour_is_said_live_and_not_saved() -> None:
    session = FakeSession(PROFILE)

    async def scenario() -> None:
        async with make_app(session).run_test(size=(80, 24)) as pilot:
            dialog = await open_dialog(pilot)
            dialog.query_one("#details-accentkleur", Input).value = "blauw"
            await pilot.pause()
            problem = dialog.query_one("#details-accentkleur-problem", Static)
            assert "#RRGGBB" in str(problem.render())
            await pilot.click("#details-ok")
            await pilot.pause()
            assert pilot.app.screen is dialog  # stays open
            assert msg.DETAILS_FIX_FIRST in str(dialog.query_one("#details-problem").render())

    asyncio.run(scenario())
    assert session.details == ReportDetails()


def test_saved_details_reach_the_session_and_are_autosaved() -> None:
    session = FakeSession(PROFILE)

    async def scenario() -> None:
        async with make_app(session).run_test(size=(80, 24)) as pilot:
            await open_dialog(pilot)
            await pilot.press(*"Anna de Vries", "enter")
            await pilot.pause()
            assert isinstance(pilot.app.screen, ChatScreen)

    before = session.autosaves
    asyncio.run(scenario())
    assert session.details == ReportDetails(adviseur="Anna de Vries")
    assert session.autosaves == before + 1


def test_escape_changes_nothing() -> None:
    session = FakeSession(PROFILE)

    async def scenario() -> None:
        async with make_app(session).run_test(size=(80, 24)) as pilot:
            await open_dialog(pilot)
            await pilot.press(*"Anna", "escape")
            await pilot.pause()
            assert isinstance(pilot.app.screen, ChatScreen)

    asyncio.run(scenario())
    assert session.details == ReportDetails()
    assert session.autosaves == 0


def test_help_lists_the_report_details_key() -> None:
    async def scenario() -> None:
        async with make_app(FakeSession(PROFILE)).run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(pilot.app.screen, HelpScreen)
            keys = str(pilot.app.screen.query_one(".help-keys", Static).render())
            assert "F2" in keys and "rapportgegevens" in keys

    asyncio.run(scenario())


async def finish(pilot: Pilot[None]) -> ChatScreen:
    """Let every worker (PDF, autosave) and the messages they post settle.

    A worker may start only after the message that asks for it is handled, so one round of
    waiting can return before it begins; three rounds leave no such gap.
    """
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, ChatScreen)
    return pilot.app.screen


def test_the_end_hints_once_at_the_report_details_without_a_consultant() -> None:
    session = FakeSession(PROFILE)

    async def scenario() -> None:
        async with make_app(session).run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("enter", "enter")  # the last two questions on their defaults
            chat = await finish(pilot)
            await pilot.press("ctrl+r")
            await finish(pilot)
            hints = [str(quiet.render()) for quiet in chat.query(QuietMessage)]
            assert hints == [msg.DETAILS_HINT]

    asyncio.run(scenario())


def test_no_hint_when_the_consultant_is_known() -> None:
    session = FakeSession(PROFILE)
    session.details = ReportDetails(adviseur="Anna de Vries")

    async def scenario() -> None:
        async with make_app(session).run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("enter", "enter")
            chat = await finish(pilot)
            assert not chat.query(QuietMessage)

    asyncio.run(scenario())


def test_a_new_pdf_path_is_scrolled_into_view_after_scrolling_up() -> None:
    session = FakeSession(DONE)

    async def scenario() -> None:
        async with make_app(session).run_test(size=(80, 24)) as pilot:
            chat = await finish(pilot)
            scroll = chat.query_one("#chat", VerticalScroll)
            scroll.scroll_home(animate=False, immediate=True)
            await pilot.pause()
            assert scroll.scroll_y == 0 < scroll.max_scroll_y
            session.pdf_path = Path("naam (2).pdf")
            await pilot.press("ctrl+r")
            await finish(pilot)
            await pilot.pause()
            last = chat.query(AdviserMessage).last()
            assert "naam (2).pdf" in str(last.render())
            assert scroll.scroll_y == scroll.max_scroll_y
            assert scroll.region.contains_region(last.region)

    asyncio.run(scenario())
