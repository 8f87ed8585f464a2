"""The names advice conditions can use: the inputs plus the results of the business case.

Results (fractions for ratios, as in the business case; inputs stay in answer units):
npv, roi, roi_eenvoudig, irr, payback_months, discounted_payback_months, terugverdiend,
initiele_kosten, kosten_totaal, baten_totaal, jaarlijkse_kosten_jaar_1, alleen_licenties,
licentiekosten_jaar_1 (before risk), vereiste_jaarlijkse_baten, verwachte_gemiddelde_baten,
methode_a_gehaald, tekort_per_jaar, eenvoudige_terugverdientijd_jaren, kans_positieve_ncw,
kans_terugverdiend, ncw_p10, ncw_p90. A result that does not exist (no IRR, no payback within
the horizon) is absent, so a condition on it is false.
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
        "ncw_p90",
    }
)
LICENCE_LINE = "licenties"


def case_facts(inputs: Mapping[str, Any], case: BusinessCase) -> dict[str, Any]:
    """Inputs and results in one mapping; absent results are left out."""
    analysis, method_a = case.analysis, case.method_a
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
        "tekort_per_jaar": max(method_a.gap, 0.0),
        "eenvoudige_terugverdientijd_jaren": case.method_b.simple_payback_years,
    }
    if case.monte_carlo is not None:
        facts["kans_positieve_ncw"] = case.monte_carlo.chance_positive_npv
        facts["kans_terugverdiend"] = case.monte_carlo.chance_payback_within_horizon
        facts["ncw_p10"] = case.monte_carlo.npv_p10
        facts["ncw_p90"] = case.monte_carlo.npv_p90
    return {name: value for name, value in facts.items() if value is not None}


def _year_1_before_risk(lines: list[YearlyLine]) -> float:
    """Licence costs of year 1 as entered (before the risk adjustment)."""
    return sum(line.amounts_before_risk[1] for line in lines if len(line.amounts_before_risk) > 1)
