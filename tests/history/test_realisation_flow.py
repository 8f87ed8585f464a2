"""The nacalculatie flow's side of plan against actual: given values, complete years, answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.business_case import BusinessCase
from crm_roi.flow import Engine, Flow, load_flow
from crm_roi.history import compute_actuals
from crm_roi.history.actuals import plan_case
from crm_roi.history.realisation_flow import (
    completed_years,
    given_values,
    kept_with,
    open_years,
    realised_year,
    stored_answers,
    with_go_live,
    with_realisation,
    year_end,
)
from crm_roi.interview import Interview, interview_from_yaml, interview_to_yaml, read_interview
from crm_roi.interview.model import RealisedYear
from crm_roi.locations import bundled_flow_path
from crm_roi.pipeline import Evaluation, evaluate

EXAMPLE = Path(__file__).parents[2] / "examples" / "groothandel-dynamics.yaml"
START = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def benchmarks() -> Benchmarks:
    return load_benchmarks()


@pytest.fixture(scope="module")
def interview() -> Interview:
    return read_interview(EXAMPLE).interview


@pytest.fixture(scope="module")
def plan(interview: Interview, benchmarks: Benchmarks) -> BusinessCase:
    return plan_case(evaluate(interview, benchmarks=benchmarks, uncertainty=False), benchmarks)


@pytest.fixture(scope="module")
def flow() -> Flow:
    path = bundled_flow_path("nacalculatie")
    assert path is not None
    return load_flow(path)


def actuals_of(interview: Interview, benchmarks: Benchmarks) -> Evaluation:
    return evaluate(interview, benchmarks=benchmarks, uncertainty=False)


def test_year_zero_is_complete_at_go_live_and_year_t_t_years_later() -> None:
    assert year_end(START, 0) == START
    assert year_end(START, 2) == dt.date(2027, 3, 1)
    assert year_end(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


@pytest.mark.parametrize(
    ("today", "years"),
    [
        (dt.date(2025, 2, 28), ()),
        (START, (0,)),
        (dt.date(2026, 2, 28), (0,)),
        (dt.date(2026, 3, 1), (0, 1)),
        (dt.date(2026, 9, 1), (0, 1)),
        (dt.date(2040, 1, 1), (0, 1, 2, 3)),
    ],
)
def test_completed_years_run_from_go_live_up_to_the_horizon(
    today: dt.date, years: tuple[int, ...]
) -> None:
    assert completed_years(START, today, horizon=3) == years


def test_open_years_are_the_completed_years_without_realisation(interview: Interview) -> None:
    today = dt.date(2026, 9, 1)
    assert open_years(interview, today, 5) == ()  # no go-live date yet

    live = with_realisation(interview, START, 0, RealisedYear(kosten={"implementatie": 50_000}))

    assert open_years(live, today, 5) == (1,)


def test_given_values_hold_the_years_kpi_targets_and_planned_costs(
    plan: BusinessCase, benchmarks: Benchmarks, interview: Interview
) -> None:
    values = given_values(plan, 1)

    assert values["jaar"] == 1
    assert values["methode"] == "gedetailleerd"
    assert values["doelen"] == ["efficientie", "conversie", "crossselling"]
    # 1,5 hour at full use, 50% ramp-up in year 1, 10% benefit risk correction
    assert values["plan_tijdwinst_uren_per_week"] == pytest.approx(1.5 * 0.5 * 0.9)
    assert values["plan_extra_leads_per_maand"] == 0.0  # leads is not a goal
    licences = next(line for line in plan.cost_lines if line.key == "licenties")
    assert values["plan_licenties"] == pytest.approx(licences.amounts[1])
    assert values["plan_implementatie"] == 0.0  # a one-time cost, not in year 1


def test_the_targets_are_those_plan_against_actual_reports(
    plan: BusinessCase, interview: Interview, benchmarks: Benchmarks
) -> None:
    measured = RealisedYear(metingen={"omzetgroei": 0.2})
    evaluation = actuals_of(with_realisation(interview, START, 1, measured), benchmarks)

    actuals = compute_actuals(evaluation, benchmarks)

    assert actuals is not None
    values = given_values(plan, 1)
    for kpi in actuals.kpis:
        assert values[f"plan_{kpi.id}"] == pytest.approx(kpi.target)


def test_year_zero_gives_the_one_time_costs_and_no_kpi_targets(plan: BusinessCase) -> None:
    values = given_values(plan, 0)

    assert values["plan_implementatie"] == pytest.approx(47_250)
    assert values["plan_licenties"] == 0.0
    assert values["plan_tijdwinst_uren_per_week"] == 0.0


def test_the_flow_asks_the_chosen_kpis_and_the_years_costs(
    flow: Flow, plan: BusinessCase, benchmarks: Benchmarks
) -> None:
    year_one = Engine(flow, benchmarks, given=given_values(plan, 1))
    year_zero = Engine(flow, benchmarks, given=given_values(plan, 0))

    assert [q.id for q in year_one.relevant_questions()] == [
        "tijdwinst_uren_per_week",
        "omzetgroei",
        "crosssell_aandeel",
        "licenties",
        "beheer",
        "overige_kosten",
    ]
    assert [q.id for q in year_zero.relevant_questions()] == [
        "eenmalige_setupkosten",
        "implementatie",
        "datamigratie",
        "integratie",
        "opleiding_extern",
        "opleiding_intern",
        "projecturen",
    ]


def test_typed_answers_become_the_realised_year_and_accepted_defaults_do_not(
    flow: Flow, plan: BusinessCase, benchmarks: Benchmarks
) -> None:
    engine = Engine(flow, benchmarks, given=given_values(plan, 1))
    for typed in ("1,1", "", "2%", "31.200", "", ""):
        assert engine.answer(typed).ok

    realised = realised_year(engine.answers, engine.accepted_defaults)

    assert realised == RealisedYear(
        metingen={"tijdwinst_uren_per_week": 1.1, "crosssell_aandeel": 2.0},
        kosten={"licenties": 31_200.0},
    )


def test_realised_year_leaves_out_other_ids_and_non_numbers() -> None:
    realised = realised_year({"licenties": 10, "organisatie": "X", "tijdwinst": 2.0})

    assert realised == RealisedYear(kosten={"licenties": 10.0})


def test_a_stored_year_becomes_the_engines_answers_again(
    flow: Flow, plan: BusinessCase, benchmarks: Benchmarks
) -> None:
    stored = RealisedYear(metingen={"omzetgroei": 0.3}, kosten={"beheer": 12_000})
    engine = Engine(flow, benchmarks, stored_answers(stored), given=given_values(plan, 1))

    assert realised_year(engine.answers, engine.accepted_defaults) == stored
    assert stored_answers(None) == {}


def test_enter_on_every_question_keeps_the_plan(
    flow: Flow, plan: BusinessCase, interview: Interview, benchmarks: Benchmarks
) -> None:
    engine = Engine(flow, benchmarks, given=given_values(plan, 1))
    while engine.current() is not None:
        assert engine.answer("").ok
    realised = realised_year(engine.answers, engine.accepted_defaults)

    actuals = compute_actuals(
        actuals_of(with_realisation(interview, START, 1, realised), benchmarks), benchmarks
    )

    assert realised == RealisedYear()
    assert actuals is not None
    assert actuals.years == (1,)
    assert not any(line.measured for line in actuals.lines)
    assert actuals.actual_forecast.npv == pytest.approx(actuals.plan.npv)


def test_measured_figures_change_the_forecast(
    plan: BusinessCase, interview: Interview, benchmarks: Benchmarks
) -> None:
    realised = RealisedYear(
        metingen={"tijdwinst_uren_per_week": 0.4}, kosten={"licenties": 40_000.0}
    )

    actuals = compute_actuals(
        actuals_of(with_realisation(interview, START, 1, realised), benchmarks), benchmarks
    )

    assert actuals is not None
    assert actuals.actual_forecast.npv < actuals.plan.npv
    [kpi] = [kpi for kpi in actuals.kpis if kpi.id == "tijdwinst_uren_per_week"]
    assert kpi.measured == 0.4
    assert kpi.on_track is False


def test_with_realisation_sets_go_live_and_replaces_the_year(interview: Interview) -> None:
    first = with_realisation(interview, START, 1, RealisedYear(kosten={"licenties": 1.0}))
    second = with_realisation(first, START, 1, RealisedYear(kosten={"licenties": 2.0}))
    both = with_realisation(second, START, 0, RealisedYear(kosten={"implementatie": 3.0}))

    assert second.realisatie == {1: RealisedYear(kosten={"licenties": 2.0})}
    assert list(both.realisatie) == [0, 1]
    assert both.metadata.startdatum == START
    reread = interview_from_yaml(interview_to_yaml(both)).interview
    assert reread.realisatie == both.realisatie
    assert reread.metadata.startdatum == START


def test_entering_a_year_again_keeps_what_the_flow_did_not_ask() -> None:
    stored = RealisedYear(
        metingen={"conversieratio": 25.0, "omzetgroei": 0.3}, kosten={"licenties": 9.0}
    )
    entered = RealisedYear(kosten={"beheer": 5.0})

    kept = kept_with(stored, entered, asked={"omzetgroei", "licenties", "beheer"})

    assert kept == RealisedYear(metingen={"conversieratio": 25.0}, kosten={"beheer": 5.0})
    assert kept_with(None, entered, asked=()) == entered


def test_with_go_live_sets_the_date_and_keeps_or_replaces_the_years(interview: Interview) -> None:
    year = RealisedYear(kosten={"licenties": 1.0})
    live = with_realisation(interview, START, 1, year)

    assert with_go_live(live, dt.date(2025, 4, 1)).realisatie == {1: year}
    assert with_go_live(live, START, {}).realisatie == {}
    assert with_go_live(interview, START).metadata.startdatum == START
