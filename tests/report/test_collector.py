"""The PDF render spares the collector the older objects, and leaves it as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

from crm_roi.report.render import write_pdf


def test_nothing_stays_frozen_after_a_pdf(tmp_path: Path) -> None:
    write_pdf("<p>Hallo</p>", tmp_path / "a.pdf")

    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_stay_frozen(tmp_path: Path) -> None:
    marker = ["frozen before the render"]
    gc.freeze()
    try:
        write_pdf("<p>Hallo</p>", tmp_path / "a.pdf")
        # frozen objects may die meanwhile (the count drops), but the living stay frozen
        assert not any(obj is marker for obj in gc.get_objects())
    finally:
        gc.unfreeze()
