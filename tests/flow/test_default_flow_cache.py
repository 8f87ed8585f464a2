"""The bundled flow is read once per process, and again when its file changes."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from crm_roi.flow import load_default_flow, loader
from crm_roi.locations import default_flow_path


def test_every_caller_shares_one_default_flow() -> None:
    assert load_default_flow() is load_default_flow()


def test_a_changed_flow_file_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "crm_roi.yaml"
    shutil.copy(default_flow_path(), copy)
    monkeypatch.setattr(loader, "default_flow_path", lambda: copy)
    load_default_flow()

    text = re.sub(r"^title: .*$", "title: Aangepast", copy.read_text("utf-8"), count=1, flags=re.M)
    copy.write_text(text, "utf-8")
    os.utime(copy, ns=(0, 0))  # a different modification time, however fast the clock

    assert load_default_flow().title == "Aangepast"
