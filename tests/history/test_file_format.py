"""`versies` and `realisatie` in the interview file: read, written, kept and reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.interview import InterviewError, read_interview, save_interview
from crm_roi.interview.migration import open_interview
from crm_roi.pipeline import flow_for

from .cases import REALISED, REVISED, benchmarks


def _copy(tmp_path: Path, source: Path, old: str = "", new: str = "") -> tuple[Path, str]:
    text = source.read_text(encoding="utf-8")
    if old:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "klant.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def _line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_a_measurement_that_is_no_number_names_file_line_year_and_id(tmp_path: Path) -> None:
    path, text = _copy(tmp_path, REALISED, "omzetgroei: 0.6", "omzetgroei: veel")

    with pytest.raises(InterviewError) as caught:
        read_interview(path)

    error = caught.value
    assert (error.path, error.line) == (path, _line_of(text, "omzetgroei: veel"))
    assert error.message == (
        "realisatie, jaar 1, metingen: 'omzetgroei' verwacht een getal, 0 of meer."
    )


def test_a_negative_actual_cost_is_refused(tmp_path: Path) -> None:
    path, text = _copy(tmp_path, REALISED, "licenties: 31200", "licenties: -31200")

    with pytest.raises(InterviewError) as caught:
        read_interview(path)

    assert caught.value.line == _line_of(text, "licenties: -31200")
    assert "'licenties' verwacht een bedrag in euro, 0 of meer" in caught.value.message


def test_a_year_that_is_no_number_is_named(tmp_path: Path) -> None:
    path, text = _copy(tmp_path, REALISED, "  1:\n    metingen:", "  een:\n    metingen:")

    with pytest.raises(InterviewError) as caught:
        read_interview(path)

    assert caught.value.line == _line_of(text, "  een:")
    assert "'een' is geen jaar" in caught.value.message


def test_a_bad_go_live_date_says_what_is_expected(tmp_path: Path) -> None:
    path, _ = _copy(tmp_path, REALISED, "startdatum: '2025-10-01'", "startdatum: oktober")

    with pytest.raises(InterviewError) as caught:
        read_interview(path)

    assert "de datum van de livegang, zoals 2026-03-01" in caught.value.message


def test_versions_and_realisatie_survive_a_save_over_a_hand_edited_file(tmp_path: Path) -> None:
    path, _ = _copy(tmp_path, REALISED, "realisatie:\n", "realisatie:  # gemeten door Bakker\n")
    interview = read_interview(path).interview
    edited = interview.with_answers({**interview.answers, "aantal_gebruikers": 42})

    save_interview(edited, path)

    text = path.read_text(encoding="utf-8")
    assert "# gemeten door Bakker" in text
    again = read_interview(path).interview
    assert again.versies == interview.versies
    assert again.realisatie == interview.realisatie
    assert again.metadata.startdatum == interview.metadata.startdatum


def test_versions_and_realisatie_survive_opening_with_the_flow() -> None:
    for source in (REVISED, REALISED):
        loaded = read_interview(source)

        opened = open_interview(loaded, flow_for(loaded.interview), benchmarks())

        assert opened.interview.versies == loaded.interview.versies
        assert opened.interview.realisatie == loaded.interview.realisatie


def test_version_numbers_must_ascend(tmp_path: Path) -> None:
    path, _ = _copy(tmp_path, REVISED, "  - nummer: 2", "  - nummer: 1")

    with pytest.raises(InterviewError) as caught:
        read_interview(path)

    assert "oplopend genummerd" in caught.value.message


def test_a_version_with_a_question_todays_flow_lacks_stays_readable(tmp_path: Path) -> None:
    path, _ = _copy(
        tmp_path,
        REVISED,
        "      aantal_gebruikers: {waarde: 12, bron: eigen}",
        "      aantal_gebruikers: {waarde: 12, bron: eigen}\n"
        "      oude_vraag: {waarde: 7, bron: eigen}",
    )

    interview = read_interview(path).interview

    assert interview.versies[0].invoer["oude_vraag"].waarde == 7
