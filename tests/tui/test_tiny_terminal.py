"""Every screen survives a tiny terminal (20×5, 10×3, even 1×1) and works again once it grows.

Before: at 20×5 the choice list raised (it wrapped its options at width 0) and the app ended.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import open_session
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.session import Session
from crm_roi.tui.view_models import LibraryEntryView, LibraryView, LockView, SaveStatus
from crm_roi.tui.widgets.chat_messages import QuestionMessage

from .fake_session import FakeSession

SIZES = ((20, 5), (10, 3), (1, 1), (120, 36), (1, 1), (80, 24))
PROFILE = {"organisatie": "Jansen", "aantal_gebruikers": 12}
ENTRIES = (
    LibraryEntryView(Path("x.yaml"), "Jansen", "3 maart 2026", "onderbroken"),
    LibraryEntryView(
        Path("y.yaml"), "Van Dijk", "2 maart 2026", "afgerond", 2, "€ 40.834", True, "doorgaan"
    ),
    LibraryEntryView(Path("z.yaml"), "", "1 maart 2026", "onleesbaar", problem="geen YAML."),
)


async def shrink_and_grow(pilot: Pilot[None]) -> None:
    for size in SIZES:
        await pilot.resize_terminal(*size)
        await pilot.pause()


def survives(app: CrmRoiApp, *keys: str) -> CrmRoiApp:
    """Run `app`, press `keys`, then resize through SIZES; fails when the app ended."""

    async def scenario() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            await shrink_and_grow(pilot)
            assert app.is_running
            assert app.screen is screen
            assert app.return_code is None

    asyncio.run(scenario())
    return app


def fake_app(
    session: FakeSession, find_library: Callable[[], LibraryView] = LibraryView
) -> CrmRoiApp:
    return CrmRoiApp(
        lambda path: session,
        make_pdf=lambda evaluation, path: None,
        find_library=find_library,
        warm_up=False,
    )


SCREENS: dict[str, tuple[dict[str, object], tuple[str, ...]]] = {
    "text question": ({}, ()),
    "number question": ({"organisatie": "Jansen"}, ()),
    "choice question": (PROFILE, ()),
    "euro question": ({**PROFILE, "crm_pakket": "pipedrive"}, ()),
    "yes/no question": (
        {**PROFILE, "crm_pakket": "pipedrive", "licentie_per_gebruiker_per_maand": 29},
        (),
    ),
    "summary": ({**PROFILE, "crm_pakket": "pipedrive", "koppelingen": False}, ("enter",)),
    "overview": (PROFILE, ("ctrl+o",)),
    "edit dialog": (PROFILE, ("ctrl+o", "down", "down", "enter")),
    "help": (PROFILE, ("f1",)),
    "save as": (PROFILE, ("ctrl+s",)),
    "report details": (PROFILE, ("f2",)),
    "command palette": (PROFILE, ("ctrl+p",)),
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_survives_a_tiny_terminal(name: str) -> None:
    answers, keys = SCREENS[name]
    survives(fake_app(FakeSession(answers)), *keys)


def test_welcome_survives_a_tiny_terminal() -> None:
    library = LibraryView(ENTRIES, ("Een gesprek is apart gezet als x.beschadigd.",), more=True)
    survives(fake_app(FakeSession(), find_library=lambda: library))


def test_the_new_scenario_dialog_survives_a_tiny_terminal() -> None:
    library = LibraryView(ENTRIES)
    app = CrmRoiApp(
        lambda path: FakeSession(),
        find_library=lambda: library,
        copy_scenario=lambda source, target: target,
        warm_up=False,
    )
    survives(app, "s")


def test_lock_dialog_survives_a_tiny_terminal() -> None:
    session = FakeSession(PROFILE)
    session.locked_by = LockView("anna op laptop (proces 42)", Path("x.yaml.lock"))
    survives(fake_app(session))


def test_quit_dialog_survives_a_tiny_terminal() -> None:
    session = FakeSession(PROFILE)
    session.status = SaveStatus(("x.yaml: het bestand kan niet worden opgeslagen.",), safe=False)
    survives(fake_app(session), "ctrl+q")


def test_overwrite_dialog_survives_a_tiny_terminal(tmp_path: Path) -> None:
    existing = tmp_path / "a.yaml"
    existing.write_text("", encoding="utf-8")
    session = FakeSession(PROFILE)
    session.saved_path = Path("b.yaml")
    app = fake_app(session)

    async def scenario() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("ctrl+s")
            await pilot.pause()
            app.screen.query_one(Input).value = str(existing)
            await pilot.press("enter")
            await pilot.pause()
            await shrink_and_grow(pilot)
            assert app.screen.id == "overwrite"

    asyncio.run(scenario())


def real_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CrmRoiApp:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))

    def session(path: Path | None) -> Session:
        return open_session(path, pdf_dir=tmp_path)

    return CrmRoiApp(session, warm_up=False)


def test_the_goals_multi_select_survives_and_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = real_app(tmp_path, monkeypatch)

    async def scenario() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            chat = app.screen
            assert isinstance(chat, ChatScreen)
            while chat.query(QuestionMessage).last().question.kind != "multichoice":
                question = chat.session.current()
                assert question is not None
                if question.id == "organisatie":
                    await pilot.press(*"Jansen")
                elif question.id == "aantal_gebruikers":
                    await pilot.press(*"12")
                await pilot.press("enter")
                await pilot.pause()
            await shrink_and_grow(pilot)
            await pilot.resize_terminal(120, 36)
            await pilot.pause()
            await pilot.press("space", "enter")
            await pilot.pause()
            assert chat.query(QuestionMessage).last().question.kind != "multichoice"

    asyncio.run(scenario())
