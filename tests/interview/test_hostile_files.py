"""Interview files read as meant, or refused with a Dutch message: never misread, never hung."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_roi import limits
from crm_roi.interview import InterviewError, read_interview
from crm_roi.pipeline import evaluate, open_file

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "groothandel-dynamics.yaml"


@pytest.fixture
def edited(tmp_path: Path) -> Callable[[str, str], Path]:
    """The example interview with one piece of text replaced, as a file."""

    def write(old: str, new: str) -> Path:
        text = EXAMPLE.read_text(encoding="utf-8")
        assert old in text
        path = tmp_path / "interview.yaml"
        path.write_text(text.replace(old, new, 1), encoding="utf-8", errors="surrogatepass")
        return path

    return write


def _refusal(path: Path) -> InterviewError:
    with pytest.raises(InterviewError) as caught:
        evaluate(read_interview(path), uncertainty=False)
    return caught.value


# --- YAML 1.1 surprises ------------------------------------------------------------------


def test_hours_written_as_a_clock_time_are_refused_not_read_as_minutes(
    edited: Callable[[str, str], Path],
) -> None:
    error = _refusal(edited("beheer_uren_per_maand: 24", "beheer_uren_per_maand: 4:30"))

    assert error.question_id == "beheer_uren_per_maand"
    assert "4,5 voor 4:30" in error.message
    assert error.line is not None


@pytest.mark.parametrize(
    ("old", "new", "word"),
    [
        ("koppelingen: ja", "koppelingen: yes", "yes"),
        ("koppelingen: ja", "koppelingen: no", "no"),
        ("zekerheid: redelijk", "zekerheid: on", "on"),
        ("zekerheid: redelijk", "zekerheid: true", "true"),
    ],
)
def test_a_yaml_yes_word_in_a_choice_is_refused_by_name(
    edited: Callable[[str, str], Path], old: str, new: str, word: str
) -> None:
    error = _refusal(edited(old, new))

    assert error.message.startswith(f"ongeldig antwoord: '{word}' staat niet tussen de keuzes")
    assert "Kies uit:" in error.message


def test_a_choice_prefix_in_a_file_is_not_taken_for_the_choice(
    edited: Callable[[str, str], Path],
) -> None:
    error = _refusal(edited("zekerheid: redelijk", "zekerheid: on"))  # not "onzeker"

    assert error.question_id == "zekerheid"


def test_a_choice_by_its_whole_label_is_read_as_meant(edited: Callable[[str, str], Path]) -> None:
    path = edited("zekerheid: redelijk", "zekerheid: Onzeker")

    assert evaluate(read_interview(path), uncertainty=False).inputs["zekerheid"] == "onzeker"


@pytest.mark.parametrize(
    ("key", "read_as"),
    [("~", "'leeg' (null)"), ("null", "'leeg'"), ("true", "ja/nee"), ("12", "getal")],
)
def test_a_question_id_that_yaml_reads_as_no_text_is_named(
    edited: Callable[[str, str], Path], key: str, read_as: str
) -> None:
    with pytest.raises(InterviewError) as caught:
        read_interview(edited("  sector: groothandel", f"  {key}: groothandel"))

    assert f"'{key}' is hier geen vraag-id: YAML leest '{key}' als" in caught.value.message
    assert read_as in caught.value.message
    assert caught.value.line == 18


def test_a_quoted_yes_word_as_question_id_is_an_unknown_question(
    edited: Callable[[str, str], Path],
) -> None:
    with pytest.raises(InterviewError) as caught:
        open_file(edited("  sector: groothandel", "  'true': groothandel"))

    assert caught.value.question_id == "true"


def test_a_number_with_a_dutch_thousands_dot_is_refused_as_ambiguous(
    edited: Callable[[str, str], Path],
) -> None:
    with pytest.raises(InterviewError) as caught:
        read_interview(edited("implementatiekosten: 45000", "implementatiekosten: 45.000"))

    assert caught.value.question_id == "implementatiekosten"
    assert "'45.000' is dubbelzinnig" in caught.value.message
    assert "45000" in caught.value.message


def test_a_leading_zero_is_decimal(edited: Callable[[str, str], Path]) -> None:
    path = edited("aantal_gebruikers: 40", "aantal_gebruikers: 040")

    assert evaluate(read_interview(path), uncertainty=False).inputs["aantal_gebruikers"] == 40


def test_names_and_text_answers_are_taken_as_written(edited: Callable[[str, str], Path]) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("Bakker Technische Groothandel B.V.", "1e3")
    path = edited("", "")
    path.write_text(text, encoding="utf-8")

    evaluation = evaluate(read_interview(path), uncertainty=False)

    assert evaluation.interview.metadata.organisatie == "1e3"
    assert evaluation.inputs["organisatie"] == "1e3"


def test_a_flow_version_is_taken_as_written(edited: Callable[[str, str], Path]) -> None:
    path = edited("version: '1'", "version: 1.10")

    assert read_interview(path).interview.flow.version == "1.10"


# --- bounded work -------------------------------------------------------------------------


def test_billion_laughs_is_refused(edited: Callable[[str, str], Path]) -> None:
    laughs = 'x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for level in "bcdefghi":
        laughs += f"{level}{level}: &{level} [" + ",".join([f"*{chr(ord(level) - 1)}"] * 9) + "]\n"
    with pytest.raises(InterviewError) as caught:
        read_interview(edited("answers:\n", laughs + "answers:\n"))

    assert "ankers en verwijzingen" in caught.value.message
    assert caught.value.line is not None


def test_a_nul_byte_is_refused_with_its_line(edited: Callable[[str, str], Path]) -> None:
    with pytest.raises(InterviewError) as caught:
        read_interview(edited("Mark Jansen", "Mark\x00Jansen"))

    assert "U+0000" in caught.value.message
    assert caught.value.line == 12


def test_deep_nesting_is_refused(edited: Callable[[str, str], Path]) -> None:
    nested = "[" * 5000 + "]" * 5000
    with pytest.raises(InterviewError) as caught:
        read_interview(edited("  sector: groothandel", f"  sector: {nested}"))

    assert "te diep in elkaar genest" in caught.value.message


def test_a_lone_surrogate_in_a_text_is_refused(edited: Callable[[str, str], Path]) -> None:
    with pytest.raises(InterviewError) as caught:
        read_interview(edited("adviseur: Mark Jansen", 'adviseur: "Mark \\ud800 Jansen"'))

    assert "teken dat niet in een tekstbestand hoort" in caught.value.message
    assert caught.value.line == 12


def test_a_300_character_flow_id_is_refused(edited: Callable[[str, str], Path]) -> None:
    with pytest.raises(InterviewError) as caught:
        read_interview(edited("  id: crm_roi", "  id: " + "x" * 300))

    assert caught.value.message == "'flow: id' is te lang; houd het korter dan 64 tekens."
    assert caught.value.line == 6


def test_an_unknown_flow_id_with_a_path_in_it_is_an_unknown_flow(
    edited: Callable[[str, str], Path],
) -> None:
    with pytest.raises(InterviewError, match="verwacht de naam van de vragenlijst"):
        open_file(edited("  id: crm_roi", "  id: ../../etc/passwd"))


def test_an_organisation_name_of_a_megabyte_is_refused(edited: Callable[[str, str], Path]) -> None:
    name = "B" * 900_000  # the file stays just within the size limit
    with pytest.raises(InterviewError) as caught:
        read_interview(
            edited("organisatie: Bakker Technische Groothandel B.V.", f"organisatie: {name}")
        )

    assert "deze waarde is te lang (900.000 tekens)" in caught.value.message
    assert caught.value.line == 11


def test_an_organisation_name_over_the_text_limit_is_refused(
    edited: Callable[[str, str], Path],
) -> None:
    name = "B" * (limits.MAX_TEXT_LENGTH + 1)
    with pytest.raises(InterviewError) as caught:
        read_interview(
            edited("organisatie: Bakker Technische Groothandel B.V.", f"organisatie: {name}")
        )

    assert (
        caught.value.message
        == "'metadata: organisatie' is te lang; houd het korter dan 200 tekens."
    )


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    with open(path, "wb") as stream:
        stream.truncate(50_000_000)

    with pytest.raises(InterviewError) as caught:
        read_interview(path)

    assert "te groot voor een interview (50 MB; hoogstens 1 MB)" in caught.value.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_as_interview_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "pijp.yaml"
    os.mkfifo(path)

    with pytest.raises(InterviewError, match="pipe"):
        open_file(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_given_as_interview_is_refused_at_once() -> None:
    with pytest.raises(InterviewError, match="apparaat"):
        open_file(Path("/dev/zero"))


def test_a_folder_given_as_interview_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InterviewError, match="map"):
        open_file(tmp_path)


def test_a_control_character_in_a_text_answer_is_refused(
    edited: Callable[[str, str], Path],
) -> None:
    path = edited(
        "  organisatie: Bakker Technische Groothandel B.V.",
        '  organisatie: "Bakker\\x1b[2J"',
    )
    with pytest.raises(InterviewError):
        read_interview(path)


def test_a_file_just_over_the_limit_does_not_read_as_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "net-te-groot.yaml"
    path.write_bytes(b"#" * (limits.MAX_INTERVIEW_FILE_BYTES + 1500))

    with pytest.raises(InterviewError) as caught:
        read_interview(path)

    assert "(1.002 kB; hoogstens 1 MB)" in caught.value.message
