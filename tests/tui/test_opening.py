"""Opening an interview file: a file that cannot be used never reaches the Textual app."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.cli import run
from crm_roi.interview import InterviewError
from crm_roi.tui import run_app
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import resume_session
from crm_roi.tui.session import OpenFailed

HEADER = "format_version: 1\nid: proef\nflow:\n  id: crm_roi\n  version: '1'\nanswers:\n"


@pytest.fixture(autouse=True)
def no_textual_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Starting the real app in a test would take over the terminal: fail instead."""
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))

    def refuse(self: CrmRoiApp) -> None:
        raise AssertionError("the app was started")

    monkeypatch.setattr(CrmRoiApp, "run", refuse)


def interview_file(tmp_path: Path, answers: str) -> Path:
    path = tmp_path / "interview.yaml"
    path.write_text(HEADER + answers, encoding="utf-8")
    return path


def test_a_bad_value_raises_before_the_app_starts(tmp_path: Path) -> None:
    path = interview_file(tmp_path, "  aantal_gebruikers: veertig\n")
    with pytest.raises(InterviewError, match="aantal_gebruikers"):
        run_app(path)


def test_an_unknown_question_raises_before_the_app_starts(tmp_path: Path) -> None:
    path = interview_file(tmp_path, "  onbekende_vraag: 3\n")
    with pytest.raises(InterviewError, match="onbekende_vraag"):
        run_app(path)


def test_the_cli_reports_a_bad_value_in_one_dutch_line_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = interview_file(tmp_path, "  aantal_gebruikers: veertig\n")
    assert run(["open", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert "geheel getal" in error
    assert "Traceback" not in error


def test_resuming_a_broken_autosave_is_an_open_failure(tmp_path: Path) -> None:
    path = interview_file(tmp_path, "  aantal_gebruikers: veertig\n")
    with pytest.raises(OpenFailed, match="aantal_gebruikers"):
        resume_session(path)
