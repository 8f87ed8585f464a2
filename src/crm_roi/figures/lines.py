"""Figures of the yearly cost and benefit lines: each year's amount with its working."""

from __future__ import annotations

import math

from crm_roi.business_case import YearlyLine
from crm_roi.figures.context import Builder
from crm_roi.figures.shown import euro, power, rate_text
from crm_roi.figures.texts import fill, placeholders

PRICE_RISE_LINE = "licenties"
BEFORE_RISK = "voor_risico"
LATER_TOTAL = "totaal_na_start"  # an own line's total over years 1..N
OWN_GROUP = "eigen"


def line_years(line: YearlyLine, horizon: int) -> range:
    """The years a line has an amount in: year 0 for one-time costs, 1..N for recurring
    costs and ramped benefits, 0..N for own items."""
    if line.group == OWN_GROUP:
        return range(horizon + 1)
    if line.group == "eenmalig":
        return range(1)
    return range(1, horizon + 1)


def line_figure_id(line: YearlyLine, year: int | str) -> str:
    suffix = year if isinstance(year, str) else f"jaar_{year}"
    return f"{line.kind}.{line.key}.{suffix}"


def add_line_figures(b: Builder) -> None:
    for line in b.case.cost_lines:
        _cost_line(b, line)
    for line in b.case.benefit_lines:
        _benefit_line(b, line)


def _year_label(b: Builder, line: YearlyLine, year: int) -> str:
    name = "line_year_0" if year == 0 else "line_year"
    return b.texts.label(name, {"regel": line.label, "jaar": str(year)})


def _basis(b: Builder, line: YearlyLine) -> tuple[str, tuple[str, ...]]:
    template = b.texts.line_formulas[line.key]
    return fill(template, b.inputs_shown), placeholders(template)


def _own_year(b: Builder, line: YearlyLine, year: int) -> None:
    amount = line.amounts[year]
    formula = b.texts.formula("own_line", {"na": euro(amount)})
    b.add(line_figure_id(line, year), _year_label(b, line, year), amount, "euro", formula)


def _cost_line(b: Builder, line: YearlyLine) -> None:
    years = line_years(line, b.case.horizon)
    if line.group == OWN_GROUP:
        for year in years:
            _own_year(b, line, year)
    else:
        basis, inputs = _basis(b, line)
        risk = b.case.risk_costs
        for year in years:
            text = basis
            extra: tuple[str, ...] = ()
            if line.key == PRICE_RISE_LINE and year > 1:
                factor = f"(1 + {rate_text(b.number('prijsstijging') / 100)}){power(year - 1)}"
                text = fill(b.texts.price_rise, {"basis": basis, "factor": factor})
                extra = ("prijsstijging",)
            values = {
                "basis": text,
                "voor": euro(line.amounts_before_risk[year]),
                "risico": rate_text(risk),
                "na": euro(line.amounts[year]),
            }
            label = _year_label(b, line, year)
            figure_id = line_figure_id(line, year)
            if risk and "×" in text:  # the amount before the correction is a figure too
                before_id = f"{figure_id}.{BEFORE_RISK}"
                b.add(
                    before_id,
                    b.texts.label("before_risk", {"regel": label}),
                    line.amounts_before_risk[year],
                    "euro",
                    b.texts.formula("cost_year_without_risk", {**values, "na": values["voor"]}),
                    (*inputs, *extra),
                )
                formula = b.texts.formula("cost_year", values)
                used: tuple[str, ...] = (before_id, "risico_kosten")
            elif risk:  # one amount: no "€ 5.000 = € 5.000"
                formula = b.texts.formula("cost_year_single", values)
                used = (*inputs, "risico_kosten")
            else:
                formula = b.texts.formula("cost_year_without_risk", values)
                used = (*inputs, *extra)
            b.add(figure_id, label, line.amounts[year], "euro", formula, used)
    _line_total(b, line, years)


def _benefit_line(b: Builder, line: YearlyLine) -> None:
    years = line_years(line, b.case.horizon)
    if line.group == OWN_GROUP or line.full_amount is None:
        for year in years:
            _own_year(b, line, year)
        _line_total(b, line, years)
        return
    basis, inputs = _basis(b, line)
    full_id = line_figure_id(line, "volledig")
    full_formula = (
        b.texts.formula("benefit_full", {"basis": basis, "na": euro(line.full_amount)})
        if "×" in basis
        else basis
    )
    full_label = b.texts.label("line_full", {"regel": line.label})
    b.add(full_id, full_label, line.full_amount, "euro", full_formula, inputs)
    risk = b.case.risk_benefits
    ramped = line.group != "vervangen"
    for year in years:
        values = {
            "voor": b.shown(full_id),
            "adoptie": rate_text(b.case.adoption[year]),
            "risico": rate_text(risk),
            "na": euro(line.amounts[year]),
        }
        formula = b.texts.formula("benefit_year" if ramped else "benefit_year_not_ramped", values)
        used = (full_id, *((_adoption_input(year),) if ramped else ()), "risico_baten")
        label = _year_label(b, line, year)
        b.add(line_figure_id(line, year), label, line.amounts[year], "euro", formula, used)
    _line_total(b, line, years)


def _adoption_input(year: int) -> str:
    return {1: "adoptie_jaar_1", 2: "adoptie_jaar_2"}.get(year, "adoptie_daarna")


def _line_total(b: Builder, line: YearlyLine, years: range) -> None:
    """A line's total over the horizon; a one-time line's total is its year-0 figure.

    An own line with an amount at the start is shown twice: its start in the one-time costs,
    its later years in the recurring costs; that row's total is a figure of its own.
    """
    if line.group == "eenmalig":
        return
    if line.group == OWN_GROUP and line.amounts[0] != 0:
        later = [line_figure_id(line, year) for year in years if year > 0]
        total = math.fsum(line.amounts[1:])
        terms = " + ".join(b.shown(i) for i in later)
        formula = b.texts.formula("sum", {"termen": terms, "na": euro(total)})
        label = b.texts.label("line_total_later", {"regel": line.label})
        b.add(line_figure_id(line, LATER_TOTAL), label, total, "euro", formula, later)
    ids = [line_figure_id(line, year) for year in years]
    terms = " + ".join(b.shown(i) for i in ids)
    formula = b.texts.formula("sum", {"termen": terms, "na": euro(line.total)})
    label = b.texts.label("line_total", {"regel": line.label})
    b.add(line_figure_id(line, "totaal"), label, line.total, "euro", formula, ids)
