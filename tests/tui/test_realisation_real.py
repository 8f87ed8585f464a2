"""Nacalculatie in the app: a go-live date, a year's measured KPIs and actual costs, saved."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from crm_roi.flow import check_flow_file
from crm_roi.interview import read_interview, save_interview
from crm_roi.interview.model import RealisedYear
from crm_roi.locations import bundled_flow_path
from crm_roi.tui import messages as msg
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import open_session
from crm_roi.tui.screens import dialogs
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.realisation import RealisationScreen, ResultMessage
from crm_roi.tui.widgets.chat_messages import AdviserMessage, QuestionMessage, RefusalMessage

EXAMPLE = Path(__file__).parents[2] / "examples" / "groothandel-dynamics.yaml"
TODAY = dt.date.today()
GO_LIVE = TODAY - dt.timedelta(days=550)  # a year and a half ago: years 0 and 1 are complete
TYPED_GO_LIVE = f"{GO_LIVE.day}-{GO_LIVE.month}-{GO_LIVE.year}"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def interview_file(tmp_path: Path) -> Path:
    path = tmp_path / "groothandel.yaml"
    shutil.copyfile(EXAMPLE, path)
    return path


def live_file(path: Path, **realisatie: RealisedYear) -> Path:
    """The interview with a go-live date (and realised years: `jaar_1=...`)."""
    interview = read_interview(path).interview
    metadata = interview.metadata.model_copy(update={"startdatum": GO_LIVE})
    years = {int(key.removeprefix("jaar_")): value for key, value in realisatie.items()}
    save_interview(interview.model_copy(update={"metadata": metadata, "realisatie": years}), path)
    return path


def app_on(path: Path) -> CrmRoiApp:
    app = CrmRoiApp(open_session, session=open_session(path, lock=True), warm_up=False)
    app.animation_level = "none"
    return app


def screen(app: CrmRoiApp) -> RealisationScreen:
    assert isinstance(app.screen, RealisationScreen)
    return app.screen


def asked(app: CrmRoiApp) -> str:
    return screen(app).query(QuestionMessage).last().question.id


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_answers(pilot: Pilot[None], *answers: str) -> None:
    for answer in answers:
        await pilot.press(*answer, "enter")
        await pilot.pause()


async def open_realisation(pilot: Pilot[None]) -> None:
    await settle(pilot)  # the chat's summary
    await pilot.press("ctrl+n")
    await pilot.pause()


def test_go_live_and_year_one_are_stored_in_the_file(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(interview_file)
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            assert asked(app) == "startdatum"
            await type_answers(pilot, TYPED_GO_LIVE)
            assert asked(app) == "jaar"
            await pilot.press("down", "enter")  # year 0 is offered first; take year 1
            await pilot.pause()
            assert asked(app) == "tijdwinst_uren_per_week"
            # measured time, plan conversion, measured cross-selling, invoice, plan, plan
            await type_answers(pilot, "1,1", "", "2%", "31.200", "", "")
            await settle(pilot)
            result = screen(app).query_one(ResultMessage).result
            assert result.title == "Plan en realisatie na jaar 1"
            texts = [line.text for part in result.parts for line in part.lines]
            assert any(text.startswith("NCW volgens plan: €\xa0") for text in texts)
            assert "Licenties: werkelijk €\xa031.200, plan €\xa032.760" in texts
            assert asked(app) == "jaar"  # another year may follow: year 0 is still open
            await pilot.press("down", "down", "enter")  # "Klaar"
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)

    asyncio.run(scenario())
    saved = read_interview(interview_file).interview
    assert saved.metadata.startdatum == GO_LIVE
    assert saved.realisatie == {
        1: RealisedYear(
            metingen={"tijdwinst_uren_per_week": 1.1, "crosssell_aandeel": 2.0},
            kosten={"licenties": 31_200.0},
        )
    }


def test_enter_keeps_the_plan_figures(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(live_file(interview_file))
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            assert asked(app) == "jaar"
            await pilot.press("enter")  # year 0, the first without realisation
            await pilot.pause()
            first = screen(app).query(QuestionMessage).last().question
            assert first.id == "eenmalige_setupkosten"
            assert first.default_text == "€\xa02.625"  # the plan's amount, with the risk mark-up
            await type_answers(pilot, *[""] * 7)
            await settle(pilot)
            result = screen(app).query_one(ResultMessage).result
            texts = [line.text for part in result.parts for line in part.lines]
            npv = next(text for text in texts if text.startswith("NCW volgens plan"))
            plan, actual = npv.removeprefix("NCW volgens plan: ").split(
                " · volgens realisatie en prognose: "
            )
            assert plan == actual
            assert any(text.startswith("Volgens plan (niet ingevuld): ") for text in texts)
            await pilot.press("enter")  # year 1 is the next one without realisation
            await pilot.pause()
            assert asked(app) == "tijdwinst_uren_per_week"

    asyncio.run(scenario())
    assert read_interview(interview_file).interview.realisatie == {0: RealisedYear()}


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("morgen", msg.GO_LIVE_UNREADABLE),
        ("31-2-2025", "31-2-2025 bestaat niet."),
        (f"1-1-{TODAY.year + 1}", "Die datum ligt na vandaag"),
    ],
)
def test_a_bad_date_gets_the_dutch_message(interview_file: Path, typed: str, message: str) -> None:
    async def scenario() -> None:
        app = app_on(interview_file)
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            await pilot.press(*typed)
            await pilot.pause()
            live = str(screen(app).query_one("#answer-problem").render())
            assert message in live
            await pilot.press("enter")
            await pilot.pause()
            assert message in str(screen(app).query(RefusalMessage).last().render())
            assert asked(app) == "startdatum"
            assert screen(app).query_one(Input).value == typed  # nothing lost

    asyncio.run(scenario())
    assert read_interview(interview_file).interview.metadata.startdatum is None


def test_entering_a_year_again_shows_the_stored_values(interview_file: Path) -> None:
    stored = RealisedYear(metingen={"omzetgroei": 0.3}, kosten={"beheer": 12_000})

    async def scenario() -> None:
        app = app_on(live_file(interview_file, jaar_1=stored))
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            shown = screen(app).query(AdviserMessage)
            assert any("live gegaan op" in str(message.render()) for message in shown)
            await pilot.press("down", "enter")
            await pilot.pause()
            await type_answers(pilot, "")  # tijdwinst: the plan
            question = screen(app).query(QuestionMessage).last().question
            assert question.id == "omzetgroei"
            assert question.current_text == "0,3%"
            assert screen(app).query_one(Input).value == "0,3%"
            await type_answers(pilot, "", "", "", "")  # keep 0,3%, plan, plan, keep beheer
            assert screen(app).query(QuestionMessage).last().question.id == "overige_kosten"
            await type_answers(pilot, "")
            await settle(pilot)

    asyncio.run(scenario())
    assert read_interview(interview_file).interview.realisatie[1] == stored


def test_the_chat_offers_nacalculatie_after_go_live(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(live_file(interview_file, jaar_0=RealisedYear()))
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ChatScreen)
            said = [str(message.render()) for message in app.screen.query(AdviserMessage)]
            [offer] = [text for text in said if "Ctrl+N" in text]
            assert "Nog niet ingevuld: jaar 1." in offer

    asyncio.run(scenario())


def test_no_offer_before_go_live_is_known(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(interview_file)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            said = [str(message.render()) for message in app.screen.query(AdviserMessage)]
            assert not any("Ctrl+N" in text for text in said)

    asyncio.run(scenario())


def test_the_command_palette_opens_nacalculatie(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(interview_file)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*"Nacalculatie invoeren")
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, RealisationScreen)

    asyncio.run(scenario())


def test_escape_in_the_middle_of_a_year_stores_nothing_and_says_so(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(live_file(interview_file))
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            await pilot.press("enter")
            await pilot.pause()
            await type_answers(pilot, "1.000")
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, ChatScreen)
            notes = [str(n.message) for n in app._notifications]
            assert msg.REALISATION_NOT_STORED.format(year=0) in notes

    asyncio.run(scenario())
    assert read_interview(interview_file).interview.realisatie == {}


def test_quitting_in_the_middle_of_a_year_asks_first(interview_file: Path) -> None:
    """Ctrl+Q mid-year: a dialog says the year's figures would be lost; "Verder invullen"
    goes on where the user was, "Toch afsluiten" quits."""

    async def scenario() -> None:
        app = app_on(live_file(interview_file))
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            await pilot.press("enter")
            await pilot.pause()
            await type_answers(pilot, "1.000")
            question = asked(app)
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert app.screen.id == dialogs.UNSTORED_YEAR
            assert app.is_running
            await pilot.click("#choice-stay")
            await settle(pilot)
            assert asked(app) == question
            await pilot.press("ctrl+q")
            await settle(pilot)
            await pilot.click("#choice-quit")
            await settle(pilot)
            assert not app.is_running

    asyncio.run(scenario())
    assert read_interview(interview_file).interview.realisatie == {}


def test_an_unfinished_interview_has_no_nacalculatie_yet(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = CrmRoiApp(lambda path: open_session(path, pdf_dir=tmp_path), warm_up=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+n")
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            notes = [str(n.message) for n in app._notifications]
            assert msg.REALISATION_NOT_COMPLETE in notes

    asyncio.run(scenario())


def test_a_failed_save_is_shown(interview_file: Path, tmp_path: Path, data_dir: Path) -> None:
    async def scenario() -> None:
        app = app_on(live_file(interview_file))
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            # from here on neither the file's folder nor the autosave folder can be written
            # (a file where the folder should be: root ignores permissions)
            shutil.rmtree(interview_file.parent / "data", ignore_errors=True)
            (interview_file.parent / "data").write_text("", encoding="utf-8")
            interview_file.unlink()
            interview_file.mkdir()
            await pilot.press("enter")
            await pilot.pause()
            await type_answers(pilot, *[""] * 7)
            await settle(pilot)
            refusal = str(screen(app).query(RefusalMessage).last().render())
            assert "nog niet in een bestand bewaard" in refusal
            assert screen(app).query_one("#notice").display

    asyncio.run(scenario())


def test_the_nacalculatie_flow_is_checked_clean() -> None:
    path = bundled_flow_path("nacalculatie")
    assert path is not None
    assert check_flow_file(path) == []


def test_after_the_last_open_year_enter_goes_back_to_the_chat(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(live_file(interview_file, jaar_0=RealisedYear()))
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            await pilot.press("enter")  # year 1, the only one without realisation
            await pilot.pause()
            await type_answers(pilot, *[""] * 6)
            await settle(pilot)
            assert screen(app).query(QuestionMessage).last().question.default_text == (
                msg.YEAR_STOP
            )
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)

    asyncio.run(scenario())


def test_the_go_live_question_says_how_to_type_a_date(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(interview_file)
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            assert screen(app).query_one(Input).placeholder == msg.GO_LIVE_PLACEHOLDER
            await pilot.press("enter")  # nothing typed: said below the field, not as an answer
            await pilot.pause()
            assert msg.GO_LIVE_UNREADABLE in str(screen(app).query_one("#answer-problem").render())
            assert not screen(app).query(RefusalMessage)

    asyncio.run(scenario())


def test_the_go_live_date_is_saved_at_once(interview_file: Path) -> None:
    async def scenario() -> None:
        app = app_on(interview_file)
        async with app.run_test(size=(120, 36)) as pilot:
            await open_realisation(pilot)
            await type_answers(pilot, TYPED_GO_LIVE)
            await settle(pilot)
            await pilot.press("escape")  # no year entered
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)

    asyncio.run(scenario())
    saved = read_interview(interview_file).interview
    assert saved.metadata.startdatum == GO_LIVE
    assert saved.realisatie == {}


def test_the_report_made_in_the_app_has_plan_against_actual(
    interview_file: Path, tmp_path: Path
) -> None:
    from crm_roi.report import render_pdf

    path = live_file(interview_file, jaar_1=RealisedYear(kosten={"licenties": 30_000}))
    evaluations: list[object] = []

    def make_pdf(evaluation: object, target: Path) -> None:
        evaluations.append(evaluation)
        render_pdf(evaluation, target)  # type: ignore[arg-type]

    pdf = tmp_path / "rapport.pdf"
    open_session(path).prepare_pdf(make_pdf, pdf)()

    [evaluation] = evaluations
    actuals = getattr(evaluation, "actuals", None)
    assert actuals is not None
    assert actuals.years == (1,)
    assert pdf.read_bytes().startswith(b"%PDF")
