"""The figures of what changed and of plan against actual: traceable like every other figure,
adding up on the page, and in the JSON."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest

from crm_roi import formatting
from crm_roi.benchmarks import load_benchmarks
from crm_roi.business_case.bounds import NUMBER_KINDS
from crm_roi.figures.changes import before_id, difference_id, effect_id, step_id
from crm_roi.figures.realisation import cash_id, kpi_id, line_id, result_id, total_id
from crm_roi.history import with_history
from crm_roi.interview import read_interview
from crm_roi.json_export import evaluation_to_dict
from crm_roi.pipeline import Evaluation, evaluate

from .formula_reader import chain, tolerance

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CHANGED = FIXTURES / "versie_gewijzigd.yaml"
REALISED = FIXTURES / "realisatie_installateur.yaml"
HISTORY = ("wijziging.", "realisatie.")


def _with_history(path: Path, since_version: int | None = None) -> Evaluation:
    loaded = read_interview(path)
    return with_history(
        evaluate(loaded), load_benchmarks(), loaded=loaded, since_version=since_version
    )


def _whole(value: float | None) -> float:
    assert value is not None
    return float(formatting.rounded(value))


@pytest.fixture(scope="module")
def changed() -> Evaluation:
    return _with_history(CHANGED, since_version=1)


@pytest.fixture(scope="module")
def realised() -> Evaluation:
    return _with_history(REALISED)


@pytest.fixture(scope="module", params=["changed", "realised"])
def history(request: pytest.FixtureRequest) -> Evaluation:
    evaluation: Evaluation = request.getfixturevalue(request.param)
    return evaluation


def test_every_history_formula_recomputes_from_the_numbers_it_shows(history: Evaluation) -> None:
    checked = 0
    for figure in history.figures.values():
        if not figure.id.startswith(HISTORY) or " = " not in figure.formula:
            continue
        if figure.value is None:
            continue
        for computed, shown in chain(figure.formula):
            assert computed == pytest.approx(shown, abs=tolerance(figure.formula, shown)), (
                figure.id,
                figure.formula,
            )
            checked += 1
    assert checked > 10


def test_every_input_of_a_history_figure_is_a_question_or_another_figure(
    history: Evaluation,
) -> None:
    figures = history.figures
    for figure in figures.values():
        if figure.id.startswith(HISTORY):
            assert figure.label and figure.formula, figure.id
            assert figure.value is None or math.isfinite(figure.value), figure.id
            for used in figure.inputs:
                assert used in figures or used in NUMBER_KINDS, (figure.id, used)


def test_the_effects_add_up_exactly_to_the_change_of_the_npv_as_shown(
    changed: Evaluation,
) -> None:
    changes, figures = changed.changes, changed.figures
    assert changes is not None and len(changes.attribution) >= 5
    effects = [figures.value(effect_id(line.id)) for line in changes.attribution]
    change = figures.value(difference_id("ncw"))
    assert sum(effects) == change
    assert change == _whole(figures.value("ncw")) - _whole(figures.value(before_id("ncw")))
    # each effect is the difference of the running NCWs as shown, the last one the case's NCW
    previous = figures.value(before_id("ncw"))
    for line, effect in zip(changes.attribution[:-1], effects, strict=False):
        current = figures.value(step_id(line.id))
        assert effect == _whole(current) - _whole(previous)
        previous = current
    assert effects[-1] == _whole(figures.value("ncw")) - _whole(previous)


def test_the_effects_are_the_domain_s_to_the_euro(changed: Evaluation) -> None:
    assert changed.changes is not None
    for line in changed.changes.attribution:
        shown = changed.figures.value(effect_id(line.id))
        assert shown == pytest.approx(line.npv_effect, abs=1.0), line.id


def test_before_and_after_of_a_changed_amount_are_figures(changed: Evaluation) -> None:
    figures = changed.figures
    assert figures.value("wijziging.invoer.licentie_per_gebruiker_per_maand.voor") == 29
    assert figures.value("wijziging.invoer.licentie_per_gebruiker_per_maand.na") == 35
    moved = figures["wijziging.invoer.datamigratiekosten.voor"]
    assert moved.value == 1200 and "oude vuistregel: migratie uit Excel, 2024" in moved.formula
    assert "wijziging.invoer.omzet_per_jaar.voor" not in figures  # a new question: no before
    assert figures.value("wijziging.invoer.churn_daling.voor") == 2


def test_a_realised_year_adds_up_and_its_differences_are_of_the_amounts_shown(
    realised: Evaluation,
) -> None:
    actuals, figures = realised.actuals, realised.figures
    assert actuals is not None
    for year in actuals.years:
        for kind in ("kosten", "baten"):
            lines = [line for line in actuals.lines if line.year == year and line.kind == kind]
            for side in ("plan", "werkelijk"):
                parts = [figures.value(line_id(line, side)) for line in lines]
                total = figures.value(total_id(year, kind, side))
                assert total == pytest.approx(math.fsum(parts))
                assert abs(sum(_whole(p) for p in parts) - _whole(total)) <= len(parts) / 2
            for line in lines:
                difference = figures.value(line_id(line, "verschil"))
                plan, actual = (figures.value(line_id(line, s)) for s in ("plan", "werkelijk"))
                assert difference == _whole(actual) - _whole(plan)


def test_the_plan_s_cash_flows_and_npv_are_those_of_the_plan(realised: Evaluation) -> None:
    actuals, figures = realised.actuals, realised.figures
    assert actuals is not None and actuals.plan_version == 1
    for year, net in enumerate(actuals.plan.net):
        assert figures.value(cash_id(year, "plan")) == net
    assert figures.value(result_id("ncw", "plan")) == actuals.plan.npv
    assert figures.value(result_id("ncw", "prognose")) == actuals.actual_forecast.npv
    # the realised years' cash flows are the realised totals of that year
    for year in actuals.years:
        benefits = figures.value(total_id(year, "baten", "werkelijk"))
        costs = figures.value(total_id(year, "kosten", "werkelijk"))
        assert figures.value(cash_id(year, "prognose")) == pytest.approx(benefits - costs)


def test_a_measured_benefit_shows_its_formula_with_the_measured_value(
    realised: Evaluation,
) -> None:
    actuals = realised.actuals
    assert actuals is not None
    line = next(line for line in actuals.lines if line.key == "efficientie" and line.year == 1)
    figure = realised.figures[line_id(line, "werkelijk")]
    # users × measured hours × weeks × rate × capture, no ramp-up and no risk correction
    assert figure.value == pytest.approx(12 * 0.5 * 46 * 52 * 0.40)
    formula = figure.formula.replace("\xa0", " ")
    assert formula.startswith("12 gebruikers × 0,5 uur per week × 46 weken × € 52 per uur")
    assert "tijdwinst_uren_per_week" in figure.inputs


def test_a_kpi_target_is_the_plan_with_ramp_up_and_risk(realised: Evaluation) -> None:
    actuals = realised.actuals
    assert actuals is not None
    kpi = next(k for k in actuals.kpis if k.id == "tijdwinst_uren_per_week")
    target = realised.figures[kpi_id(kpi, "doel")]
    assert target.value == kpi.target == pytest.approx(1.5 * 0.5 * 0.9)
    assert target.formula == "1,5 uur × 50% ingroei × (1 − 10% risicocorrectie) = 0,68 uur"


def test_the_json_carries_the_history_figures(changed: Evaluation, realised: Evaluation) -> None:
    for evaluation, prefix in ((changed, "wijziging."), (realised, "realisatie.")):
        ids = {figure["id"] for figure in evaluation_to_dict(evaluation)["figures"]}
        assert {i for i in evaluation.figures if i.startswith(prefix)} <= ids
        assert any(i.startswith(prefix) for i in ids)


def test_without_history_no_figures_are_added() -> None:
    loaded = read_interview(CHANGED)
    plain = evaluate(loaded)
    same = with_history(plain, load_benchmarks(), loaded=loaded)
    assert same.figures is plain.figures
    assert not any(i.startswith(HISTORY) for i in same.figures)


def test_a_second_history_replaces_the_first(realised: Evaluation) -> None:
    again = with_history(realised, load_benchmarks(), since_version=1)
    assert again.changes is not None and again.actuals is not None
    assert {i for i in again.figures if i.startswith("realisatie.")} == {
        i for i in realised.figures if i.startswith("realisatie.")
    }
    without = again.interview.model_copy(update={"realisatie": {}})
    plain = with_history(dataclasses.replace(again, interview=without), load_benchmarks())
    assert plain.actuals is None and not any(i.startswith(HISTORY) for i in plain.figures)
