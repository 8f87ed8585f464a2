"""`crm-roi` and `crm-roi open FILE` hand over to the terminal app (faked here)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from crm_roi.cli import commands, run

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "groothandel-dynamics.yaml"


@pytest.fixture(autouse=True)
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if started in a terminal (pytest captures standard input and output)."""
    monkeypatch.setattr(commands, "has_terminal", lambda: True)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Replace the terminal app by a recorder of the paths it was started with."""
    calls: list[Path | None] = []
    fake = types.ModuleType("crm_roi.tui")

    def run_app(path: Path | None = None, *, make_pdf: object = None) -> None:
        assert callable(make_pdf)
        calls.append(path)

    fake.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "crm_roi.tui", fake)
    return calls


def test_without_command_starts_a_new_interview(started: list[Path | None]) -> None:
    assert run([]) == 0
    assert started == [None]


def test_open_resumes_the_file(started: list[Path | None]) -> None:
    assert run(["open", str(EXAMPLE)]) == 0
    assert started == [EXAMPLE]


def test_open_reports_a_broken_file_before_starting(
    started: list[Path | None], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("flow: [\n", encoding="utf-8")

    assert run(["open", str(broken)]) == 2
    assert started == []
    assert "geen geldige YAML" in capsys.readouterr().err


def test_without_the_app_says_so_in_dutch_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "crm_roi.tui", None)

    assert run([]) == 0
    assert "nog niet beschikbaar" in capsys.readouterr().out


def test_without_a_terminal_points_to_report(
    started: list[Path | None], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(commands, "has_terminal", lambda: False)

    assert run([]) == 2
    assert started == []
    error = capsys.readouterr().err
    assert "heeft een terminal nodig" in error and "crm-roi report" in error


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("aantal_gebruikers: 40", "aantal_gebruikers: veel", "regel 19: vraag 'aantal_gebruikers'"),
        ("aantal_gebruikers: 40", "aantal_gebruikrs: 40", "regel 19: vraag 'aantal_gebruikrs'"),
        ("crm_pakket: dynamics_professional", "crm_pakket: odoo", "regel 20: vraag 'crm_pakket'"),
    ],
)
def test_open_checks_every_answer_before_starting(
    started: list[Path | None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    expected: str,
) -> None:
    edited = tmp_path / "klant.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    edited.write_text(text.replace(old, new), encoding="utf-8")

    assert run(["open", str(edited)]) == 2
    assert started == []
    assert f"Fout: {edited}, {expected}" in capsys.readouterr().err


def test_open_of_a_question_flow_says_what_it_is(
    started: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    flow = EXAMPLE.parents[1] / "question_flows" / "crm_roi.yaml"

    assert run(["open", str(flow)]) == 2
    assert started == []
    error = capsys.readouterr().err
    assert "dit is een vragenlijst, geen opgeslagen interview" in error
    assert "crm-roi check" in error
