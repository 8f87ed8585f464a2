"""build_report_view on real business cases from the example interviews."""

from __future__ import annotations

import pytest

from crm_roi.pipeline import Evaluation
from crm_roi.report.adapter import build_report_view
from crm_roi.report.style import ReportStyle
from crm_roi.report.view import ReportView

from .cases import evaluate_answers, example_answers


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate_answers(example_answers("installatiebedrijf-pipedrive.yaml"))


@pytest.fixture(scope="module")
def view(evaluation: Evaluation) -> ReportView:
    return build_report_view(evaluation, ReportStyle(organisation=None))


def test_summary_takes_the_case_figures(evaluation: Evaluation, view: ReportView) -> None:
    case = evaluation.case
    assert view.summary.npv == case.analysis.npv
    assert view.summary.investment == case.costs[0]
    assert view.summary.payback_months == case.analysis.payback_months


def test_every_named_cost_line_is_shown(evaluation: Evaluation, view: ReportView) -> None:
    case = evaluation.case
    shown = [line.label for line in view.costs.one_time + view.costs.recurring + view.costs.own]
    assert shown == [line.label for line in case.cost_lines]


def test_benefits_are_grouped_per_goal(view: ReportView) -> None:
    keys = [group.key for group in view.benefit_groups]
    assert keys[:3] == ["efficientie", "leads", "klantbehoud"]


def test_sensitivity_labels_come_from_the_flow(view: ReportView) -> None:
    assert all(row.label and "_" not in row.label for row in view.sensitivity)


def test_every_resolved_input_is_an_assumption(evaluation: Evaluation, view: ReportView) -> None:
    resolved = evaluation.resolved
    assert len(view.assumptions) == len(resolved)


def test_organisation_comes_from_the_answers(view: ReportView) -> None:
    assert view.meta.organisation == "Van Dijk Installatietechniek B.V."
