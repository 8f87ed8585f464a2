"""The names advice conditions can use: the inputs plus the results of the business case.

Results (fractions for ratios, as in the business case; inputs stay in answer units):
npv, roi, roi_eenvoudig, irr, payback_months, discounted_payback_months, terugverdiend,
initiele_kosten, kosten_totaal, baten_totaal, jaarlijkse_kosten_jaar_1, alleen_licenties,
licentiekosten_jaar_1 (before risk), vereiste_jaarlijkse_baten, verwachte_gemiddelde_baten,
methode_a_gehaald, tekort_per_jaar, eenvoudige_terugverdientijd_jaren, kans_positieve_ncw,
kans_terugverdiend, ncw_p10, ncw_p50, ncw_p90, marge_per_jaar, licentie_aandeel,
gevoeligste_aanname, gevoeligste_ncw_laag, gevoeligste_ncw_hoog, grootste_doel,
grootste_doel_aandeel. A result that does not exist (no IRR, no payback within the horizon,
no sensitivity analysis) is absent, so a condition on it is false.

Differences of two amounts the advice shows side by side (tekort_per_jaar, marge_per_jaar) are
taken from the whole euros shown, so a reader who subtracts gets the same figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_roi.business_case import BusinessCase, YearlyLine

RESULT_NAMES: frozenset[str] = frozenset(
    {
        "npv",
        "roi",
        "roi_eenvoudig",
        "irr",
        "payback_months",
        "discounted_payback_months",
        "terugverdiend",
        "initiele_kosten",
        "kosten_totaal",
        "baten_totaal",
        "jaarlijkse_kosten_jaar_1",
        "alleen_licenties",
        "licentiekosten_jaar_1",
        "vereiste_jaarlijkse_baten",
        "verwachte_gemiddelde_baten",
        "methode_a_gehaald",
        "tekort_per_jaar",
        "eenvoudige_terugverdientijd_jaren",
        "kans_positieve_ncw",
        "kans_terugverdiend",
        "ncw_p10",
        "ncw_p50",
        "ncw_p90",
        "marge_per_jaar",
        "licentie_aandeel",
        "gevoeligste_aanname",
        "gevoeligste_ncw_laag",
        "gevoeligste_ncw_hoog",
        "grootste_doel",
        "grootste_doel_aandeel",
    }
)
LICENCE_LINE = "licenties"


def case_facts(
    inputs: Mapping[str, Any], case: BusinessCase, labels: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Inputs and results in one mapping; absent results are left out.

    `labels` names inputs and goals (question id or goal → Dutch label, as the flow has
    them); an id without a label is shown as it is.
    """
    labels = labels or {}
    analysis, method_a = case.analysis, case.method_a
    required, expected = method_a.required_yearly_benefit, method_a.expected_average_yearly_benefit
    licence = [line for line in case.cost_lines if line.key == LICENCE_LINE]
    others = [line for line in case.cost_lines if line.key != LICENCE_LINE]
    facts: dict[str, Any] = {
        **inputs,
        "npv": analysis.npv,
        "roi": analysis.roi,
        "roi_eenvoudig": analysis.roi_simple,
        "irr": analysis.irr,
        "payback_months": analysis.payback_months,
        "discounted_payback_months": analysis.discounted_payback_months,
        "terugverdiend": analysis.payback_months is not None,
        "initiele_kosten": case.costs[0] if case.costs else 0.0,
        "kosten_totaal": analysis.total_costs,
        "baten_totaal": analysis.total_benefits,
        "jaarlijkse_kosten_jaar_1": case.costs[1] if len(case.costs) > 1 else 0.0,
        "alleen_licenties": bool(licence) and all(abs(line.total) < 0.005 for line in others),
        "licentiekosten_jaar_1": _year_1_before_risk(licence),
        "vereiste_jaarlijkse_baten": method_a.required_yearly_benefit,
        "verwachte_gemiddelde_baten": method_a.expected_average_yearly_benefit,
        "methode_a_gehaald": method_a.reached,
        "tekort_per_jaar": max(_shown_difference(required, expected), 0.0),
        "marge_per_jaar": max(_shown_difference(expected, required), 0.0),
        "licentie_aandeel": _share(_years_1_on(licence), _years_1_on(list(case.cost_lines))),
        "eenvoudige_terugverdientijd_jaren": case.method_b.simple_payback_years,
    }
    if case.monte_carlo is not None:
        facts["kans_positieve_ncw"] = case.monte_carlo.chance_positive_npv
        facts["kans_terugverdiend"] = case.monte_carlo.chance_payback_within_horizon
        facts["ncw_p10"] = case.monte_carlo.npv_p10
        facts["ncw_p50"] = case.monte_carlo.npv_p50
        facts["ncw_p90"] = case.monte_carlo.npv_p90
    if case.sensitivity:
        top = case.sensitivity[0]
        facts["gevoeligste_aanname"] = labels.get(top.input_id, top.input_id)
        facts["gevoeligste_ncw_laag"] = min(top.npv_low, top.npv_high)
        facts["gevoeligste_ncw_hoog"] = max(top.npv_low, top.npv_high)
    facts.update(_largest_goal(case, labels))
    return {name: value for name, value in facts.items() if value is not None}


def _year_1_before_risk(lines: list[YearlyLine]) -> float:
    """Licence costs of year 1 as entered (before the risk adjustment)."""
    return sum(line.amounts_before_risk[1] for line in lines if len(line.amounts_before_risk) > 1)


def _shown_difference(first: float, second: float) -> float:
    """`first - second` as a reader computes it from the whole euros shown."""
    return float(round(first) - round(second))


def _years_1_on(lines: list[YearlyLine]) -> float:
    """The lines' total over years 1..N (risk-adjusted), leaving out the one-time costs."""
    return sum(sum(line.amounts[1:]) for line in lines)


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole > 0 else None


def _largest_goal(case: BusinessCase, labels: Mapping[str, str]) -> dict[str, Any]:
    """The goal that yields the most, and its share of all benefits over the horizon."""
    per_goal: dict[str, float] = {}
    for line in case.benefit_lines:
        if line.goal:
            per_goal[line.goal] = per_goal.get(line.goal, 0.0) + line.total
    total = sum(line.total for line in case.benefit_lines)
    if not per_goal or total <= 0:
        return {}
    goal = max(per_goal, key=lambda key: per_goal[key])
    return {
        "grootste_doel": labels.get(goal, goal),
        "grootste_doel_aandeel": per_goal[goal] / total,
    }
