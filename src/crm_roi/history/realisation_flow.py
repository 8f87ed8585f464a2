"""Plan against actual as a conversation: the nacalculatie flow's side of `actuals.py`.

The flow `question_flows/nacalculatie.yaml` asks, for one completed year, the measured KPI
drivers and the actual costs. This module gives its engine the plan's figures of that year
(its `given` names), says which years are complete, and turns the engine's answers back
into a `RealisedYear` of the interview file.

A year counts as complete on the day it ends: year 0 (the one-time costs) at go-live, year t
t years after it. An answer the user typed is stored; a default the user accepted (the
plan's own figure) is not: that line stays "niet gemeten (plan)".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from crm_roi.business_case import BusinessCase
from crm_roi.history.actuals import INITIAL_LINES, KPI_DRIVERS, RECURRING_LINES, kpi_statuses
from crm_roi.interview import Interview
from crm_roi.interview.model import AnswerValue, RealisedYear

FLOW_ID = "nacalculatie"
PLAN_PREFIX = "plan_"  # given name of the plan's figure for a question: plan_<question id>
MEASURED_IDS = tuple(KPI_DRIVERS.values())
COST_IDS = (*INITIAL_LINES, *RECURRING_LINES)


def year_end(start: dt.date, year: int) -> dt.date:
    """The day `year` is complete: go-live itself for year 0, else `year` years after it
    (a go-live on 29 February ends its years on 28 February)."""
    try:
        return start.replace(year=start.year + year)
    except ValueError:
        return start.replace(year=start.year + year, day=28)


def completed_years(start: dt.date, today: dt.date, horizon: int) -> tuple[int, ...]:
    """The years 0..horizon that are complete on `today`."""
    return tuple(year for year in range(horizon + 1) if year_end(start, year) <= today)


def open_years(interview: Interview, today: dt.date, horizon: int) -> tuple[int, ...]:
    """The completed years without `realisatie` (none while the go-live date is unknown)."""
    start = interview.metadata.startdatum
    if start is None:
        return ()
    done = interview.realisatie
    return tuple(year for year in completed_years(start, today, horizon) if year not in done)


def given_values(plan: BusinessCase, year: int) -> dict[str, AnswerValue]:
    """What the nacalculatie engine is given for `year` of `plan` (`actuals.plan_case`).

    The plan's method and goals; for each KPI driver its target for that year
    (`KpiStatus.target`: at full use, times the year's ramp-up, after risk correction);
    for each cost line the plan's amount in that year (risk-adjusted, as the plan counts
    it). A goal that was not chosen and a line the plan does not have give 0.
    """
    goals = plan.inputs.get("doelen")
    method = plan.inputs.get("methode")
    values: dict[str, AnswerValue] = {
        "jaar": year,
        "methode": method if isinstance(method, str) else "gedetailleerd",
        "doelen": [str(goal) for goal in goals] if isinstance(goals, list) else [],
    }
    targets = {status.id: status.target for status in kpi_statuses(plan, year, RealisedYear())}
    for driver in MEASURED_IDS:
        values[PLAN_PREFIX + driver] = float(targets.get(driver, 0.0))
    amounts = {
        line.key: float(line.amounts[year]) if year < len(line.amounts) else 0.0
        for line in plan.cost_lines
    }
    for key in COST_IDS:
        values[PLAN_PREFIX + key] = amounts.get(key, 0.0)
    return values


def realised_year(
    answers: Mapping[str, AnswerValue], accepted_defaults: Collection[str] = ()
) -> RealisedYear:
    """The user's own answers as a realised year: KPI drivers under `metingen`, cost lines
    under `kosten`. Accepted defaults (the plan's figures) and other ids are left out."""
    own = {
        qid: float(value)
        for qid, value in answers.items()
        if qid not in accepted_defaults
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    }
    return RealisedYear(
        metingen={qid: own[qid] for qid in MEASURED_IDS if qid in own},
        kosten={qid: own[qid] for qid in COST_IDS if qid in own},
    )


def kept_with(
    stored: RealisedYear | None, entered: RealisedYear, asked: Collection[str]
) -> RealisedYear:
    """`entered` for the questions that were asked, plus what `stored` holds for other ids
    (e.g. a conversion rate measured and written in the file by hand): entering a year
    again loses nothing the flow did not ask about."""
    if stored is None:
        return entered
    return RealisedYear(
        metingen={
            **{k: v for k, v in stored.metingen.items() if k not in asked},
            **entered.metingen,
        },
        kosten={**{k: v for k, v in stored.kosten.items() if k not in asked}, **entered.kosten},
    )


def stored_answers(realised: RealisedYear | None) -> dict[str, AnswerValue]:
    """A stored year as the engine's answers, so that entering it again shows them."""
    if realised is None:
        return {}
    return {**realised.metingen, **realised.kosten}


def with_go_live(
    interview: Interview,
    start: dt.date,
    realisatie: Mapping[int, RealisedYear] | None = None,
) -> Interview:
    """`interview` with its go-live date (and, when given, this realisation of its years)."""
    metadata = interview.metadata.model_copy(update={"startdatum": start})
    years = interview.realisatie if realisatie is None else realisatie
    update = {"metadata": metadata, "realisatie": dict(sorted(years.items()))}
    return interview.model_copy(update=update).touched()


def with_realisation(
    interview: Interview, start: dt.date, year: int, realised: RealisedYear
) -> Interview:
    """`interview` with its go-live date and this year's realisation (replacing an earlier
    entry of that year)."""
    return with_go_live(interview, start, {**interview.realisatie, year: realised})
