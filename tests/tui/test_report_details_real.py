"""Report details on the real interview file, and on the cover of the app's real PDF."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_roi.interview import list_autosaves, load_interview, save_interview
from crm_roi.tui import messages as msg
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import open_session
from crm_roi.tui.view_models import ReportDetails

from .test_interview_real import answer_next, chat

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    '<rect width="10" height="10"/></svg>'
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


def interview_file(tmp_path: Path, **metadata: str) -> Path:
    """A saved interview with this metadata and a logo.svg beside it."""
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    interview = open_session(None).saved_interview
    interview = interview.model_copy(
        update={"metadata": interview.metadata.model_copy(update=metadata)}
    )
    return save_interview(interview, tmp_path / "jansen.yaml")


def test_details_come_from_the_metadata(tmp_path: Path) -> None:
    path = interview_file(tmp_path, adviseur="Anna de Vries", logo="logo.svg")
    details = open_session(path).report_details()
    assert details == ReportDetails(adviseur="Anna de Vries", logo="logo.svg")


def test_a_relative_logo_is_found_beside_the_interview_file(tmp_path: Path) -> None:
    session = open_session(interview_file(tmp_path))
    assert session.report_detail_problem("logo", "logo.svg") is None
    assert session.report_detail_problem("logo", str(tmp_path / "logo.svg")) is None


def test_a_missing_logo_or_another_file_type_is_said_in_dutch(tmp_path: Path) -> None:
    session = open_session(interview_file(tmp_path))
    (tmp_path / "logo.jpg").write_bytes(b"x")
    missing = session.report_detail_problem("logo", "weg.png")
    assert missing == msg.DETAILS_LOGO_MISSING.format(path=tmp_path.resolve() / "weg.png")
    assert session.report_detail_problem("logo", "logo.jpg") == msg.DETAILS_LOGO_TYPE


@pytest.mark.parametrize("colour", ["blauw", "#12345", "1F6FE", "#1F6FEG"])
def test_a_bad_colour_is_said_in_dutch(tmp_path: Path, colour: str) -> None:
    session = open_session(None)
    assert session.report_detail_problem("accentkleur", colour) == msg.DETAILS_COLOUR


def test_saved_details_are_in_the_metadata_of_the_autosave(tmp_path: Path) -> None:
    async def scenario() -> None:
        app = CrmRoiApp(lambda path: open_session(path, pdf_dir=tmp_path), warm_up=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("f2")
            await pilot.pause()
            await pilot.press(*"Anna de Vries", "tab", *"De Vries Advies", "tab", "tab")
            await pilot.press(*"#1f6feb", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()

    asyncio.run(scenario())
    [autosave] = list_autosaves()
    metadata = load_interview(autosave).metadata
    assert (metadata.adviseur, metadata.adviesbureau, metadata.accentkleur) == (
        "Anna de Vries",
        "De Vries Advies",
        "#1F6FEB",
    )
    assert metadata.logo is None


def test_the_apps_pdf_names_the_consultant_on_the_cover(tmp_path: Path) -> None:
    """End to end: dialog → metadata → the CLI's make_pdf → "Opgesteld door" on the cover."""
    from crm_roi.cli.report_command import make_pdf

    path = interview_file(tmp_path, organisatie="Jansen")
    pdfs: list[Path] = []

    def make_and_keep(evaluation: object, target: Path) -> None:
        make_pdf(evaluation, target)  # type: ignore[arg-type]
        pdfs.append(target)

    async def scenario() -> None:
        # as `crm-roi open FILE` does: the file is opened before the app starts
        app = CrmRoiApp(
            open_session, session=open_session(path), make_pdf=make_and_keep, warm_up=False
        )
        app.animation_level = "none"
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("f2")
            await pilot.pause()
            await pilot.press(*"Anna de Vries", "tab", *"De Vries Advies", "tab")
            await pilot.press(*"logo.svg", "tab", *"#1F6FEB", "enter")
            await pilot.pause()
            for _ in range(80):
                if not await answer_next(pilot, app):
                    break
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert chat(app).query("SummaryMessage")

    asyncio.run(scenario())
    [pdf] = pdfs
    cover = PdfReader(pdf).pages[0].extract_text()
    assert "Opgesteld door" in cover
    assert "Anna de Vries" in cover and "De Vries Advies" in cover
    assert load_interview(path).metadata.logo == "logo.svg"  # stored as typed
