"""Figures of the two payback reasonings: method A (back in D years) and method B."""

from __future__ import annotations

from crm_roi import formatting
from crm_roi.business_case.payback_methods import FULL_USE_YEAR, full_use_year
from crm_roi.figures.context import Builder
from crm_roi.figures.lines import line_figure_id
from crm_roi.figures.results import year_id
from crm_roi.figures.shown import euro, input_unit, rate_text, value_text


def add_method_figures(b: Builder) -> None:
    _method_a(b)
    _method_b(b)


def _method_a(b: Builder) -> None:
    a = b.case.method_a
    years = a.target_years
    n = str(years)
    cost_ids = [year_id("kosten", t) for t in range(years + 1)]
    terms = " + ".join(b.shown(i) for i in cost_ids)
    own_benefit_0 = b.get(year_id("baten", 0)).value or 0.0
    used = list(cost_ids)
    if own_benefit_0:
        terms += f" − {b.shown(year_id('baten', 0))}"
        used.append(year_id("baten", 0))
    to_recover = a.required_yearly_benefit * years
    b.add(
        "methode_a.kosten",
        b.texts.label("method_a_costs"),
        to_recover,
        "euro",
        b.texts.formula("method_a_costs", {"termen": terms, "na": euro(to_recover)}),
        (*used, "doel_terugverdientijd_jaren"),
    )
    values = {"kosten": b.shown("methode_a.kosten"), "n": n, "na": euro(a.required_yearly_benefit)}
    b.add(
        "methode_a.vereist",
        b.texts.label("method_a_required"),
        a.required_yearly_benefit,
        "euro",
        b.texts.formula("method_a_required", values),
        ("methode_a.kosten", "doel_terugverdientijd_jaren"),
    )
    benefit_ids = [year_id("baten", t) for t in range(1, years + 1)]
    terms = " + ".join(b.shown(i) for i in benefit_ids)
    values = {"termen": terms, "n": n, "na": euro(a.expected_average_yearly_benefit)}
    b.add(
        "methode_a.verwacht",
        b.texts.label("method_a_expected"),
        a.expected_average_yearly_benefit,
        "euro",
        b.texts.formula("method_a_expected", values),
        (*benefit_ids, "doel_terugverdientijd_jaren"),
    )
    # The difference of the two amounts as shown, so a reader who subtracts gets it exactly.
    required = round(a.required_yearly_benefit)
    expected = round(a.expected_average_yearly_benefit)
    short = required > expected
    first, second = ("methode_a.vereist", "methode_a.verwacht")
    if not short:
        first, second = second, first
    difference = float(abs(required - expected))
    values = {"eerste": b.shown(first), "tweede": b.shown(second), "na": euro(difference)}
    b.add(
        "methode_a.verschil",
        b.texts.label("method_a_gap" if short else "method_a_margin"),
        difference,
        "euro",
        b.texts.formula("difference", values),
        (first, second),
    )
    for target in a.targets:
        unit = input_unit(target.input_id)
        values = {"na": value_text(target.required, unit)}
        label_values = {
            "doel": formatting.in_sentence(b.name(target.goal)),
            "aanname": formatting.in_sentence(b.name(target.input_id)),
        }
        b.add(
            f"methode_a.doel.{target.goal}",
            b.texts.label("method_a_target", label_values),
            target.required,
            unit,
            b.texts.formula("target", values),
            (target.input_id, "methode_a.verschil"),
        )


def _method_b(b: Builder) -> None:
    m = b.case.method_b
    year = full_use_year(b.case.horizon)
    adoption = rate_text(b.case.adoption[min(FULL_USE_YEAR, b.case.horizon)])
    risk = rate_text(b.case.risk_benefits)
    terms: list[str] = []
    used: list[str] = []
    for line in b.case.benefit_lines:
        if line.full_amount is not None:
            full_id = line_figure_id(line, "volledig")
            ramp = f" × {adoption}" if line.group != "vervangen" else ""
            terms.append(f"{b.shown(full_id)}{ramp} × (1 − {risk})")
            used.append(full_id)
        elif line.amounts[year]:
            own_id = line_figure_id(line, year)
            terms.append(b.shown(own_id))
            used.append(own_id)
    values = {"termen": " + ".join(terms) or euro(0.0), "na": euro(m.full_yearly_benefit)}
    b.add(
        "methode_b.baten_volledig",
        b.texts.label("method_b_full"),
        m.full_yearly_benefit,
        "euro",
        b.texts.formula("method_b_full", values),
        (*used, "adoptie_daarna", "risico_baten"),
    )
    investment_ids = [year_id("kosten", 0)]
    if b.get(year_id("baten", 0)).value:
        investment_ids.append(year_id("baten", 0))
        values = {
            "eerste": b.shown(investment_ids[0]),
            "tweede": b.shown(investment_ids[1]),
            "na": euro(m.initial_costs),
        }
        formula = b.texts.formula("difference", values)
    else:
        formula = b.texts.formula(
            "sum", {"termen": b.shown(investment_ids[0]), "na": euro(m.initial_costs)}
        )
    b.add(
        "methode_b.investering",
        b.texts.label("method_b_investment"),
        m.initial_costs,
        "euro",
        formula,
        investment_ids,
    )
    net = m.full_yearly_benefit - m.yearly_costs_year_1
    values = {
        "baten": b.shown("methode_b.baten_volledig"),
        "kosten": b.shown(year_id("kosten", 1)),
        "na": euro(net),
    }
    b.add(
        "methode_b.netto",
        b.texts.label("method_b_net"),
        net,
        "euro",
        b.texts.formula("method_b_net", values),
        ("methode_b.baten_volledig", year_id("kosten", 1)),
    )
    if m.simple_payback_years is None:
        formula = b.texts.formula("method_b_none", {})
    else:
        values = {
            "investering": b.shown("methode_b.investering"),
            "netto": b.shown("methode_b.netto"),
            "na": value_text(m.simple_payback_years, "years"),
        }
        formula = b.texts.formula("method_b_payback", values)
    b.add(
        "methode_b.terugverdientijd",
        b.texts.label("method_b_payback"),
        m.simple_payback_years,
        "years",
        formula,
        ("methode_b.investering", "methode_b.netto"),
    )
    months = None if m.simple_payback_years is None else m.simple_payback_years * 12
    if months is None:
        formula = b.texts.formula("method_b_none", {})
    else:
        years = m.simple_payback_years
        assert years is not None
        values = {  # two decimals: 12 × 0,65 jaar = 7,8 maanden, not 12 × 0,6 jaar
            "jaren": formatting.print_minus(formatting.years(years, decimals=2)),
            "na": value_text(months, "months"),
        }
        formula = b.texts.formula("method_b_payback_months", values)
    b.add(
        "methode_b.terugverdientijd.maanden",
        b.texts.label("method_b_payback_months"),
        months,
        "months",
        formula,
        ("methode_b.terugverdientijd",),
    )
