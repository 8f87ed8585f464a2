"""The nacalculatie screen survives a tiny terminal and works again once it grows."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from crm_roi.tui.screens.realisation import RealisationScreen, ResultMessage
from crm_roi.tui.widgets.chat_messages import QuestionMessage

from .test_realisation_real import TYPED_GO_LIVE, app_on
from .test_tiny_terminal import shrink_and_grow

EXAMPLE = Path(__file__).parents[2] / "examples" / "groothandel-dynamics.yaml"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))


@pytest.mark.parametrize("stage", ["go-live", "year", "question", "result"])
def test_the_nacalculatie_screen_survives_a_tiny_terminal(tmp_path: Path, stage: str) -> None:
    path = tmp_path / "groothandel.yaml"
    shutil.copyfile(EXAMPLE, path)
    keys = {
        "go-live": [],
        "year": [*TYPED_GO_LIVE, "enter"],
        "question": [*TYPED_GO_LIVE, "enter", "down", "enter"],
        "result": [*TYPED_GO_LIVE, "enter", *["enter"] * 8],
    }[stage]
    app = app_on(path)

    async def scenario() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.press("ctrl+n")
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, RealisationScreen)
            await shrink_and_grow(pilot)
            assert app.is_running
            assert app.screen is screen
            if stage == "result":
                assert screen.query(ResultMessage)
            # it still works: the question asked can be answered
            before = len(screen.query(QuestionMessage))
            for key in [*TYPED_GO_LIVE, "enter"] if stage == "go-live" else ["enter"]:
                await pilot.press(key)
            await pilot.pause()
            assert len(screen.query(QuestionMessage)) == before + 1

    asyncio.run(scenario())
