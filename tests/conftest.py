"""Keep every test away from the user's own data and cache folders."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_user_folders() -> Iterator[None]:
    """Autosaves and the template cache go to a throwaway folder for the whole run.

    Subprocesses (the CLI tests) inherit the variables; tests that need their own folder
    still set them with monkeypatch.
    """
    saved = {name: os.environ.get(name) for name in ("CRM_ROI_DATA_DIR", "CRM_ROI_CACHE_DIR")}
    with tempfile.TemporaryDirectory(prefix="crm-roi-tests-") as folder:
        os.environ["CRM_ROI_DATA_DIR"] = os.path.join(folder, "data")
        os.environ["CRM_ROI_CACHE_DIR"] = os.path.join(folder, "cache")
        yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
