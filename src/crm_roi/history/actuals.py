"""Plan against actual (nacalculatie, docs/METHOD.md §14): realised years beside the plan.

Year t realised: a cost line with an actual amount takes it as it is (no risk correction);
a benefit line whose KPI driver was measured is computed with its formula from the measured
values (the other inputs of the formula measured where given, else as answered), without
ramp-up or risk correction, since a measurement contains both; every other line stays as
planned, marked "niet gemeten (plan)". Years after the last realised year follow the current
answers (the re-run). Both series are analysed on the plan's timeline and discount rate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import BusinessCase, InputError, YearlyLine, compute_business_case
from crm_roi.business_case.formulas import goal_run_rate
from crm_roi.business_case.inputs import GOAL_NUMBERS, validate_inputs
from crm_roi.finance import Analysis, analyse
from crm_roi.history import messages
from crm_roi.interview import Interview, InterviewError, LoadedInterview
from crm_roi.interview.model import RealisedYear, Version
from crm_roi.pipeline import Evaluation

KPI_DRIVERS: Mapping[str, str] = {
    "efficientie": "tijdwinst_uren_per_week",
    "leads": "extra_leads_per_maand",
    "conversie": "omzetgroei",
    "klantbehoud": "churn_daling",
    "crossselling": "crosssell_aandeel",
}
"""The measured driver that makes a goal's benefit line "measured"."""

FORMULA_INPUTS: Mapping[str, tuple[str, ...]] = {
    "efficientie": ("aantal_gebruikers", *GOAL_NUMBERS["efficientie"], "loonkosten_per_uur"),
    "leads": (*GOAL_NUMBERS["leads"], "brutomarge"),
    "conversie": (*GOAL_NUMBERS["conversie"], "brutomarge"),
    "klantbehoud": (*GOAL_NUMBERS["klantbehoud"], "brutomarge"),
    "crossselling": (*GOAL_NUMBERS["crossselling"], "crosssell_orderwaarde", "brutomarge"),
}
"""Every input of a goal's formula; each may be measured (else it is taken as answered)."""

INITIAL_LINES = (
    "eenmalige_setupkosten",
    "implementatie",
    "datamigratie",
    "integratie",
    "opleiding_extern",
    "opleiding_intern",
    "projecturen",
)
RECURRING_LINES = ("licenties", "beheer", "overige_kosten")


class RealisationError(InterviewError):
    """A `realisatie` entry this case cannot use (file, line and id where known)."""


@dataclass(frozen=True)
class ActualLine:
    """One line in one realised year: plan, actual and whether the actual was measured."""

    key: str  # line id (docs/METHOD.md §14)
    label: str
    kind: str  # kosten / baten
    year: int
    plan: float  # as the plan counts it (risk-adjusted)
    actual: float  # the actual amount, or the plan's when not measured
    measured: bool

    @property
    def difference(self) -> float:
        return self.actual - self.plan


@dataclass(frozen=True)
class KpiStatus:
    """A goal's KPI in one realised year: baseline, the year's target and what was measured.

    The target is the plan's driver at full use times the year's ramp-up and the benefit
    risk correction: the value the plan's benefit line of that year stands for.
    """

    goal: str
    id: str  # the driver's question id
    year: int
    baseline: float  # the improvement before go-live: 0
    planned: float  # the answer (full use, before risk)
    target: float
    measured: float | None
    on_track: bool | None  # None when not measured


@dataclass(frozen=True)
class Actuals:
    start: dt.date | None  # go-live (metadata startdatum)
    years: tuple[int, ...]  # realised years, ascending
    plan_version: int | None  # the version the decision was taken on; None: the answers
    lines: tuple[ActualLine, ...]  # per realised year, in the case's line order
    kpis: tuple[KpiStatus, ...]
    plan: Analysis  # "volgens plan"
    actual_forecast: Analysis  # "volgens realisatie en prognose"


def plan_version(interview: Interview) -> Version | None:
    """The version the decision was taken on: the last one on or before go-live, else the
    first one; None when no version was recorded."""
    if not interview.versies:
        return None
    start = interview.metadata.startdatum
    if start is not None:
        before = [v for v in interview.versies if v.datum.date() <= start]
        if before:
            return before[-1]
    return interview.versies[0]


