"""The report details the app accepts are ones the interview file can hold and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.interview import (
    InterviewMetadata,
    interview_from_yaml,
    interview_to_yaml,
    new_interview,
)
from crm_roi.limits import MAX_TEXT_LENGTH
from crm_roi.tui.report_details import detail_problem, with_details
from crm_roi.tui.view_models import ReportDetails


@pytest.mark.parametrize(
    "text",
    ["J" * (MAX_TEXT_LENGTH + 1), "Jansen\x1b[31m", "Jansen\x00"],
    ids=["long", "esc", "nul"],
)
def test_a_name_the_file_cannot_hold_is_refused_in_the_dialog(text: str, tmp_path: Path) -> None:
    assert detail_problem("adviseur", text, tmp_path) == (
        f"Dat is te lang of bevat een stuurteken; houd het korter dan {MAX_TEXT_LENGTH} tekens."
    )


def test_an_accepted_name_survives_saving_and_reading(tmp_path: Path) -> None:
    name = "J" * MAX_TEXT_LENGTH
    assert detail_problem("adviseur", name, tmp_path) is None
    details = ReportDetails(adviseur=name, adviesbureau="", logo="", accentkleur="")
    interview = new_interview("crm_roi", 1).model_copy(
        update={"metadata": with_details(InterviewMetadata(), details)}
    )

    assert interview_from_yaml(interview_to_yaml(interview)).interview == interview
