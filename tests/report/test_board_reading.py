"""What a client's board reads: a recommendation in one word, the simulation reconciled with the
expected case, differences that add up from the shown figures, and inputs in their own format."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

import pytest

from crm_roi.report.adapter import build_report_view
from crm_roi.report.filters import pair_decimals, shown_difference
from crm_roi.report.render import render_view_html
from crm_roi.report.style import ReportStyle
from crm_roi.report.view import ReportView, Target

from .cases import evaluate_example
from .sample_views import sample_view

SALESFORCE = "zakelijke-dienstverlener-salesforce.yaml"
GROOTHANDEL = "groothandel-dynamics.yaml"


def _text(view: ReportView) -> str:
    plain = re.sub(r"<[^>]+>", " ", render_view_html(view))
    return " ".join(unescape(plain).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def salesforce() -> ReportView:
    return build_report_view(evaluate_example(SALESFORCE), ReportStyle(organisation=None))


@pytest.fixture(scope="module")
def groothandel() -> ReportView:
    return build_report_view(evaluate_example(GROOTHANDEL), ReportStyle(organisation=None))


@pytest.fixture(scope="module")
def own_lines() -> ReportView:
    evaluation = evaluate_example("../tests/fixtures/eigen_posten_ingroei.yaml")
    return build_report_view(evaluation, ReportStyle(organisation=None))


def test_the_summary_opens_with_one_word_and_one_sentence(
    salesforce: ReportView, groothandel: ReportView, own_lines: ReportView
) -> None:
    assert "Advies: doorgaan onder voorwaarden" in _text(salesforce)
    assert "Advies: doorgaan De investering in Microsoft Dynamics" in _text(groothandel)
    assert (
        "Advies: niet doorgaan De investering levert over 4 jaar naar verwachting een "
        "negatieve NCW van" in _text(own_lines)
    )


def test_conditions_name_the_assumptions_that_weigh_most_with_their_switch_values(
    salesforce: ReportView,
) -> None:
    assert salesforce.recommendation is not None
    first, second = salesforce.recommendation.conditions
    text = _text(salesforce)
    assert "minder dan 80%" in text  # the chance of a positive NCW is below the rule's 80%
    assert "valt buiten de gewenste 3 jaar" in text  # payback beyond the client's target
    assert "pilot" in text
    assert "daling van het klantverloop (nu 1,50 procentpunt; de NCW wordt nul bij 0,96" in text
    assert first.input_id == "churn_daling" and second.input_id == "tijdwinst_uren_per_week"


def test_the_bad_outcome_named_in_the_summary_is_p10_not_the_all_worst_scenario(
    salesforce: ReportView,
) -> None:
    summary = _text(salesforce).split("De drie belangrijkste adviezen")[0]
    p10 = salesforce.figures["simulatie.p10"]
    assert "P10: 1 op de 10 uitkomsten is slechter" in summary
    assert p10.value is not None and p10.value < 0
    magnitude = p10.formula.rsplit(": ", 1)[1].replace("\xa0", " ").replace("−", "")
    assert f"dan ontstaat een negatieve NCW van {magnitude}" in summary
    assert "conservatieve scenario" not in summary


def test_the_simulation_mean_is_the_expected_npv(salesforce: ReportView) -> None:
    text = _text(salesforce)
    assert "Verwachte NCW (de business case) € 252.232" in text
    assert salesforce.monte_carlo is not None
    assert salesforce.monte_carlo.npv_mean == pytest.approx(252_232, rel=0.02)
    assert "Waarom ligt het middelste geval" not in text


def test_method_a_margin_is_the_difference_of_the_shown_amounts() -> None:
    view = sample_view()
    figures = view.figures
    expected = round(figures.value("methode_a.verwacht"))
    required = round(figures.value("methode_a.vereist"))
    assert figures.value("methode_a.verschil") == abs(expected - required)
    shown = figures["methode_a.verschil"].formula.rsplit("= ", 1)[1].replace("\xa0", " ")
    assert f"met een marge van {shown} per jaar" in _text(view)


def test_shown_difference_uses_the_whole_euros() -> None:
    assert shown_difference(196_589.4, 109_315.6) == 87_273.0


def test_whole_hours_have_no_decimals_in_the_sensitivity_table() -> None:
    assert pair_decimals([120.0, 280.0], "hours") == 0
    assert pair_decimals([0.75, 2.25], "hours") == 2


def test_euro_pair_with_cents_below_100_shows_cents_for_both() -> None:
    assert pair_decimals([85.5, 99.0], "euro") == 2
    assert pair_decimals([85.0, 99.0], "euro") == 0
    assert pair_decimals([1250.5, 2000.0], "euro") == 0


def test_int_target_is_rounded_up_to_a_whole_number() -> None:
    from crm_roi.report.adapter import _shown_target

    assert _shown_target(11.5, "int") == 12
    assert _shown_target(12.0000000001, "int") == 12
    assert _shown_target(1.83, "hours") == 1.83


def test_int_target_shows_whole_numbers() -> None:
    view = sample_view(benefit_scale=0.5)
    target = Target("Meer leads", "Extra leads per maand", 10, 12, "int")
    method_a = dataclasses.replace(view.method_a, reached=False, gap=1000.0, targets=(target,))
    text = _text(dataclasses.replace(view, method_a=method_a))
    assert "Extra leads per maand 10 12" in text
