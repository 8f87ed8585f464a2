"""Figures of plan against actual (`realisatie.*`): each realised line and year, the cash
flows of both series, their NCW, ROI and payback, and each KPI's target and measurement.

The amounts are the domain's (`crm_roi.history.actuals`); this module names them and writes
out their working. A difference is computed from the two amounts as shown (whole euros), so a
reader who subtracts gets it exactly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from crm_roi import formatting
from crm_roi.business_case.bounds import NUMBER_KINDS
from crm_roi.figures.context import Builder
from crm_roi.figures.model import FigureUnit
from crm_roi.figures.shown import euro, input_text, input_unit, power, rate_text, value_text
from crm_roi.figures.texts import fill, placeholders
from crm_roi.finance import Analysis

if TYPE_CHECKING:  # the history imports the pipeline, which builds figures: types only
    from crm_roi.history import ActualLine, Actuals, KpiStatus
    from crm_roi.interview.model import RealisedYear

PREFIX = "realisatie"
PLAN, ACTUAL, FORECAST, DIFFERENCE = "plan", "werkelijk", "prognose", "verschil"
PERCENT = 100
MONTHS = 12


def line_id(line: ActualLine, side: str) -> str:
    """`realisatie.jaar_1.kosten.licenties.plan` (side: plan, werkelijk, verschil)."""
    return f"{PREFIX}.jaar_{line.year}.{line.kind}.{line.key}.{side}"


def total_id(year: int, kind: str, side: str) -> str:
    """A realised year's total of costs or benefits: `realisatie.jaar_1.kosten.totaal.plan`."""
    return f"{PREFIX}.jaar_{year}.{kind}.totaal.{side}"


def cash_id(year: int, side: str) -> str:
    """A year's cash flow: `realisatie.kasstroom.jaar_2.prognose` (side: plan, prognose)."""
    return f"{PREFIX}.kasstroom.jaar_{year}.{side}"


def result_id(name: str, side: str) -> str:
    """`realisatie.ncw.plan`, `realisatie.roi.prognose`, `realisatie.terugverdientijd.verschil`."""
    return f"{PREFIX}.{name}.{side}"


def kpi_id(kpi: KpiStatus, side: str) -> str:
    """`realisatie.kpi.tijdwinst_uren_per_week.jaar_1.doel` (side: doel, gemeten)."""
    return f"{PREFIX}.kpi.{kpi.id}.jaar_{kpi.year}.{side}"


def whole(value: float) -> float:
    return float(formatting.rounded(value))


def add_realisation_figures(
    b: Builder, actuals: Actuals, realised: Mapping[int, RealisedYear], plan: str
) -> None:
    """`plan` names the plan in the working: "versie 1 van 12 maart 2026"."""
    for year in actuals.years:
        lines = [line for line in actuals.lines if line.year == year]
        for line in lines:
            _line(b, line, realised[year], plan)
        for kind in ("kosten", "baten"):
            _total(b, year, kind, [line for line in lines if line.kind == kind])
    _cash_flows(b, actuals)
    _results(b, actuals)
    for kpi in actuals.kpis:
        _kpi(b, kpi)


def _period(b: Builder, year: int) -> str:
    return b.texts.label("period_0") if year == 0 else b.texts.label("period", {"jaar": str(year)})


def _same(b: Builder, figure_id: str, value: float) -> bool:
    """Whether the case has this figure with this value (then a working can refer to it)."""
    if not b.has(figure_id):
        return False
    known = b.get(figure_id).value
    return known is not None and math.isclose(known, value, rel_tol=1e-9, abs_tol=1e-6)


def _term(b: Builder, figure_id: str, value: float) -> tuple[str, tuple[str, ...]]:
    """An amount in a working: the figure's text when the case has it, else the amount."""
    if _same(b, figure_id, value):
        return b.shown(figure_id), (figure_id,)
    return euro(value), ()


