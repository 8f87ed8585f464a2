"""The short result of a realised year, as the nacalculatie screen shows it.

Made from `crm_roi.history.Actuals` in a worker thread; the screen only reads the frozen
view: the NPV and payback "volgens plan" beside "volgens realisatie en prognose", the year's
KPIs on track or not, and the year's costs as entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crm_roi import formatting
from crm_roi.finance import Analysis
from crm_roi.flow import Flow, format_answer
from crm_roi.history import Actuals, KpiStatus
from crm_roi.tui import messages as msg

Status = Literal["good", "bad", "plain"]


@dataclass(frozen=True)
class ResultLine:
    text: str  # Dutch
    status: Status = "plain"  # a KPI on track (good) or not (bad)


@dataclass(frozen=True)
class ResultPart:
    title: str | None
    lines: tuple[ResultLine, ...]


@dataclass(frozen=True)
class RealisationResult:
    title: str
    parts: tuple[ResultPart, ...]


def realisation_result(actuals: Actuals, year: int, flow: Flow) -> RealisationResult:
    """Plan against actual after `year` was entered; `flow` (the interview's) names the KPIs."""
    headline = (
        ResultLine(
            msg.RESULT_NPV.format(
                plan=formatting.euro(actuals.plan.npv),
                actual=formatting.euro(actuals.actual_forecast.npv),
            )
        ),
        ResultLine(
            msg.RESULT_PAYBACK.format(
                plan=_payback(actuals.plan), actual=_payback(actuals.actual_forecast)
            )
        ),
    )
    parts = [ResultPart(None, headline)]
    kpis = tuple(_kpi_line(kpi, flow) for kpi in actuals.kpis if kpi.year == year)
    if kpis:
        parts.append(ResultPart(msg.RESULT_KPIS.format(year=year), kpis))
    costs = [line for line in actuals.lines if line.year == year and line.kind == "kosten"]
    entered = [
        ResultLine(
            msg.RESULT_COST.format(
                label=line.label,
                actual=formatting.euro(line.actual),
                plan=formatting.euro(line.plan),
            )
        )
        for line in costs
        if line.measured
    ]
    planned = [formatting.in_sentence(line.label) for line in costs if not line.measured]
    if planned:
        labels = ", ".join(planned)
        entered.append(ResultLine(msg.RESULT_COST_PLAN.format(labels=labels)))
    if entered:
        parts.append(ResultPart(msg.RESULT_COSTS.format(year=year), tuple(entered)))
    return RealisationResult(msg.RESULT_TITLE.format(year=year), tuple(parts))


def _payback(analysis: Analysis) -> str:
    if analysis.payback_months is None:
        years = formatting.years(analysis.horizon, decimals=0)
        return msg.RESULT_NOT_WITHIN.format(years=years)
    return formatting.months(analysis.payback_months)


def _kpi_line(kpi: KpiStatus, flow: Flow) -> ResultLine:
    if kpi.id in flow:
        question = flow.question(kpi.id)
        label = question.short_label
        target = format_answer(question, round(kpi.target, 2))
        if question.type == "int" and round(kpi.target, 1) != round(kpi.target):
            # a count's target of a year may be a fraction: 0,9 leads per maand, not "1 leads"
            shown = formatting.number(kpi.target, decimals=1)
            target = f"{shown} {question.unit}" if question.unit else shown
        measured = None if kpi.measured is None else format_answer(question, kpi.measured)
    else:  # a flow without this driver: plain numbers
        label = kpi.id
        target = formatting.number(kpi.target, decimals=2)
        measured = None if kpi.measured is None else formatting.number(kpi.measured, decimals=2)
    if measured is None:
        return ResultLine(msg.RESULT_KPI_NOT_MEASURED.format(label=label, target=target))
    template = msg.RESULT_KPI_ON_TRACK if kpi.on_track else msg.RESULT_KPI_OFF_TRACK
    status: Status = "good" if kpi.on_track else "bad"
    return ResultLine(template.format(label=label, measured=measured, target=target), status)
