"""`crm-roi report` collects garbage less often while it works, and restores the thresholds."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from crm_roi.cli import report_command, run

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "groothandel-dynamics.yaml"


def test_the_thresholds_are_raised_during_the_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[tuple[int, int, int]] = []
    real = report_command._report_one

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report_command, "_report_one", spy)
    before = gc.get_threshold()

    assert run(["report", str(EXAMPLE), "--format", "json", "-o", str(tmp_path / "a.json")]) == 0
    assert seen == [report_command.BATCH_GC_THRESHOLDS]
    assert gc.get_threshold() == before
