"""A damaged or hostile autosave never stops the app: it is set aside, and the user is told.

Before: a deeply nested or oddly typed autosave ended the app on start with a traceback.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from crm_roi.interview import autosave_path, new_interview, save_interview
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import find_library, resume_session
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.welcome import WelcomeScreen
from crm_roi.tui.session import OpenFailed
from crm_roi.tui.widgets.chat_messages import QuestionMessage, RemarkMessage

HEADER = "format_version: 1\nid: proef\nflow:\n  id: crm_roi\n  version: '1'\n"
BOMB = "\n".join(
    ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    + [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 7)]
)
DAMAGED: dict[str, bytes] = {
    "invalid-yaml": b"format_version: 1\nid: [niet gesloten\n",
    "wrong-types": b"format_version: 1\nid: x\nflow: 3\nanswers: [1, 2]\n",
    "binary": bytes(range(256)) * 16,
    "huge": HEADER.encode() + b"answers:\n" + b"  # opvulling\n" * 200_000,
    "deeply-nested": b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "alias-bomb": BOMB.encode(),
    "flow-not-a-flow": HEADER.replace("crm_roi", "benchmarks").encode() + b"answers: {}\n",
    "flow-path": HEADER.replace("crm_roi", "../../etc/passwd").encode() + b"answers: {}\n",
    "flow-id-too-long": HEADER.replace("crm_roi", "x" * 5000).encode() + b"answers: {}\n",
    "escape-in-a-name": HEADER.encode() + b'metadata:\n  organisatie: "\\e[2J"\n',
    "bad-answer": HEADER.encode() + b"answers:\n  aantal_gebruikers: {a: 1}\n",
}


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    (folder / "interviews").mkdir(parents=True)
    return folder


def damaged_autosave(data_dir: Path, kind: str) -> Path:
    path = data_dir / "interviews" / f"interview-{kind}.yaml"
    path.write_bytes(DAMAGED[kind])
    return path


def unfinished_autosave() -> Path:
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": "Jansen"}, ())
    return save_interview(interview, autosave_path(interview))


def app() -> CrmRoiApp:
    return CrmRoiApp(resume_session, find_library=find_library, warm_up=False)


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_the_app_starts_and_says_where_the_damaged_autosave_went(data_dir: Path, kind: str) -> None:
    damaged = damaged_autosave(data_dir, kind)
    moved = damaged.with_name(damaged.name + ".beschadigd")

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await pilot.pause()
            assert isinstance(crm.screen, ChatScreen)
            assert crm.screen.query(QuestionMessage), "a new interview has started"
            notice = str(crm.screen.query(RemarkMessage).first().render())
            assert str(moved) in notice
            assert "apart gezet" in notice
            assert "recursion" not in notice, "Dutch only: no Python message"

    asyncio.run(scenario())
    assert not damaged.exists()
    assert moved.read_bytes() == DAMAGED[kind], "set aside as it was: nothing is lost"


def test_the_welcome_screen_names_the_damaged_one_beside_the_good_one(data_dir: Path) -> None:
    good = unfinished_autosave()
    damaged = damaged_autosave(data_dir, "deeply-nested")

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await pilot.pause()
            assert isinstance(crm.screen, WelcomeScreen)
            notice = str(crm.screen.query_one(".welcome-notice").render())
            assert f"{damaged.name}.beschadigd" in notice
            await pilot.press("enter")  # resume the good one
            await pilot.pause()
            assert isinstance(crm.screen, ChatScreen)
            assert crm.screen.session.saved_path is None

    asyncio.run(scenario())
    assert good.exists()


def test_a_second_damaged_autosave_of_the_same_name_does_not_overwrite_the_first(
    data_dir: Path,
) -> None:
    damaged = damaged_autosave(data_dir, "binary")
    earlier = damaged.with_name(damaged.name + ".beschadigd")
    earlier.write_bytes(b"eerder apart gezet")
    notices = find_library().notices
    assert earlier.read_bytes() == b"eerder apart gezet"
    second = damaged.with_name(damaged.name + ".beschadigd-2")
    assert second.read_bytes() == DAMAGED["binary"]
    assert str(second) in notices[0]


def test_the_notice_names_the_version_before_the_damage(data_dir: Path) -> None:
    damaged = damaged_autosave(data_dir, "invalid-yaml")
    backup = damaged.with_name(damaged.name + ".bak")
    backup.write_text(HEADER + "answers:\n  organisatie: Jansen\n", encoding="utf-8")
    [notice] = find_library().notices
    assert str(backup) in notice


def test_an_autosave_of_a_newer_crm_roi_is_listed_and_left_alone(data_dir: Path) -> None:
    newer = data_dir / "interviews" / "interview-nieuw.yaml"
    newer.write_text(HEADER.replace("version: 1", "version: 99") + "answers: {}\n")
    library = find_library()
    assert library.notices == ()
    [entry] = library.entries
    assert entry.status == "nieuwere versie"
    assert "nieuwere versie van crm-roi" in entry.problem
    assert newer.exists()


def test_choosing_an_autosave_of_a_newer_crm_roi_leaves_it_alone(data_dir: Path) -> None:
    newer = data_dir / "interviews" / "interview-nieuw.yaml"
    newer.write_text(HEADER.replace("version: 1", "version: 99") + "answers: {}\n")
    with pytest.raises(OpenFailed, match="nieuwere versie van crm-roi"):
        resume_session(newer)
    assert newer.exists()
    assert not newer.with_name(newer.name + ".beschadigd").exists()


def test_an_autosave_damaged_after_the_welcome_screen_is_set_aside_when_chosen(
    data_dir: Path,
) -> None:
    path = unfinished_autosave()

    async def scenario() -> None:
        crm = app()
        async with crm.run_test() as pilot:
            await pilot.pause()
            assert isinstance(crm.screen, WelcomeScreen)
            path.write_bytes(DAMAGED["invalid-yaml"])  # meanwhile, another program
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(crm.screen, ChatScreen)
            notice = str(crm.screen.query(RemarkMessage).first().render())
            assert f"{path.name}.beschadigd" in notice

    asyncio.run(scenario())
    assert path.with_name(path.name + ".beschadigd").exists()
