"""The report's style: house style checked through crm_roi.house_style, readable accents."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from crm_roi.house_style import HouseStyleError, parse_accent
from crm_roi.report import ReportStyle
from crm_roi.report.style import readable_accent, tint

from .images import png_bytes


@pytest.mark.parametrize(
    ("text", "expected"),
    [("#1f5f8b", "#1F5F8B"), ("1F5F8B", "#1F5F8B"), ("#abc", "#AABBCC"), (" #000000 ", "#000000")],
)
def test_accent_accepts_hex_colours(text: str, expected: str) -> None:
    assert parse_accent(text) == expected


@pytest.mark.parametrize("text", ["blauw", "#12345", "#GGGGGG", "", "rgb(1,2,3)"])
def test_accent_rejects_other_text_in_dutch(text: str) -> None:
    with pytest.raises(HouseStyleError, match="geen geldige kleur"):
        parse_accent(text)


def test_light_accent_is_darkened_for_text() -> None:
    assert readable_accent("#FFFF00") != "#FFFF00"
    assert readable_accent("#1F5F8B") == "#1F5F8B"


def test_tint_is_paler_than_the_accent() -> None:
    assert tint("#000000", 0.1) == "#E6E6E6"


def test_logo_must_be_png_or_svg(tmp_path: Path) -> None:
    logo = tmp_path / "logo.gif"
    logo.write_bytes(b"GIF89a")
    with pytest.raises(HouseStyleError, match="PNG- of SVG-bestand"):
        ReportStyle.build(logo=logo)


def test_missing_logo_is_reported(tmp_path: Path) -> None:
    with pytest.raises(HouseStyleError, match="bestaat niet"):
        ReportStyle.build(logo=tmp_path / "weg.png")


def test_build_keeps_a_valid_style(tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    style = ReportStyle.build(consultant=" Sanne ", logo=logo, accent="#abc")
    assert style.logo is not None
    assert (style.consultant, style.logo.path, style.accent) == ("Sanne", logo.resolve(), "#AABBCC")


def test_a_text_file_named_png_is_refused(tmp_path: Path) -> None:
    logo = tmp_path / "fake.png"
    logo.write_text("dit is geen plaatje")
    with pytest.raises(HouseStyleError, match=r"fake\.png is geen PNG-afbeelding"):
        ReportStyle.build(logo=logo)


@pytest.mark.parametrize(
    "content", ["geen xml", "<svg><g></svg>", "<html xmlns='http://www.w3.org/1999/xhtml'/>"]
)
def test_an_svg_must_be_xml_with_an_svg_root(tmp_path: Path, content: str) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text(content)
    with pytest.raises(HouseStyleError, match=r"logo\.svg is geen geldig SVG-bestand"):
        ReportStyle.build(logo=logo)


def test_a_real_png_is_accepted_and_embedded(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    style = ReportStyle.build(logo=logo)
    assert style.logo is not None and style.logo.path == logo.resolve()
    assert style.logo_url == "data:image/png;base64," + base64.b64encode(png_bytes()).decode()


def test_a_folder_is_not_a_logo(tmp_path: Path) -> None:
    folder = tmp_path / "map.png"
    folder.mkdir()
    with pytest.raises(HouseStyleError, match="geen gewoon bestand"):
        ReportStyle.build(logo=folder)
