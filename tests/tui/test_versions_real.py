"""Versions through the app on the real session: a report records one, a reopened interview
says what moved since, an old value can be kept, the panel shows the difference."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, Static

from crm_roi.benchmarks import load_benchmarks
from crm_roi.interview import InterviewError, load_interview
from crm_roi.tui import messages as msg
from crm_roi.tui import save_tracker
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import open_session
from crm_roi.tui.screens.chat import ChatScreen
from crm_roi.tui.screens.chat_versions import KEEP_DIALOG
from crm_roi.tui.widgets.case_panel import CasePanel
from crm_roi.tui.widgets.chat_messages import AdviserMessage, QuietMessage, RefusalMessage

from .versions_fixture import LICENCE, OLD_PRICE, accepted_licence, with_spring_version

MOVED = (
    "De standaardwaarde van licentie per gebruiker per maand is sinds 12 maart 2026 "
    "gestegen van €\xa025 naar €\xa029."
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


def opened(path: Path, made: list[Any] | None = None) -> CrmRoiApp:
    """The app as `crm-roi open FILE` starts it; `made` collects the evaluations of the PDFs."""

    def make_pdf(evaluation: Any, target: Path) -> None:
        assert made is not None
        made.append(evaluation)
        target.write_bytes(b"%PDF-1.7\n")

    app = CrmRoiApp(
        open_session,
        session=open_session(path, lock=True),
        make_pdf=make_pdf if made is not None else None,
        warm_up=False,
    )
    app.animation_level = "none"
    return app


def chat(app: CrmRoiApp) -> ChatScreen:
    """The chat, also under a dialog."""
    return next(screen for screen in app.screen_stack if isinstance(screen, ChatScreen))


def said(app: CrmRoiApp) -> list[str]:
    return [str(message.render()) for message in chat(app).query(AdviserMessage)]


async def settle(pilot: Any) -> None:
    """Let the workers (comparison, PDF, saves) end and their messages arrive."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_each_report_records_a_version_and_the_second_says_what_changed(tmp_path: Path) -> None:
    path = accepted_licence(tmp_path)
    made: list[Any] = []

    async def scenario() -> None:
        app = opened(path, made)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+r")
            await settle(pilot)
            first = load_interview(path).versies
            assert msg.VERSION_RECORDED.format(number=1, report="dijk.pdf") in said(app)
            await pilot.press("ctrl+r")
            await settle(pilot)
            assert msg.VERSION_RECORDED.format(number=2, report="dijk (2).pdf") in said(app)
            assert [v.nummer for v in first] == [1]

    asyncio.run(scenario())
    versions = load_interview(path).versies
    assert [(v.nummer, v.rapport) for v in versions] == [(1, "dijk.pdf"), (2, "dijk (2).pdf")]
    first = versions[0]
    assert first.benchmarks == load_benchmarks().version
    assert first.invoer[LICENCE].bron == "benchmark"
    assert first.invoer[LICENCE].waarde == 29
    assert first.resultaten.ncw == pytest.approx(made[0].case.analysis.npv, abs=0.01)
    assert made[0].changes is None  # nothing to compare the first report with
    assert made[1].changes is not None and made[1].changes.since_version == 1


def test_the_report_after_a_reopening_compares_with_the_last_version(tmp_path: Path) -> None:
    path = with_spring_version(accepted_licence(tmp_path))
    made: list[Any] = []

    async def scenario() -> None:
        app = opened(path, made)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("escape")  # use the new licence price
            await pilot.press("ctrl+r")
            await settle(pilot)

    asyncio.run(scenario())
    changes = made[0].changes
    assert changes.since_version == 1
    assert [(c.id, c.kind, c.before, c.after) for c in changes.inputs] == [
        (LICENCE, "standaard", OLD_PRICE, 29)
    ]
    assert [v.nummer for v in load_interview(path).versies] == [1, 2]


