"""Versions, comparisons and plan against actual through the installed `crm-roi` script."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "crm-roi"
EXAMPLES = ROOT / "examples"


def _crm_roi(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copyfile(EXAMPLES / name, target)
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_versie_records_a_version_and_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    path = _copy(tmp_path, "installatiebedrijf-pipedrive.yaml")
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  aantal_gebruikers: 12", "  aantal_gebruikers: 12  # telling van maart"
        ),
        encoding="utf-8",
    )
    before = path.read_text(encoding="utf-8")

    result = _crm_roi("report", path.name, "--versie", "--format", "json", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert f"Versie 1 vastgelegd in {path.name}." in result.stderr
    text = path.read_text(encoding="utf-8")
    assert text.startswith(before.split("eigen_posten:")[0].split("updated:")[0])
    assert "aantal_gebruikers: 12  # telling van maart" in text
    document = json.loads(result.stdout)
    assert f"ncw: {round(document['npv'], 2)}" in text
    assert "versies:\n  - nummer: 1\n" in text
    assert (tmp_path / f"{path.name}.bak").exists()  # the previous file is kept


def test_report_without_versie_never_changes_the_interview(tmp_path: Path) -> None:
    path = _copy(tmp_path, "installatiebedrijf-pipedrive-herzien.yaml")
    digest = _digest(path)

    for args in (["--format", "json"], ["--sinds-versie", "1", "-o", "uit.pdf"]):
        result = _crm_roi("report", path.name, *args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr

    assert _digest(path) == digest
    assert not (tmp_path / f"{path.name}.bak").exists()


def test_sinds_versie_attributes_the_change_input_by_input(tmp_path: Path) -> None:
    path = EXAMPLES / "installatiebedrijf-pipedrive-herzien.yaml"

    result = _crm_roi("report", str(path), "--sinds-versie", "2", "--format", "json", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)["changes"]
    assert changes["since"] == "versie 2 van 9 september 2026"
    inputs = {item["id"]: item for item in changes["inputs"]}
    assert list(inputs) == ["licentie_per_gebruiker_per_maand", "tijdwinst_uren_per_week"]
    licence = inputs["licentie_per_gebruiker_per_maand"]
    assert (licence["kind"], licence["before"], licence["after"]) == ("standaard", 27, 29)
    assert "2024" in licence["source_before"] and "2025" in licence["source_after"]
    effects = [item["npv_effect"] for item in changes["attribution"]]
    assert round(sum(effects), 2) == round(changes["npv_after"] - changes["npv_before"], 2)
    # € 2 more per user per month for 14 users, +5% risk, 3% price rise, 10% discount rate
    by_hand = -sum(14 * 2 * 12 * 1.03 ** (t - 1) * 1.05 / 1.1**t for t in (1, 2, 3))
    assert effects[0] == pytest.approx(by_hand, abs=0.01)


def test_vergelijk_compares_with_another_interview_file(tmp_path: Path) -> None:
    now = _copy(tmp_path, "installatiebedrijf-pipedrive.yaml")
    now.write_text(
        now.read_text(encoding="utf-8").replace("aantal_gebruikers: 12", "aantal_gebruikers: 15"),
        encoding="utf-8",
    )

    result = _crm_roi(
        "report",
        now.name,
        "--vergelijk",
        str(EXAMPLES / "installatiebedrijf-pipedrive.yaml"),
        "--format",
        "json",
        cwd=tmp_path,
    )

    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)["changes"]
    assert changes["since"] == "het interview 'installatiebedrijf-pipedrive.yaml'"
    assert [item["id"] for item in changes["attribution"]] == ["aantal_gebruikers"]
    assert changes["attribution"][0]["npv_effect"] == pytest.approx(3608.67, abs=0.01)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sinds-versie", "7"], "dit interview heeft geen versie 7; wel: 1, 2."),
        (["--sinds-versie", "1", "--vergelijk", "x.yaml"], "niet allebei"),
        (["--sinds-versie", "0"], "--sinds-versie"),
    ],
)
def test_a_comparison_that_cannot_be_made_is_a_dutch_error(
    tmp_path: Path, args: list[str], message: str
) -> None:
    path = _copy(tmp_path, "installatiebedrijf-pipedrive-herzien.yaml")
    (tmp_path / "x.yaml").write_text("", encoding="utf-8")

    result = _crm_roi("report", path.name, *args, "--format", "json", cwd=tmp_path)

    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_plan_against_actual_in_the_json(tmp_path: Path) -> None:
    path = EXAMPLES / "groothandel-dynamics-nacalculatie.yaml"

    result = _crm_roi("report", str(path), "--format", "json", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    actuals = json.loads(result.stdout)["actuals"]
    assert actuals["years"] == [0, 1]
    assert actuals["plan_version"] == 1
    line = next(item for item in actuals["lines"] if item["id"] == "implementatie")
    assert (line["year"], line["plan"], line["actual"], line["measured"]) == (
        0,
        47250,
        52000,
        True,
    )
    assert line["difference"] == 4750
    lagging = [kpi["id"] for kpi in actuals["kpis"] if kpi["on_track"] is False]
    assert lagging == ["tijdwinst_uren_per_week"]
    assert actuals["npv_plan"] != actuals["npv_actual_forecast"]
