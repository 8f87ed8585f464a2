"""crm_roi.yaml_loading: YAML 1.2 scalars, and bounded work for any text or file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crm_roi import limits
from crm_roi.yaml_loading import (
    FileProblem,
    YamlProblem,
    YamlScalar,
    compose,
    read_limited,
    safe_load,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4:30", "4:30"),  # YAML 1.1: 270 (sexagesimal)
        ("1:20:00", "1:20:00"),
        ("yes", "yes"),  # YAML 1.1: True
        ("no", "no"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("010", 10),  # YAML 1.1: 8 (octal)
        ("0o10", 8),
        ("0x1F", 31),
        ("1_000", "1_000"),  # YAML 1.1: 1000
        ("1e3", 1000.0),  # PyYAML: the text '1e3'
        ("12.5", 12.5),
        ("-.inf", float("-inf")),
        ("2026-11-18", "2026-11-18"),  # YAML 1.1: a date
        ("true", True),
        ("False", False),
        ("~", None),
        ("null", None),
        ("'yes'", "yes"),
        ("!!str 5", "5"),
        ("!!float 5", 5.0),
    ],
)
def test_scalars_are_read_by_yaml_1_2(text: str, expected: object) -> None:
    assert safe_load(f"a: {text}\n") == {"a": expected}


def test_each_value_keeps_the_text_as_written() -> None:
    root = compose("a: 010\n")

    assert root is not None and not isinstance(root, YamlScalar)
    value = root.items[0][1]
    assert isinstance(value, YamlScalar)
    assert (value.value, value.text, value.plain, value.line) == (10, "010", True, 1)


def test_billion_laughs_is_refused_without_expanding() -> None:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for level in "bcdefghij":
        previous = chr(ord(level) - 1)
        text += f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]\n"

    with pytest.raises(YamlProblem) as caught:
        safe_load(text)

    assert caught.value.kind == "size"


def test_a_few_aliases_are_fine_where_allowed() -> None:
    assert safe_load("a: &x [1, 2]\nb: *x\n") == {"a": [1, 2], "b": [1, 2]}


def test_aliases_are_refused_where_not_allowed() -> None:
    with pytest.raises(YamlProblem) as caught:
        compose("a: &x 1\nb: *x\n", aliases=False)

    assert (caught.value.kind, caught.value.line) == ("alias", 1)


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 5000 + "]" * 5000,
        "a: " + "{b: " * 5000 + "1" + "}" * 5000,
        "".join(" " * level + "- \n" for level in range(0, 10000, 2)),
    ],
    ids=["flow lists", "flow mappings", "block lists"],
)
def test_deep_nesting_is_refused(text: str) -> None:
    with pytest.raises(YamlProblem) as caught:
        safe_load(text)

    assert caught.value.kind == "depth"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: 1\nb: x\x00y\n", 2),
        ('a: "x\\0y"\n', 1),
        ('a: "x\\x07"\n', 1),
        ("a: x\x1b[31m\n", 1),
        ('a: "x\\ud800"\n', 1),
        ("a: x\ud800\n", 1),
    ],
    ids=[
        "NUL byte",
        "NUL escape",
        "bell escape",
        "escape sequence",
        "surrogate escape",
        "surrogate",
    ],
)
def test_control_characters_and_lone_surrogates_are_refused(text: str, line: int) -> None:
    with pytest.raises(YamlProblem) as caught:
        safe_load(text)

    assert (caught.value.kind, caught.value.line) == ("character", line)


def test_tabs_and_line_breaks_in_a_value_are_fine() -> None:
    assert safe_load('a: "x\\ty\\nz"\n') == {"a": "x\ty\nz"}


def test_a_too_long_value_is_refused() -> None:
    with pytest.raises(YamlProblem) as caught:
        safe_load("a: " + "x" * (limits.MAX_SCALAR_LENGTH + 1))

    assert caught.value.kind == "scalar_length"


def test_a_number_with_thousands_of_digits_is_refused() -> None:
    with pytest.raises(YamlProblem) as caught:
        safe_load("a: " + "9" * 5000)

    assert caught.value.kind == "number"


@pytest.mark.parametrize(
    "text", ["a: !!python/object:os.system x", "a: !!binary aGk=", "a: !eigen x", "a: !!int x"]
)
def test_other_tags_are_refused(text: str) -> None:
    with pytest.raises(YamlProblem) as caught:
        safe_load(text)

    assert caught.value.kind == "tag"


def test_more_than_one_document_is_refused() -> None:
    with pytest.raises(YamlProblem) as caught:
        safe_load("a: 1\n---\nb: 2\n")

    assert (caught.value.kind, caught.value.line) == ("documents", 2)


def test_a_duplicate_key_is_refused_in_plain_data() -> None:
    with pytest.raises(YamlProblem, match="duplicate"):
        safe_load("a: 1\na: 2\n")


def test_a_syntax_error_has_its_line() -> None:
    with pytest.raises(YamlProblem) as caught:
        safe_load("a: 1\nb: [2\nc: 3\n")

    assert caught.value.kind == "syntax"
    assert caught.value.line is not None


def test_a_regular_file_within_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"a: 1\n")

    assert read_limited(path, 5) == b"a: 1\n"


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    with open(path, "wb") as stream:
        stream.truncate(200_000_000)  # sparse: no disk space, but 200 MB as far as stat knows

    with pytest.raises(FileProblem) as caught:
        read_limited(path, 1_000_000)

    assert (caught.value.kind, caught.value.detail) == ("too_large", "200000000")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "pijp.yaml"
    os.mkfifo(path)

    with pytest.raises(FileProblem) as caught:
        read_limited(path, 1_000_000)

    assert (caught.value.kind, caught.value.detail) == ("not_regular", "pipe")  # crm_roi.file_kinds


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused() -> None:
    with pytest.raises(FileProblem) as caught:
        read_limited(Path("/dev/zero"), 1_000_000)

    assert (caught.value.kind, caught.value.detail) == ("not_regular", "device")


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as folder:
        read_limited(tmp_path, 1_000_000)
    with pytest.raises(FileProblem) as missing:
        read_limited(tmp_path / "weg.yaml", 1_000_000)

    assert (folder.value.kind, missing.value.kind) == ("not_regular", "missing")
