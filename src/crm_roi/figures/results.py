"""Figures of the yearly totals, the cash flow and the headline results (NCW, ROI, payback)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from crm_roi.business_case import YearlyLine
from crm_roi.figures.context import Builder
from crm_roi.figures.lines import line_figure_id, line_years
from crm_roi.figures.shown import euro, power, rate_text, value_text

TIME_SAVING_GOAL = "efficientie"  # valued hours, not cash


def year_id(row: str, year: int) -> str:
    return f"{row}.jaar_{year}"


def add_result_figures(b: Builder) -> None:
    case = b.case
    _year_totals(b, "kosten", case.cost_lines, case.costs, "costs_year")
    _year_totals(b, "baten", case.benefit_lines, case.benefits, "benefits_year")
    _cash_flow(b)
    _present_values(b)
    _hard_and_soft(b)
    _analysis(b)
    _cost_shares(b)


def _label(b: Builder, name: str, year: int) -> str:
    return b.texts.label(f"{name}_0" if year == 0 else name, {"jaar": str(year)})


def _year_totals(
    b: Builder, row: str, lines: Sequence[YearlyLine], totals: Sequence[float], label: str
) -> None:
    for year, total in enumerate(totals):
        ids = [
            line_figure_id(line, year) for line in lines if year in line_years(line, b.case.horizon)
        ]
        terms = " + ".join(b.shown(i) for i in ids)
        name = "sum" if ids else "nothing"
        formula = b.texts.formula(name, {"termen": terms, "na": euro(total)})
        b.add(year_id(row, year), _label(b, label, year), total, "euro", formula, ids)
    if row == "kosten":  # the recurring costs: everything after the start
        ids = [year_id(row, year) for year in range(1, len(totals))]
        terms = " + ".join(b.shown(i) for i in ids)
        later = math.fsum(totals[1:])
        formula = b.texts.formula("sum", {"termen": terms, "na": euro(later)})
        label = b.texts.label("recurring_costs_total")
        b.add("kosten.terugkerend.totaal", label, later, "euro", formula, ids)
    ids = [year_id(row, year) for year in range(len(totals))]
    terms = " + ".join(b.shown(i) for i in ids)
    total = math.fsum(totals)
    formula = b.texts.formula("sum", {"termen": terms, "na": euro(total)})
    name = "total_costs" if row == "kosten" else "total_benefits"
    b.add(f"{row}.totaal", b.texts.label(name), total, "euro", formula, ids)


def _cash_flow(b: Builder) -> None:
    analysis = b.case.analysis
    for year, net in enumerate(analysis.net):
        benefits, costs = year_id("baten", year), year_id("kosten", year)
        values = {"baten": b.shown(benefits), "kosten": b.shown(costs), "na": euro(net)}
        formula = b.texts.formula("net", values)
        label = _label(b, "net_year", year)
        b.add(year_id("kasstroom", year), label, net, "euro", formula, (benefits, costs))
    for year, cumulative in enumerate(analysis.cumulative):
        net_id = year_id("kasstroom", year)
        if year == 0:
            formula = b.texts.formula("sum", {"termen": b.shown(net_id), "na": euro(cumulative)})
            used: tuple[str, ...] = (net_id,)
        else:
            before = year_id("cumulatief", year - 1)
            values = {"vorige": b.shown(before), "kasstroom": b.shown(net_id)}
            formula = b.texts.formula("cumulative", {**values, "na": euro(cumulative)})
            used = (before, net_id)
        label = _label(b, "cumulative_year", year)
        b.add(year_id("cumulatief", year), label, cumulative, "euro", formula, used)
    total = math.fsum(analysis.net)
    values = {"baten": b.shown("baten.totaal"), "kosten": b.shown("kosten.totaal")}
    formula = b.texts.formula("net", {**values, "na": euro(total)})
    b.add(
        "kasstroom.totaal",
        b.texts.label("total_net"),
        total,
        "euro",
        formula,
        ("baten.totaal", "kosten.totaal"),
    )


def _discounted(b: Builder, amount_id: str, year: int, value: float) -> str:
    if year == 0:
        return b.texts.formula("present_value_year_0", {"na": euro(value)})
    values = {
        "bedrag": b.shown(amount_id),
        "voet": rate_text(b.case.discount_rate),
        "macht": power(year),
        "na": euro(value),
    }
    return b.texts.formula("present_value", values)


def _present_values(b: Builder) -> None:
    analysis = b.case.analysis
    for year, value in enumerate(analysis.discounted_net):
        net_id = year_id("kasstroom", year)
        formula = _discounted(b, net_id, year, value)
        label = _label(b, "present_value_year", year)
        used: tuple[str, ...] = (net_id, "disconteringsvoet")
        b.add(year_id("contante_waarde", year), label, value, "euro", formula, used)
    for year, value in enumerate(analysis.discounted_cumulative):
        pv_id = year_id("contante_waarde", year)
        if year == 0:
            formula = b.texts.formula("sum", {"termen": b.shown(pv_id), "na": euro(value)})
            used = (pv_id,)
        else:
            before = year_id("contante_waarde.cumulatief", year - 1)
            values = {"vorige": b.shown(before), "kasstroom": b.shown(pv_id), "na": euro(value)}
            formula = b.texts.formula("cumulative", values)
            used = (before, pv_id)
        label = _label(b, "discounted_cumulative_year", year)
        b.add(year_id("contante_waarde.cumulatief", year), label, value, "euro", formula, used)
    _row_present_value(b, "kosten", "cw.kosten", "pv_costs", analysis.pv_costs)
    _row_present_value(b, "baten", "cw.baten", "pv_benefits", analysis.pv_benefits)


def _row_present_value(b: Builder, row: str, figure_id: str, label: str, value: float) -> None:
    """The present value of a row: each year's amount / (1 + r)^t, added up."""
    rate = rate_text(b.case.discount_rate)
    terms = []
    ids = []
    for year in range(b.case.horizon + 1):
        amount_id = year_id(row, year)
        ids.append(amount_id)
        shown = b.shown(amount_id)
        terms.append(shown if year == 0 else f"{shown} / (1 + {rate}){power(year)}")
    formula = b.texts.formula("present_value_sum", {"termen": " + ".join(terms), "na": euro(value)})
    b.add(figure_id, b.texts.label(label), value, "euro", formula, (*ids, "disconteringsvoet"))


