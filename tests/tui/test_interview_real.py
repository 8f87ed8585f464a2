"""The app on the real flow engine, business case, interview file and (for the PDF) report."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList

from crm_roi.interview import list_autosaves, load_interview
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.interview_session import InterviewSession
from crm_roi.tui.opening import find_library, open_session
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.overview import EditAnswerScreen, OverviewScreen
from crm_roi.tui.screens.welcome import WelcomeScreen
from crm_roi.tui.widgets.case_panel import CasePanel
from crm_roi.tui.widgets.chat_messages import QuestionMessage, RefusalMessage, UserMessage

# Answers for the questions without a default (the rest: Enter accepts the default).
TYPED = {"organisatie": "Jansen", "aantal_gebruikers": "12"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


def chat(app: CrmRoiApp) -> ChatScreen:
    assert isinstance(app.screen, ChatScreen)
    return app.screen


def asked_id(app: CrmRoiApp) -> str:
    return chat(app).query(QuestionMessage).last().question.id


async def answer_next(pilot: object, app: CrmRoiApp) -> bool:
    """Answer the current question as a hurried user would; False when none is left."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    question = chat(app).session.current()
    if question is None:
        return False
    if question.id in TYPED:
        await pilot.press(*TYPED[question.id])
    elif question.kind == "multichoice" and not question.default_values:
        await pilot.press("space")  # the first goal
    await pilot.press("enter")
    await pilot.pause()
    return True


