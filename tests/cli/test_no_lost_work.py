"""`crm-roi report` never loses a file: not an input, not another report, not a device.

Every refusal is a Dutch message with exit code 2, before anything is written.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from crm_roi.cli import run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PIPEDRIVE = EXAMPLES / "installatiebedrijf-pipedrive.yaml"
LOGO = EXAMPLES / "kompas-logo.svg"


@pytest.fixture
def interview(tmp_path: Path) -> Path:
    """A copy of the Pipedrive example (with its logo) in a folder of its own."""
    folder = tmp_path / "klant"
    folder.mkdir()
    shutil.copy(LOGO, folder / LOGO.name)
    return Path(shutil.copy(PIPEDRIVE, folder / "klant.yaml"))


@pytest.mark.parametrize("fmt", ["pdf", "html", "json"])
def test_output_naming_the_input_interview_is_refused(
    interview: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    before = interview.read_bytes()

    code = run(["report", str(interview), "-o", str(interview), "--format", fmt])

    assert code == 2
    assert capsys.readouterr().err == (
        f"Fout: {interview}: het rapport zou dit invoerbestand overschrijven. Kies een andere "
        "naam voor de uitvoer.\n"
    )
    assert interview.read_bytes() == before


def test_output_that_is_a_link_to_the_input_is_refused(
    interview: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = interview.with_name("rapport.json")
    link.symlink_to(interview)
    before = interview.read_bytes()

    assert run(["report", str(interview), "-o", str(link), "--format", "json"]) == 2

    assert f"{link}: het rapport zou het invoerbestand {interview} overschrijven" in (
        capsys.readouterr().err
    )
    assert interview.read_bytes() == before


def test_output_naming_another_interview_of_the_batch_is_refused(
    interview: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = Path(shutil.copy(interview, tmp_path / "ander.json"))
    before = other.read_bytes()

    code = run(["report", str(interview), str(other), "-o", str(tmp_path), "--format", "json"])

    assert code == 2
    assert f"{other}: het rapport zou dit invoerbestand overschrijven" in capsys.readouterr().err
    assert other.read_bytes() == before
    assert not (tmp_path / "klant.json").exists()  # nothing written before the refusal


def test_an_existing_yaml_file_is_never_replaced_by_a_report(
    interview: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another interview that is not an input of this run is still an interview."""
    other = Path(shutil.copy(interview, tmp_path / "ander.yaml"))
    before = other.read_bytes()

    assert run(["report", str(interview), "-o", str(other), "--format", "html"]) == 2

    assert "zou dit YAML-bestand overschrijven" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_batch_whose_outputs_would_collide_is_refused_before_writing(
    interview: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "a" / "klant.yaml"
    second = tmp_path / "b" / "klant.yaml"
    for copy in (first, second):
        copy.parent.mkdir()
        shutil.copy(interview, copy)
    out = tmp_path / "uit"

    code = run(["report", str(first), str(second), "-o", f"{out}/", "--format", "json"])

    assert code == 2
    assert capsys.readouterr().err == (
        f"Fout: {first} en {second} zouden allebei als {out / 'klant.json'} worden opgeslagen "
        "en elkaar overschrijven. Geef de interviews verschillende namen, of maak hun "
        "rapporten apart, elk met een eigen -o.\n"
    )
    assert not out.exists()


def test_the_same_interview_twice_is_refused(
    interview: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    again = interview.parent / "." / interview.name

    code = run(["report", str(interview), str(again), "-o", str(tmp_path / "uit")])

    assert code == 2
    assert "staat meer dan eens in de opdracht" in capsys.readouterr().err


def test_output_naming_the_logo_option_is_refused(
    interview: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logo = Path(shutil.copy(LOGO, tmp_path / "logo.svg"))
    before = logo.read_bytes()

    code = run(["report", str(interview), "--logo", str(logo), "-o", str(logo), "--format", "html"])

    assert code == 2
    assert f"{logo}: het rapport zou dit invoerbestand overschrijven" in capsys.readouterr().err
    assert logo.read_bytes() == before


def test_output_naming_the_interviews_own_logo_is_refused(
    interview: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logo = interview.parent / LOGO.name
    before = logo.read_bytes()

    assert run(["report", str(interview), "-o", str(logo), "--format", "html"]) == 2

    assert f"{logo}: het rapport zou dit invoerbestand overschrijven" in capsys.readouterr().err
    assert logo.read_bytes() == before


def test_dev_null_as_output_is_refused_and_never_replaced(
    interview: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root a rename over /dev/null would replace the device; the rename is watched."""
    renamed: list[object] = []
    monkeypatch.setattr(os, "replace", lambda source, target: renamed.append(target))

    code = run(["report", str(interview), "-o", os.devnull, "--format", "json"])

    assert code == 2
    assert capsys.readouterr().err == (
        f"Fout: -o {os.devnull}: dat is een apparaat; een rapport wordt alleen als gewoon "
        "bestand opgeslagen. Kies een bestandsnaam, zoals rapport.pdf.\n"
    )
    assert renamed == []
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_as_output_is_refused(
    interview: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "uitvoer"
    os.mkfifo(pipe)

    assert run(["report", str(interview), "-o", str(pipe), "--format", "json"]) == 2

    assert capsys.readouterr().err == (
        f"Fout: -o {pipe}: dat is een pipe (FIFO); een rapport wordt alleen als gewoon bestand "
        "opgeslagen. Kies een bestandsnaam, zoals rapport.pdf.\n"
    )
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_folder_where_the_report_would_go_is_refused(
    interview: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "uit" / "klant.json").mkdir(parents=True)

    assert run(["report", str(interview), "-o", str(tmp_path / "uit"), "--format", "json"]) == 2

    assert "dat is een map; een rapport wordt alleen als gewoon bestand opgeslagen" in (
        capsys.readouterr().err
    )
    assert (tmp_path / "uit" / "klant.json").is_dir()


def test_output_ending_in_a_slash_is_a_folder_for_one_interview_too(
    interview: Path, tmp_path: Path
) -> None:
    out = tmp_path / "rapporten"

    assert run(["report", str(interview), "-o", f"{out}/", "--format", "json"]) == 0

    assert (out / "klant.json").is_file()
