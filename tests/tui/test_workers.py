"""Worker threads get frozen jobs and report by message; they never read the live session.

Before: the summary and PDF worker called the session itself from its thread, while the
user could change answers in the overview meanwhile.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message

from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import open_session
from crm_roi.tui.screens import chat_jobs
from crm_roi.tui.view_models import SummaryView

from .fake_session import FakeSession

PROFILE = {"organisatie": "Jansen", "aantal_gebruikers": 12, "crm_pakket": "pipedrive"}


class WatchedSession(FakeSession):
    """Records every call of a session method made outside the UI thread."""

    def __init__(self, answers: dict[str, object]) -> None:
        super().__init__(answers)
        self.ui_thread = threading.get_ident()
        self.off_thread: list[str] = []

    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        public = callable(value) and not name.startswith("_")
        if public and threading.get_ident() != super().__getattribute__("ui_thread"):
            super().__getattribute__("off_thread").append(name)
        return value


def test_no_worker_calls_the_session_from_its_thread() -> None:
    session = WatchedSession({**PROFILE, "koppelingen": False})
    made: list[Path] = []

    async def scenario() -> None:
        app = CrmRoiApp(
            lambda path: session,
            make_pdf=lambda evaluation, path: made.append(path),
            warm_up=False,
        )
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("enter")  # the last question: autosave, summary and PDF
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("ctrl+r")  # and the report once more
            await app.workers.wait_for_complete()
            await pilot.pause()

    asyncio.run(scenario())
    assert len(made) == 2
    assert session.off_thread == []


class Recorder:
    """Stands in for the screen: a worker may only post messages to it."""

    def __init__(self) -> None:
        self.posted: list[Message] = []

    def post_message(self, message: Message) -> bool:
        self.posted.append(message)
        return True


def test_a_worker_only_posts_messages() -> None:
    session = FakeSession({**PROFILE, "koppelingen": False, "licentie_per_gebruiker_per_maand": 9})
    screen = Recorder()
    made: list[Path] = []
    pdf = session.prepare_pdf(lambda evaluation, path: made.append(path), Path("r.pdf"))
    chat_jobs.conclude(screen, session.prepare_summary(), (pdf, Path("r.pdf")))  # type: ignore[arg-type]
    kinds = [type(message) for message in screen.posted]
    assert kinds == [chat_jobs.SummaryReady, chat_jobs.PdfWritten]
    assert made == [Path("r.pdf")]


def test_a_failing_summary_is_a_message_not_a_crash() -> None:
    screen = Recorder()

    def broken() -> SummaryView:
        raise ValueError("de business case klopt niet")

    chat_jobs.conclude(screen, broken, None)  # type: ignore[arg-type]
    [message] = screen.posted
    assert isinstance(message, chat_jobs.SummaryFailed)
    assert "klopt niet" in message.text


def test_a_prepared_summary_keeps_the_answers_of_its_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))
    session = open_session(None)
    given: tuple[tuple[str, str | tuple[str, ...]], ...] = (
        ("organisatie", "Jansen"),
        ("aantal_gebruikers", "12"),
        ("crm_pakket", ("pipedrive",)),
        ("doelen", ("efficientie",)),
    )
    for question_id, answer in given:
        assert session.answer(question_id, answer).ok, question_id
    summarise = session.prepare_summary()
    autosave = session.prepare_autosave()
    assert session.answer("aantal_gebruikers", "40").ok  # meanwhile, on the UI thread
    before = summarise()
    after = session.prepare_summary()()
    assert before.figures.investment.value < after.figures.investment.value
    status = autosave()
    assert status is not None and status.safe
    assert session.saved_interview.answers["aantal_gebruikers"] == 12


def test_a_prepared_summary_carries_what_its_figures_rest_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary's "Hoe is dit berekend?" needs every figure the key figures rest on: the
    frozen job hands them over with the evaluation's own figures (the report's)."""
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))
    session = open_session(None)
    for question_id, answer in (
        ("organisatie", "Jansen"),
        ("aantal_gebruikers", "12"),
        ("crm_pakket", ("pipedrive",)),
        ("doelen", ("efficientie",)),
    ):
        assert session.answer(question_id, answer).ok, question_id
    figures = session.prepare_summary()().figures
    assert figures.trace, "the figures the key figures rest on"
    for key in figures.key:
        assert all(figures.figure(figure_id) is not None for figure_id in key.inputs), key.id
    assert figures.figure("invoer.aantal_gebruikers") is not None


def test_an_older_autosave_never_lands_after_a_newer_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))
    session = open_session(None)
    assert session.answer("organisatie", "Eerst").ok
    older = session.prepare_autosave()
    assert session.answer("organisatie", "Later").ok
    newer = session.prepare_autosave()
    assert newer() is not None
    assert older() is None, "skipped: a newer state is on disk"
    from crm_roi.interview import autosave_path, load_interview

    assert load_interview(autosave_path(session.saved_interview)).answers["organisatie"] == "Later"
