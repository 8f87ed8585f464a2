"""The command line on hostile input: exit 2 with a Dutch message, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_roi import locations
from crm_roi.cli import run

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "groothandel-dynamics.yaml"
FLOW = Path(__file__).resolve().parents[2] / "question_flows" / "crm_roi.yaml"


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "interview.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(["report", *args, "--format", "json"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pijp.yaml"
    os.mkfifo(fifo)

    code, _, err = _report(capsys, str(fifo))

    assert code == 2
    assert "dit is een pipe (FIFO), geen gewoon bestand" in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_named_as_a_device(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _report(capsys, "/dev/zero")

    assert code == 2
    assert "dit is een apparaat" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_check_refuses_a_fifo_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "vragen.yaml"
    os.mkfifo(fifo)

    assert run(["check", str(fifo)]) == 2
    captured = capsys.readouterr()
    assert "pipe (FIFO)" in captured.out + captured.err


def test_a_repeated_set_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _report(
        capsys, str(EXAMPLE), "--set", "aantal_gebruikers=45", "--set", "aantal_gebruikers=50"
    )

    assert (code, out) == (2, "")
    assert "--set aantal_gebruikers staat er twee keer in ('45' en '50')" in err


def test_an_answer_that_does_not_count_is_named_in_stderr_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _edited(tmp_path, "  geavanceerd: false", "  geavanceerd: false\n  risico_baten: 30")

    code, out, err = _report(capsys, str(path))

    document = json.loads(out)
    assert code == 0
    assert "Het antwoord '30%' bij 'Risicocorrectie baten' (risico_baten) telt niet mee" in err
    assert document["ignored_answers"][0]["id"] == "risico_baten"
    assert document["ignored_answers"][0]["value"] == 30
    assert any("(risico_baten) telt niet mee" in notice for notice in document["notices"])


def test_a_missing_organisation_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _edited(tmp_path, "  organisatie: Bakker Technische Groothandel B.V.\n", "")

    code, out, err = _report(capsys, str(path))

    assert (code, out) == (2, "")
    assert "'Organisatie' (organisatie) ontbreekt" in err


def test_a_new_start_removes_what_a_killed_save_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(locations.DATA_DIR_ENV, str(tmp_path))
    folder = locations.autosave_dir()
    folder.mkdir(parents=True)
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    leftover = folder / f".interview-abc.yaml.{int(finished.stdout)}.k3j4h5g6.tmp"
    leftover.write_text("half geschreven", encoding="utf-8")

    assert run(["check", str(FLOW)]) == 0
    capsys.readouterr()

    assert not leftover.exists()
