"""Importing the command line stays light: the slow layers load only in the command."""

from __future__ import annotations

import subprocess
import sys

SLOW = ("textual", "numpy", "weasyprint", "jinja2", "pydantic", "crm_roi.report", "crm_roi.tui")


def test_importing_the_cli_loads_no_slow_module() -> None:
    script = (
        "import sys, crm_roi.cli\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {SLOW!r} or m in {SLOW!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "[]"
