"""The welcome screen as the library of interviews, on the real files: open, copy as a new
scenario, start anew; every file the app opens or saves is listed the next time."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from crm_roi.interview import load_interview
from crm_roi.interview.library import remember, remembered
from crm_roi.interview.lock import lock_path
from crm_roi.tui import messages as msg
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import copy_scenario, find_library, open_session, resume_session
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.save_as import SaveAsScreen
from crm_roi.tui.screens.welcome import WelcomeScreen
from crm_roi.tui.widgets.answer_input import AnswerInput
from crm_roi.tui.widgets.chat_messages import AdviserMessage, QuestionMessage

ROOT = Path(__file__).resolve().parents[2]
FINISHED = ROOT / "examples" / "installatiebedrijf-pipedrive-herzien.yaml"  # two versions
UNFINISHED = (
    "format_version: 1\nid: jansen\nflow:\n  id: crm_roi\n  version: '1'\n"
    "updated: '2026-11-30T09:00:00+01:00'\nanswers:\n  organisatie: Jansen\n"
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A finished interview of last spring and an unfinished one, both known to the app."""
    folder = tmp_path / "klanten"
    folder.mkdir()
    finished = Path(shutil.copy(FINISHED, folder / "vandijk.yaml"))
    unfinished = folder / "jansen.yaml"
    unfinished.write_text(UNFINISHED, encoding="utf-8")
    broken = folder / "kapot.yaml"
    broken.write_text("id: [niet gesloten\n", encoding="utf-8")
    os.utime(broken, (0, 0))  # unreadable: listed by the file's time, here the oldest
    for path in (finished, unfinished, broken):
        remember(path)
    return {"finished": finished, "unfinished": unfinished, "broken": broken}


def library_app() -> CrmRoiApp:
    return CrmRoiApp(
        resume_session, find_library=find_library, copy_scenario=copy_scenario, warm_up=False
    )


def welcome(app: CrmRoiApp) -> WelcomeScreen:
    assert isinstance(app.screen, WelcomeScreen)
    return app.screen


async def highlight(pilot: Pilot[None], path: Path) -> None:
    """Move the cursor to the entry of `path`."""
    screen = pilot.app.screen
    assert isinstance(screen, WelcomeScreen)
    options = screen.query_one(OptionList)
    for index in range(options.option_count):
        options.highlighted = index
        await pilot.pause()
        entry = screen.highlighted
        if entry is not None and entry.path == path.resolve():
            return
    raise AssertionError(f"{path} is not listed")


