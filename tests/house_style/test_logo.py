"""A logo is a PNG or SVG file, read once; from an interview file only inside its folder."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from crm_roi.house_style import (
    MAX_LOGO_BYTES,
    PNG_SIGNATURE,
    HouseStyleError,
    logo_in_folder,
    read_logo,
    read_logo_in_folder,
)

SVG = b"<svg xmlns='http://www.w3.org/2000/svg'/>"


def png_bytes() -> bytes:
    """A valid 1×1 PNG, made by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "klant"
    folder.mkdir()
    (folder / "logo.svg").write_bytes(SVG)
    (tmp_path / "geheim.svg").write_bytes(SVG)
    return folder


def test_a_logo_is_read_once_and_carried_as_a_data_uri(folder: Path) -> None:
    logo = read_logo(folder / "logo.svg")

    (folder / "logo.svg").unlink()  # what was checked is what the report shows

    assert logo.content == SVG
    assert logo.data_uri.startswith("data:image/svg+xml;base64,")


@pytest.mark.parametrize("text", ["logo.svg", "./logo.svg", "sub/../logo.svg"])
def test_a_logo_inside_the_folder_is_found(folder: Path, text: str) -> None:
    (folder / "sub").mkdir()

    assert read_logo_in_folder(text, folder).path == (folder / "logo.svg").resolve()


def test_an_absolute_path_inside_the_folder_is_found(folder: Path) -> None:
    assert logo_in_folder(str(folder / "logo.svg"), folder) == (folder / "logo.svg").resolve()


@pytest.mark.parametrize("text", ["../geheim.svg", "sub/../../geheim.svg", "link.svg", "ABS"])
def test_a_logo_outside_the_folder_is_refused(folder: Path, text: str) -> None:
    (folder / "link.svg").symlink_to(folder.parent / "geheim.svg")
    text = str(folder.parent / "geheim.svg") if text == "ABS" else text

    with pytest.raises(HouseStyleError) as caught:
        read_logo_in_folder(text, folder)

    assert caught.value.problem == "outside"
    assert caught.value.message.startswith(f"Het logo {text} ligt buiten de map van het interview.")


def test_a_folder_linked_from_inside_that_leads_out_is_refused(folder: Path) -> None:
    (folder / "huisstijl").symlink_to(folder.parent)

    with pytest.raises(HouseStyleError, match="buiten de map"):
        read_logo_in_folder("huisstijl/geheim.svg", folder)


def test_a_tilde_in_a_file_is_no_home_folder(folder: Path) -> None:
    with pytest.raises(HouseStyleError) as caught:
        read_logo_in_folder("~/logo.svg", folder)

    assert caught.value.problem == "missing"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_refused_without_reading(folder: Path) -> None:
    os.mkfifo(folder / "pijp.png")

    with pytest.raises(HouseStyleError) as caught:
        read_logo(folder / "pijp.png")

    assert caught.value.problem == "not_a_file"


def test_a_huge_logo_is_refused(folder: Path) -> None:
    big = folder / "groot.png"
    big.write_bytes(PNG_SIGNATURE + b"\0" * MAX_LOGO_BYTES)

    with pytest.raises(HouseStyleError, match="groter dan 5 MB"):
        read_logo(big)


def test_a_png_that_claims_too_many_pixels_is_refused(folder: Path) -> None:
    """A decompression bomb: a small file whose header claims 100.000 x 100.000 pixels."""
    header = PNG_SIGNATURE + b"\0\0\0\rIHDR" + (100_000).to_bytes(4, "big") * 2
    (folder / "bom.png").write_bytes(header + b"\x08\x06\0\0\0" + b"\0" * 4)

    with pytest.raises(HouseStyleError, match="100000 bij 100000 beeldpunten"):
        read_logo(folder / "bom.png")


def test_a_real_png_passes_the_size_check(folder: Path) -> None:
    (folder / "logo.png").write_bytes(png_bytes())

    assert read_logo(folder / "logo.png").mime == "image/png"


def test_a_name_too_long_for_the_system_is_a_missing_logo(folder: Path) -> None:
    with pytest.raises(HouseStyleError) as refused:
        read_logo_in_folder("x" * 300 + ".png", folder)

    assert refused.value.problem == "missing"


def test_messages_name_the_logo_as_the_user_wrote_it(folder: Path) -> None:
    (folder / "nep.png").write_text("geen plaatje", encoding="utf-8")

    with pytest.raises(HouseStyleError) as caught:
        read_logo_in_folder("nep.png", folder)

    assert caught.value.message.startswith("Het logo nep.png is geen PNG-afbeelding")
    assert caught.value.field == "logo"
