"""The chat screen's behaviour on a tiny fake session (no flow engine needed)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input, OptionList

from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.help import HelpScreen
from crm_roi.tui.screens.overview import OverviewScreen
from crm_roi.tui.widgets.case_panel import CasePanel
from crm_roi.tui.widgets.chat_messages import (
    AdviserMessage,
    HelpMessage,
    QuestionMessage,
    RefusalMessage,
    RemarkMessage,
    UserMessage,
)

from .fake_session import FakeSession


def make_app(session: FakeSession, pdfs: list[Path] | None = None) -> CrmRoiApp:
    def make_pdf(evaluation: object, path: Path) -> None:
        assert pdfs is not None
        pdfs.append(path)

    return CrmRoiApp(
        lambda path: session, make_pdf=make_pdf if pdfs is not None else None, warm_up=False
    )


def asked(app: CrmRoiApp) -> str:
    screen = app.screen
    assert isinstance(screen, ChatScreen)
    return screen.query(QuestionMessage).last().question.id


def test_first_question_is_asked_on_start() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession())
        async with app.run_test() as pilot:
            await pilot.pause()
            assert asked(app) == "organisatie"

    asyncio.run(scenario())


def test_bad_amount_shows_dutch_message_and_keeps_question() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme"})
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press(*"twaalf", "enter")
            await pilot.pause()
            refusal = app.screen.query(RefusalMessage).last()
            assert "bijvoorbeeld" in str(refusal.render())
            assert asked(app) == "aantal_gebruikers"
            assert app.screen.query_one(Input).value == "twaalf"
            assert "aantal_gebruikers" not in session.answers

    asyncio.run(scenario())


def test_live_validation_shows_message_while_typing() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession({"organisatie": "Acme"}))
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press(*"abc")
            await pilot.pause()
            problem = app.screen.query_one("#answer-problem")
            assert problem.display
            assert "bedrag" in str(problem.render())

    asyncio.run(scenario())


def test_enter_on_empty_accepts_default_and_updates_panel() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme"})
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert app.screen.query_one(CasePanel).figures is None
            await pilot.press("enter")
            await pilot.pause()
            assert session.answers["aantal_gebruikers"] == 10
            assert app.screen.query_one(CasePanel).figures is not None
            assert session.autosaves == 1

    asyncio.run(scenario())


def test_a_warned_answer_stays_on_the_question_prefilled() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme"})
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press(*"999", "enter")
            await pilot.pause()
            assert "klopt dat" in str(app.screen.query(RemarkMessage).last().render())
            assert session.answers["aantal_gebruikers"] == 999  # kept, not refused
            assert "vraag 2 van" in str(app.screen.query_one("#progress").render())
            assert app.screen.query_one(Input).value == "999"
            assert "Enter om dit antwoord te houden" in str(
                app.screen.query_one(".answer-hint").render()
            )
            await pilot.press("enter")
            await pilot.pause()
            assert asked(app) == "crm_pakket"
            assert session.answers["aantal_gebruikers"] == 999

    asyncio.run(scenario())


def test_a_warned_answer_can_be_replaced_at_once() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme"})
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press(*"999", "enter")
            await pilot.pause()
            await pilot.press("ctrl+u", *"20", "enter")
            await pilot.pause()
            assert session.answers["aantal_gebruikers"] == 20
            assert asked(app) == "crm_pakket"

    asyncio.run(scenario())


def test_choice_is_picked_from_a_list() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme", "aantal_gebruikers": 5})
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert isinstance(app.focused, OptionList)
            await pilot.press("down", "enter")
            await pilot.pause()
            assert session.answers["crm_pakket"] == "zoho"
            assert str(app.screen.query(UserMessage).last().render()) == "Zoho CRM"

    asyncio.run(scenario())


def test_down_at_the_last_choice_does_not_wrap_to_the_first() -> None:
    async def scenario() -> None:
        session = FakeSession(
            {
                "organisatie": "Acme",
                "aantal_gebruikers": 5,
                "crm_pakket": "pipedrive",
                "licentie_per_gebruiker_per_maand": 29,
            }
        )
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert asked(app) == "koppelingen"
            assert app.screen.query_one(OptionList).highlighted == 1  # the default, Nee
            await pilot.press("down", "enter")
            await pilot.pause()
            assert session.answers["koppelingen"] is False

    asyncio.run(scenario())


def test_up_at_the_first_choice_stays_there() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme", "aantal_gebruikers": 5})
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("up", "enter")
            await pilot.pause()
            assert session.answers["crm_pakket"] == "pipedrive"

    asyncio.run(scenario())


def test_back_returns_to_previous_question_and_edit_changes_figures() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme", "aantal_gebruikers": 5})
        app = make_app(session)
        async with app.run_test() as pilot:
            await pilot.pause()
            before = app.screen.query_one(CasePanel).figures
            await pilot.press("ctrl+b")
            await pilot.pause()
            assert asked(app) == "aantal_gebruikers"
            await pilot.press(*"20", "enter")
            await pilot.pause()
            after = app.screen.query_one(CasePanel).figures
            assert before is not None and after is not None
            assert (after.investment.value or 0) > (before.investment.value or 0)
            assert asked(app) == "crm_pakket"

    asyncio.run(scenario())


def test_f1_shows_help_for_the_current_question() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession())
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            assert app.screen.question is not None
            assert app.screen.question.id == "organisatie"
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)

    asyncio.run(scenario())


def test_question_mark_puts_the_explanation_in_the_chat() -> None:
    async def scenario() -> None:
        app = make_app(FakeSession())
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("question_mark", "enter")
            await pilot.pause()
            assert "rapport" in str(app.screen.query(HelpMessage).last().render())

    asyncio.run(scenario())


def test_interview_on_defaults_ends_with_summary_and_pdf() -> None:
    async def scenario() -> None:
        pdfs: list[Path] = []
        session = FakeSession({"organisatie": "Acme"})
        app = make_app(session, pdfs)
        async with app.run_test() as pilot:
            await pilot.pause()
            for _ in range(4):
                await pilot.press("enter")
                await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert pdfs == [session.pdf_path]
            assert app.screen.query("SummaryMessage")
            assert not app.screen.query("#pdf-busy")

    asyncio.run(scenario())


FINISHED = {
    "organisatie": "Acme",
    "aantal_gebruikers": 7,
    "crm_pakket": "pipedrive",
    "licentie_per_gebruiker_per_maand": 29,
    "koppelingen": False,
}


def test_a_finished_interview_opens_on_the_summary_without_making_a_pdf() -> None:
    async def scenario() -> None:
        pdfs: list[Path] = []
        session = FakeSession(FINISHED)
        app = CrmRoiApp(
            lambda path: session,
            path=Path("x.yaml"),
            make_pdf=lambda evaluation, path: pdfs.append(path),
            warm_up=False,
        )
        async with app.run_test() as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.screen.query("SummaryMessage")
            assert pdfs == []
            await pilot.press("ctrl+r")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert pdfs == [session.pdf_path]

    asyncio.run(scenario())


def test_a_change_after_the_end_updates_the_summary_but_makes_no_new_pdf() -> None:
    async def scenario() -> None:
        pdfs: list[Path] = []
        session = FakeSession({"organisatie": "Acme"})
        app = make_app(session, pdfs)
        async with app.run_test() as pilot:
            await pilot.pause()
            for _ in range(4):
                await pilot.press("enter")
                await pilot.pause()
            await app.workers.wait_for_complete()
            assert len(pdfs) == 1
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen)
            app.screen._edit("aantal_gebruikers")
            await pilot.pause()
            await pilot.press("ctrl+u", *"20", "enter")
            await pilot.pause()
            await pilot.press("escape")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert len(app.screen.query("SummaryMessage")) == 2
            assert len(pdfs) == 1

    asyncio.run(scenario())


def test_the_report_key_waits_until_every_question_is_answered() -> None:
    async def scenario() -> None:
        pdfs: list[Path] = []
        app = make_app(FakeSession({"organisatie": "Acme"}), pdfs)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("ctrl+r")
            await app.workers.wait_for_complete()
            assert pdfs == []
            assert "make_report" not in {
                active.binding.action for active in app.screen.active_bindings.values()
            }

    asyncio.run(scenario())


def test_resumed_interview_shows_the_conversation_so_far() -> None:
    async def scenario() -> None:
        session = FakeSession({"organisatie": "Acme", "aantal_gebruikers": 7})
        app = CrmRoiApp(lambda path: session, path=Path("x.yaml"), warm_up=False)
        async with app.run_test() as pilot:
            await pilot.pause()
            answers = [str(message.render()) for message in app.screen.query(UserMessage)]
            assert answers == ["Acme", "7"]
            assert asked(app) == "crm_pakket"

    asyncio.run(scenario())


def test_a_notice_of_the_pdf_such_as_a_missing_logo_is_said_in_the_chat() -> None:
    async def scenario() -> None:
        pdfs: list[Path] = []
        session = FakeSession({k: v for k, v in FINISHED.items() if k != "koppelingen"})
        session.pdf_notices = ("Het logo weg.png is niet gevonden.",)
        app = make_app(session, pdfs)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            said = [str(message.render()) for message in app.screen.query(AdviserMessage)]
            assert "Het logo weg.png is niet gevonden." in said
            assert pdfs == [session.pdf_path]

    asyncio.run(scenario())
