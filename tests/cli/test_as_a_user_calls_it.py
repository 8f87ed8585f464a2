"""The installed `crm-roi` script in a subprocess, as a user calls it (few: each ~0,5 s)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "crm-roi"
EXAMPLE = ROOT / "examples" / "installatiebedrijf-pipedrive.yaml"


def _crm_roi(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_report_to_standard_output(tmp_path: Path) -> None:
    result = _crm_roi("report", str(EXAMPLE), "--format", "json", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["npv"] > 0
    assert document["answers"]["crm_pakket"]["value"] == "pipedrive"


def test_bad_input_exits_2_with_a_dutch_message_and_no_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "klant.yaml"
    broken.write_text(
        "flow:\n  id: crm_roi\n  version: 1\nanswers:\n  doelen: geen idee\n", encoding="utf-8"
    )

    result = _crm_roi("report", str(broken), "--format", "json", cwd=tmp_path)

    assert result.returncode == 2
    assert f"{broken}, regel 5: vraag 'doelen': ongeldig antwoord" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_check_of_the_default_flow_is_clean(tmp_path: Path) -> None:
    result = _crm_roi("check", str(ROOT / "question_flows" / "crm_roi.yaml"), cwd=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "geen problemen gevonden" in result.stdout


def test_check_of_a_broken_flow_exits_2_with_findings(tmp_path: Path) -> None:
    flow = tmp_path / "kapot.yaml"
    flow.write_text(
        "id: kapot\nversion: 1\ntitle: Kapot\nsections:\n  - title: A\n    questions:\n"
        "      - {id: a, type: int, text: Vraag, min: 10, max: 1}\n",
        encoding="utf-8",
    )

    result = _crm_roi("check", str(flow), cwd=tmp_path)

    assert result.returncode == 2
    assert f"{flow}:7" in result.stdout
    assert "problemen gevonden" in result.stderr or "probleem gevonden" in result.stderr


def test_open_of_a_bad_answer_exits_2_before_the_app_starts(tmp_path: Path) -> None:
    edited = tmp_path / "klant.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    edited.write_text(text.replace("crm_pakket: pipedrive", "crm_pakket: odoo"), encoding="utf-8")
    line = text.splitlines().index("  crm_pakket: pipedrive") + 1

    result = _crm_roi("open", str(edited), cwd=tmp_path)

    assert result.returncode == 2
    assert result.stderr.startswith(f"Fout: {edited}, regel {line}: vraag 'crm_pakket': ")
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_the_assistant_in_a_pipe_points_to_report(tmp_path: Path) -> None:
    result = _crm_roi(cwd=tmp_path)

    assert result.returncode == 2
    assert "heeft een terminal nodig" in result.stderr and "crm-roi report" in result.stderr
    assert result.stdout == ""
