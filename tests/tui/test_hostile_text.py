"""Text from files reaches the screen literally: no markup is read from it and no terminal
control sequence in it reaches the terminal.

Before: an organisation named "[bold red]x[/]" showed in bold red on the welcome screen, a
"[link=...]" became a link, and an escape sequence in a name went to the terminal as is.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from crm_roi.interview import autosave_path, load_interview, new_interview, save_interview
from crm_roi.interview.lock import lock_path
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import find_library, open_session, resume_session
from crm_roi.tui.printable import one_line, plain

# Sets the window title, clears the screen, a one-byte CSI; then markup and a link.
HOSTILE = (
    "\x1b]0;GEHACKT\x07Jansen\x1b[2J\x9b31m [bold red]Rood[/] [link=file:///etc/passwd]klik[/link]"
)
MARKUP = "[link=file:///etc/passwd]klik[/link]"
# What an interview file can hold: the reader refuses control characters (crm_roi.limits).
MARKUP_NAME = f"Jansen [bold red]Rood[/] {MARKUP}"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


def hostile_autosave(name: str = MARKUP_NAME) -> Path:
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": name}, ())
    metadata = interview.metadata.model_copy(update={"adviseur": name})
    interview = interview.model_copy(update={"metadata": metadata})
    return save_interview(interview, autosave_path(interview))


def assert_safe(app: CrmRoiApp) -> str:
    """The whole screen as the terminal gets it: no control character, markup literal."""
    screen = app.export_screenshot()
    assert not CONTROL.search(screen.replace("\n", "")), "a control character reached the screen"
    return screen


def test_plain_text_keeps_the_text_and_markup_and_drops_whole_escape_sequences() -> None:
    """The app's text goes through the project's one sanitiser (crm_roi.terminal_text):
    a sequence is removed as a whole, not just its ESC."""
    assert plain("Jansen & Zn.\n\tBV [b]x[/b]").plain == "Jansen & Zn.\n\tBV [b]x[/b]"
    assert plain("a\x1b[2Jb\x9b31mc\x00d\x7f\x1b]0;titel\x07e").plain == "abcde"
    assert one_line("a\x1b]0;titel\x07b\nc\td") == "ab c d"


def test_welcome_chat_and_overview_show_a_hostile_name_literally() -> None:
    hostile_autosave()

    async def scenario() -> None:
        app = CrmRoiApp(resume_session, find_library=find_library, warm_up=False)
        async with app.run_test(size=(200, 50)) as pilot:
            await pilot.pause()
            assert MARKUP in assert_safe(app), "welcome"
            await pilot.press("enter")
            await pilot.pause()
            assert MARKUP in assert_safe(app), "chat"
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert MARKUP in assert_safe(app), "overview"
            await pilot.press("enter")  # edit the organisation: its field holds the name
            await pilot.pause()
            assert "[bold red]Rood[/]" in app.screen.query_one(Input).value
            assert_safe(app)

    asyncio.run(scenario())


def test_an_autosave_with_escape_sequences_is_set_aside_and_never_shown(data_dir: Path) -> None:
    """The interview reader refuses control characters (even written as YAML escapes), so
    such a name never reaches a widget: the autosave is set aside with the reader's reason."""
    path = hostile_autosave(HOSTILE)

    async def scenario() -> None:
        app = CrmRoiApp(resume_session, find_library=find_library, warm_up=False)
        async with app.run_test(size=(200, 50)) as pilot:
            await pilot.pause()
            screen = assert_safe(app)
            assert "GEHACKT" not in screen
            assert f"{path.name}.beschadigd" in screen

    asyncio.run(scenario())
    assert not path.exists()


def test_report_details_show_a_hostile_adviser_literally() -> None:
    path = hostile_autosave()

    async def scenario() -> None:
        app = CrmRoiApp(resume_session, path=path, warm_up=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("f2")
            await pilot.pause()
            value = app.screen.query_one("#details-adviseur", Input).value
            assert "[bold red]Rood[/]" in value
            assert not CONTROL.search(value)
            assert_safe(app)

    asyncio.run(scenario())


def test_a_hostile_lock_holder_is_shown_literally(tmp_path: Path) -> None:
    path = tmp_path / "gesprek.yaml"
    save_interview(new_interview("crm_roi", "1"), path)
    holder = {"host": HOSTILE, "pid": 1, "user": MARKUP, "started": "2026-03-03T14:05:00"}
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")

    async def scenario() -> None:
        session = open_session(path, lock=True)
        app = CrmRoiApp(resume_session, session=session, warm_up=False)
        async with app.run_test(size=(200, 50)) as pilot:
            await pilot.pause()
            assert MARKUP in assert_safe(app)

    asyncio.run(scenario())


def test_a_hostile_autosave_name_is_shown_literally(data_dir: Path) -> None:
    folder = data_dir / "interviews"
    folder.mkdir(parents=True)
    (folder / "interview-\x1b[2J[reverse]naam.yaml").write_bytes(b"geen: [gesprek\n")

    async def scenario() -> None:
        app = CrmRoiApp(resume_session, find_library=find_library, warm_up=False)
        async with app.run_test(size=(200, 50)) as pilot:
            await pilot.pause()
            assert "[reverse]naam.yaml.beschadigd" in assert_safe(app)

    asyncio.run(scenario())


def test_a_toast_with_a_path_shows_it_literally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("[reverse]x").write_text("", encoding="utf-8")  # a file: no folder can be made there
    toasts: list[tuple[str, bool]] = []

    async def scenario() -> None:
        app = CrmRoiApp(resume_session, warm_up=False)
        notify = app.notify

        def record(message: str, **options: Any) -> None:
            toasts.append((message, options.get("markup", True)))
            notify(message, **options)

        monkeypatch.setattr(app, "notify", record)
        async with app.run_test(size=(200, 50)) as pilot:
            await save_as(pilot, "[reverse]x/y.yaml")

    asyncio.run(scenario())
    [(message, markup)] = toasts
    assert "[reverse]x/y.yaml" in message
    assert markup is False


async def save_as(pilot: Pilot[None], text: str) -> None:
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    pilot.app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await pilot.pause()


def test_an_edited_hostile_name_is_saved_without_control_characters() -> None:
    path = hostile_autosave()

    async def scenario() -> None:
        app = CrmRoiApp(resume_session, path=path, warm_up=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+o")
            await pilot.pause()
            await pilot.press("enter", "end", "!", "enter")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            await app.workers.wait_for_complete()

    asyncio.run(scenario())
    saved = load_interview(path).answers["organisatie"]
    assert isinstance(saved, str)
    assert saved.endswith("[/link]!")
    assert not CONTROL.search(saved)
