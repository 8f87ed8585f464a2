"""The real session's small promises: PDF names that never overwrite, an honest progress,
an overview that tells open from answered, the library entry, the logo beside the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crm_roi.tui import messages as msg
from crm_roi.tui.file_names import free_path
from crm_roi.tui.opening import find_library, open_session
from crm_roi.tui.screens.overview import source_label


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))


def test_a_free_path_is_the_path_itself_when_nothing_is_there(tmp_path: Path) -> None:
    assert free_path(tmp_path / "rapport.pdf") == tmp_path / "rapport.pdf"


def test_a_free_path_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "rapport.pdf").write_bytes(b"%PDF")
    (tmp_path / "rapport (2).pdf").write_bytes(b"%PDF")
    assert free_path(tmp_path / "rapport.pdf") == tmp_path / "rapport (3).pdf"


def test_the_default_pdf_path_skips_an_existing_report(tmp_path: Path) -> None:
    session = open_session(None, pdf_dir=tmp_path)
    session.answer("organisatie", "Jansen")
    first = session.default_pdf_path()
    first.write_bytes(b"%PDF")
    assert session.default_pdf_path() == tmp_path / f"{first.stem} (2).pdf"


@dataclass
class ShrunkProgress:
    """An engine estimate that fell below the question being asked."""

    answered: int = 9
    total: int = 8
    section_index: int = 0
    section_count: int = 3
    section_title: str = "Baten"
    question_number: int = 10


def test_progress_never_shows_a_number_above_the_estimate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = open_session(None)
    monkeypatch.setattr(session._engine, "progress", ShrunkProgress)
    progress = session.progress()
    assert progress.question_number <= progress.question_total


def test_the_overview_tells_questions_not_yet_asked_from_answers() -> None:
    session = open_session(None)
    session.answer("organisatie", "Jansen")
    session.answer("sector", "")  # the default, accepted
    rows = {row.question_id: row for s in session.overview() for row in s.rows}
    assert rows["organisatie"].asked and rows["sector"].asked
    assert not rows["licentie_per_gebruiker_per_maand"].asked
    assert source_label(rows["licentie_per_gebruiker_per_maand"]) == msg.NOT_YET_ASKED
    assert source_label(rows["sector"]) != msg.NOT_YET_ASKED


def test_the_library_lists_the_autosaved_interview_as_unfinished() -> None:
    session = open_session(None)
    for question_id, text in (("organisatie", "Jansen"), ("sector", "")):
        session.answer(question_id, text)
    session.prepare_autosave()()
    [entry] = find_library().entries
    assert (entry.organisation, entry.status, entry.autosave) == ("Jansen", "onderbroken", True)
    assert entry.npv == "" and entry.versions == 0


def interview_with_logo(tmp_path: Path, logo: str) -> Path:
    folder = tmp_path / "klant"
    folder.mkdir()
    path = folder / "interview.yaml"
    path.write_text(
        "format_version: 1\nid: proef\nflow:\n  id: crm_roi\n  version: '1'\n"
        f"metadata:\n  logo: {logo}\nanswers:\n  organisatie: Jansen\n"
        "  aantal_gebruikers: 8\n  crm_pakket: pipedrive\n  doelen: [efficientie]\n",
        encoding="utf-8",
    )
    return path


def test_the_pdf_finds_the_logo_beside_the_interview_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = interview_with_logo(tmp_path, "logo.png")
    (path.parent / "logo.png").write_bytes(b"\x89PNG")
    monkeypatch.chdir(tmp_path)  # not the interview's folder
    made: list[Any] = []
    report = open_session(path).prepare_pdf(lambda evaluation, pdf: made.append(evaluation), path)()
    assert report.notices == ()
    assert made[0].interview.metadata.logo == str(path.parent / "logo.png")


def test_a_missing_logo_is_left_out_with_a_notice(tmp_path: Path) -> None:
    path = interview_with_logo(tmp_path, "weg.png")
    made: list[Any] = []
    report = open_session(path).prepare_pdf(lambda evaluation, pdf: made.append(evaluation), path)()
    assert made[0].interview.metadata.logo is None
    assert report.notices == (msg.LOGO_MISSING.format(logo="weg.png"),)