def _version_inputs(version: Version) -> dict[str, Any]:
    inputs: dict[str, Any] = {qid: item.waarde for qid, item in version.invoer.items()}
    if version.eigen_posten:
        inputs["eigen_posten"] = [post.model_dump() for post in version.eigen_posten]
    return inputs


def plan_case(evaluation: Evaluation, benchmarks: Benchmarks) -> BusinessCase:
    """The business case "volgens plan": that of the version the decision was taken on
    (`plan_version`), else that of the current answers."""
    version = plan_version(evaluation.interview)
    if version is None:
        return evaluation.case
    try:
        return compute_business_case(
            _version_inputs(version),
            benchmarks,
            uncertainty=False,
            bounds=evaluation.flow.number_bounds,
        )
    except InputError:
        return evaluation.case  # a version today's rules cannot compute: the answers


def compute_actuals(
    evaluation: Evaluation, benchmarks: Benchmarks, loaded: LoadedInterview | None = None
) -> Actuals | None:
    """Plan against actual for an interview with `realisatie`; None without it.

    Raises RealisationError (with the file's line when `loaded` is given) for a year beyond
    the horizon, an id that is no measurable KPI or cost line of that year, or a measured
    value outside its question's bounds.
    """
    interview = evaluation.interview
    realised = interview.realisatie
    if not realised:
        return None
    where = _Where(loaded)
    version = plan_version(interview)
    plan = plan_case(evaluation, benchmarks)
    now = evaluation.case
    horizon = plan.horizon
    for year in realised:
        if year > horizon or year > now.horizon:
            raise where.error(messages.realised_year_beyond_horizon(year, horizon), year)
    lines: list[ActualLine] = []
    kpis: list[KpiStatus] = []
    costs = list(_padded(now.costs, horizon))
    benefits = list(_padded(now.benefits, horizon))
    for year, entry in sorted(realised.items()):
        year_lines = _realised_lines(now, plan, year, entry, where, benchmarks, evaluation)
        lines.extend(year_lines)
        costs[year] = sum(line.actual for line in year_lines if line.kind == "kosten")
        benefits[year] = sum(line.actual for line in year_lines if line.kind == "baten")
        kpis.extend(kpi_statuses(plan, year, entry))
    return Actuals(
        start=interview.metadata.startdatum,
        years=tuple(sorted(realised)),
        plan_version=None if version is None else version.nummer,
        lines=tuple(lines),
        kpis=tuple(kpis),
        plan=plan.analysis,
        actual_forecast=analyse(costs, benefits, plan.discount_rate),
    )


def _padded(values: Sequence[float], horizon: int) -> tuple[float, ...]:
    return tuple(values[year] if year < len(values) else 0.0 for year in range(horizon + 1))


class _Where:
    def __init__(self, loaded: LoadedInterview | None) -> None:
        self.loaded = loaded

    def error(
        self, message: str, year: int, part: str | None = None, key: str | None = None
    ) -> RealisationError:
        line = None
        if self.loaded is not None:
            at: tuple[str | int, ...] = ("realisatie", year)
            if part is not None:
                at = (*at, part) if key is None else (*at, part, key)
            line = self.loaded.lines.get(at) or self.loaded.lines.get(("realisatie", year))
        return RealisationError(
            message,
            path=None if self.loaded is None else self.loaded.path,
            line=line,
            question_id=key,
        )


def _cost_keys(case: BusinessCase, year: int) -> list[str]:
    own = [line.key for line in case.cost_lines if line.group == "eigen"]
    return [*(INITIAL_LINES if year == 0 else RECURRING_LINES), *own]


def _measurable(case: BusinessCase) -> list[str]:
    goals = case.inputs.get("doelen") or []
    ids: list[str] = []
    if case.inputs.get("methode") == "globaal":
        return ids
    for goal in goals if isinstance(goals, list) else []:
        ids.extend(i for i in FORMULA_INPUTS[goal] if i not in ids)
    return ids


def _plan_line(plan: BusinessCase, key: str) -> YearlyLine | None:
    return next((line for line in (*plan.cost_lines, *plan.benefit_lines) if line.key == key), None)


