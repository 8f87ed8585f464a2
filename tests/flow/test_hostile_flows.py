"""`crm-roi check` on hostile flow files: a Dutch finding within seconds, never a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crm_roi.flow import check_flow_file, load_flow

SMALL = """\
id: klein
version: 1.10
title: "Klein"
sections:
  - title: "A"
    questions:
      - id: koppeling
        type: choice
        text: "Koppeling?"
        choices:
          - {value: yes, label: "Ja"}
          - {value: no, label: "Nee"}
        default: no
      - id: tijd
        type: hours
        text: "Hoeveel uur?"
        default: 4
"""


def _flow(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vragen.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def _only_finding(path: Path) -> tuple[int | None, str]:
    findings = check_flow_file(path)
    assert len(findings) == 1, findings
    return findings[0].line, findings[0].message


def test_yaml_1_1_words_in_a_flow_are_read_as_written(tmp_path: Path) -> None:
    flow = load_flow(_flow(tmp_path, SMALL))

    assert flow.version == "1.10"
    assert [choice.value for choice in flow.question("koppeling").choices] == ["yes", "no"]


def test_billion_laughs_in_a_flow_is_a_finding(tmp_path: Path) -> None:
    laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for level in "bcdefghi":
        laughs += f"{level}: &{level} [" + ",".join([f"*{chr(ord(level) - 1)}"] * 9) + "]\n"

    line, message = _only_finding(_flow(tmp_path, laughs + SMALL))

    assert "te veel waarden" in message and line is not None


def test_deep_nesting_in_a_flow_is_a_finding(tmp_path: Path) -> None:
    _, message = _only_finding(_flow(tmp_path, SMALL + "extra: " + "[" * 5000 + "]" * 5000))

    assert "te diep in elkaar genest" in message


def test_a_nul_byte_in_a_flow_is_a_finding_with_its_line(tmp_path: Path) -> None:
    line, message = _only_finding(_flow(tmp_path, SMALL.replace("Klein", "Kl\x00ein", 1)))

    assert (line, "U+0000" in message) == (3, True)


def test_a_lone_surrogate_in_a_flow_is_a_finding(tmp_path: Path) -> None:
    _, message = _only_finding(_flow(tmp_path, SMALL.replace('"Klein"', '"Kl\\ud800ein"', 1)))

    assert "teken dat niet in een tekstbestand hoort" in message


def test_a_300_character_id_is_named_shortly(tmp_path: Path) -> None:
    _, message = _only_finding(_flow(tmp_path, SMALL.replace("id: klein", "id: " + "k" * 300)))

    assert message == "De waarde bij 'id' is te lang; houd het korter dan 64 tekens."


def test_a_50_mb_flow_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    with open(path, "wb") as stream:
        stream.truncate(50_000_000)

    _, message = _only_finding(path)

    assert message == "Het bestand is te groot voor een vragenlijst (50 MB; hoogstens 2 MB)."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_flow_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "pijp.yaml"
    os.mkfifo(path)

    assert _only_finding(path)[1] == "Dit is een pipe (FIFO), geen gewoon bestand."


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_as_flow_is_refused_at_once() -> None:
    assert _only_finding(Path("/dev/zero"))[1] == "Dit is een apparaat, geen gewoon bestand."
