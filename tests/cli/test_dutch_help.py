"""The command line speaks Dutch: help, usage errors and exit codes (in-process)."""

from __future__ import annotations

import pytest

from crm_roi.cli import run


def test_main_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == 0

    out = capsys.readouterr().out
    assert out.startswith("Gebruik: crm-roi [OPTIES] OPDRACHT")
    assert "Opties:" in out and "Opdrachten:" in out
    assert "Toon deze hulptekst en stop." in out
    for english in ("Usage", "Options", "Commands", "Show this message"):
        assert english not in out


def test_report_help_lists_the_house_style_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "--help"]) == 0

    out = capsys.readouterr().out
    for option in ("--set ID=WAARDE", "--organisatie", "--adviseur", "--accentkleur", "--logo"):
        assert option in out
    assert "Usage" not in out


def test_version_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"]) == 0
    assert "versie" in capsys.readouterr().out


def test_unknown_command_suggests_the_right_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["rapport"]) == 2

    err = capsys.readouterr().err
    assert "Fout: onbekende opdracht 'rapport'. Bedoelt u 'report'?" in err
    assert "Probeer 'crm-roi --help' voor hulp." in err


def test_unknown_option_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "--kleur", "x", "a.yaml"]) == 2
    assert "onbekende optie '--kleur'" in capsys.readouterr().err


def test_missing_file_argument_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report"]) == 2
    assert "het argument 'BESTAND...' ontbreekt" in capsys.readouterr().err


def test_invalid_format_lists_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "a.yaml", "--format", "docx"]) == 2
    assert "'docx' kan niet; kies uit 'pdf', 'html', 'json'" in capsys.readouterr().err


def test_option_without_value_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "a.yaml", "-o"]) == 2
    assert "de optie '-o' verwacht een waarde" in capsys.readouterr().err


def test_extra_argument_is_refused_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["open", "a.yaml", "b.yaml"]) == 2
    assert "onverwachte extra argumenten (b.yaml)" in capsys.readouterr().err


def test_open_missing_file_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["open", "bestaat-niet.yaml"]) == 2
    assert "bestaat-niet.yaml: het bestand bestaat niet." in capsys.readouterr().err


def test_check_missing_flow_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "weg.yaml"]) == 2
    assert "weg.yaml: het bestand bestaat niet." in capsys.readouterr().err


def test_report_missing_file_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "nergens.yaml", "--format", "json"]) == 2
    assert "nergens.yaml: het bestand bestaat niet." in capsys.readouterr().err


def test_set_without_equals_sign_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", "a.yaml", "--set", "aantal_gebruikers"]) == 2
    assert "verwacht vraag-id=waarde" in capsys.readouterr().err
