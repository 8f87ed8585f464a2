"""Saving that fails is said plainly and stays said; quitting then is a choice made knowingly.

Before: a failed autosave showed a toast that vanished after a few seconds, and Ctrl+Q quit
at once, losing every answer since the last save that worked.
"""

from __future__ import annotations

import asyncio
import errno
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from crm_roi.interview import load_interview, storage
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import resume_session
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.choice_dialog import ChoiceDialog
from crm_roi.tui.screens.save_as import SaveAsScreen


def app() -> CrmRoiApp:
    return CrmRoiApp(resume_session, warm_up=False)


def unwritable(tmp_path: Path) -> Path:
    """A data folder that cannot exist: its parent is a file (root ignores chmod)."""
    blocker = tmp_path / "geen-map"
    blocker.write_text("", encoding="utf-8")
    return blocker / "data"


@pytest.fixture
def broken_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = unwritable(tmp_path)
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


async def answer_first_question(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.press(*"Jansen", "enter")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def notice(app: CrmRoiApp) -> str:
    chat = next(screen for screen in app.screen_stack if isinstance(screen, ChatScreen))
    shown = chat.query_one("#notice")
    return str(shown.render()) if shown.display else ""


@pytest.mark.usefixtures("broken_data_dir")
def test_a_failed_autosave_stays_on_screen(broken_data_dir: Path) -> None:
    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            text = notice(crm)
            assert "niet bewaard" in text
            assert str(broken_data_dir) in text
            assert "Ctrl+S" in text
            await pilot.press(*"12", "enter")  # the next answer: still not saved, still said
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            assert "niet bewaard" in notice(crm)

    asyncio.run(scenario())


@pytest.mark.usefixtures("broken_data_dir")
def test_quit_asks_first_and_escape_keeps_the_app_open() -> None:
    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert isinstance(crm.screen, ChoiceDialog)
            assert "niet bewaard" in str(crm.screen.query_one(".dialog-title").render())
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(crm.screen, ChatScreen)
            assert crm.is_running

    asyncio.run(scenario())


@pytest.mark.usefixtures("broken_data_dir")
def test_quit_anyway_quits() -> None:
    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            await pilot.press("ctrl+q")
            await pilot.pause()
            await pilot.click("#choice-quit")
            await pilot.pause()
        assert crm.return_code == 0

    asyncio.run(scenario())


@pytest.mark.usefixtures("broken_data_dir")
def test_save_elsewhere_from_the_quit_dialog_saves_then_quits(tmp_path: Path) -> None:
    target = tmp_path / "elders.yaml"

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            await pilot.press("ctrl+q")
            await pilot.pause()
            await pilot.click("#choice-save_as")
            await pilot.pause()
            assert isinstance(crm.screen, SaveAsScreen)
            crm.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
        assert crm.return_code == 0

    asyncio.run(scenario())
    assert load_interview(target).answers["organisatie"] == "Jansen"


@pytest.mark.usefixtures("broken_data_dir")
def test_after_saving_elsewhere_later_answers_reach_that_file(tmp_path: Path) -> None:
    target = tmp_path / "elders.yaml"

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            await pilot.press("ctrl+s")
            await pilot.pause()
            crm.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            assert notice(crm) == ""
            await pilot.press("enter")  # sector
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            assert "staan wel in" in notice(crm), "the autosave still fails, the file works"
            await pilot.press("ctrl+q")  # the answers are safe: no question
            await pilot.pause()
        assert crm.return_code == 0

    asyncio.run(scenario())
    saved = load_interview(target)
    assert "sector" in {*saved.answers, *saved.accepted_defaults}


def test_a_data_folder_name_too_long_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / ("x" * 300)))

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            assert "niet bewaard" in notice(crm)

    asyncio.run(scenario())


def test_a_full_disk_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))

    def disk_full(path: Path, text: str, *, keep_backup: bool = True) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "write_text_atomic", disk_full)

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            assert "de schijf is vol" in notice(crm)
            assert "No space left" not in notice(crm)
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert isinstance(crm.screen, ChoiceDialog)

    asyncio.run(scenario())


def test_quit_without_trouble_asks_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await answer_first_question(pilot)
            assert notice(crm) == ""
            await pilot.press("ctrl+q")
            await pilot.pause()
        assert crm.return_code == 0

    asyncio.run(scenario())


def test_save_as_a_name_too_long_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_roi.tui.opening import open_session
    from crm_roi.tui.session import SaveFailed

    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))
    session = open_session(None, lock=True)
    with pytest.raises(SaveFailed, match="kan niet worden opgeslagen"):
        session.save_as(tmp_path / ("x" * 300 + ".yaml"))
    assert session.saved_path is None
    session.close()


def test_when_the_own_file_fails_the_notice_says_where_the_answers_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_roi.tui.opening import open_session
    from crm_roi.tui.widgets.session_notice import SessionNotice

    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "klant"
    folder.mkdir()
    session = open_session(None, lock=True)
    session.save_as(folder / "gesprek.yaml")
    shutil.rmtree(folder)
    folder.write_text("", encoding="utf-8")  # the folder is gone: the own file fails
    assert session.answer("organisatie", "Jansen").ok
    status = session.prepare_autosave()()
    assert status is not None and status.safe
    assert status.saved_to is not None and status.saved_to.parent.name == "interviews"
    assert str(folder / "gesprek.yaml") in status.problems[0]
    notice = SessionNotice()
    notice.show_save_status(status)
    assert str(status.saved_to) in str(notice.render())
    session.close()


def test_a_very_long_organisation_name_still_makes_a_pdf_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_roi.tui.opening import open_session

    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))
    session = open_session(None, pdf_dir=tmp_path)
    assert session.answer("organisatie", "Installatiebedrijf " * 10).ok
    path = session.default_pdf_path()
    assert path.parent == tmp_path
    assert len(path.name) < 100
    assert path.name.startswith("business-case-installatiebedrijf-")
