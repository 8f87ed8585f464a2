"""The real session's small promises: PDF names that never overwrite, an honest progress."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from crm_roi.tui.interview_session import free_path
from crm_roi.tui.opening import open_session


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
