"""The nacalculatie flow: clean, and in step with the default flow and the realisation ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.flow import Flow, check_flow_file, load_flow
from crm_roi.history.actuals import INITIAL_LINES, RECURRING_LINES
from crm_roi.history.realisation_flow import MEASURED_IDS, PLAN_PREFIX
from crm_roi.locations import bundled_flow_path


@pytest.fixture(scope="module")
def path() -> Path:
    found = bundled_flow_path("nacalculatie")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def flow(path: Path) -> Flow:
    return load_flow(path)


def test_the_nacalculatie_flow_is_checked_clean(path: Path) -> None:
    assert check_flow_file(path) == []


def test_its_questions_are_the_measured_drivers_and_the_cost_lines(flow: Flow) -> None:
    assert [q.id for q in flow.questions] == [*MEASURED_IDS, *RECURRING_LINES, *INITIAL_LINES]


def test_each_question_defaults_to_the_plans_figure_and_explains_itself(flow: Flow) -> None:
    given = {item.name for item in flow.given}
    for question in flow.questions:
        assert question.default is not None
        assert question.default.expr == PLAN_PREFIX + question.id
        assert PLAN_PREFIX + question.id in given
        assert question.help
        assert question.when


def test_the_given_goals_and_methods_are_the_default_flows_choices(
    flow: Flow, default_flow: Flow
) -> None:
    given = {item.name: item for item in flow.given}
    assert given["doelen"].choices == default_flow.question("doelen").choices
    assert given["methode"].choices == default_flow.question("methode").choices


def test_measured_drivers_have_the_default_flows_type_unit_and_bounds(
    flow: Flow, default_flow: Flow
) -> None:
    for driver in MEASURED_IDS:
        measured, planned = flow.question(driver), default_flow.question(driver)
        assert (measured.type, measured.unit, measured.min, measured.max) == (
            planned.type,
            planned.unit,
            planned.min,
            planned.max,
        )
