"""Starting the app loads neither WeasyPrint nor NumPy (they are warmed after the first paint)."""

from __future__ import annotations

import subprocess
import sys

SLOW = ("weasyprint", "numpy")


def loaded_after_import(*modules: str) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in modules)
        + f"print(','.join(m for m in {SLOW!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return {name for name in result.stdout.strip().split(",") if name}


def test_importing_the_app_and_cli_loads_no_slow_module() -> None:
    assert loaded_after_import("crm_roi.tui", "crm_roi.cli") == set()


def test_the_start_up_path_loads_no_slow_module() -> None:
    assert loaded_after_import("crm_roi.tui.app", "crm_roi.tui.interview_session") == set()
