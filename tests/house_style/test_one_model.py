"""One house style: the command line, the interview file and the app's dialog agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from crm_roi.cli.errors import CliError
from crm_roi.cli.report_command import StyleOptions
from crm_roi.house_style import HouseStyle, HouseStyleError, parse_accent
from crm_roi.interview.model import InterviewMetadata
from crm_roi.tui.report_details import detail_problem

GOOD = ["#1f6feb", "1F6FEB", "#abc", " #1F6FEB "]
BAD = ["blauw", "#12345", "#1F6FEG", "rgb(1,2,3)"]


@pytest.mark.parametrize("text", GOOD)
def test_a_good_colour_is_good_everywhere_and_means_the_same(text: str) -> None:
    expected = parse_accent(text)

    assert InterviewMetadata(accentkleur=text).accentkleur == expected
    assert StyleOptions(accentkleur=text).house_style().accent == expected
    assert detail_problem("accentkleur", text, Path.cwd()) is None


@pytest.mark.parametrize("text", BAD)
def test_a_bad_colour_is_bad_everywhere(text: str) -> None:
    with pytest.raises(HouseStyleError):
        parse_accent(text)
    with pytest.raises(ValidationError):
        InterviewMetadata(accentkleur=text)
    with pytest.raises(CliError, match=r"^--accentkleur: De accentkleur"):
        StyleOptions(accentkleur=text).house_style()
    assert detail_problem("accentkleur", text, Path.cwd()) is not None


def test_a_logo_outside_the_interviews_folder_is_refused_by_the_dialog_too(
    tmp_path: Path,
) -> None:
    (tmp_path / "geheim.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    folder = tmp_path / "klant"
    folder.mkdir()

    problem = detail_problem("logo", "../geheim.svg", folder)

    assert problem is not None and "ligt buiten de map van het interview" in problem


def test_a_fake_png_is_refused_by_the_dialog_too(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_text("geen plaatje", encoding="utf-8")

    problem = detail_problem("logo", "logo.png", tmp_path)

    assert problem is not None and "is geen PNG-afbeelding" in problem


def test_the_options_fill_in_over_the_files_own_style() -> None:
    options = HouseStyle.given(consultant="Piet", accent="#000")
    own = HouseStyle.given(consultant="Sanne", consultancy="Kompas", accent="#fff")

    assert options.over(own) == HouseStyle(
        consultant="Piet", consultancy="Kompas", logo=None, accent="#000000"
    )


def test_blank_names_are_not_given() -> None:
    assert HouseStyle.given(consultant="  ", consultancy="") == HouseStyle()
