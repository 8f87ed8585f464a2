"""Opslaan als: never over an existing file without asking; odd names get a Dutch answer."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.choice_dialog import ChoiceDialog
from crm_roi.tui.screens.save_as import SaveAsScreen

from .fake_session import FakeSession


async def save_as(pilot: Pilot[None], text: str) -> None:
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    pilot.app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await pilot.pause()


def problem(app: CrmRoiApp) -> str:
    return str(app.screen.query_one("#save-problem").render())


def make_app(session: FakeSession) -> CrmRoiApp:
    return CrmRoiApp(lambda path: session, warm_up=False)


def test_an_existing_file_is_not_replaced_without_asking(tmp_path: Path) -> None:
    existing = tmp_path / "klant.yaml"
    existing.write_text("van een ander gesprek", encoding="utf-8")
    session = FakeSession()

    async def scenario() -> None:
        app = make_app(session)
        async with app.run_test() as pilot:
            await save_as(pilot, str(existing))
            assert isinstance(app.screen, ChoiceDialog)
            text = str(app.screen.query_one(".dialog-text *").render())
            assert str(existing) in text
            assert "bestaat al" in text
            await pilot.click("#choice-cancel")
            await pilot.pause()
            assert isinstance(app.screen, SaveAsScreen), "back to choose another name"
            assert session.saved_path is None
            await pilot.press("enter")
            await pilot.pause()
            await pilot.click("#choice-replace")
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            assert session.saved_path == existing

    asyncio.run(scenario())


def test_a_name_without_extension_is_checked_with_yaml_added(tmp_path: Path) -> None:
    (tmp_path / "klant.yaml").write_text("bestaat", encoding="utf-8")
    session = FakeSession()

    async def scenario() -> None:
        app = make_app(session)
        async with app.run_test() as pilot:
            await save_as(pilot, str(tmp_path / "klant"))
            assert isinstance(app.screen, ChoiceDialog)

    asyncio.run(scenario())


def test_saving_again_to_the_own_file_asks_nothing(tmp_path: Path) -> None:
    own = tmp_path / "eigen.yaml"
    own.write_text("het gesprek zelf", encoding="utf-8")
    session = FakeSession()
    session.saved_path = own

    async def scenario() -> None:
        app = make_app(session)
        async with app.run_test() as pilot:
            await save_as(pilot, str(own))
            assert isinstance(app.screen, ChatScreen)

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("{folder}", "is een map"),
        ("~geen-gebruiker-die-bestaat/x.yaml", "thuismap bestaat niet"),
        ("gesprek\x1b[2J.yaml", "stuurteken"),
        ("gesprek\x00.yaml", "stuurteken"),
    ],
)
def test_names_that_cannot_be_a_file_get_a_dutch_reason(
    tmp_path: Path, typed: str, expected: str
) -> None:
    session = FakeSession()

    async def scenario() -> None:
        app = make_app(session)
        async with app.run_test() as pilot:
            await save_as(pilot, typed.format(folder=tmp_path))
            assert isinstance(app.screen, SaveAsScreen)
            assert expected in problem(app)
            assert session.saved_path is None

    asyncio.run(scenario())


def test_a_name_too_long_does_not_crash_the_dialog(tmp_path: Path) -> None:
    session = FakeSession()

    async def scenario() -> None:
        app = make_app(session)
        async with app.run_test() as pilot:
            await save_as(pilot, str(tmp_path / ("x" * 300)))
            assert isinstance(app.screen, ChatScreen)  # handed to the session, which says why

    asyncio.run(scenario())
