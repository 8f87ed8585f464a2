"""Text from files reaches the terminal without escape sequences or control characters."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from crm_roi.terminal_text import terminal_safe

HOSTILE_NAME = "\x1b]0;PWNED\x07\x1b[2J"


def test_title_and_clear_screen_sequences_are_removed() -> None:
    assert terminal_safe(f"Bakker{HOSTILE_NAME} B.V.") == "Bakker B.V."


def test_colours_cursor_moves_and_8_bit_sequences_are_removed() -> None:
    text = "\x1b[31mrood\x1b[0m \x1b[10;20Hhier \x9b2Jweg \x9d0;titel\x9c \x1bPdcs\x1b\\klaar"

    assert terminal_safe(text) == "rood hier weg  klaar"


def test_carriage_return_backspace_and_bell_are_removed() -> None:
    assert terminal_safe("veilig\rONVEILIG\x08\x07") == "veiligONVEILIG"


def test_bidi_overrides_that_reorder_the_text_are_removed() -> None:
    assert terminal_safe("factuur\u202egnp.exe") == "factuurgnp.exe"


def test_dutch_text_with_newlines_and_tabs_is_kept() -> None:
    text = "Café Één € 1.250,50\n\tregel twee — ‘citaat’ 😀"

    assert terminal_safe(text) == text


def test_bytes_of_a_file_name_that_are_not_utf8_become_a_replacement_character() -> None:
    name = b"klant-\xff.yaml".decode("utf-8", errors="surrogateescape")

    assert terminal_safe(name) == "klant-\ufffd.yaml"
    terminal_safe(name).encode("utf-8")  # printable on any UTF-8 terminal


def test_windows_line_ends_become_newlines() -> None:
    assert terminal_safe("een\r\ntwee") == "een\ntwee"


@given(st.text())
def test_no_control_character_but_tab_and_newline_survives(text: str) -> None:
    safe = terminal_safe(text)

    for character in safe:
        assert character in "\t\n" or unicodedata.category(character) != "Cc"
    assert "\u202e" not in safe


@given(st.text())
def test_cleaning_twice_changes_nothing(text: str) -> None:
    assert terminal_safe(terminal_safe(text)) == terminal_safe(text)


@given(st.text(alphabet=st.characters(categories=("L", "N", "P", "S", "Zs"))))
def test_text_without_controls_is_left_alone(text: str) -> None:
    assert terminal_safe(text) == text