def test_reopening_names_the_moved_default_and_keeps_the_old_value(tmp_path: Path) -> None:
    path = with_spring_version(accepted_licence(tmp_path))

    async def scenario() -> None:
        app = opened(path)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            told = "\n".join(said(app))
            assert MOVED in told
            assert msg.SINCE_HEADING.format(number=1, date="12 maart 2026") in told
            assert app.screen.id == KEEP_DIALOG
            assert MOVED in str(app.screen.query(Static).nodes[1].render())
            await pilot.click("#choice-old")
            await settle(pilot)
            kept = msg.KEPT_OLD.format(before="€\xa025", label="licentie per gebruiker per maand")
            assert kept in said(app)

    asyncio.run(scenario())
    interview = load_interview(path)
    assert interview.answers[LICENCE] == OLD_PRICE  # the user's own answer now
    assert LICENCE not in interview.accepted_defaults


def test_using_the_new_value_changes_nothing_and_says_so(tmp_path: Path) -> None:
    path = with_spring_version(accepted_licence(tmp_path))
    before = path.read_text(encoding="utf-8")

    async def scenario() -> None:
        app = opened(path)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            assert app.screen.id == KEEP_DIALOG
            assert app.screen.focused is app.screen.query_one("#choice-new", Button)
            await pilot.press("enter")
            await settle(pilot)
            used = msg.USING_NEW.format(after="€\xa029", label="licentie per gebruiker per maand")
            assert used in said(app)

    asyncio.run(scenario())
    assert path.read_text(encoding="utf-8") == before
    assert LICENCE in load_interview(path).accepted_defaults


def test_the_panel_shows_the_difference_with_the_last_version(tmp_path: Path) -> None:
    path = with_spring_version(accepted_licence(tmp_path))
    recorded = load_interview(path).versies[0].resultaten

    async def scenario() -> None:
        app = opened(path)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("escape")
            await pilot.pause()
            panel = chat(app).query_one(CasePanel)
            figures = panel.figures
            assert figures is not None and figures.npv.value is not None
            change = round(recorded.ncw - figures.npv.value)
            text = str(panel.query_one("#panel-since", Static).render())
            assert text.splitlines()[0] == msg.PANEL_SINCE.format(number=1)
            assert f"NCW              −\xa0€\xa0{change:,}".replace(",", ".") in text

    asyncio.run(scenario())


def test_a_version_that_cannot_be_saved_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = accepted_licence(tmp_path)
    before = path.read_text(encoding="utf-8")

    def full_disk(interview: object, target: Path) -> Path:
        raise InterviewError("het bestand kan niet worden opgeslagen (schijf vol).", path=target)

    async def scenario() -> None:
        app = opened(path, [])
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            monkeypatch.setattr(save_tracker, "save_interview", full_disk)
            await pilot.press("ctrl+r")
            await settle(pilot)
            refusals = [str(m.render()) for m in chat(app).query(RefusalMessage)]
            assert refusals[-1].startswith("Versie 1 is niet bewaard.")
            assert "schijf vol" in refusals[-1]
            assert chat(app).query_one("#notice").display  # and the banner says it stays unsaved

    asyncio.run(scenario())
    assert path.read_text(encoding="utf-8") == before


def test_a_window_that_only_shows_records_no_version_and_offers_nothing(tmp_path: Path) -> None:
    path = with_spring_version(accepted_licence(tmp_path))
    first = open_session(path, lock=True)
    before = path.read_bytes()

    async def scenario() -> None:
        app = opened(path, [])
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await pilot.press("enter")  # "Alleen bekijken"
            await settle(pilot)
            told = "\n".join(said(app))
            assert MOVED in told, "what moved is said here too"
            assert msg.SINCE_NEXT_REPORT.format(next=2, number=1) not in told
            assert app.screen is chat(app), "but no old value is offered"
            await pilot.press("ctrl+r")
            await settle(pilot)
            quiet = [str(m.render()) for m in chat(app).query(QuietMessage)]
            assert msg.VERSION_NOT_RECORDED in quiet

    asyncio.run(scenario())
    assert path.read_bytes() == before
    first.close()
