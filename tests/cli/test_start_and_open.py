"""`crm-roi` and `crm-roi open FILE` hand over to the terminal app (faked here)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from crm_roi.cli import run

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "groothandel-dynamics.yaml"


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
