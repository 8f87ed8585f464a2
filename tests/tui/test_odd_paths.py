"""Paths the system refuses (too long, a NUL, "~someone" without such a user) get a Dutch
answer; they never end the app.

Before: typing "~anna/logo.png" or a very long logo path in the report details (F2) ended
the app, and so did such a logo in an interview file once the PDF was made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.interview import new_interview
from crm_roi.tui import messages as msg
from crm_roi.tui.report_details import detail_problem, report_interview

ODD = ["~geen-gebruiker-die-bestaat/logo.png", "x" * 300 + ".png", "lo\x00go.png"]


@pytest.mark.parametrize("logo", ODD)
def test_an_odd_logo_path_is_a_missing_logo(tmp_path: Path, logo: str) -> None:
    problem = detail_problem("logo", logo, tmp_path)
    assert problem is not None
    assert "bestaat niet" in problem


@pytest.mark.parametrize("logo", ODD)
def test_an_odd_logo_in_the_file_is_left_out_of_the_report(tmp_path: Path, logo: str) -> None:
    interview = new_interview("crm_roi", "1")
    metadata = interview.metadata.model_copy(update={"logo": logo})
    interview = interview.model_copy(update={"metadata": metadata})
    shown, notices = report_interview(interview, tmp_path)
    assert shown.metadata.logo is None
    assert notices == (msg.LOGO_MISSING.format(logo=logo),)
