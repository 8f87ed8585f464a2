"""build_report_view on real business cases from the example interviews."""

from __future__ import annotations

import pytest

from crm_roi.pipeline import Evaluation
from crm_roi.report.adapter import build_report_view
from crm_roi.report.style import ReportStyle
from crm_roi.report.view import ReportView

from .cases import EXAMPLES, evaluate_answers, example_answers

EXAMPLE_NAMES = sorted(path.name for path in EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate_answers(example_answers("installatiebedrijf-pipedrive.yaml"))


@pytest.fixture(scope="module")
def view(evaluation: Evaluation) -> ReportView:
    return build_report_view(evaluation, ReportStyle(organisation=None))


def test_the_view_carries_the_case_and_its_figures(
    evaluation: Evaluation, view: ReportView
) -> None:
    case = evaluation.case
    assert view.case is case and view.figures is evaluation.figures
    assert view.figures.value("ncw") == case.analysis.npv
    assert view.figures.value("kosten.jaar_0") == case.costs[0]
    assert view.figures["terugverdientijd"].value == case.analysis.payback_months


def test_every_named_cost_line_is_shown(evaluation: Evaluation, view: ReportView) -> None:
    assert view.tables is not None
    tables = view.tables
    shown = [row.label for row in tables.one_time] + [row.label for row in tables.recurring]
    assert sorted(set(shown)) == sorted({line.label for line in evaluation.case.cost_lines})


def test_benefits_are_grouped_per_goal(view: ReportView) -> None:
    assert view.tables is not None
    keys = [group.key for group in view.tables.benefit_groups]
    assert keys[:3] == ["efficientie", "leads", "klantbehoud"]


def test_sensitivity_labels_come_from_the_flow(view: ReportView) -> None:
    assert all(row.label and "_" not in row.label for row in view.sensitivity)


def test_every_resolved_input_is_an_assumption(evaluation: Evaluation, view: ReportView) -> None:
    resolved = evaluation.resolved
    assert len(view.assumptions) == len(resolved)


def test_organisation_comes_from_the_answers(view: ReportView) -> None:
    assert view.meta.organisation == "Van Dijk Installatietechniek B.V."


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_summary_takes_the_top_three_advices(name: str) -> None:
    evaluation = evaluate_answers(example_answers(name))
    view = build_report_view(evaluation, ReportStyle())
    assert [a.title for a in view.top_advices] == [a.title for a in evaluation.advice.top(3)]
    assert len(view.top_advices) == 3


def test_percentage_points_keep_their_unit(view: ReportView) -> None:
    units = {row.label: row.unit for row in view.sensitivity}
    assert units["Daling van het klantverloop"] == "points"
    assert units["Tijdwinst per gebruiker per week"] == "hours"


def test_method_a_targets_carry_the_unit_of_their_question() -> None:
    evaluation = evaluate_answers(example_answers("zakelijke-dienstverlener-salesforce.yaml"))
    targets = build_report_view(evaluation, ReportStyle()).method_a.targets
    units = {t.input_label: t.unit for t in targets}
    assert units["Daling van het klantverloop"] == "points"
    assert units["Tijdwinst per gebruiker per week"] == "hours"


def test_logo_is_embedded_as_a_data_uri(evaluation: Evaluation) -> None:
    logo = EXAMPLES / "kompas-logo.svg"
    view = build_report_view(evaluation, ReportStyle.build(logo=logo))
    assert view.meta.logo_url is not None
    assert view.meta.logo_url.startswith("data:image/svg+xml;base64,")


def test_global_method_keeps_the_chosen_goals_with_their_kpis() -> None:
    answers = {
        **example_answers("installatiebedrijf-pipedrive.yaml"),
        "methode": "globaal",
        "verwachte_jaarlijkse_baten": 40_000,
    }
    view = build_report_view(evaluate_answers(answers), ReportStyle())
    assert [goal.key for goal in view.goals] == ["efficientie", "leads", "klantbehoud"]
    assert all(goal.kpis for goal in view.goals)


def test_another_package_is_not_known_by_name() -> None:
    answers = {**example_answers("installatiebedrijf-pipedrive.yaml"), "crm_pakket": "anders"}
    view = build_report_view(evaluate_answers(answers), ReportStyle())
    assert not view.meta.package_known


def test_a_listed_package_is_known_by_name(view: ReportView) -> None:
    assert view.meta.package_known and view.meta.crm_package == "Pipedrive"
