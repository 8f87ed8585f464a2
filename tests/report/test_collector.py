"""The PDF render spares the collector the older objects, and leaves it as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

from crm_roi.report.render import write_pdf


def test_nothing_stays_frozen_after_a_pdf(tmp_path: Path) -> None:
    write_pdf("<p>Hallo</p>", tmp_path / "a.pdf")

    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_stay_frozen(tmp_path: Path) -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        write_pdf("<p>Hallo</p>", tmp_path / "a.pdf")
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