def _line(b: Builder, line: ActualLine, entry: RealisedYear, plan: str) -> None:
    names = {"regel": line.label, "periode": _period(b, line.year)}
    case_id = f"{line.kind}.{line.key}.jaar_{line.year}"
    used: tuple[str, ...] = (case_id,) if _same(b, case_id, line.plan) else ()
    b.add(
        line_id(line, PLAN),
        b.texts.label("realised_plan", names),
        line.plan,
        "euro",
        b.texts.formula("realised_plan", {"plan": plan, "na": euro(line.plan)}),
        used,
    )
    if not line.measured:
        formula = b.texts.formula("not_measured", {"na": euro(line.actual)})
        used = (line_id(line, PLAN),)
    elif line.kind == "kosten":
        formula = b.texts.formula("realised_cost", {"na": euro(line.actual)})
        used = ()
    else:
        formula, used = _measured_benefit(b, line, entry)
    b.add(
        line_id(line, ACTUAL),
        b.texts.label("realised_actual", names),
        line.actual,
        "euro",
        formula,
        used,
    )
    _difference(b, line_id(line, DIFFERENCE), "realised_difference", names, line_id(line, PLAN))


def _measured_benefit(
    b: Builder, line: ActualLine, entry: RealisedYear
) -> tuple[str, tuple[str, ...]]:
    """The goal's formula with the measured values where measured, else the answers."""
    template = b.texts.line_formulas[line.key]
    ids = placeholders(template)
    values: dict[str, str] = {}
    measured: list[str] = []
    for question_id in ids:
        raw = entry.metingen.get(question_id, b.case.inputs.get(question_id))
        assert isinstance(raw, int | float), question_id
        values[question_id] = input_text(question_id, float(raw))
        if question_id in entry.metingen:
            name = formatting.in_sentence(b.name(question_id))
            measured.append(f"{name} {values[question_id]}")
    basis = fill(template, values)
    formula = b.texts.formula(
        "realised_benefit",
        {"basis": basis, "na": euro(line.actual), "gemeten": ", ".join(measured)},
    )
    return formula, tuple(i for i in ids if i in NUMBER_KINDS)


def _difference(
    b: Builder, figure_id: str, label: str, names: Mapping[str, str], plan_id: str
) -> None:
    """Actual minus plan, from the two amounts as shown."""
    actual_id = plan_id.rsplit(".", 1)[0] + "." + ACTUAL
    change = whole(b.get(actual_id).value or 0.0) - whole(b.get(plan_id).value or 0.0)
    values = {"eerste": b.shown(actual_id), "tweede": b.shown(plan_id), "na": euro(change)}
    b.add(
        figure_id,
        b.texts.label(label, names),
        change,
        "euro",
        b.texts.formula("difference", values),
        (actual_id, plan_id),
    )


def _total(b: Builder, year: int, kind: str, lines: Sequence[ActualLine]) -> None:
    name = b.texts.label("realised_costs" if kind == "kosten" else "realised_benefits")
    names = {"regel": name, "periode": _period(b, year)}
    for side, label in ((PLAN, "realised_plan"), (ACTUAL, "realised_actual")):
        ids = [line_id(line, side) for line in lines]
        total = math.fsum(b.get(i).value or 0.0 for i in ids)
        terms = " + ".join(b.shown(i) for i in ids)
        formula = b.texts.formula("sum" if ids else "nothing", {"termen": terms, "na": euro(total)})
        b.add(total_id(year, kind, side), b.texts.label(label, names), total, "euro", formula, ids)
    _difference(
        b,
        total_id(year, kind, DIFFERENCE),
        "realised_difference",
        names,
        total_id(year, kind, PLAN),
    )


