"""The library of interviews: what a user has, newest first, broken files shown, gone ones not."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from crm_roi.interview import (
    InterviewError,
    autosave_path,
    load_interview,
    new_interview,
    save_interview,
)
from crm_roi.interview import library as library_module
from crm_roi.interview.library import (
    copy_as_scenario,
    load_folder,
    load_library,
    read_entry,
    registry_path,
    remember,
    remembered,
    scenario_of,
)
from crm_roi.interview.lock import InterviewLocked, acquire_lock

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FINISHED = EXAMPLES / "installatiebedrijf-pipedrive.yaml"  # no version
WITH_VERSIONS = EXAMPLES / "installatiebedrijf-pipedrive-herzien.yaml"  # two versions


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


def copied(example: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(example, folder / (name or example.name)))


def unfinished(folder: Path, organisation: str, updated: str) -> Path:
    """An interview with only its first answer, changed at `updated` (ISO)."""
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": organisation})
    interview = interview.model_copy(update={"updated": interview.updated.fromisoformat(updated)})
    folder.mkdir(parents=True, exist_ok=True)
    return save_interview(interview, folder / f"{organisation.lower()}.yaml")


def test_the_library_lists_remembered_files_and_autosaves_newest_first(tmp_path: Path) -> None:
    files = tmp_path / "klanten"
    older = unfinished(files, "Oud", "2025-04-02T10:00:00+02:00")
    newer = unfinished(files, "Nieuw", "2026-03-03T09:00:00+01:00")
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": "Autosave"})
    autosaved = save_interview(interview, autosave_path(interview))  # updated: now
    for path in (newer, older):  # remembered in the other order than they were changed
        assert remember(path) is None

    entries = load_library().entries

    assert [entry.path.resolve() for entry in entries] == [
        autosaved.resolve(),
        newer.resolve(),
        older.resolve(),
    ]
    assert [entry.organisation for entry in entries] == ["Autosave", "Nieuw", "Oud"]
    assert entries[0].autosave and not entries[1].autosave
    assert all(entry.state == "unfinished" for entry in entries)


def test_a_finished_interview_without_a_version_shows_the_npv_of_its_answers(
    tmp_path: Path,
) -> None:
    entry = read_entry(copied(FINISHED, tmp_path))
    assert entry.finished
    assert entry.versions == 0
    assert entry.npv == pytest.approx(25804.24, abs=0.01)
    assert not entry.npv_of_version
    assert entry.advice is None, "the advice needs the Monte Carlo of a report"
    assert entry.organisation == "Van Dijk Installatietechniek B.V."


def test_an_interview_with_versions_shows_the_last_versions_npv_and_advice(
    tmp_path: Path,
) -> None:
    path = copied(WITH_VERSIONS, tmp_path)
    last = load_interview(path).versies[-1].resultaten

    entry = read_entry(path)

    assert entry.versions == 2
    assert entry.npv == last.ncw
    assert entry.npv_of_version
    assert entry.advice == last.advies


def test_an_unfinished_interview_has_no_npv_yet(tmp_path: Path) -> None:
    entry = read_entry(unfinished(tmp_path, "Jansen", "2026-03-03T09:00:00+01:00"))
    assert entry.state == "unfinished"
    assert entry.npv is None
    assert entry.advice is None


def test_a_broken_file_is_listed_with_its_problem(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("format_version: 1\nid: [niet gesloten\n", encoding="utf-8")
    bad_answer = copied(FINISHED, tmp_path, "fout-antwoord.yaml")
    text = bad_answer.read_text(encoding="utf-8")
    bad_answer.write_text(text.replace("aantal_gebruikers: 12", "aantal_gebruikers: veel"))
    for path in (broken, bad_answer):
        remember(path)

    entries = {entry.path.name: entry for entry in load_library().entries}

    assert entries["kapot.yaml"].state == "unreadable"
    assert "geen geldige YAML" in (entries["kapot.yaml"].problem or "")
    problem = entries["fout-antwoord.yaml"].problem or ""
    assert "regel" in problem and "vraag 'aantal_gebruikers'" in problem
    assert str(tmp_path) not in problem, "the path is shown beside the problem, not in it"
    assert broken.read_text(encoding="utf-8").startswith("format_version"), "left as it was"


def test_a_hostile_file_is_listed_as_unreadable_not_raised(tmp_path: Path) -> None:
    nested = tmp_path / "diep.yaml"
    nested.write_bytes(b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n")
    entry = read_entry(nested)
    assert entry.state == "unreadable"
    assert entry.problem


def test_a_gone_file_is_left_out_but_stays_remembered(tmp_path: Path) -> None:
    kept = copied(FINISHED, tmp_path)
    gone = copied(WITH_VERSIONS, tmp_path)
    remember(kept)
    remember(gone)
    gone.unlink()

    assert [entry.path.name for entry in load_library().entries] == [kept.name]
    assert gone.resolve() in remembered()[0], "a network folder may come back"
    assert kept.exists()


def test_the_list_is_bounded(tmp_path: Path) -> None:
    for number in range(5):
        remember(unfinished(tmp_path, f"Klant{number}", f"2026-03-0{number + 1}T09:00:00+01:00"))

    library = load_library(limit=2)

    assert len(library.entries) == 2
    assert library.more
    assert not load_library(limit=5).more


def test_an_autosave_of_a_saved_file_is_listed_once(tmp_path: Path) -> None:
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": "Jansen"})
    own = save_interview(interview, tmp_path / "jansen.yaml")
    save_interview(interview, autosave_path(interview))
    remember(own)

    assert [entry.path for entry in load_library().entries] == [own.resolve()]


def test_an_autosave_newer_than_the_saved_file_is_listed_too(tmp_path: Path) -> None:
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": "Jansen"})
    own = save_interview(interview, tmp_path / "jansen.yaml")
    later = interview.with_answers({"organisatie": "Jansen", "aantal_gebruikers": 8})
    later = later.model_copy(update={"updated": interview.updated.replace(year=2100)})
    autosave = save_interview(later, autosave_path(interview))
    remember(own)

    paths = [entry.path.resolve() for entry in load_library().entries]
    assert paths == [autosave.resolve(), own.resolve()], "the newer answers are not hidden"


def test_remembering_again_moves_a_file_first_and_the_registry_is_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "MAX_REGISTERED", 3)
    paths = [copied(FINISHED, tmp_path, f"{n}.yaml") for n in range(4)]
    for path in paths:
        remember(path)
    remember(paths[1])

    assert remembered()[0] == (paths[1].resolve(), paths[3].resolve(), paths[2].resolve())


def test_an_autosave_is_not_remembered() -> None:
    interview = new_interview("crm_roi", "1")
    remember(save_interview(interview, autosave_path(interview)))
    assert not registry_path().exists()


def test_a_damaged_registry_is_said_and_replaced_on_the_next_remember(tmp_path: Path) -> None:
    registry_path().parent.mkdir(parents=True)
    registry_path().write_text("{kapot", encoding="utf-8")
    library = load_library()
    assert library.entries == ()
    [notice] = library.notices
    assert str(registry_path()) in notice and "niet aangeraakt" in notice

    path = copied(FINISHED, tmp_path)
    assert remember(path) is None
    assert remembered() == ((path.resolve(),), None)
    backup = registry_path().with_name(registry_path().name + ".bak")
    assert backup.read_text(encoding="utf-8") == "{kapot", "the old registry is kept"


def test_odd_registry_entries_are_skipped(tmp_path: Path) -> None:
    path = copied(FINISHED, tmp_path)
    registry_path().parent.mkdir(parents=True)
    document = {"format_version": 1, "files": [str(path), "relatief.yaml", 3, "/a\0b", None]}
    registry_path().write_text(json.dumps(document), encoding="utf-8")
    assert remembered() == ((path,), None)


def test_a_file_name_that_is_not_utf8_survives_the_registry(tmp_path: Path) -> None:
    odd = tmp_path / os.fsdecode(b"klant-\xff.yaml")
    shutil.copy(FINISHED, odd)
    assert remember(odd) is None
    assert remembered()[0] == (odd.resolve(),)
    assert load_library().entries[0].path == odd.resolve()


def test_the_registry_cannot_be_written_is_said_not_raised(tmp_path: Path) -> None:
    registry_path().parent.mkdir(parents=True)
    registry_path().mkdir()  # a folder where the registry should be
    problem = remember(copied(FINISHED, tmp_path))
    assert problem is not None and "kan niet worden bijgewerkt" in problem


def test_a_folder_lists_its_interview_files_only(tmp_path: Path) -> None:
    copied(FINISHED, tmp_path)
    copied(WITH_VERSIONS, tmp_path, "b.yml")
    (tmp_path / ".verborgen.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "notities.txt").write_text("x", encoding="utf-8")
    (tmp_path / "map.yaml").mkdir()

    names = sorted(entry.path.name for entry in load_folder(tmp_path).entries)

    assert names == ["b.yml", FINISHED.name]
    assert not registry_path().exists(), "listing a folder remembers nothing"


def test_a_missing_folder_raises() -> None:
    with pytest.raises(OSError):
        load_folder(Path("/bestaat/niet"))


def test_a_scenario_keeps_the_answers_and_starts_its_own_history(tmp_path: Path) -> None:
    original = load_interview(copied(WITH_VERSIONS, tmp_path))

    scenario = scenario_of(original)

    assert scenario.id != original.id
    assert scenario.answers == original.answers
    assert scenario.accepted_defaults == original.accepted_defaults
    assert scenario.eigen_posten == original.eigen_posten
    assert scenario.metadata == original.metadata
    assert scenario.versies == ()
    assert scenario.realisatie == {}
    assert scenario.created >= original.created


def test_copy_as_scenario_writes_and_remembers_the_copy(tmp_path: Path) -> None:
    source = copied(WITH_VERSIONS, tmp_path)
    target = tmp_path / "scenario" / "salesforce.yaml"

    assert copy_as_scenario(source, target) == target

    copy = load_interview(target)
    assert copy.answers == load_interview(source).answers
    assert copy.id != load_interview(source).id
    assert remembered()[0] == (target.resolve(),)
    assert not (target.parent / "salesforce.yaml.lock").exists(), "the lock is let go"


def test_copy_as_scenario_refuses_the_interview_itself(tmp_path: Path) -> None:
    source = copied(FINISHED, tmp_path)
    before = source.read_bytes()
    with pytest.raises(InterviewError, match="ander bestand"):
        copy_as_scenario(source, tmp_path / "." / source.name)
    assert source.read_bytes() == before


def test_copy_as_scenario_refuses_a_file_open_in_another_window(tmp_path: Path) -> None:
    source = copied(FINISHED, tmp_path)
    target = copied(WITH_VERSIONS, tmp_path)
    before = target.read_bytes()
    with acquire_lock(target), pytest.raises(InterviewLocked):
        copy_as_scenario(source, target)
    assert target.read_bytes() == before


def test_a_file_of_a_newer_crm_roi_is_listed_as_such(tmp_path: Path) -> None:
    newer = tmp_path / "nieuw.yaml"
    newer.write_text(
        "format_version: 99\nid: x\nflow:\n  id: crm_roi\n  version: '1'\n", encoding="utf-8"
    )
    entry = read_entry(newer)
    assert entry.state == "newer"
    assert not entry.readable
    assert "nieuwere versie van crm-roi" in (entry.problem or "")