async def answer_until(pilot: object, app: CrmRoiApp, question_id: str) -> None:
    """Answer on defaults until `question_id` is asked."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.pause()
    while asked_id(app) != question_id:
        assert await answer_next(pilot, app)


def new_app(tmp_path: Path, pdfs: list[Path] | None = None) -> CrmRoiApp:
    def make_pdf(evaluation: object, path: Path) -> None:
        from crm_roi.report import render_pdf

        render_pdf(evaluation, path)  # type: ignore[arg-type]
        assert pdfs is not None
        pdfs.append(path)

    app = CrmRoiApp(
        lambda path: open_session(path, pdf_dir=tmp_path),
        make_pdf=make_pdf if pdfs is not None else None,
        warm_up=False,
    )
    app.animation_level = "none"  # no smooth scrolling to wait for
    return app


def test_whole_interview_on_defaults_ends_in_a_pdf(tmp_path: Path) -> None:
    pdfs: list[Path] = []

    async def scenario() -> None:
        app = new_app(tmp_path, pdfs)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            for _ in range(80):
                if not await answer_next(pilot, app):
                    break
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert chat(app).query("SummaryMessage")

    asyncio.run(scenario())
    assert len(pdfs) == 1
    assert pdfs[0].read_bytes().startswith(b"%PDF")


def test_bad_amount_gives_the_engines_message_and_keeps_the_question(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = new_app(tmp_path)
        async with app.run_test() as pilot:
            await answer_until(pilot, app, "licentie_per_gebruiker_per_maand")
            await pilot.press(*"heel veel", "enter")
            await pilot.pause()
            assert asked_id(app) == "licentie_per_gebruiker_per_maand"
            refusal = str(chat(app).query(RefusalMessage).last().render())
            assert "bedrag" in refusal
            assert chat(app).query_one(Input).value == "heel veel"  # nothing lost
            assert chat(app).session.question("aantal_gebruikers").current_values == ("12",)

    asyncio.run(scenario())


def test_autosave_and_resume_restore_every_answer(tmp_path: Path, data_dir: Path) -> None:
    async def first_part() -> tuple[dict[str, object], tuple[str, ...]]:
        app = new_app(tmp_path)
        async with app.run_test() as pilot:
            await pilot.pause()
            for _ in range(8):
                await answer_next(pilot, app)
            await app.workers.wait_for_complete()  # the autosave runs in a thread
            session = chat(app).session
            assert isinstance(session, InterviewSession)
            saved = session.saved_interview
            return dict(saved.answers), saved.accepted_defaults

    answers, accepted = asyncio.run(first_part())
    assert accepted, "taking a default is saved as such, not as the user's own answer"
    [autosave] = list_autosaves()
    assert load_interview(autosave).answers == answers
    assert load_interview(autosave).accepted_defaults == accepted
    assert [e.path for e in find_library().entries] == [autosave]

    async def resumed() -> None:
        app = CrmRoiApp(open_session, find_library=find_library, warm_up=False)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert isinstance(app.screen, WelcomeScreen)
            await pilot.press("enter")  # the unfinished interview is the first choice
            await pilot.pause()
            session = chat(app).session
            assert isinstance(session, InterviewSession)
            assert dict(session.saved_interview.answers) == answers
            assert session.saved_interview.accepted_defaults == accepted
            assert len(chat(app).query(UserMessage)) == len(answers) + len(accepted)

    asyncio.run(resumed())


def test_edit_in_the_overview_changes_the_figures(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = new_app(tmp_path)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            while chat(app).query_one(CasePanel).figures is None:
                await answer_next(pilot, app)
            before = chat(app).query_one(CasePanel).figures
            await pilot.press("ctrl+o")
            await pilot.pause()
            overview = app.screen
            assert isinstance(overview, OverviewScreen)
            overview._edit("aantal_gebruikers")
            await pilot.pause()
            assert isinstance(app.screen, EditAnswerScreen)
            await pilot.press("ctrl+u", *"40", "enter")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            after = chat(app).query_one(CasePanel).figures
            assert before is not None and after is not None
            assert (after.investment.value or 0) > (before.investment.value or 0)

    asyncio.run(scenario())


def test_back_then_a_new_answer_changes_the_figures(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = new_app(tmp_path)
        async with app.run_test(size=(120, 36)) as pilot:
            await answer_until(pilot, app, "prijsstijging")
            before = chat(app).query_one(CasePanel).figures
            await pilot.press("ctrl+b")
            await pilot.pause()
            assert asked_id(app) == "licentie_per_gebruiker_per_maand"
            await pilot.press("ctrl+u", *"99", "enter")
            await pilot.pause()
            await pilot.press("enter")  # keep the answer the adviser remarked on
            await pilot.pause()
            assert asked_id(app) == "prijsstijging"
            after = chat(app).query_one(CasePanel).figures
            assert before is not None and after is not None
            assert (after.npv.value or 0) < (before.npv.value or 0)

    asyncio.run(scenario())


def test_save_as_writes_the_interview_and_later_answers_follow(tmp_path: Path) -> None:
    target = tmp_path / "mijn-business-case.yaml"

    async def scenario() -> None:
        app = new_app(tmp_path)
        async with app.run_test() as pilot:
            await answer_until(pilot, app, "crm_pakket")
            await pilot.press("ctrl+s")
            await pilot.pause()
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            assert load_interview(target).answers["organisatie"] == "Jansen"
            await answer_next(pilot, app)  # crm_pakket, autosaved to the chosen file too
            await app.workers.wait_for_complete()

    asyncio.run(scenario())
    assert "crm_pakket" in load_interview(target).answers


def test_all_packages_show_without_scrolling(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = new_app(tmp_path)
        async with app.run_test(size=(120, 36)) as pilot:
            await answer_until(pilot, app, "crm_pakket")
            options = chat(app).query_one(OptionList)
            assert options.option_count == 8
            assert options.max_scroll_y == 0

    asyncio.run(scenario())


def test_overview_names_benchmark_defaults_in_dutch(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = new_app(tmp_path)
        async with app.run_test(size=(120, 36)) as pilot:
            await answer_until(pilot, app, "prijsstijging")
            await pilot.press("ctrl+o")
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            row = table.get_row("licentie_per_gebruiker_per_maand")
            assert str(row[2]) == "richtwaarde"

    asyncio.run(scenario())


def test_enter_on_a_preselected_choice_is_saved_as_an_accepted_default(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = new_app(tmp_path)
        async with app.run_test(size=(120, 36)) as pilot:
            await answer_until(pilot, app, "methode")
            await answer_next(pilot, app)
            session = chat(app).session
            assert isinstance(session, InterviewSession)
            session.prepare_autosave()
            interview = session.saved_interview
            assert "methode" in interview.accepted_defaults
            assert "methode" not in interview.answers

    asyncio.run(scenario())
