"""Saving and loading interview files: atomic, with a backup, and the autosave folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_roi import locations
from crm_roi.interview import (
    Interview,
    InterviewError,
    autosave,
    autosave_path,
    backup_path,
    backup_paths,
    list_autosaves,
    load_interview,
    new_interview,
    save_interview,
)
from crm_roi.interview.storage import remove_leftover_temporaries

BACKUP_NAMES = (".bak", ".bak.2", ".bak.3")


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


def test_a_name_the_system_refuses_is_a_dutch_error_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(InterviewError, match="kan niet worden opgeslagen"):
        save_interview(_interview(), tmp_path / ("x" * 300 + ".yaml"))


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


# --- backup generations ----------------------------------------------------------------------


def test_three_generations_of_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "jansen.yaml"
    for users in (10, 11, 12, 13, 14):
        save_interview(_interview(users), path)

    kept = [load_interview(backup).answers["aantal_gebruikers"] for backup in backup_paths(path)]
    assert load_interview(path).answers["aantal_gebruikers"] == 14
    assert kept == [13, 12, 11]
    assert backup_paths(path) == [path.with_name(f"jansen.yaml{s}") for s in BACKUP_NAMES]
    assert not path.with_name("jansen.yaml.bak.4").exists()


def test_a_save_that_changes_nothing_adds_no_generation(tmp_path: Path) -> None:
    path = tmp_path / "jansen.yaml"
    first = _interview(10)
    save_interview(first, path)
    save_interview(_interview(11), path)
    second = load_interview(path)
    save_interview(second, path)
    save_interview(second, path)

    assert [load_interview(b).answers["aantal_gebruikers"] for b in backup_paths(path)] == [10]


# --- hand-edited files keep what their author wrote -------------------------------------------

HAND_EDITED = """\
# Interview voor Jansen; ingevuld met Piet aan de telefoon.
format_version: 1
id: jansen-2026
flow:
  id: crm_roi
  version: '1'
created: '2026-11-16T09:30:00+01:00'
updated: '2026-11-16T10:12:00+01:00'
metadata:
  adviseur: Sanne de Vries   # tot maart, daarna Joost
  organisatie: Jansen Installatietechniek
answers:
  # eerst de vaste gegevens
  organisatie: Jansen Installatietechniek
  aantal_gebruikers: 12 # de monteurs tellen niet mee
  crm_pakket: pipedrive
  # doelen volgens de directie
  doelen: [efficientie, leads]
  sector: installatie
