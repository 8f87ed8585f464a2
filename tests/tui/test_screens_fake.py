"""Overview, help and command palette at small sizes (fake session: no flow engine needed)."""

from __future__ import annotations

import asyncio

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from crm_roi.tui import messages as msg
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.help import HelpScreen
from crm_roi.tui.screens.overview import (
    CELL_PADDING,
    SCROLLBAR,
    EditAnswerScreen,
    OverviewScreen,
    column_widths,
)
from crm_roi.tui.widgets.chat_messages import HelpMessage, RemarkMessage

from .fake_session import FakeSession

PROFILE = {"organisatie": "Installatiebedrijf Jansen en Zonen B.V.", "aantal_gebruikers": 12}


def make_app(session: FakeSession) -> CrmRoiApp:
    return CrmRoiApp(lambda path: session, warm_up=False)


def test_overview_columns_fit_80_columns_with_source_visible() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen)
            table = app.screen.query_one(DataTable)
            used = sum(column.width + CELL_PADDING for column in table.columns.values())
            assert len(table.columns) == 3
            assert used <= 80 - SCROLLBAR
            assert table.max_scroll_x == 0  # no horizontal scrollbar

    asyncio.run(scenario())


def test_overview_widths_leave_room_for_the_source_at_any_width() -> None:
    labels = ["  Eenmalige opstartkosten leverancier", "  Aantal gebruikers"]
    for width in (80, 100, 120, 200):
        question, answer, source = column_widths(width, labels)
        assert source >= len("eigen antwoord")
        assert question + answer + source + 3 * CELL_PADDING + SCROLLBAR <= width


def test_sources_are_shown_in_dutch() -> None:
    assert msg.SOURCE_LABELS == {
        "user": "eigen antwoord",
        "default": "standaard",
        "benchmark": "richtwaarde",
        "open": "nog open",
    }


def test_help_fits_at_80x24_and_scrolls() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            box = app.screen.query_one("#help-box")
            assert box.region.y >= 0 and box.region.bottom <= 24
            body = app.screen.query_one("#help-body")
            assert body.has_focus
            close = app.screen.query_one(".help-close")
            assert close.region.bottom <= box.region.bottom

    asyncio.run(scenario())


def test_palette_offers_only_dutch_commands() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+p")
            await pilot.pause()
            assert isinstance(app.screen, CommandPalette)
            commands = app.screen.query_one(CommandList)
            known = {
                msg.KEY_HELP,
                msg.KEY_BACK,
                msg.KEY_OVERVIEW,
                msg.KEY_SAVE_AS,
                msg.PALETTE_TITLES["explain"],
                msg.PALETTE_TITLES["make_report"],
                msg.PALETTE_TITLES["report_details"],
                msg.PALETTE_TITLES["trace"],
                msg.PALETTE_TITLES["realisation"],
                msg.KEY_PANEL,
                msg.KEY_QUIT,
            }
            titles: set[str] = set()
            for _ in range(200):  # the palette gathers its commands in a worker
                titles = {
                    str(commands.get_option_at_index(i).prompt).split("\n")[0]
                    for i in range(commands.option_count)
                }
                if len(titles) >= len(known):
                    break
                await pilot.pause()
            assert titles == known  # all Dutch; no theme command

    asyncio.run(scenario())


async def palette_prompts(pilot: Pilot[None], query: str) -> list[str]:
    """The palette's commands for `query`, once its worker has found at least one."""
    await pilot.press("ctrl+p", *query)
    commands = pilot.app.screen.query_one(CommandList)
    prompts: list[str] = []
    for _ in range(200):  # the search runs in a worker
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        if prompts:
            break
        await pilot.pause()
    return prompts


def test_palette_offers_the_explanation_while_typing_an_answer() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession({"organisatie": "Acme"}))  # a text field has the focus
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            prompts = await palette_prompts(pilot, "uitleg")
            assert prompts[0].startswith(msg.PALETTE_TITLES["explain"])

    asyncio.run(scenario())


def test_ctrl_e_in_a_text_field_puts_the_explanation_in_the_chat() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession({"organisatie": "Acme"}))
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+e")
            await pilot.pause()
            assert "Tel iedereen mee." in str(app.screen.query(HelpMessage).last().render())

    asyncio.run(scenario())


def test_the_report_is_in_the_palette_early_and_says_why_it_must_wait() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            prompts = await palette_prompts(pilot, "rapport")
            assert prompts[0].startswith(msg.PALETTE_TITLES["make_report"])
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            assert [n.message for n in app._notifications] == [msg.REPORT_NOT_YET]

    asyncio.run(scenario())


def test_palette_says_in_dutch_when_nothing_matches() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+p", *"xyzq")
            commands = app.screen.query_one(CommandList)
            prompts: list[str] = []
            for _ in range(200):  # the search runs in a worker
                prompts = [
                    str(commands.get_option_at_index(i).prompt)
                    for i in range(commands.option_count)
                ]
                if len(prompts) == 1 and prompts[0].startswith(msg.PALETTE_NO_MATCH):
                    break
                await pilot.pause()
            assert len(prompts) == 1
            assert prompts[0].startswith(msg.PALETTE_NO_MATCH)

    asyncio.run(scenario())


def test_a_warned_edit_stays_in_the_dialog_until_enter_keeps_it() -> None:
    async def scenario() -> None:
        session = FakeSession(PROFILE)
        app = make_app(session)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen)
            app.screen._edit("aantal_gebruikers")
            await pilot.pause()
            await pilot.press("ctrl+u", *"999", "enter")
            await pilot.pause()
            assert isinstance(app.screen, EditAnswerScreen)
            assert app.screen.query(RemarkMessage)
            assert app.screen.query_one(Input).value == "999"
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen)
            assert session.answers["aantal_gebruikers"] == 999

    asyncio.run(scenario())


def test_the_arrow_keys_move_between_the_buttons_of_a_dialog() -> None:
    from textual.app import App
    from textual.widgets import Button

    from crm_roi.tui.screens.choice_dialog import Choice, ChoiceDialog

    chosen: list[str] = []
    focused: list[str | None] = []

    class Host(App[None]):
        def on_mount(self) -> None:
            dialog = ChoiceDialog(
                "Titel",
                "Tekst",
                (Choice("een", "Een"), Choice("twee", "Twee")),
                on_escape="een",
                id="dialog",
            )
            self.push_screen(dialog, chosen.append)

    async def scenario() -> None:
        async with Host().run_test() as pilot:
            await pilot.pause()
            await pilot.press("right")
            widget = pilot.app.focused
            focused.append(widget.id if isinstance(widget, Button) else None)
            await pilot.press("left", "right", "enter")
            await pilot.pause()

    asyncio.run(scenario())
    assert focused == ["choice-twee"]
    assert chosen == ["twee"]
