"""Messages in Dutch, always: click's, Python's codecs' and the operating system's included."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from crm_roi.cli import messages, run
from crm_roi.cli.errors import user_error_message
from crm_roi.interview import InterviewError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "installatiebedrijf-pipedrive.yaml"


@pytest.mark.parametrize(
    ("command", "argument"),
    [("report", "'BESTAND...'"), ("open", "'BESTAND'"), ("check", "'VRAGENLIJST'")],
)
def test_a_folder_given_as_file_is_said_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, argument: str
) -> None:
    assert run([command, str(tmp_path)]) == 2

    err = capsys.readouterr().err
    assert f"Fout: ongeldige waarde voor {argument}: '{tmp_path}' is een map, geen bestand." in err
    assert "is a directory" not in err


def test_a_folder_given_as_logo_is_said_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["report", str(EXAMPLE), "--logo", str(tmp_path)]) == 2

    assert f"'{tmp_path}' is een map, geen bestand." in capsys.readouterr().err


def test_a_flow_that_is_not_utf8_is_said_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flow = tmp_path / "vragen.yaml"
    flow.write_bytes(b"id: x\n\xff\xfe")

    assert run(["check", str(flow)]) == 2

    assert capsys.readouterr().err == (
        f"Fout: {flow}: het bestand is geen tekstbestand in UTF-8 (byte 0xFF op positie 6 is "
        "geen geldige UTF-8).\n"
    )


def test_an_unreadable_interview_is_said_in_dutch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root every file can be read; the refusal of the system is faked."""
    real_open = os.open

    def refusing(path: object, flags: int, *args: object) -> int:
        if Path(str(path)) == EXAMPLE:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing)

    assert run(["report", str(EXAMPLE), "--format", "json"]) == 2

    assert capsys.readouterr().err == (
        f"Fout: {EXAMPLE}: het bestand kan niet worden gelezen (geen toestemming).\n"
    )


def test_an_os_reason_inside_another_layers_message_is_said_in_dutch(tmp_path: Path) -> None:
    """The interview layer puts the system's English reason in its message; the CLI's line
    replaces it by the Dutch one."""
    cause = PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    try:
        try:
            raise cause
        except OSError as exc:
            raise InterviewError(
                f"het bestand kan niet worden gelezen ({exc.strerror}).", path=tmp_path / "a.yaml"
            ) from exc
    except InterviewError as error:
        message = user_error_message(error)

    assert (
        message == f"{tmp_path / 'a.yaml'}: het bestand kan niet worden gelezen (geen toestemming)."
    )


@pytest.mark.parametrize(
    ("code", "dutch"),
    [
        (errno.ENOSPC, "de schijf is vol"),
        (errno.EACCES, "geen toestemming"),
        (errno.EROFS, "de schijf is alleen-lezen"),
        (errno.ENOENT, "het bestand of de map bestaat niet"),
        (errno.EISDIR, "dat is een map"),
        (errno.ENOTDIR, "een deel van het pad is geen map"),
    ],
)
def test_os_reasons_are_dutch(code: int, dutch: str) -> None:
    assert messages.os_reason(OSError(code, os.strerror(code))) == dutch


def test_an_os_reason_without_dutch_words_is_named_by_its_code() -> None:
    assert messages.os_reason(OSError(errno.ECONNRESET, "Connection reset")) == (
        "systeemfout ECONNRESET"
    )


def test_no_permission_to_write_the_report_is_said_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refused(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    target = tmp_path / "rapport.json"

    assert run(["report", str(EXAMPLE), "--format", "json", "-o", str(target)]) == 2

    assert capsys.readouterr().err == (
        f"Fout: {target}: het bestand kan niet worden opgeslagen (geen toestemming).\n"
    )


@pytest.mark.parametrize("option", ["--organisatie", "--adviseur", "--set"])
def test_typed_text_that_is_not_utf8_is_said_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """Python reads such bytes as lone surrogates; writing them would crash."""
    text = b"Bakker \xff".decode("utf-8", errors="surrogateescape")
    value = f"organisatie={text}" if option == "--set" else text

    code = run(
        ["report", str(EXAMPLE), "--format", "html", "-o", str(tmp_path / "r.html"), option, value]
    )

    assert code == 2
    assert capsys.readouterr().err == (
        f"Fout: {option}: de tekst bevat tekens die geen geldige UTF-8 zijn; typ hem opnieuw "
        "of controleer de tekenset van de terminal.\n"
    )


def test_a_file_name_that_is_not_utf8_is_written_into_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import shutil

    name = os.fsdecode(bytes(tmp_path) + b"/klant-\xff.yaml")
    shutil.copy(EXAMPLE, name)
    target = tmp_path / "klant.json"

    assert run(["report", name, "--format", "json", "-o", str(target)]) == 0

    assert json.loads(target.read_text(encoding="utf-8"))["source"].endswith("klant-\ufffd.yaml")
    assert capsys.readouterr().out == f"Opgeslagen: {target}\n"


def test_a_full_disk_behind_standard_output_is_said_in_dutch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`crm-roi report a.yaml --format json > /dev/full`"""
    import sys

    def full(_text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(sys.stdout, "write", full)

    assert run(["report", str(EXAMPLE), "--format", "json"]) == 2

    assert capsys.readouterr().err == (
        "Fout: het rapport kan niet naar de standaarduitvoer worden geschreven (de schijf is "
        "vol).\n"
    )


def test_a_usage_error_of_click_without_a_translation_is_wrapped_in_dutch() -> None:
    import click

    from crm_roi.cli.dutch_click import usage_error_message

    message = usage_error_message(click.UsageError("Argument 'x' takes 2 values."))

    assert message == "de opdracht klopt niet zo (Argument 'x' takes 2 values.)."
