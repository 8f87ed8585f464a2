"""Plan against actual (docs/METHOD.md §14): the groothandel's realised year by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crm_roi.finance import analyse
from crm_roi.history import Actuals, RealisationError, compute_actuals, plan_version
from crm_roi.interview import read_interview
from crm_roi.interview.model import RealisedYear
from crm_roi.pipeline import evaluate

from .cases import REALISED, benchmarks, fast, first_version, pipedrive


@pytest.fixture(scope="module")
def actuals() -> Actuals:
    found = compute_actuals(fast(read_interview(REALISED).interview), benchmarks())
    assert found is not None
    return found


def _line(actuals: Actuals, year: int, key: str) -> tuple[float, float, bool]:
    line = next(item for item in actuals.lines if item.year == year and item.key == key)
    return line.plan, line.actual, line.measured


def test_an_actual_cost_is_taken_as_it_is_without_risk_correction(actuals: Actuals) -> None:
    assert _line(actuals, 0, "implementatie") == pytest.approx((45000 * 1.05, 52000, True))
    assert _line(actuals, 1, "licenties") == pytest.approx((40 * 65 * 12 * 1.05, 31200, True))


def test_a_measured_benefit_uses_its_formula_without_ramp_up_or_risk(actuals: Actuals) -> None:
    # 40 users × 0,5 hour × 46 weeks × € 48 × 35% capture; plan: 1,5 hour, 50% ramp-up, -10%
    assert _line(actuals, 1, "efficientie") == pytest.approx(
        (40 * 1.5 * 46 * 48 * 0.35 * 0.5 * 0.9, 40 * 0.5 * 46 * 48 * 0.35, True)
    )
    # € 28 mln × 0,6% growth × 20% margin
    assert _line(actuals, 1, "conversie")[1:] == pytest.approx((28_000_000 * 0.006 * 0.2, True))
    # 2.200 customers × 1,6% × € 2.500 × 20% margin
    assert _line(actuals, 1, "crossselling")[1:] == pytest.approx((2200 * 0.016 * 2500 * 0.2, True))


def test_an_unmeasured_line_stays_as_planned(actuals: Actuals) -> None:
    plan, actual, measured = _line(actuals, 0, "opleiding_intern")
    assert (actual, measured) == (plan, False)
    plan, actual, measured = _line(actuals, 1, "vervangen_kosten")
    assert (actual, measured) == (plan, False)


def test_kpi_target_of_a_year_is_the_plan_at_that_years_ramp_up_after_risk(
    actuals: Actuals,
) -> None:
    kpis = {kpi.id: kpi for kpi in actuals.kpis}
    time = kpis["tijdwinst_uren_per_week"]
    assert (time.year, time.baseline, time.planned) == (1, 0.0, 1.5)
    assert time.target == pytest.approx(1.5 * 0.5 * 0.9)
    assert (time.measured, time.on_track) == (0.5, False)
    assert kpis["omzetgroei"].on_track is True
    assert kpis["crosssell_aandeel"].on_track is True


def test_realised_years_replace_the_plan_and_later_years_follow_it(actuals: Actuals) -> None:
    evaluation = fast(read_interview(REALISED).interview)
    case = evaluation.case
    costs, benefits = list(case.costs), list(case.benefits)
    for year in (0, 1):
        lines = [line for line in actuals.lines if line.year == year]
        costs[year] = sum(line.actual for line in lines if line.kind == "kosten")
        benefits[year] = sum(line.actual for line in lines if line.kind == "baten")
    expected = analyse(costs, benefits, case.discount_rate)

    assert actuals.years == (0, 1)
    assert actuals.actual_forecast.npv == pytest.approx(expected.npv)
    assert actuals.actual_forecast.costs[2:] == pytest.approx(case.costs[2:])
    assert actuals.plan.npv == pytest.approx(case.analysis.npv)  # the answers are the plan
    assert actuals.plan_version == 1


def test_the_plan_is_the_version_on_or_before_go_live() -> None:
    interview = read_interview(REALISED).interview
    later = interview.versies[0].model_copy(
        update={"nummer": 2, "datum": dt.datetime(2026, 1, 5, tzinfo=dt.UTC)}
    )
    interview = interview.model_copy(update={"versies": (*interview.versies, later)})

    found = plan_version(interview)

    assert found is not None and found.nummer == 1
    without_start = interview.model_copy(
        update={"metadata": interview.metadata.model_copy(update={"startdatum": None})}
    )
    assert plan_version(without_start) == interview.versies[0]


def test_no_realisatie_no_actuals() -> None:
    assert compute_actuals(fast(pipedrive()), benchmarks()) is None


def _with(realisatie: dict[int, RealisedYear]) -> object:
    interview = pipedrive()
    interview = interview.with_version(first_version(interview))
    return interview.model_copy(update={"realisatie": realisatie})


@pytest.mark.parametrize(
    ("realisatie", "expected"),
    [
        ({4: RealisedYear()}, "jaar 4 valt buiten de horizon"),
        ({1: RealisedYear(kosten={"implementatie": 5})}, "'implementatie' is geen kostenpost"),
        ({0: RealisedYear(kosten={"licenties": 5})}, "van jaar 0 (eenmalige kosten)"),
        ({1: RealisedYear(metingen={"omzetgroei": 2})}, "'omzetgroei' is geen meetbare KPI"),
        ({0: RealisedYear(metingen={"churn_daling": 2})}, "jaar 0 heeft alleen kosten"),
        (
            {1: RealisedYear(metingen={"tijdwinst_uren_per_week": 90})},
            "tijdwinst_uren_per_week",
        ),
    ],
)
def test_unusable_realisatie_is_a_dutch_error(
    realisatie: dict[int, RealisedYear], expected: str
) -> None:
    interview = _with(realisatie)
    with pytest.raises(RealisationError) as caught:
        compute_actuals(fast(interview), benchmarks())  # type: ignore[arg-type]
    assert expected in caught.value.message


def test_a_bad_id_in_the_file_is_reported_with_its_line(tmp_path: Path) -> None:
    text = REALISED.read_text(encoding="utf-8")
    text = text.replace("      beheer: 15600", "      beheerr: 15600")
    path = tmp_path / "klant.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = read_interview(path)
    line = text.splitlines().index("      beheerr: 15600") + 1

    with pytest.raises(RealisationError) as caught:
        compute_actuals(evaluate(loaded, uncertainty=False), benchmarks(), loaded)

    error = caught.value
    assert (error.path, error.line, error.question_id) == (path, line, "beheerr")
    assert "gebruik een van: licenties, beheer, overige_kosten" in error.message


def test_a_live_crm_gets_advice_for_after_the_go_live_not_before_it() -> None:
    live = evaluate(read_interview(REALISED).interview).advice
    planned = evaluate(pipedrive()).advice

    live_ids = {advice.id for advice in live.advices}
    assert "in_gebruik_bijsturen" in live_ids
    assert not live_ids & {"nulmeting", "pilotteam", "meten", "opnieuw_doorrekenen"}
    assert "nulmeting" in {advice.id for advice in planned.advices}
    assert "in_gebruik_bijsturen" not in {advice.id for advice in planned.advices}