def _hard_and_soft(b: Builder) -> None:
    """Benefits in cash (extra margin, replaced tools, own items) apart from valued hours.

    A global estimate cannot be split: then neither row is made.
    """
    lines = b.case.benefit_lines
    if any(line.group == "globaal" for line in lines):
        return
    time_lines = [line for line in lines if line.goal == TIME_SAVING_GOAL]
    cash_lines = [line for line in lines if line.goal != TIME_SAVING_GOAL]
    for row, chosen, label in (
        ("baten.geld", cash_lines, "cash_benefits_year"),
        ("baten.tijdwinst", time_lines, "time_benefits_year"),
    ):
        for year in range(b.case.horizon + 1):
            ids = [
                line_figure_id(line, year)
                for line in chosen
                if year in line_years(line, b.case.horizon)
            ]
            total = math.fsum(b.get(i).value or 0.0 for i in ids)
            terms = " + ".join(b.shown(i) for i in ids)
            formula = b.texts.formula(
                "sum" if ids else "nothing", {"termen": terms, "na": euro(total)}
            )
            b.add(year_id(row, year), _label(b, label, year), total, "euro", formula, ids)
        ids = [year_id(row, year) for year in range(b.case.horizon + 1)]
        total = math.fsum(b.get(i).value or 0.0 for i in ids)
        terms = " + ".join(b.shown(i) for i in ids)
        formula = b.texts.formula("sum", {"termen": terms, "na": euro(total)})
        name = "cash_benefits_total" if row == "baten.geld" else "time_benefits_total"
        b.add(f"{row}.totaal", b.texts.label(name), total, "euro", formula, ids)
    whole = b.get("baten.totaal").value or 0.0
    part = b.get("baten.tijdwinst.totaal").value or 0.0
    share = part / whole if whole > 0 else None
    values = {
        "deel": b.shown("baten.tijdwinst.totaal"),
        "geheel": b.shown("baten.totaal"),
        "na": value_text(share, "fraction"),
    }
    b.add(
        "baten.tijdwinst.aandeel",
        b.texts.label("time_benefits_share"),
        share,
        "fraction",
        b.texts.formula("share", values),
        ("baten.tijdwinst.totaal", "baten.totaal"),
    )
    rate = b.case.discount_rate
    pv_time = math.fsum(
        (b.get(year_id("baten.tijdwinst", t)).value or 0.0) / (1 + rate) ** t
        for t in range(b.case.horizon + 1)
    )
    _row_present_value(b, "baten.tijdwinst", "cw.tijdwinst", "pv_time_benefits", pv_time)


