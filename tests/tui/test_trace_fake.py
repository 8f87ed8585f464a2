"""'Hoe is dit berekend?' on the fake session: opening, walking down and up, closing."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Static

from crm_roi.tui import messages as msg
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.trace import TraceScreen
from crm_roi.tui.widgets.case_panel import CasePanel, FigureList, FigureRow
from crm_roi.tui.widgets.chat_messages import SummaryMessage

from .fake_session import FakeSession
from .trace_pages import plain, rows, settle, text

PROFILE = {"organisatie": "Acme", "aantal_gebruikers": 12, "crm_pakket": "pipedrive"}


def make_app(session: FakeSession) -> CrmRoiApp:
    return CrmRoiApp(lambda path: session, make_pdf=lambda e, p: None, warm_up=False)


def trace(app: CrmRoiApp) -> TraceScreen:
    assert isinstance(app.screen, TraceScreen)
    return app.screen


def test_enter_on_a_panel_figure_shows_its_working_and_the_source_of_its_inputs() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            app.screen.query_one(CasePanel).query_one(FigureList).focus()
            await pilot.press("down", "enter")  # Kosten per jaar
            await settle(pilot)
            screen = trace(app)
            assert text(screen, "#trace-label") == "Kosten jaar 1"
            assert text(screen, "#trace-formula") == (
                "12 gebruikers × € 29 per maand × 12 maanden = € 4.176"
            )
            assert text(screen, "#trace-path") == "Kerncijfers › Kosten jaar 1"
            licence = rows(screen)[1]
            assert "Licentie per gebruiker per maand" in licence
            assert "standaardwaarde: € 29 (prijslijst Pipedrive, 2025)" in licence

    asyncio.run(scenario())


def test_the_panel_and_the_trace_show_the_same_value() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            panel_rows = list(app.screen.query_one(CasePanel).query(FigureRow))
            payback = plain(panel_rows[5].query(Static).last())
            app.screen.query_one(CasePanel).query_one(FigureList).focus()
            await pilot.press(*["down"] * 5, "enter")
            await settle(pilot)
            assert text(trace(app), "#trace-label") == "Terugverdientijd"
            assert text(trace(app), "#trace-value") == payback != ""

    asyncio.run(scenario())


def test_f3_opens_the_key_figures_enter_goes_down_backspace_up_escape_closes() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("f3")
            await settle(pilot)
            screen = trace(app)
            assert screen.figure_id is None
            assert text(screen, "#trace-label") == msg.TRACE_INDEX
            assert len(rows(screen)) == 6
            await pilot.press(*["down"] * 3, "enter")  # NCW
            await settle(pilot)
            assert screen.figure_id == "ncw"
            await pilot.press("enter")  # the cumulative cash flow it rests on
            await settle(pilot)
            assert screen.figure_id == "cumulatief.jaar_3"
            assert "Netto contante waarde (NCW) › Cumulatieve" in text(screen, "#trace-path")
            await pilot.press("backspace")
            await settle(pilot)
            assert screen.figure_id == "ncw"
            await pilot.press("backspace")
            await settle(pilot)
            assert screen.figure_id is None
            assert screen.query_one("#trace-rows").index == 3  # back on NCW
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, ChatScreen)

    asyncio.run(scenario())


def test_a_row_shows_what_the_figure_rests_on_one_level_further() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("f3", *["down"] * 3, "enter")  # NCW
            await settle(pilot)
            (cumulative,) = rows(trace(app))
            assert "Cumulatieve kasstroom jaar 3" in cumulative
            assert "Jaarlijkse baten bij volledig gebruik: € 10.224" in cumulative
            assert "Eenmalige kosten (investering): € 12.000" in cumulative

    asyncio.run(scenario())


def test_enter_on_an_input_says_it_is_an_input_and_stays() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("f3", "enter")  # the investment: rests on the users only
            await settle(pilot)
            screen = trace(app)
            assert "eigen antwoord: 12" in rows(screen)[0]
            await pilot.press("enter")
            await settle(pilot)
            assert screen.figure_id == "kosten.jaar_0"
            expected = msg.TRACE_IS_INPUT.format(label="Aantal gebruikers")
            assert [n.message for n in app._notifications] == [expected]

    asyncio.run(scenario())


def test_f3_before_there_are_figures_says_so() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession({"organisatie": "Acme"}))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("f3")
            await settle(pilot)
            assert isinstance(app.screen, ChatScreen)
            assert [n.message for n in app._notifications] == [msg.TRACE_NOT_YET]

    asyncio.run(scenario())


def test_f3_is_in_the_footer_only_where_it_fits_but_works_everywhere() -> None:
    async def scenario(size: tuple[int, int]) -> tuple[bool, bool]:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            shown = any(
                active.binding.action == "trace(True)" and active.binding.show
                for active in app.screen.active_bindings.values()
            )
            await pilot.press("f3")
            await settle(pilot)
            return shown, isinstance(app.screen, TraceScreen)

    assert asyncio.run(scenario((120, 36))) == (True, True)
    assert asyncio.run(scenario((80, 24))) == (False, True)


def test_enter_on_a_summary_figure_shows_the_trace_of_the_summary() -> None:
    async def scenario() -> None:
        answers = {**PROFILE, "licentie_per_gebruiker_per_maand": 29, "koppelingen": False}
        session = FakeSession(answers)
        app = CrmRoiApp(lambda path: session, path=Path("x.yaml"), make_pdf=None, warm_up=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await settle(pilot)
            summary = app.screen.query_one(SummaryMessage)
            summary.query_one(FigureList).focus()
            await pilot.press(*["down"] * 3, "enter")  # NCW
            await settle(pilot)
            screen = trace(app)
            assert screen.figures is summary.figures
            assert text(screen, "#trace-formula") == "€ 18.672 × 80% = € 14.938"
            assert "Cumulatieve kasstroom jaar 3" in rows(screen)[0]

    asyncio.run(scenario())


def test_a_click_on_a_panel_figure_opens_its_trace() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            npv_row = list(app.screen.query_one(CasePanel).query(FigureRow))[3]
            await pilot.click(npv_row)
            await settle(pilot)
            assert trace(app).figure_id == "ncw"

    asyncio.run(scenario())


def test_escape_on_the_panel_figures_returns_to_the_answer() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession(PROFILE))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            figures = app.screen.query_one(CasePanel).query_one(FigureList)
            figures.focus()
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, ChatScreen)
            assert app.focused is not None and app.focused.id == "answer-text"

    asyncio.run(scenario())
