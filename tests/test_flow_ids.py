"""A flow is looked up by its id, and an id is never a path."""

from __future__ import annotations

import pytest

from crm_roi import locations
from crm_roi.interview import InterviewError, new_interview
from crm_roi.interview.model import Interview
from crm_roi.pipeline import flow_for


def test_a_flow_id_names_the_bundled_flow() -> None:
    assert locations.bundled_flow_path("crm_roi") == locations.default_flow_path()


@pytest.mark.parametrize(
    "flow_id",
    [
        "../../elders/geheim",
        "/etc/passwd",
        "crm_roi/../crm_roi",
        "CRM_ROI",
        "",
        "a b",
        "benchmarks",
        "advice",
    ],
)
def test_anything_else_names_no_flow(flow_id: str) -> None:
    assert locations.bundled_flow_path(flow_id) is None


def test_an_interview_whose_flow_id_is_a_path_is_not_an_interview() -> None:
    data = new_interview("crm_roi", "1").model_dump()
    data["flow"]["id"] = "../../elders/geheim"

    with pytest.raises(ValueError, match=r"flow\.id"):
        Interview.model_validate(data)


def test_an_interview_made_in_code_with_a_path_as_flow_id_finds_no_flow() -> None:
    interview = new_interview("crm_roi", "1")
    reference = interview.flow.model_construct(id="../../elders/geheim", version="1")
    interview = interview.model_copy(update={"flow": reference})

    with pytest.raises(InterviewError, match="niet gevonden"):
        flow_for(interview)