def _cash_flows(b: Builder, actuals: Actuals) -> None:
    realised = set(actuals.years)
    for year in range(actuals.plan.horizon + 1):
        names = {"periode": _period(b, year)}
        for side, analysis, label in (
            (PLAN, actuals.plan, "realised_cash_plan"),
            (FORECAST, actuals.actual_forecast, "realised_cash_forecast"),
        ):
            if year in realised:
                kind_side = PLAN if side == PLAN else ACTUAL
                benefits = total_id(year, "baten", kind_side)
                costs = total_id(year, "kosten", kind_side)
                terms = {"baten": b.shown(benefits), "kosten": b.shown(costs)}
                used: tuple[str, ...] = (benefits, costs)
            else:
                benefit_text, benefit_used = _term(b, f"baten.jaar_{year}", analysis.benefits[year])
                cost_text, cost_used = _term(b, f"kosten.jaar_{year}", analysis.costs[year])
                terms = {"baten": benefit_text, "kosten": cost_text}
                used = (*benefit_used, *cost_used)
            net = analysis.net[year]
            b.add(
                cash_id(year, side),
                b.texts.label(label, names),
                net,
                "euro",
                b.texts.formula("net", {**terms, "na": euro(net)}),
                used,
            )
        change = whole(actuals.actual_forecast.net[year]) - whole(actuals.plan.net[year])
        values = {
            "eerste": b.shown(cash_id(year, FORECAST)),
            "tweede": b.shown(cash_id(year, PLAN)),
            "na": euro(change),
        }
        b.add(
            cash_id(year, DIFFERENCE),
            b.texts.label("realised_cash_difference", names),
            change,
            "euro",
            b.texts.formula("difference", values),
            (cash_id(year, FORECAST), cash_id(year, PLAN)),
        )


def _discounted_terms(b: Builder, amounts: Sequence[str], rate: float) -> str:
    shown_rate = rate_text(rate)
    return " + ".join(
        text if year == 0 else f"{text} / (1 + {shown_rate}){power(year)}"
        for year, text in enumerate(amounts)
    )


def _results(b: Builder, actuals: Actuals) -> None:
    for side, analysis in ((PLAN, actuals.plan), (FORECAST, actuals.actual_forecast)):
        suffix = "plan" if side == PLAN else "forecast"
        _npv(b, side, analysis, suffix)
        _roi(b, side, analysis, suffix)
        _payback(b, side, analysis, suffix)
    _npv_difference(b)
    _points_difference(b)
    _months_difference(b)


def _npv(b: Builder, side: str, analysis: Analysis, suffix: str) -> None:
    ids = [cash_id(year, side) for year in range(analysis.horizon + 1)]
    terms = _discounted_terms(b, [b.shown(i) for i in ids], analysis.discount_rate)
    b.add(
        result_id("ncw", side),
        b.texts.label(f"realised_npv_{suffix}"),
        analysis.npv,
        "euro",
        b.texts.formula("npv_flows", {"termen": terms, "na": euro(analysis.npv)}),
        (*ids, "disconteringsvoet"),
    )
    costs = _discounted_terms(b, [euro(c) for c in analysis.costs], analysis.discount_rate)
    b.add(
        result_id("cw_kosten", side),
        b.texts.label(f"realised_pv_costs_{suffix}"),
        analysis.pv_costs,
        "euro",
        b.texts.formula("present_value_sum", {"termen": costs, "na": euro(analysis.pv_costs)}),
        ("disconteringsvoet",),
    )


def _roi(b: Builder, side: str, analysis: Analysis, suffix: str) -> None:
    used = (result_id("ncw", side), result_id("cw_kosten", side))
    if analysis.roi is None:
        formula = b.texts.formula("roi_none", {})
    else:
        values = {
            "ncw": b.shown(used[0]),
            "cw_kosten": b.shown(used[1]),
            "na": value_text(analysis.roi, "fraction"),
        }
        formula = b.texts.formula("roi_npv", values)
    label = b.texts.label(f"realised_roi_{suffix}")
    b.add(result_id("roi", side), label, analysis.roi, "fraction", formula, used)


def _payback(b: Builder, side: str, analysis: Analysis, suffix: str) -> None:
    """As the case's payback: 12 × (t − 1) + 12 × shortfall after t − 1 / cash flow of t."""
    months = analysis.payback_months
    horizon = analysis.horizon
    ids = tuple(cash_id(year, side) for year in range(horizon + 1))
    if months is None:
        formula = b.texts.formula("payback_none", {"n": str(horizon)})
    elif months == 0:
        formula = b.texts.formula("payback_at_start", {"na": value_text(0.0, "months")})
    else:
        year = next(t for t in range(1, horizon + 1) if analysis.cumulative[t] >= 0)
        values = {
            "vorige_jaren": str(year - 1),
            "tekort": euro(-analysis.cumulative[year - 1]),
            "kasstroom": b.shown(cash_id(year, side)),
            "na": value_text(months, "months"),
        }
        formula = b.texts.formula("payback", values)
    label = b.texts.label(f"realised_payback_{suffix}")
    b.add(result_id("terugverdientijd", side), label, months, "months", formula, ids)


