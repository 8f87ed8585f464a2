"""One interview open twice: the second window only shows it, so no answers are erased.

Before: both windows saved their own answers over the other's; the last one won.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Button

from crm_roi.interview import autosave_path, load_interview
from crm_roi.interview.lock import lock_path
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import open_session, resume_session
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.choice_dialog import ChoiceDialog
from crm_roi.tui.screens.overview import OverviewScreen
from crm_roi.tui.widgets.answer_input import AnswerInput

INTERVIEW = (
    "format_version: 1\nid: proef\nflow:\n  id: crm_roi\n  version: '1'\n"
    "answers:\n  organisatie: Jansen\n  aantal_gebruikers: 8\n"
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def interview(tmp_path: Path) -> Path:
    path = tmp_path / "jansen.yaml"
    path.write_text(INTERVIEW, encoding="utf-8")
    return path


def second_window(path: Path) -> CrmRoiApp:
    """The app as `crm-roi open FILE` starts it."""
    session = open_session(path, lock=True)
    return CrmRoiApp(resume_session, session=session, warm_up=False)


def test_the_second_window_names_who_has_it_open_and_can_quit(interview: Path) -> None:
    first = open_session(interview, lock=True)
    assert first.locked_by is None

    async def scenario() -> None:
        app = second_window(interview)
        async with app.run_test() as pilot:
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ChoiceDialog)
            text = " ".join(str(widget.render()) for widget in dialog.query(".dialog-text *"))
            assert f"proces {os.getpid()}" in text
            assert socket.gethostname() in text
            assert str(lock_path(interview.resolve())) in text
            await pilot.click("#choice-quit")
            await pilot.pause()
        assert app.return_code == 0

    asyncio.run(scenario())
    first.close()


def test_the_read_only_view_changes_nothing(interview: Path, data_dir: Path) -> None:
    first = open_session(interview, lock=True)
    before = interview.read_bytes()

    async def scenario() -> None:
        app = second_window(interview)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("enter")  # "Alleen bekijken" has the focus
            await pilot.pause()
            chat = app.screen
            assert isinstance(chat, ChatScreen)
            assert not chat.query(AnswerInput), "nothing to answer here"
            notice = chat.query_one("#notice")
            assert notice.display
            assert "Alleen bekijken" in str(notice.render())
            assert chat.session.answer("sector", "zorg").ok is False
            for key in ("ctrl+b", "ctrl+s", "f2"):
                await pilot.press(key)
                await pilot.pause()
                assert app.screen is chat, key
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen)
            await pilot.press("down", "enter")
            await pilot.pause()
            assert isinstance(app.screen, OverviewScreen), "no answer can be changed"
            await app.workers.wait_for_complete()

    asyncio.run(scenario())
    assert interview.read_bytes() == before
    assert not autosave_path(load_interview(interview)).exists()
    assert lock_path(interview.resolve()).exists(), "the first window still holds it"
    first.close()
    assert not lock_path(interview.resolve()).exists()


def test_a_batch_run_holding_the_file_makes_the_app_read_only(interview: Path) -> None:
    lock_path(interview).write_text(
        json.dumps(
            {
                "host": socket.gethostname(),
                "pid": os.getppid(),  # a process that runs: pytest's parent
                "user": "batch",
                "started": "2026-03-03T14:05:00+01:00",
            }
        ),
        encoding="utf-8",
    )
    session = open_session(interview, lock=True)
    assert session.locked_by is not None
    assert "batch op" in session.locked_by.holder


def test_a_lock_left_by_a_crashed_window_is_taken_over(interview: Path) -> None:
    crashed = subprocess.Popen([sys.executable, "-c", "pass"])
    crashed.wait()
    lock_path(interview).write_text(
        json.dumps(
            {
                "host": socket.gethostname(),
                "pid": crashed.pid,
                "user": "anna",
                "started": "2026-03-03T14:05:00+01:00",
            }
        ),
        encoding="utf-8",
    )
    session = open_session(interview, lock=True)
    assert session.locked_by is None
    session.close()


def test_the_locks_are_let_go_when_the_app_ends(interview: Path) -> None:
    async def scenario() -> None:
        app = second_window(interview)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            assert lock_path(interview.resolve()).exists()
            await pilot.press("ctrl+q")
            await pilot.pause()

    asyncio.run(scenario())
    assert not lock_path(interview.resolve()).exists()
    assert not list(autosave_path(load_interview(interview)).parent.glob("*.lock"))


def test_resuming_an_autosave_open_elsewhere_shows_it_read_only(interview: Path) -> None:
    first = open_session(interview, lock=True)
    first.prepare_autosave()()
    autosave = autosave_path(load_interview(interview))

    async def scenario() -> None:
        app = CrmRoiApp(resume_session, path=autosave, warm_up=False)
        async with app.run_test() as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ChoiceDialog)
            await pilot.click("#choice-view")
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            assert app.screen.session.locked_by is not None

    asyncio.run(scenario())
    first.close()


def test_save_as_onto_a_file_open_elsewhere_is_refused(interview: Path, tmp_path: Path) -> None:
    first = open_session(interview, lock=True)
    other = open_session(None, lock=True)
    with pytest.raises(Exception, match="geopend door"):
        other.save_as(interview)
    assert interview.read_text(encoding="utf-8") == INTERVIEW
    first.close()
    other.close()


def test_buttons_of_the_lock_dialog_are_dutch(interview: Path) -> None:
    first = open_session(interview, lock=True)

    async def scenario() -> None:
        app = second_window(interview)
        async with app.run_test() as pilot:
            await pilot.pause()
            labels = [str(button.label) for button in app.screen.query(Button)]
            assert labels == ["Alleen bekijken", "Afsluiten"]

    asyncio.run(scenario())
    first.close()


def test_a_finished_interview_open_elsewhere_shows_its_summary_read_only() -> None:
    from crm_roi.tui import messages as msg
    from crm_roi.tui.view_models import LockView
    from crm_roi.tui.widgets.chat_messages import AdviserMessage, SummaryMessage

    from .fake_session import FakeSession

    session = FakeSession(
        {
            "organisatie": "Jansen",
            "aantal_gebruikers": 12,
            "crm_pakket": "pipedrive",
            "licentie_per_gebruiker_per_maand": 29,
            "koppelingen": False,
        }
    )
    session.locked_by = LockView("anna op laptop (proces 42, sinds vandaag)", Path("x.lock"))

    async def scenario() -> None:
        app = CrmRoiApp(lambda path: session, warm_up=False)
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.click("#choice-view")
            await app.workers.wait_for_complete()
            await pilot.pause()
            chat = app.screen
            assert isinstance(chat, ChatScreen)
            assert chat.query(SummaryMessage)
            said = [str(message.render()) for message in chat.query(AdviserMessage)]
            assert msg.REPORT_HINT not in said

    asyncio.run(scenario())
    assert session.autosaves == 0
