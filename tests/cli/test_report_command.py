"""`crm-roi report` in-process: JSON, --set, batch output, house style and errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crm_roi import pipeline
from crm_roi.cli import run
from crm_roi.house_style import HouseStyle

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PIPEDRIVE = EXAMPLES / "installatiebedrijf-pipedrive.yaml"
DYNAMICS = EXAMPLES / "groothandel-dynamics.yaml"


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert run(["report", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_every_figure_and_the_answers(capsys: pytest.CaptureFixture[str]) -> None:
    document = _json(capsys, str(PIPEDRIVE))

    expected = {
        *("costs", "benefits", "cost_lines", "benefit_lines", "total_costs", "total_benefits"),
        *("pv_costs", "pv_benefits", "npv", "roi", "roi_simple", "irr", "payback_months"),
        *("discounted_payback_months", "required_yearly_benefit", "scenarios", "sensitivity"),
        *("monte_carlo", "answers"),
    }
    assert expected <= set(document)
    assert len(document["costs"]) == len(document["benefits"]) == 4
    assert set(document["scenarios"]) == {"conservatief", "verwacht", "optimistisch"}
    assert document["answers"]["aantal_gebruikers"] == {
        "value": 12,
        "source": "user",
        "source_text": None,
    }


def test_json_marks_accepted_defaults_with_their_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = _json(capsys, str(DYNAMICS))

    assert document["answers"]["werkweken_per_jaar"]["source"] == "benchmark"


def test_every_set_type_reaches_the_answers(capsys: pytest.CaptureFixture[str]) -> None:
    settings = {
        "organisatie": ("Bakker & Zn.", "Bakker & Zn."),
        "aantal_gebruikers": ("15", 15),
        "licentie_per_gebruiker_per_maand": ("€ 35,50", 35.5),
        "prijsstijging": ("2,5%", 2.5),
        "beheer_uren_per_maand": ("6,5", 6.5),
        "zekerheid": ("onzeker", "onzeker"),
        "doelen": ("efficientie, leads", ["efficientie", "leads"]),
        "geavanceerd": ("ja", True),
    }
    options = [f"--set={qid}={text}" for qid, (text, _) in settings.items()]

    answers = _json(capsys, str(PIPEDRIVE), *options)["answers"]

    for question_id, (_, expected) in settings.items():
        assert answers[question_id]["value"] == expected, question_id


def test_unknown_set_id_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["report", str(PIPEDRIVE), "--format", "json", "--set", "gebruikers=5"]) == 2

    err = capsys.readouterr().err
    assert "--set: de vraag 'gebruikers' bestaat niet in de vragenlijst" in err


def test_invalid_set_value_exits_2_naming_id_and_expectation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["report", str(PIPEDRIVE), "--format", "json", "--set", "horizon_jaren=40"]) == 2

    err = capsys.readouterr().err
    assert "--set horizon_jaren='40':" in err


def test_bad_value_in_file_exits_2_naming_file_line_and_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = PIPEDRIVE.read_text(encoding="utf-8").replace(
        "aantal_gebruikers: 12", "aantal_gebruikers: twaalf"
    )
    path = tmp_path / "kapot.yaml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  aantal_gebruikers: twaalf") + 1

    assert run(["report", str(path), "--format", "json"]) == 2

    err = capsys.readouterr().err
    assert f"{path}, regel {line}: vraag 'aantal_gebruikers': ongeldig antwoord" in err


def test_batch_writes_one_file_per_interview_into_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapporten"

    code = run(["report", str(PIPEDRIVE), str(DYNAMICS), "-o", str(out), "--format", "json"])

    assert code == 0
    names = sorted(path.name for path in out.iterdir())
    assert names == ["groothandel-dynamics.json", "installatiebedrijf-pipedrive.json"]
    assert json.loads((out / names[0]).read_text(encoding="utf-8"))["npv"] > 0


def test_batch_goes_on_after_a_failing_file_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapporten"

    code = run(["report", "weg.yaml", str(PIPEDRIVE), "-o", str(out), "--format", "json"])

    assert code == 2
    assert (out / "installatiebedrijf-pipedrive.json").is_file()
    assert "weg.yaml: het bestand bestaat niet." in capsys.readouterr().err


def test_batch_output_must_be_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / "bestaat.json"
    existing.write_text("{}", encoding="utf-8")

    code = run(["report", str(PIPEDRIVE), str(DYNAMICS), "-o", str(existing), "--format", "json"])

    assert code == 2
    assert "moet de uitvoer een map zijn" in capsys.readouterr().err


def test_html_takes_house_style_from_options_over_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "rapport.html"

    style = ["--adviseur", "Piet de Boer", "--organisatie", "Klant Zonder Naam B.V."]
    code = run(["report", str(PIPEDRIVE), "--format", "html", "-o", str(target), *style])

    assert code == 0
    html = target.read_text(encoding="utf-8")
    assert "Piet de Boer" in html and "Sanne de Vries" not in html
    assert "Klant Zonder Naam B.V." in html
    assert "Kompas CRM-advies" in html  # from the file's metadata


@pytest.mark.parametrize(
    ("option", "value"), [("--accentkleur", "paars"), ("--logo", "logo.gif"), ("--logo", "weg.svg")]
)
def test_bad_style_option_exits_2_naming_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    target = tmp_path / "rapport.html"

    code = run(["report", str(PIPEDRIVE), "--format", "html", "-o", str(target), option, value])

    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Fout: {option}: ") and value in err
    assert str(PIPEDRIVE) not in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("  logo: kompas-logo.svg", "  logo: weg.svg"),
        ("  logo: kompas-logo.svg", "  logo: kompas.gif"),
    ],
)
def test_unusable_logo_in_the_metadata_is_left_out_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, value: str
) -> None:
    """A team re-running a copied interview may not have the consultant's logo beside it."""
    text = PIPEDRIVE.read_text(encoding="utf-8")
    path = tmp_path / "klant.yaml"
    path.write_text(text.replace(line, value), encoding="utf-8")
    number = text.splitlines().index(line) + 1
    target = tmp_path / "r.html"

    code = run(["report", str(path), "--format", "html", "-o", str(target)])

    assert code == 0
    err = capsys.readouterr().err
    assert err.startswith(f"Let op ({path}, regel {number}): Het logo ")
    assert err.rstrip().endswith("Het rapport wordt zonder logo gemaakt.")
    assert target.exists() and "data:image" not in target.read_text(encoding="utf-8")