def _npv_difference(b: Builder) -> None:
    plan, forecast = result_id("ncw", PLAN), result_id("ncw", FORECAST)
    change = whole(b.get(forecast).value or 0.0) - whole(b.get(plan).value or 0.0)
    values = {"eerste": b.shown(forecast), "tweede": b.shown(plan), "na": euro(change)}
    b.add(
        result_id("ncw", DIFFERENCE),
        b.texts.label("realised_npv_difference"),
        change,
        "euro",
        b.texts.formula("difference", values),
        (forecast, plan),
    )


def _points_difference(b: Builder) -> None:
    plan, forecast = result_id("roi", PLAN), result_id("roi", FORECAST)
    before, after = b.get(plan).value, b.get(forecast).value
    if before is None or after is None:
        return
    now, then = (float(formatting.rounded(v * PERCENT)) for v in (after, before))
    values = {
        "nu": formatting.number(now),
        "voor": formatting.number(then),
        "na": formatting.print_minus(formatting.number(now - then)),
    }
    b.add(
        result_id("roi", DIFFERENCE),
        b.texts.label("realised_roi_difference"),
        now - then,
        "number",
        b.texts.formula("change_points", values),
        (forecast, plan),
    )


def _months_difference(b: Builder) -> None:
    plan, forecast = result_id("terugverdientijd", PLAN), result_id("terugverdientijd", FORECAST)
    before, after = b.get(plan).value, b.get(forecast).value
    if before is None or after is None:
        return
    change = float(formatting.rounded(after, 1) - formatting.rounded(before, 1))
    values = {
        "eerste": b.shown(forecast),
        "tweede": b.shown(plan),
        "na": value_text(change, "months"),
    }
    b.add(
        result_id("terugverdientijd", DIFFERENCE),
        b.texts.label("realised_payback_difference"),
        change,
        "months",
        b.texts.formula("difference", values),
        (forecast, plan),
    )


def _kpi(b: Builder, kpi: KpiStatus) -> None:
    unit: FigureUnit = input_unit(kpi.id) if kpi.id in NUMBER_KINDS else "number"
    names = {"aanname": formatting.in_sentence(b.name(kpi.id)), "jaar": str(kpi.year)}
    planned = input_text(kpi.id, kpi.planned) if kpi.id in NUMBER_KINDS else str(kpi.planned)
    factor = kpi.target / kpi.planned if kpi.planned else 0.0
    case = b.case
    ramp = case.adoption[min(kpi.year, len(case.adoption) - 1)]
    if math.isclose(factor, ramp * (1 - case.risk_benefits), rel_tol=1e-9):
        values = {
            "gepland": planned,
            "adoptie": rate_text(ramp),
            "risico": rate_text(case.risk_benefits),
            "na": value_text(kpi.target, unit),
        }
        formula = b.texts.formula("kpi_target", values)
    else:  # the plan's ramp-up or risk correction differs from this case's: one factor
        values = {
            "gepland": planned,
            "factor": rate_text(factor),
            "na": value_text(kpi.target, unit),
        }
        formula = b.texts.formula("kpi_target_factor", values)
    b.add(
        kpi_id(kpi, "doel"),
        b.texts.label("kpi_target", names),
        kpi.target,
        unit,
        formula,
        (kpi.id,),
    )
    if kpi.measured is not None:
        values = {"jaar": str(kpi.year), "na": value_text(kpi.measured, unit)}
        b.add(
            kpi_id(kpi, "gemeten"),
            b.texts.label("kpi_measured", names),
            kpi.measured,
            unit,
            b.texts.formula("kpi_measured", values),
            (),
        )