def _realised_lines(
    now: BusinessCase,
    plan: BusinessCase,
    year: int,
    entry: RealisedYear,
    where: _Where,
    benchmarks: Benchmarks,
    evaluation: Evaluation,
) -> list[ActualLine]:
    allowed_costs = _cost_keys(now, year)
    for key in entry.kosten:
        if key not in allowed_costs:
            message = messages.unknown_cost_line(year, key, allowed_costs)
            raise where.error(message, year, "kosten", key)
    measurable = _measurable(now)
    if entry.metingen and year == 0:
        raise where.error(messages.measurements_in_year_zero(), year, "metingen")
    for key in entry.metingen:
        if key not in measurable:
            raise where.error(messages.unknown_measurement(key, measurable), year, "metingen", key)
    measured_drivers = _measured_drivers(now, entry, year, where, benchmarks, evaluation)
    labels = {**benchmarks.line_labels}
    for line in (*plan.cost_lines, *plan.benefit_lines, *now.cost_lines, *now.benefit_lines):
        labels[line.key] = line.label
    lines: list[ActualLine] = []
    for kind in ("kosten", "baten"):
        for key in _line_keys(plan, now, kind, entry):
            planned = _plan_line(plan, key)
            plan_amount = planned.amounts[year] if planned and year < len(planned.amounts) else 0.0
            goal = key if key in KPI_DRIVERS else None
            if kind == "kosten" and key in entry.kosten:
                actual, measured = entry.kosten[key], True
            elif goal is not None and goal in measured_drivers:
                actual, measured = measured_drivers[goal], True
            else:
                actual, measured = plan_amount, False  # not measured: as planned
            if plan_amount == 0 and not measured:
                continue
            lines.append(ActualLine(key, labels[key], kind, year, plan_amount, actual, measured))
    return lines


def _line_keys(plan: BusinessCase, now: BusinessCase, kind: str, entry: RealisedYear) -> list[str]:
    """The plan's lines, then lines only the re-run has, then actual costs of other lines."""
    keys: list[str] = []
    for case in (plan, now):
        for line in case.cost_lines if kind == "kosten" else case.benefit_lines:
            if line.key not in keys:
                keys.append(line.key)
    if kind == "kosten":
        keys += [key for key in entry.kosten if key not in keys]
    return keys


def _measured_drivers(
    now: BusinessCase,
    entry: RealisedYear,
    year: int,
    where: _Where,
    benchmarks: Benchmarks,
    evaluation: Evaluation,
) -> dict[str, float]:
    """goal → its benefit computed from the measured values (no ramp-up, no risk)."""
    goals = [goal for goal, driver in KPI_DRIVERS.items() if driver in entry.metingen]
    if not goals:
        return {}
    raw = {**now.inputs, **entry.metingen}
    try:
        validated = validate_inputs(raw, benchmarks, evaluation.flow.number_bounds)
    except InputError as error:
        key = error.question_id if error.question_id in entry.metingen else None
        raise where.error(
            messages.measurement_out_of_range(error.question_id or "metingen", error.message),
            year,
            "metingen",
            key,
        ) from error
    return {
        goal: float(goal_run_rate(validated.drivers, goal))
        for goal in goals
        if goal in validated.shape.goals
    }


def kpi_statuses(plan: BusinessCase, year: int, entry: RealisedYear) -> list[KpiStatus]:
    """Each chosen goal's KPI in `year`: the plan's target beside what `entry` measured."""
    if year == 0 or plan.inputs.get("methode") == "globaal":
        return []
    goals = plan.inputs.get("doelen") or []
    result: list[KpiStatus] = []
    for goal in goals if isinstance(goals, list) else []:
        driver = KPI_DRIVERS[goal]
        planned = float(plan.inputs.get(driver, 0.0))  # type: ignore[arg-type]
        ramp = plan.adoption[year] if year < len(plan.adoption) else plan.adoption[-1]
        target = planned * ramp * (1 - plan.risk_benefits)
        measured = entry.metingen.get(driver)
        on_track = None if measured is None else measured >= target - 1e-9
        result.append(KpiStatus(goal, driver, year, 0.0, planned, target, measured, on_track))
    return result