def test_set_order_does_not_matter(capsys: pytest.CaptureFixture[str]) -> None:
    revenue = "--set=omzet_per_jaar=1,5 mln"
    goals = "--set=doelen=efficientie,conversie"

    first = _json(capsys, str(PIPEDRIVE), revenue, goals)
    second = _json(capsys, str(PIPEDRIVE), goals, revenue)

    assert first["answers"]["omzet_per_jaar"]["value"] == 1_500_000
    assert first["npv"] == second["npv"]


def test_set_of_a_question_that_does_not_count_says_why(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run(["report", str(PIPEDRIVE), "--format", "json", "--set", "omzet_per_jaar=1,5 mln"])

    assert code == 2
    assert capsys.readouterr().err == (
        "Fout: --set omzet_per_jaar: deze vraag telt alleen mee als u bij 'Doelen' (doelen) "
        "kiest voor 'Meer omzet door betere conversie'.\n"
    )


def test_warnings_go_to_standard_error_and_into_the_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["report", str(PIPEDRIVE), "--format", "json", "--set", "brutomarge=0,35"]) == 0

    captured = capsys.readouterr()
    assert "Let op (brutomarge): U vulde 0,35% in. Bedoelt u 35%?" in captured.err
    warnings = json.loads(captured.out)["warnings"]
    assert {"id": "brutomarge", "text": warnings[0]["text"]} == warnings[0]
    assert warnings[0]["text"].startswith("U vulde 0,35% in.")


def test_client_option_names_the_client_in_the_answers_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = _json(capsys, str(PIPEDRIVE), "--organisatie", "Bakker B.V.")

    assert document["interview"]["organisatie"] == "Bakker B.V."
    assert document["answers"]["organisatie"]["value"] == "Bakker B.V."


def test_internal_error_exits_1_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("oeps")

    monkeypatch.setattr(pipeline, "evaluate", broken)

    assert run(["report", str(PIPEDRIVE), "--format", "json"]) == 1

    err = capsys.readouterr().err
    assert "Interne fout in crm-roi" in err and "--debug" in err
    assert "Traceback" not in err


def test_debug_shows_the_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("oeps")

    monkeypatch.setattr(pipeline, "evaluate", broken)

    with pytest.raises(ZeroDivisionError):
        run(["--debug", "report", str(PIPEDRIVE), "--format", "json"])


def test_interview_of_an_older_flow_version_reports_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = PIPEDRIVE.read_text(encoding="utf-8")
    text = text.replace("  version: '1'", "  version: '0'").replace(
        "  sector: installatie\n", "  sector: installatie\n  vestigingen: 3\n"
    )
    old = tmp_path / "oud.yaml"
    old.write_text(text, encoding="utf-8")

    assert run(["report", str(old), "--format", "json"]) == 0

    captured = capsys.readouterr()
    assert "vestigingen" not in json.loads(captured.out)["answers"]
    assert f"Let op ({old}): De vraag 'vestigingen' bestaat niet meer in versie 1" in captured.err


def test_example_logo_is_found_beside_the_interview_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_roi.cli import report_command
    from crm_roi.interview import read_interview

    monkeypatch.chdir(tmp_path)  # the logo is relative to the file, not to the current folder
    loaded = read_interview(PIPEDRIVE)

    style = report_command._report_style(
        pipeline.evaluate(loaded, uncertainty=False),
        PIPEDRIVE.parent,
        HouseStyle(),
        report_command.StyleOptions(),
        loaded,
    )

    assert style.logo is not None
    assert style.logo.path == (EXAMPLES / "kompas-logo.svg").resolve()


def test_every_unreadable_set_option_is_reported_at_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run(
        [
            "report",
            str(PIPEDRIVE),
            "--format",
            "json",
            "--set",
            "foo=1",
            "--set",
            "horizon_jaren=abc",
        ]
    )

    assert code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith("Fout: --set: de vraag 'foo' bestaat niet")
    assert lines[1].startswith("Fout: --set horizon_jaren='abc': Dat kan ik niet lezen.")