accepted_defaults: []
eigen_posten: []
"""


def _hand_edited(tmp_path: Path) -> Path:
    path = tmp_path / "jansen.yaml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    return path


def test_saving_keeps_comments_key_order_and_quoting(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path)
    interview = load_interview(path)
    changed = interview.with_answers({**interview.answers, "aantal_gebruikers": 15})

    save_interview(changed, path)

    text = path.read_text(encoding="utf-8")
    for kept in (
        "# Interview voor Jansen; ingevuld met Piet aan de telefoon.\n",
        "  adviseur: Sanne de Vries   # tot maart, daarna Joost\n",
        "  # eerst de vaste gegevens\n",
        "  aantal_gebruikers: 15 # de monteurs tellen niet mee\n",
        "  # doelen volgens de directie\n",
        "  doelen: [efficientie, leads]\n",
        "created: '2026-11-16T09:30:00+01:00'\n",
    ):
        assert kept in text
    keys = [line.split(":")[0] for line in text.splitlines() if line.startswith("  ")]
    assert keys.index("  adviseur") < keys.index("  organisatie")  # metadata order as written
    assert keys.index("  doelen") < keys.index("  sector")  # answers order as written
    assert load_interview(path) == changed
    assert backup_path(path).read_text(encoding="utf-8") == HAND_EDITED


def test_a_new_answer_goes_after_the_answer_before_it_in_the_flow(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path)
    interview = load_interview(path)
    flow_order = ("organisatie", "sector", "aantal_gebruikers", "crm_pakket", "doelen")
    answers = {question_id: interview.answers[question_id] for question_id in flow_order}
    answers["methode"] = "globaal"  # the app saves its answers in flow order

    save_interview(interview.with_answers(answers), path)

    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[lines.index("  doelen: [efficientie, leads]") + 1] == "  methode: globaal"


def test_the_comments_of_a_removed_answer_are_kept(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path)
    interview = load_interview(path)
    answers = {k: v for k, v in interview.answers.items() if k != "aantal_gebruikers"}

    save_interview(interview.with_answers(answers, ("aantal_gebruikers",)), path)

    text = path.read_text(encoding="utf-8")
    assert "aantal_gebruikers: 12" not in text
    assert "# de monteurs tellen niet mee" in text
    assert load_interview(path).accepted_defaults == ("aantal_gebruikers",)


def test_another_interview_saved_over_a_file_replaces_it_whole(tmp_path: Path) -> None:
    path = _hand_edited(tmp_path)

    save_interview(_interview(20), path)

    assert "Piet aan de telefoon" not in path.read_text(encoding="utf-8")
    assert backup_path(path).read_text(encoding="utf-8") == HAND_EDITED


def test_a_broken_file_is_replaced_and_kept_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "jansen.yaml"
    path.write_bytes(b"answers: [kapot\n")

    save_interview(_interview(12), path)

    assert load_interview(path).answers["aantal_gebruikers"] == 12
    assert backup_path(path).read_bytes() == b"answers: [kapot\n"


# --- temporary files of interrupted saves -------------------------------------------------------

_KILLED_SAVE = """
import os, sys
from pathlib import Path
from crm_roi.interview import new_interview, save_interview
os.replace = lambda *args: os._exit(9)  # killed just before the new file takes the old's place
save_interview(new_interview("crm_roi", 1), Path(sys.argv[1]))
"""


def test_a_killed_save_leaves_a_temporary_that_the_next_start_removes(tmp_path: Path) -> None:
    path = tmp_path / "jansen.yaml"
    killed = subprocess.run([sys.executable, "-c", _KILLED_SAVE, str(path)], check=False)
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert killed.returncode == 9 and len(leftovers) == 1

    removed = remove_leftover_temporaries([path])

    assert removed == leftovers
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_of_a_running_save_is_left_alone(tmp_path: Path) -> None:
    running = tmp_path / f".jansen.yaml.{os.getpid()}.abcd1234.tmp"
    running.write_text("bezig", encoding="utf-8")

    assert remove_leftover_temporaries([tmp_path / "jansen.yaml"]) == []
    assert running.exists()


def test_an_old_temporary_is_removed_whatever_its_process(tmp_path: Path) -> None:
    old = tmp_path / f".jansen.yaml.{os.getpid()}.abcd1234.tmp"
    old.write_text("oud", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))

    assert remove_leftover_temporaries([tmp_path / "jansen.yaml"]) == [old]


def test_leftovers_in_the_autosave_folder_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(locations.DATA_DIR_ENV, str(tmp_path))
    folder = locations.autosave_dir()
    folder.mkdir(parents=True)
    dead = _dead_pid()
    leftover = folder / f".interview-abc.yaml.bak.{dead}.x1y2z3w4.tmp"
    leftover.write_text("half", encoding="utf-8")
    other = folder / "notities.tmp"
    other.write_text("van de gebruiker", encoding="utf-8")

    assert remove_leftover_temporaries() == [leftover]
    assert other.exists()


def test_only_the_temporaries_of_the_opened_file_are_removed_beside_it(tmp_path: Path) -> None:
    dead = _dead_pid()
    mine = tmp_path / f".jansen.yaml.{dead}.abcd1234.tmp"
    someone_elses = tmp_path / f".rapport.pdf.{dead}.abcd1234.tmp"
    for leftover in (mine, someone_elses):
        leftover.write_text("half", encoding="utf-8")

    assert remove_leftover_temporaries([tmp_path / "jansen.yaml"]) == [mine]
    assert someone_elses.exists()


def _dead_pid() -> int:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(finished.stdout)


def test_saving_through_a_symbolic_link_updates_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "dossier" / "jansen.yaml"
    save_interview(_interview(12), real)
    link = tmp_path / "jansen.yaml"
    link.symlink_to(real)

    save_interview(_interview(15), link)

    assert link.is_symlink()
    assert load_interview(real).answers["aantal_gebruikers"] == 15
    assert load_interview(backup_path(real)).answers["aantal_gebruikers"] == 12


def test_a_failed_save_says_why_in_dutch(tmp_path: Path) -> None:
    """The OS's reason ("Not a directory") reaches the user in Dutch, in the app as in the CLI."""
    from crm_roi.interview import InterviewError, new_interview, save_interview

    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map", encoding="utf-8")
    with pytest.raises(InterviewError) as caught:
        save_interview(new_interview("crm_roi", "1"), blocker / "interview.yaml")
    assert "kan niet worden opgeslagen (er staat al iets met die naam)" in str(caught.value)
    assert "exists" not in str(caught.value) and "directory" not in str(caught.value)
