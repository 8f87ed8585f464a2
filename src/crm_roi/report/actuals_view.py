"""The chapter "Plan en realisatie": per realised year the lines (plan, actual, difference),
the KPI's against their targets, the cash flows and results of both series, as figures.

Every amount is a figure of `crm_roi.figures.realisation`; this module only arranges them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from crm_roi.figures import Figure, Figures
from crm_roi.figures.realisation import (
    ACTUAL,
    DIFFERENCE,
    FORECAST,
    PLAN,
    cash_id,
    kpi_id,
    line_id,
    result_id,
    total_id,
)

if TYPE_CHECKING:
    from crm_roi.history import Actuals
    from crm_roi.interview import Interview
    from crm_roi.report.view import Unit


@dataclass(frozen=True)
class PlanActualRow:
    label: str
    plan: Figure
    actual: Figure
    difference: Figure
    measured: bool = True  # False: not measured, the actual is the plan's amount


@dataclass(frozen=True)
class RealisedYear:
    year: int
    first_day: dt.date | None  # the period the year covers, when the go-live date is known
    last_day: dt.date | None
    costs: tuple[PlanActualRow, ...]
    costs_total: PlanActualRow
    benefits: tuple[PlanActualRow, ...]
    benefits_total: PlanActualRow

    @property
    def measured_anything(self) -> bool:
        return any(row.measured for row in (*self.costs, *self.benefits))


@dataclass(frozen=True)
class KpiRow:
    goal: str
    goal_label: str
    label: str  # the driver's question label ("Tijdwinst per gebruiker per week")
    unit: Unit
    year: int
    baseline: float  # the improvement before go-live: 0
    planned: float  # the plan's value at full use, before the risk correction
    target: Figure  # the year's target: ramp-up and risk correction applied
    measured: Figure | None
    on_track: bool | None  # None: not measured


@dataclass(frozen=True)
class CashFlowRow:
    year: int
    realised: bool  # an actual year; else a forecast (the current answers)
    plan: Figure
    forecast: Figure
    difference: Figure


@dataclass(frozen=True)
class ResultRow:
    key: str  # ncw, roi, terugverdientijd
    plan: Figure
    forecast: Figure
    difference: Figure | None


@dataclass(frozen=True)
class ActualsView:
    start: dt.date | None
    plan_version: int | None  # None: the plan is this report's business case
    plan_date: dt.date | None
    years: tuple[RealisedYear, ...]
    kpis: tuple[KpiRow, ...]
    cash_flows: tuple[CashFlowRow, ...]
    results: tuple[ResultRow, ...]
    measured_benefits: tuple[Figure, ...]  # the working of benefits from measured KPI's

    @property
    def latest_kpis(self) -> tuple[KpiRow, ...]:
        """Per KPI its last measured year (else its last year): what the advice is about."""
        latest: dict[str, KpiRow] = {}
        for row in self.kpis:
            known = latest.get(row.goal)
            if known is None or row.measured is not None or known.measured is None:
                latest[row.goal] = row
        return tuple(latest.values())

    @property
    def lagging(self) -> tuple[KpiRow, ...]:
        return tuple(row for row in self.latest_kpis if row.on_track is False)

    @property
    def on_track(self) -> tuple[KpiRow, ...]:
        return tuple(row for row in self.latest_kpis if row.on_track)

    @property
    def unmeasured(self) -> tuple[KpiRow, ...]:
        return tuple(row for row in self.latest_kpis if row.measured is None)

    def result(self, key: str) -> ResultRow:
        return next(row for row in self.results if row.key == key)


def _plus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year + years, day=28)


def _row(figures: Figures, ids: Callable[[str], str], label: str, measured: bool) -> PlanActualRow:
    """A row of a plan, an actual and their difference; `ids` gives the figure id per side."""
    return PlanActualRow(
        label=label,
        plan=figures[ids(PLAN)],
        actual=figures[ids(ACTUAL)],
        difference=figures[ids(DIFFERENCE)],
        measured=measured,
    )


def build_actuals_view(
    actuals: Actuals,
    interview: Interview,
    figures: Figures,
    labels: Mapping[str, str],
    unit: Callable[[str], Unit],
) -> ActualsView:
    """`labels`: question ids and goals → Dutch labels (the flow's); `unit`: an input's unit."""
    start = actuals.start
    years = []
    for year in actuals.years:
        lines = [line for line in actuals.lines if line.year == year]
        rows = {
            kind: tuple(
                _row(figures, partial(line_id, line), line.label, line.measured)
                for line in lines
                if line.kind == kind
            )
            for kind in ("kosten", "baten")
        }
        totals = {
            kind: _row(figures, partial(total_id, year, kind), "", True)
            for kind in ("kosten", "baten")
        }
        first = last = None
        if start is not None and year > 0:
            first = _plus_years(start, year - 1)
            last = _plus_years(start, year) - dt.timedelta(days=1)
        years.append(
            RealisedYear(
                year=year,
                first_day=first,
                last_day=last,
                costs=rows["kosten"],
                costs_total=totals["kosten"],
                benefits=rows["baten"],
                benefits_total=totals["baten"],
            )
        )
    kpis = tuple(
        KpiRow(
            goal=kpi.goal,
            goal_label=labels.get(kpi.goal, kpi.goal),
            label=labels.get(kpi.id, kpi.id),
            unit=unit(kpi.id),
            year=kpi.year,
            baseline=kpi.baseline,
            planned=kpi.planned,
            target=figures[kpi_id(kpi, "doel")],
            measured=figures.get(kpi_id(kpi, "gemeten")),
            on_track=kpi.on_track,
        )
        for kpi in actuals.kpis
    )
    realised = set(actuals.years)
    cash_flows = tuple(
        CashFlowRow(
            year=year,
            realised=year in realised,
            plan=figures[cash_id(year, PLAN)],
            forecast=figures[cash_id(year, FORECAST)],
            difference=figures[cash_id(year, DIFFERENCE)],
        )
        for year in range(actuals.plan.horizon + 1)
    )
    results = tuple(
        ResultRow(
            key=key,
            plan=figures[result_id(key, PLAN)],
            forecast=figures[result_id(key, FORECAST)],
            difference=figures.get(result_id(key, DIFFERENCE)),
        )
        for key in ("ncw", "roi", "terugverdientijd")
    )
    version = None if actuals.plan_version is None else interview.version(actuals.plan_version)
    measured_benefits = tuple(
        figures[line_id(line, ACTUAL)]
        for line in actuals.lines
        if line.kind == "baten" and line.measured
    )
    return ActualsView(
        start=start,
        plan_version=actuals.plan_version,
        plan_date=None if version is None else version.datum.date(),
        years=tuple(years),
        kpis=kpis,
        cash_flows=cash_flows,
        results=results,
        measured_benefits=measured_benefits,
    )
