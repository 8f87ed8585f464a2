"""The interview file's YAML: readable writer, line-tracking reader, Dutch errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.interview import (
    EigenPost,
    Interview,
    InterviewError,
    InterviewMetadata,
    NewerFormatError,
    interview_from_yaml,
    interview_to_yaml,
    new_interview,
)


def _sample() -> Interview:
    interview = new_interview("crm_roi", 2).with_answers(
        {
            "organisatie": "Café De Gouden Leeuw B.V.",
            "aantal_gebruikers": 12,
            "licentie_per_gebruiker_per_maand": 29.0,
            "benutting": 37.5,
            "doelen": ["efficientie", "leads"],
            "koppelingen": "ja",
        }
    )
    return interview.model_copy(
        update={
            "metadata": InterviewMetadata(adviseur="Sanne de Vries", accentkleur="#1F6FEB"),
            "eigen_posten": (
                EigenPost(naam="Website-koppeling", soort="kosten", bedragen=(1500, 0, 0, 0)),
            ),
        }
    )


def test_text_round_trips_to_an_equal_interview() -> None:
    interview = _sample()

    assert interview_from_yaml(interview_to_yaml(interview)).interview == interview


def test_writer_keeps_answers_in_the_given_order() -> None:
    text = interview_to_yaml(_sample())

    positions = [text.index(f"  {qid}:") for qid in ("organisatie", "aantal_gebruikers", "doelen")]
    assert positions == sorted(positions)


def test_writer_uses_block_style_plain_unicode_and_no_python_tags() -> None:
    text = interview_to_yaml(_sample())

    assert "Café De Gouden Leeuw" in text
    assert "!!" not in text
    assert "{" not in text
    assert "    - efficientie\n" in text
    assert "licentie_per_gebruiker_per_maand: 29\n" in text
    assert "bedragen: [1500, 0, 0, 0]" in text


def test_a_blank_answer_counts_as_unanswered() -> None:
    text = "flow:\n  id: crm_roi\n  version: 1\nanswers:\n  sector:\n  aantal_gebruikers: 5\n"

    assert interview_from_yaml(text).interview.answers == {"aantal_gebruikers": 5}


def test_reader_knows_the_line_of_each_answer() -> None:
    loaded = interview_from_yaml(interview_to_yaml(_sample()))
    lines = interview_to_yaml(_sample()).splitlines()

    line = loaded.answer_line("benutting")
    assert line is not None
    assert lines[line - 1].strip() == "benutting: 37.5"


def test_wrong_answer_type_names_file_line_and_question() -> None:
    text = "flow:\n  id: crm_roi\n  version: 1\nanswers:\n  doelen:\n    kosten: 1\n"

    with pytest.raises(InterviewError) as caught:
        interview_from_yaml(text, Path("klant.yaml"))

    error = caught.value
    assert (error.path, error.line, error.question_id) == (Path("klant.yaml"), 6, "doelen")
    assert "klant.yaml, regel 6: vraag 'doelen': ongeldige waarde" in str(error)


def test_duplicate_key_is_reported_with_its_line() -> None:
    text = "flow:\n  id: crm_roi\n  version: 1\nanswers:\n  sector: ict\n  sector: overig\n"

    with pytest.raises(InterviewError, match="'sector' staat er twee keer in") as caught:
        interview_from_yaml(text)
    assert caught.value.line == 6


def test_yaml_syntax_error_is_reported_in_dutch_with_its_line() -> None:
    with pytest.raises(InterviewError, match="geen geldige YAML") as caught:
        interview_from_yaml("flow:\n  id: [crm_roi\nanswers: {}\n")
    assert caught.value.line is not None


def test_unknown_top_level_key_is_named() -> None:
    text = "flow:\n  id: crm_roi\n  version: 1\nantwoorden: {}\n"

    with pytest.raises(InterviewError, match="onbekende sleutel 'antwoorden'") as caught:
        interview_from_yaml(text)
    assert caught.value.line == 4


def test_missing_flow_says_what_is_expected() -> None:
    with pytest.raises(InterviewError, match="'flow' ontbreekt"):
        interview_from_yaml("answers: {}\n")


def test_bad_accent_colour_says_what_is_expected() -> None:
    text = "flow:\n  id: crm_roi\n  version: 1\nmetadata:\n  accentkleur: rood\n"

    with pytest.raises(InterviewError, match="#RRGGBB") as caught:
        interview_from_yaml(text)
    assert caught.value.line == 5


def test_own_item_with_unknown_kind_says_what_is_expected() -> None:
    text = (
        "flow:\n  id: crm_roi\n  version: 1\neigen_posten:\n"
        "  - naam: Website\n    soort: uitgaven\n    bedragen: [100]\n"
    )

    with pytest.raises(InterviewError, match="'kosten' of 'baten'") as caught:
        interview_from_yaml(text)
    assert caught.value.line == 6


def test_file_from_a_newer_crm_roi_is_refused_with_advice() -> None:
    text = "format_version: 99\nflow:\n  id: crm_roi\n  version: 1\n"

    with pytest.raises(NewerFormatError, match="nieuwere versie van crm-roi"):
        interview_from_yaml(text)


def test_a_damaged_file_is_no_file_of_a_newer_crm_roi() -> None:
    """The app sets a damaged autosave aside, but leaves a newer crm-roi's file alone."""
    with pytest.raises(InterviewError) as refused:
        interview_from_yaml("format_version: 1\nid: [niet gesloten\n")
    assert not isinstance(refused.value, NewerFormatError)


@pytest.mark.parametrize("text", ["", "- 1\n- 2\n", "gewoon tekst\n"])
def test_a_document_that_is_no_mapping_is_not_an_interview(text: str) -> None:
    with pytest.raises(InterviewError, match="geen interview"):
        interview_from_yaml(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: crm_roi\nversion: 1\nsections:\n  - title: A\n", "dit is een vragenlijst"),
        ("version: '2026.11'\nbenchmarks:\n  brutomarge: {}\n", "kengetallen"),
        ("version: 1\nadvices: []\nkpis: []\n", "de adviesregels"),
        ('{"format_version": 1, "npv": 12.5, "answers": {}}', "JSON-uitvoer van 'crm-roi report'"),
        ('[{"format_version": 1, "npv": 1, "answers": {}}]', "JSON-uitvoer"),
        ("<!DOCTYPE html>\n<html lang='nl'></html>\n", "HTML-bestand (een rapport)"),
    ],
)
def test_another_kind_of_file_is_named_for_what_it_is(text: str, expected: str) -> None:
    with pytest.raises(InterviewError, match="geen opgeslagen interview") as caught:
        interview_from_yaml(text, Path("bestand.yaml"))
    assert expected in caught.value.message


@pytest.mark.parametrize("field", ["organisatie", "adviseur", "adviesbureau", "logo"])
def test_metadata_the_file_could_not_read_back_is_refused(field: str) -> None:
    with pytest.raises(ValueError):
        InterviewMetadata.model_validate({field: "Jansen\x1b[2J"})
    with pytest.raises(ValueError):
        EigenPost(naam="Post\x00", soort="kosten", bedragen=(1.0,))


def test_a_number_that_would_read_as_thousands_is_written_unambiguously() -> None:
    interview = new_interview("crm_roi", 1).with_answers({"prijsstijging": 2.125})
    text = interview_to_yaml(interview)

    assert "prijsstijging: 2.1250\n" in text
    assert interview_from_yaml(text).interview.answers["prijsstijging"] == 2.125
