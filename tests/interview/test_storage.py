"""Saving and loading interview files: atomic, with a backup, and the autosave folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crm_roi import locations
from crm_roi.interview import (
    Interview,
    InterviewError,
    autosave,
    autosave_path,
    backup_path,
    list_autosaves,
    load_interview,
    new_interview,
    save_interview,
)


def _interview(users: int = 12) -> Interview:
    return new_interview("crm_roi", 1).with_answers(
        {"organisatie": "Jansen Installatietechniek", "aantal_gebruikers": users}
    )


def test_save_then_load_gives_the_same_interview(tmp_path: Path) -> None:
    interview = _interview()
    path = save_interview(interview, tmp_path / "jansen.yaml")

    assert load_interview(path) == interview


def test_save_creates_missing_folders(tmp_path: Path) -> None:
    path = save_interview(_interview(), tmp_path / "klanten" / "2026" / "jansen.yaml")

    assert path.is_file()


def test_save_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "jansen.yaml"
    save_interview(_interview(12), path)
    save_interview(_interview(15), path)

    assert load_interview(path).answers["aantal_gebruikers"] == 15
    assert load_interview(backup_path(path)).answers["aantal_gebruikers"] == 12


def test_interrupted_rename_leaves_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "jansen.yaml"
    save_interview(_interview(12), path)
    before = path.read_bytes()
    real_replace = os.replace

    def replace_failing_on_target(source: str | Path, target: str | Path) -> None:
        if Path(target) == path:
            raise KeyboardInterrupt  # killed just before the rename
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_failing_on_target)

    with pytest.raises(KeyboardInterrupt):
        save_interview(_interview(15), path)

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jansen.yaml", "jansen.yaml.bak"]


def test_write_failing_midway_leaves_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "jansen.yaml"
    save_interview(_interview(12), path)
    before = path.read_bytes()

    def failing_fsync(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)

    with pytest.raises(InterviewError, match="kan niet worden opgeslagen"):
        save_interview(_interview(15), path)

    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["jansen.yaml"]


def test_loading_a_missing_file_says_so_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(InterviewError, match="bestaat niet") as caught:
        load_interview(tmp_path / "weg.yaml")
    assert caught.value.path == tmp_path / "weg.yaml"


def test_loading_a_binary_file_says_it_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "logo.yaml"
    path.write_bytes(b"\xff\xfe\x00\x81")

    with pytest.raises(InterviewError, match="geen tekstbestand"):
        load_interview(path)


def test_autosave_folder_honours_the_environment_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(locations.DATA_DIR_ENV, str(tmp_path))
    interview = _interview()

    path = autosave(interview)

    assert path == autosave_path(interview)
    assert path.parent == tmp_path / "interviews"
    assert load_interview(path) == interview


def test_each_interview_has_its_own_autosave_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(locations.DATA_DIR_ENV, str(tmp_path))
    first, second = _interview(), _interview()
    autosave(first)
    autosave(second)
    autosave(first.touched())

    assert autosave_path(first) != autosave_path(second)
    assert set(list_autosaves()) == {autosave_path(first), autosave_path(second)}


def test_loading_a_pdf_says_it_is_a_report(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    with pytest.raises(InterviewError, match="PDF-bestand \\(een rapport\\)"):
        load_interview(path)
