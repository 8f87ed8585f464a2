"""`crm-roi lijst [MAP]` in a subprocess, as a user calls it: the interviews as a table."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crm_roi.interview import autosave_path, new_interview, save_interview
from crm_roi.interview.library import remember

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "crm-roi"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder of this test, for the test itself and the subprocess."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(folder))
    return folder


def crm_roi(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def row_of(output: str, text: str) -> str:
    return next(line for line in output.splitlines() if text in line)


def test_a_folder_of_interviews_is_a_table_newest_first(tmp_path: Path, data_dir: Path) -> None:
    for name in ("installatiebedrijf-pipedrive.yaml", "installatiebedrijf-pipedrive-herzien.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    (tmp_path / "kapot.yaml").write_text("id: [niet gesloten\n", encoding="utf-8")

    result = crm_roi("lijst", str(tmp_path), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"Interviews in {tmp_path}, het laatst gewijzigde eerst:")
    header = row_of(out, "Organisatie")
    for column in ("Laatst gewijzigd", "Versies", "Laatste NCW", "Advies", "Status"):
        assert column in header
    revised = row_of(out, "24 november 2026")
    assert revised.split()[:3] == ["Van", "Dijk", "Installatietechniek"]
    assert "€ 40.834" in revised.replace("\xa0", " ")
    assert "doorgaan" in revised and revised.endswith("afgerond")
    first = row_of(out, "16 november 2026")
    assert "€ 25.804*" in first.replace("\xa0", " "), "no version yet: the NCW of the answers"
    assert "Nog geen versie" in out
    broken = row_of(out, "onleesbaar")
    assert broken.startswith("–")
    lines = out.splitlines()
    problem = lines[lines.index(broken) + 2]
    assert problem.startswith("  Probleem: ") and "YAML" in problem
    assert lines.index(revised) < lines.index(first), "newest first"
    assert f"  {tmp_path / 'installatiebedrijf-pipedrive.yaml'}" in lines


def test_the_library_lists_the_files_the_app_knows_and_the_autosaves(
    tmp_path: Path, data_dir: Path
) -> None:
    own = Path(shutil.copy(EXAMPLES / "groothandel-dynamics.yaml", tmp_path / "bakker.yaml"))
    remember(own)
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": "Jansen BV"})
    autosave = save_interview(interview, autosave_path(interview))

    result = crm_roi("lijst", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Uw interviews, het laatst gewijzigde eerst:")
    jansen = row_of(result.stdout, "Jansen BV")
    assert jansen.endswith("onderbroken")
    assert f"  {autosave} (automatisch bewaard)" in result.stdout
    assert row_of(result.stdout, "Bakker Technische Groothandel").endswith("afgerond")
    assert f"  {own.resolve()}" in result.stdout.splitlines()


def test_no_interviews_at_all_says_how_to_start(tmp_path: Path, data_dir: Path) -> None:
    result = crm_roi("lijst", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("U heeft nog geen opgeslagen interviews. Begin een nieuw")
    assert result.stderr == ""

    empty = tmp_path / "leeg"
    empty.mkdir()
    result = crm_roi("lijst", str(empty), cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith(f"In {empty} staan geen interviews")


def test_escape_sequences_in_a_file_name_are_printed_harmless(
    tmp_path: Path, data_dir: Path
) -> None:
    interview = new_interview("crm_roi", "1").with_answers({"organisatie": "Jansen"})
    save_interview(interview, tmp_path / "jan\x1b]0;PWNED\x07sen\x1b[2J.yaml")
    (tmp_path / "kapot\x1b[31m.yaml").write_text("id: [\n", encoding="utf-8")

    result = crm_roi("lijst", str(tmp_path), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert f"  {tmp_path}/jansen.yaml" in result.stdout.splitlines()
    assert f"  {tmp_path}/kapot.yaml" in result.stdout.splitlines()


def test_a_map_that_is_not_a_folder_exits_2_in_dutch(tmp_path: Path, data_dir: Path) -> None:
    missing = crm_roi("lijst", str(tmp_path / "nergens"), cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"Fout: de map '{tmp_path / 'nergens'}' bestaat niet."

    file = tmp_path / "klant.yaml"
    file.write_text("x: 1\n", encoding="utf-8")
    not_a_folder = crm_roi("lijst", str(file), cwd=tmp_path)
    assert not_a_folder.returncode == 2
    assert "is geen map" in not_a_folder.stderr
    assert "Traceback" not in missing.stderr + not_a_folder.stderr