def _analysis(b: Builder) -> None:
    a = b.case.analysis
    pv = {"cw_baten": b.shown("cw.baten"), "cw_kosten": b.shown("cw.kosten")}
    b.add(
        "ncw",
        b.texts.label("npv"),
        a.npv,
        "euro",
        b.texts.formula("npv", {**pv, "na": euro(a.npv)}),
        ("cw.baten", "cw.kosten"),
    )
    if b.has("cw.tijdwinst"):  # the NCW without the valued hours: cash only
        cash_npv = a.npv - (b.get("cw.tijdwinst").value or 0.0)
        values = {"ncw": b.shown("ncw"), "cw_tijdwinst": b.shown("cw.tijdwinst")}
        b.add(
            "ncw.zonder_tijdwinst",
            b.texts.label("npv_cash_only"),
            cash_npv,
            "euro",
            b.texts.formula("npv_cash_only", {**values, "na": euro(cash_npv)}),
            ("ncw", "cw.tijdwinst"),
        )
    roi_formula = (
        b.texts.formula("roi_none", {})
        if a.roi is None
        else b.texts.formula("roi", {**pv, "na": value_text(a.roi, "fraction")})
    )
    b.add("roi", b.texts.label("roi"), a.roi, "fraction", roi_formula, ("cw.baten", "cw.kosten"))
    totals = {"baten": b.shown("baten.totaal"), "kosten": b.shown("kosten.totaal")}
    simple_formula = (
        b.texts.formula("roi_none", {})
        if a.roi_simple is None
        else b.texts.formula("roi_simple", {**totals, "na": value_text(a.roi_simple, "fraction")})
    )
    b.add(
        "roi.eenvoudig",
        b.texts.label("roi_simple"),
        a.roi_simple,
        "fraction",
        simple_formula,
        ("baten.totaal", "kosten.totaal"),
    )
    irr_formula = (
        b.texts.formula("irr_none", {})
        if a.irr is None
        else b.texts.formula("irr", {"na": value_text(a.irr, "fraction")})
    )
    ids = [year_id("kasstroom", t) for t in range(b.case.horizon + 1)]
    b.add("irr", b.texts.label("irr"), a.irr, "fraction", irr_formula, ids)
    _payback(b, "terugverdientijd", "payback", a.payback_months, a.cumulative, a.net, "kasstroom")
    _payback(
        b,
        "terugverdientijd.verdisconteerd",
        "discounted_payback",
        a.discounted_payback_months,
        a.discounted_cumulative,
        a.discounted_net,
        "contante_waarde",
        "contante_waarde.cumulatief",
    )


def _payback(
    b: Builder,
    figure_id: str,
    name: str,
    months: float | None,
    cumulative: Sequence[float],
    net: Sequence[float],
    row: str,
    cumulative_row: str = "cumulatief",
) -> None:
    """Interpolated within the year: 12 × (t − 1) + 12 × shortfall after t − 1 / cash flow of t."""
    horizon = b.case.horizon
    label = b.texts.label(name)
    if months is None:
        formula = b.texts.formula("payback_none", {"n": str(horizon)})
        ids = [year_id("cumulatief", t) for t in range(horizon + 1)]
        b.add(figure_id, label, None, "months", formula, ids)
        return
    if months == 0:
        formula = b.texts.formula("payback_at_start", {"na": value_text(0.0, "months")})
        b.add(figure_id, label, 0.0, "months", formula, (year_id("cumulatief", 0),))
        return
    year = next(t for t in range(1, horizon + 1) if cumulative[t] >= 0)
    values = {
        "vorige_jaren": str(year - 1),
        "tekort": euro(-cumulative[year - 1]),
        "kasstroom": euro(net[year]),
        "na": value_text(months, "months"),
    }
    used = (year_id(cumulative_row, year - 1), year_id(row, year))
    b.add(figure_id, label, months, "months", b.texts.formula(name, values), used)


def _cost_shares(b: Builder) -> None:
    """Each cost line's share of all costs over the horizon, and of the investment."""
    total_costs = b.get("kosten.totaal").value or 0.0
    investment = b.get("kosten.jaar_0").value or 0.0
    for line in b.case.cost_lines:
        total_id = line_figure_id(line, "totaal")
        if not b.has(total_id):  # a one-time line: its total is its year-0 amount
            total_id = line_figure_id(line, 0)
        _share(
            b,
            line_figure_id(line, "aandeel"),
            "line_share",
            line,
            total_id,
            "kosten.totaal",
            total_costs,
        )
        if line.amounts[0] != 0:
            part_id = line_figure_id(line, 0)
            _share(
                b,
                line_figure_id(line, "aandeel_investering"),
                "line_share_investment",
                line,
                part_id,
                "kosten.jaar_0",
                investment,
            )


def _share(
    b: Builder,
    figure_id: str,
    label: str,
    line: YearlyLine,
    part_id: str,
    whole_id: str,
    whole: float,
) -> None:
    part = b.get(part_id).value or 0.0
    share = part / whole if whole > 0 else None
    values = {
        "deel": b.shown(part_id),
        "geheel": b.shown(whole_id),
        "na": value_text(share, "fraction"),
    }
    b.add(
        figure_id,
        b.texts.label(label, {"regel": line.label}),
        share,
        "fraction",
        b.texts.formula("share", values),
        (part_id, whole_id),
    )