def recorded_toasts(app: CrmRoiApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    toasts: list[str] = []

    def record(message: str, **options: Any) -> None:
        toasts.append(message)

    monkeypatch.setattr(app, "notify", record)
    return toasts


def said(chat: ChatScreen) -> str:
    return "\n".join(str(message.render()) for message in chat.query(AdviserMessage))


def test_the_welcome_screen_lists_the_interviews_newest_first(files: dict[str, Path]) -> None:
    async def scenario() -> None:
        app = library_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            screen = welcome(app)
            entries = screen.library.entries
            assert [entry.path.name for entry in entries[:2]] == ["jansen.yaml", "vandijk.yaml"]
            jansen, vandijk = entries[0], entries[1]
            assert (jansen.status, jansen.npv) == ("onderbroken", "")
            assert vandijk.status == "afgerond"
            assert (vandijk.versions, vandijk.advice) == (2, "doorgaan")
            assert vandijk.npv.replace("\xa0", " ") == "€ 40.834"
            broken = next(entry for entry in entries if entry.path.name == "kapot.yaml")
            assert broken.status == "onleesbaar" and "YAML" in broken.problem
            shown = str(screen.query_one(OptionList).get_option_at_index(1).prompt)
            assert "Van Dijk Installatietechniek B.V." in shown
            assert "2 versies" in shown and "advies: doorgaan" in shown
            assert str(files["unfinished"].resolve()) in str(
                screen.query_one("#welcome-path").render()
            )

    asyncio.run(scenario())


def test_a_finished_interview_opens_to_its_summary(files: dict[str, Path]) -> None:
    async def scenario() -> None:
        app = library_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await highlight(pilot, files["finished"])
            await pilot.press("enter")
            await pilot.pause()
            chat = app.screen
            assert isinstance(chat, ChatScreen)
            assert chat.session.saved_path == files["finished"].resolve()
            assert msg.ALREADY_FINISHED in said(chat)
            assert not chat.query(AnswerInput), "nothing left to ask"
            assert lock_path(files["finished"].resolve()).exists(), "opened to change: locked"
            await app.workers.wait_for_complete()

    asyncio.run(scenario())


def test_an_unfinished_interview_continues_the_conversation(files: dict[str, Path]) -> None:
    async def scenario() -> None:
        app = library_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("enter")  # the newest: Jansen, unfinished
            await pilot.pause()
            chat = app.screen
            assert isinstance(chat, ChatScreen)
            assert msg.RESUMED in said(chat)
            assert chat.query(QuestionMessage).last().question.id == "sector"
            await app.workers.wait_for_complete()

    asyncio.run(scenario())


def test_an_unreadable_file_says_why_and_stays_on_the_list(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = files["broken"].read_bytes()

    async def scenario() -> None:
        app = library_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await highlight(pilot, files["broken"])
            toasts = recorded_toasts(app, monkeypatch)
            await pilot.press("enter")
            await pilot.press("s")
            await pilot.pause()
            assert isinstance(app.screen, WelcomeScreen)
            assert len(toasts) == 2
            assert all("kan niet worden geopend" in toast and "YAML" in toast for toast in toasts)

    asyncio.run(scenario())
    assert files["broken"].read_bytes() == before, "left as it was"


def test_new_starts_a_new_interview(files: dict[str, Path]) -> None:
    async def scenario() -> None:
        app = library_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
            chat = app.screen
            assert isinstance(chat, ChatScreen)
            assert chat.session.saved_path is None
            assert chat.query(QuestionMessage).last().question.id == "organisatie"

    asyncio.run(scenario())


def test_a_copy_as_new_scenario_keeps_the_answers_and_opens(files: dict[str, Path]) -> None:
    original = files["finished"]
    before = original.read_bytes()
    proposed = original.with_name("vandijk-scenario.yaml")

    async def scenario() -> None:
        app = library_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await highlight(pilot, original)
            await pilot.press("s")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, SaveAsScreen)
            assert dialog.query_one(Input).value == str(proposed)
            await pilot.press("enter")
            await pilot.pause()
            chat = app.screen
            assert isinstance(chat, ChatScreen)
            assert chat.session.saved_path == proposed
            assert chat.session.locked_by is None, "a new id: no lock of the original in the way"
            assert msg.ALREADY_FINISHED in said(chat)
            await app.workers.wait_for_complete()

    asyncio.run(scenario())
    copy, source = load_interview(proposed), load_interview(original)
    assert copy.answers == source.answers
    assert copy.id != source.id
    assert copy.versies == () and copy.realisatie == {}
    assert original.read_bytes() == before, "the original stays as it was"
    assert remembered()[0][0] == proposed.resolve()


def test_a_scenario_cannot_go_over_a_file_open_in_another_window(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = open_session(files["unfinished"], lock=True)  # another window has it
    before = files["unfinished"].read_bytes()

    async def scenario() -> None:
        app = library_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await highlight(pilot, files["finished"])
            toasts = recorded_toasts(app, monkeypatch)
            await pilot.press("s")
            await pilot.pause()
            app.screen.query_one(Input).value = str(files["unfinished"])
            await pilot.press("enter")
            await pilot.pause()
            await pilot.click("#choice-replace")  # "replace the existing file?"
            await pilot.pause()
            assert isinstance(app.screen, WelcomeScreen)
            [toast] = toasts
            assert "niet opgeslagen" in toast and "geopend" in toast

    asyncio.run(scenario())
    other.close()
    assert files["unfinished"].read_bytes() == before


def test_a_file_saved_in_the_app_is_listed_next_time(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.yaml"

    async def scenario() -> None:
        app = library_app()  # no interviews yet: a new one starts at once
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            await pilot.press(*"Pietersen", "enter")
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()

    asyncio.run(scenario())
    [entry] = find_library().entries
    assert entry.path == target.resolve(), "the file, not its autosave (the same interview)"
    assert entry.organisation == "Pietersen"


def test_a_file_opened_with_crm_roi_open_is_remembered(files: dict[str, Path]) -> None:
    other = files["finished"].with_name("elders.yaml")
    shutil.copy(files["finished"], other)
    open_session(other, lock=True).close()
    assert remembered()[0][0] == other.resolve()
