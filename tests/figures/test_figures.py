"""Every figure is traceable: its formula recomputes from the numbers it shows, its inputs
exist, and it is the value the business case computed."""

from __future__ import annotations

import math

import pytest

from crm_roi.business_case.bounds import NUMBER_KINDS
from crm_roi.pipeline import Evaluation

from .formula_reader import chain, tolerance


def test_every_formula_recomputes_from_the_numbers_it_shows(evaluation: Evaluation) -> None:
    checked = 0
    for figure in evaluation.figures.values():
        if " = " not in figure.formula or figure.value is None:
            continue
        for computed, shown in chain(figure.formula):
            assert computed == pytest.approx(shown, abs=tolerance(figure.formula, shown)), (
                figure.id,
                figure.formula,
            )
            checked += 1
    assert checked > 100


def test_every_input_of_a_figure_is_a_question_or_another_figure(
    evaluation: Evaluation,
) -> None:
    figures = evaluation.figures
    known = set(NUMBER_KINDS) | {"doel_terugverdientijd_jaren"}
    for figure in figures.values():
        for used in figure.inputs:
            assert used in figures or used in known, (figure.id, used)


def test_the_headline_figures_are_the_business_case_s_own(evaluation: Evaluation) -> None:
    case, figures = evaluation.case, evaluation.figures
    assert figures.value("ncw") == case.analysis.npv
    assert figures.value("cw.kosten") == case.analysis.pv_costs
    assert figures.value("kosten.totaal") == pytest.approx(case.analysis.total_costs)
    for year, cost in enumerate(case.costs):
        assert figures.value(f"kosten.jaar_{year}") == cost
        assert figures.value(f"baten.jaar_{year}") == case.benefits[year]
        assert figures.value(f"cumulatief.jaar_{year}") == case.analysis.cumulative[year]
    for line in (*case.cost_lines, *case.benefit_lines):
        year = 0 if line.group == "eenmalig" else 1
        assert figures.value(f"{line.kind}.{line.key}.jaar_{year}") == line.amounts[year]
    assert figures["terugverdientijd"].value == case.analysis.payback_months
    assert figures.value("methode_b.baten_volledig") == case.method_b.full_yearly_benefit


def test_hard_and_soft_benefits_add_up_to_all_benefits(evaluation: Evaluation) -> None:
    figures = evaluation.figures
    if "baten.tijdwinst.totaal" not in figures:
        pytest.skip("a global estimate is not split")
    total = figures.value("baten.geld.totaal") + figures.value("baten.tijdwinst.totaal")
    assert total == pytest.approx(figures.value("baten.totaal"))


def test_full_use_benefit_is_a_column_of_the_benefit_tables(evaluation: Evaluation) -> None:
    """Method B's yearly benefit at full use counts own lines at their full-use amount."""
    case = evaluation.case
    if case.horizon < 3:
        pytest.skip("no year of full use within the horizon")
    assert case.method_b.full_yearly_benefit == pytest.approx(case.benefits[3])


def test_figure_values_are_finite_or_absent(evaluation: Evaluation) -> None:
    for figure in evaluation.figures.values():
        assert figure.value is None or math.isfinite(figure.value), figure.id
        assert figure.label and figure.formula, figure.id
