"""The answer controls: a pre-selected default, the multi-select's boxes and its message."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.widgets import Input

from crm_roi.tui import messages as msg
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.overview import EditAnswerScreen, OverviewScreen
from crm_roi.tui.view_models import ChoiceView, Given, QuestionView
from crm_roi.tui.widgets.answer_input import AnswerInput, ConfirmingSelectionList
from crm_roi.tui.widgets.chat_messages import AdviserMessage

from .fake_session import FakeSession

PROFILE = {"organisatie": "Acme", "aantal_gebruikers": 12}
TO_KOPPELINGEN = {**PROFILE, "crm_pakket": "pipedrive", "licentie_per_gebruiker_per_maand": 29}
GOALS = QuestionView(
    "doelen",
    "multichoice",
    "Waaraan moet het CRM bijdragen?",
    "",
    "Doelen",
    choices=(ChoiceView("leads", "Meer leads"), ChoiceView("klantbehoud", "Klantbehoud")),
)


def make_app(session: FakeSession) -> CrmRoiApp:
    return CrmRoiApp(lambda path: session, warm_up=False)


def test_enter_on_the_preselected_default_accepts_the_default() -> None:
    async def scenario() -> None:
        session = FakeSession(TO_KOPPELINGEN)
        async with make_app(session).run_test() as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert session.accepted == {"koppelingen"}
            assert session.answers["koppelingen"] is False

    asyncio.run(scenario())


def test_moving_away_and_back_makes_the_default_the_users_own_choice() -> None:
    async def scenario() -> None:
        session = FakeSession(TO_KOPPELINGEN)
        async with make_app(session).run_test() as pilot:
            await pilot.pause()
            await pilot.press("up", "down", "enter")
            await pilot.pause()
            assert session.accepted == set()
            assert session.answers["koppelingen"] is False

    asyncio.run(scenario())


def test_an_accepted_default_asked_again_starts_with_an_empty_field() -> None:
    async def scenario() -> None:
        session = FakeSession(PROFILE)
        session.answer("crm_pakket", "")
        session.answer("licentie_per_gebruiker_per_maand", "")
        async with make_app(session).run_test() as pilot:
            await pilot.pause()
            await pilot.press("ctrl+b")
            await pilot.pause()
            field = pilot.app.screen.query_one(Input)
            assert field.value == ""
            assert "€ 29" in field.placeholder

    asyncio.run(scenario())


def test_a_changed_default_is_said_and_shown_in_the_open_question() -> None:
    async def scenario() -> None:
        session = FakeSession({**PROFILE, "crm_pakket": "pipedrive"})
        app = make_app(session)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen)
            app.screen._edit("crm_pakket")
            await pilot.pause()
            assert isinstance(app.screen, EditAnswerScreen)
            await pilot.press("down", "enter", "escape")
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            said = str(app.screen.query(AdviserMessage).last().render())
            assert "€ 14" in said
            assert "€ 14" in app.screen.query_one(Input).placeholder
            await pilot.press("enter")
            await pilot.pause()
            assert session.shown["licentie_per_gebruiker_per_maand"] == "€ 14"

    asyncio.run(scenario())


class GoalsApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.given: list[Given] = []

    def compose(self) -> ComposeResult:
        yield AnswerInput(GOALS, lambda question_id, text: None)

    def on_answer_input_given(self, event: AnswerInput.Given) -> None:
        self.given.append(event.given)


def box(selections: ConfirmingSelectionList, row: int) -> str:
    return selections.render_line(row).text[:3]


def test_only_ticked_goals_show_a_cross() -> None:
    async def scenario() -> None:
        app = GoalsApp()
        async with app.run_test() as pilot:
            await pilot.press("down", "space")
            await pilot.pause()
            selections = app.query_one(ConfirmingSelectionList)
            assert box(selections, 0) == "▐ ▌"
            assert box(selections, 1) == "▐X▌"

    asyncio.run(scenario())


def test_the_multi_select_says_how_to_tick_several() -> None:
    async def scenario() -> None:
        async with GoalsApp().run_test() as pilot:
            hint = str(pilot.app.query_one(".answer-hint").render())
            assert "Spatie" in hint and "Enter" in hint

    asyncio.run(scenario())


def test_no_goal_chosen_is_said_below_the_list_and_not_given() -> None:
    async def scenario() -> None:
        app = GoalsApp()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            problem = app.query_one("#answer-problem")
            assert problem.display
            assert str(problem.render()) == msg.NOTHING_CHOSEN
            assert app.given == []
            await pilot.press("space")
            await pilot.pause()
            assert not problem.display

    asyncio.run(scenario())
