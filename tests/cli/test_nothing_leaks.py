"""Nothing is read or shown where it does not belong: flow ids, logos, terminal sequences."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crm_roi.cli import run

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "crm-roi"
EXAMPLES = ROOT / "examples"
PIPEDRIVE = EXAMPLES / "installatiebedrijf-pipedrive.yaml"
LOGO = EXAMPLES / "kompas-logo.svg"
HOSTILE = "\x1b]0;PWNED\x07\x1b[2J"
HOSTILE_YAML = '"\\e]0;PWNED\\a\\e[2J"'  # the same text, as a YAML double-quoted string


def _interview(folder: Path, *replacements: tuple[str, str]) -> Path:
    text = PIPEDRIVE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "klant.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# Flow ids are ids, never paths ---------------------------------------------------------------


def test_a_flow_id_that_is_a_path_reads_no_other_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "elders" / "geheim.yaml"
    secret.parent.mkdir()
    secret.write_text("id: geheim\nwachtwoord: hunter2\nsections: []\n", encoding="utf-8")
    flows = Path(os.path.relpath(secret.with_suffix(""), ROOT / "question_flows"))
    path = _interview(tmp_path / "klant", ("  id: crm_roi", f"  id: {flows}"))

    assert run(["report", str(path), "--format", "json"]) == 2

    captured = capsys.readouterr()
    assert captured.err.startswith(f"Fout: {path}, regel 6: ")
    assert "'flow: id'" in captured.err
    assert "wachtwoord" not in captured.err + captured.out


@pytest.mark.parametrize("flow_id", ["benchmarks", "advice"])
def test_a_data_file_beside_the_flows_is_no_flow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flow_id: str
) -> None:
    path = _interview(tmp_path, ("  id: crm_roi", f"  id: {flow_id}"))

    assert run(["report", str(path), "--format", "json"]) == 2

    assert capsys.readouterr().err == (
        f"Fout: {path}: de vragenlijst '{flow_id}' van dit interview is niet gevonden.\n"
    )


# A logo from a file stays inside the file's folder ------------------------------------------


def _logo_elsewhere(tmp_path: Path) -> Path:
    elsewhere = tmp_path / "elders" / "geheim.svg"
    elsewhere.parent.mkdir(exist_ok=True)
    shutil.copy(LOGO, elsewhere)
    return elsewhere


@pytest.mark.parametrize("kind", ["parent", "absolute", "symlink"])
def test_a_logo_outside_the_interviews_folder_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    elsewhere = _logo_elsewhere(tmp_path)
    folder = tmp_path / "klant"
    folder.mkdir()
    written = {"parent": "../elders/geheim.svg", "absolute": str(elsewhere)}.get(kind, "link.svg")
    (folder / "link.svg").symlink_to(elsewhere)
    path = _interview(folder, ("  logo: kompas-logo.svg", f"  logo: {written}"))
    target = tmp_path / "rapport.html"

    assert run(["report", str(path), "--format", "html", "-o", str(target)]) == 0

    err = capsys.readouterr().err
    assert err.startswith(
        f"Let op ({path}, regel 14): Het logo {written} ligt buiten de map van het interview."
    )
    assert err.rstrip().endswith("Het rapport wordt zonder logo gemaakt.")
    assert "data:image" not in target.read_text(encoding="utf-8")


def test_a_logo_in_a_folder_inside_the_interviews_folder_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "klant"
    (folder / "huisstijl").mkdir(parents=True)
    shutil.copy(LOGO, folder / "huisstijl" / "logo.svg")
    path = _interview(
        folder, ("  logo: kompas-logo.svg", "  logo: huisstijl/../huisstijl/logo.svg")
    )
    target = tmp_path / "rapport.html"

    assert run(["report", str(path), "--format", "html", "-o", str(target)]) == 0

    assert "Let op" not in capsys.readouterr().err
    assert "data:image/svg+xml" in target.read_text(encoding="utf-8")


def test_a_logo_named_on_the_command_line_may_be_anywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = _logo_elsewhere(tmp_path)
    path = _interview(tmp_path / "klant", ("  logo: kompas-logo.svg", "  logo: weg.svg"))
    target = tmp_path / "rapport.html"

    code = run(
        ["report", str(path), "--format", "html", "-o", str(target), "--logo", str(elsewhere)]
    )

    assert code == 0
    assert "data:image/svg+xml" in target.read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_named_as_logo_is_refused_without_waiting_for_it(tmp_path: Path) -> None:
    """Reading a pipe would wait for a writer forever; the subprocess guards the test."""
    os.mkfifo(tmp_path / "logo.svg")
    shutil.copy(PIPEDRIVE, tmp_path / "klant.yaml")

    result = subprocess.run(
        [str(SCRIPT), "report", "klant.yaml", "--logo", "logo.svg", "--format", "html"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 2
    assert result.stderr == (
        "Fout: --logo: Het logo logo.svg is geen gewoon bestand (maar bijvoorbeeld een map of "
        "een pipe).\n"
    )


# Text from files reaches the terminal without control sequences ------------------------------


def test_an_organisation_with_escape_sequences_does_not_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _interview(tmp_path, ("  sector: installatie", f"  sector: {HOSTILE_YAML}"))

    assert run(["report", str(path), "--format", "json"]) == 2

    err = capsys.readouterr().err
    assert "regel 18: hier staat een teken dat niet in een tekstbestand hoort (U+001B)" in err
    assert "\x1b" not in err and "\x07" not in err


def test_a_hostile_key_and_logo_name_are_shown_without_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _interview(tmp_path, ("  logo: kompas-logo.svg", f'  logo: {HOSTILE_YAML[:-1]}.svg"'))
    target = tmp_path / "rapport.html"

    assert run(["report", str(path), "--format", "html", "-o", str(target)]) == 2

    err = capsys.readouterr().err
    assert "hier staat een teken dat niet in een tekstbestand hoort (U+001B)" in err
    assert "\x1b" not in err and "\x07" not in err
    assert not target.exists()


def test_a_hostile_file_name_is_shown_without_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / f"{HOSTILE}.yaml"

    assert run(["report", str(name), "--format", "json"]) == 2

    err = capsys.readouterr().err
    assert err == f"Fout: {tmp_path}/.yaml: het bestand bestaat niet.\n"


def test_check_shows_findings_without_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flow = tmp_path / "vragen.yaml"
    flow.write_text(f"id: x\nversion: 1\ntitle: T\n{HOSTILE_YAML}: 1\nsections: []\n", "utf-8")

    assert run(["check", str(flow)]) == 2

    captured = capsys.readouterr()
    assert "(U+001B)" in captured.out
    assert "\x1b" not in captured.out + captured.err


def test_json_on_the_terminal_escapes_invisible_controls_and_keeps_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON already escapes ESC; a bidi override is escaped too, losslessly (an 8-bit CSI in a
    name is refused: see test_a_control_character_in_a_typed_name_is_refused)."""
    import json

    hostile = "Bakker\u202eB.V."

    assert run(["report", str(PIPEDRIVE), "--format", "json", "--organisatie", hostile]) == 0

    out = capsys.readouterr().out
    assert "\u202e" not in out
    assert json.loads(out)["interview"]["organisatie"] == hostile


def test_a_control_character_in_a_typed_name_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    hostile = "Bakker\u009b2J B.V."

    assert run(["report", str(PIPEDRIVE), "--format", "json", "--organisatie", hostile]) == 2

    captured = capsys.readouterr()
    assert "'--organisatie' bevat een stuurteken" in captured.err
    assert "\u009b" not in captured.out + captured.err
