"""The names advice conditions can use: the inputs plus the results of the business case.

Results (fractions for ratios, as in the business case; inputs stay in answer units):
npv, roi, roi_eenvoudig, irr, payback_months, discounted_payback_months, terugverdiend,
rendabel (NPV not negative and paid back within the horizon: only then is advice on the
go-live in place), ncw_tekort (the NPV's shortfall below zero), cumulatief_tekort (the
cumulative cash flow still missing at the end of the horizon), initiele_kosten, kosten_totaal,
baten_totaal, jaarlijkse_kosten_jaar_1, alleen_licenties, licentiekosten_jaar_1,
licentie_aandeel, vereiste_jaarlijkse_baten, verwachte_gemiddelde_baten, methode_a_gehaald,
tekort_per_jaar, marge_per_jaar, eenvoudige_terugverdientijd_jaren, risicocorrectie_baten,
risicocorrectie_kosten, kans_positieve_ncw, kans_terugverdiend, ncw_p10, ncw_p50, ncw_p90,
gevoeligste_aanname, gevoeligste_ncw_laag, gevoeligste_ncw_hoog, gevoeligste_bandbreedte,
grootste_doel, grootste_doel_aandeel; per goal ``baten_laatste_jaar_<goal>`` (its benefit in
the horizon's last year, as the report's table shows it); and for the KPI's
nieuwe_klanten_per_jaar, extra_omzet_per_jaar, minder_verloren_klanten_per_jaar and
extra_orders_per_jaar. A result that does not exist (no IRR, no payback within the horizon,
no sensitivity analysis, a goal not chosen) is absent, so a condition on it is false.

Amounts are the risk-adjusted ones the report's tables show, taken from the figures
(FACT_FIGURES), so a reader finds every amount of an advice in a table; tekort_per_jaar and
marge_per_jaar are method A's difference of the whole euros shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_roi.business_case import BusinessCase
from crm_roi.business_case.formulas import GOALS
from crm_roi.figures import Figures, build_figures

GOAL_BENEFIT_PREFIX = "baten_laatste_jaar_"
RESULT_NAMES: frozenset[str] = frozenset(
    {
        "npv",
        "roi",
        "roi_eenvoudig",
        "irr",
        "payback_months",
        "discounted_payback_months",
        "terugverdiend",
        "rendabel",
        "in_gebruik",  # the CRM is live: a go-live date today or earlier, or realised years
        "ncw_tekort",
        "cumulatief_tekort",
        "initiele_kosten",
        "kosten_totaal",
        "baten_totaal",
        "jaarlijkse_kosten_jaar_1",
        "alleen_licenties",
        "licentiekosten_jaar_1",
        "licentie_aandeel",
        "vereiste_jaarlijkse_baten",
        "verwachte_gemiddelde_baten",
        "methode_a_gehaald",
        "tekort_per_jaar",
        "marge_per_jaar",
        "eenvoudige_terugverdientijd_jaren",
        "risicocorrectie_baten",
        "risicocorrectie_kosten",
        "kans_positieve_ncw",
        "kans_terugverdiend",
        "ncw_p10",
        "ncw_p50",
        "ncw_p90",
        "gevoeligste_aanname",
        "gevoeligste_ncw_laag",
        "gevoeligste_ncw_hoog",
        "gevoeligste_bandbreedte",
        "grootste_doel",
        "grootste_doel_aandeel",
        "nieuwe_klanten_per_jaar",
        "extra_omzet_per_jaar",
        "minder_verloren_klanten_per_jaar",
        "extra_orders_per_jaar",
        *(GOAL_BENEFIT_PREFIX + goal for goal in GOALS),
    }
)
LICENCE_LINE = "licenties"
PERCENT = 100


# Facts that are figures: an advice quotes the very figure the report and the app show.
FACT_FIGURES = {
    "npv": "ncw",
    "initiele_kosten": "kosten.jaar_0",
    "kosten_totaal": "kosten.totaal",
    "baten_totaal": "baten.totaal",
    "jaarlijkse_kosten_jaar_1": "kosten.jaar_1",
    "licentiekosten_jaar_1": "kosten.licenties.jaar_1",
    "licentie_aandeel": "kosten.licenties.aandeel",
    "vereiste_jaarlijkse_baten": "methode_a.vereist",
    "verwachte_gemiddelde_baten": "methode_a.verwacht",
    "nieuwe_klanten_per_jaar": "doel.leads.nieuwe_klanten",
    "extra_omzet_per_jaar": "doel.conversie.extra_omzet",
    "minder_verloren_klanten_per_jaar": "doel.klantbehoud.behouden_klanten",
    "extra_orders_per_jaar": "doel.crossselling.extra_orders",
    "ncw_p10": "simulatie.p10",
    "ncw_p50": "simulatie.p50",
    "ncw_p90": "simulatie.p90",
}


def case_facts(
    inputs: Mapping[str, Any],
    case: BusinessCase,
    labels: Mapping[str, str] | None = None,
    figures: Figures | None = None,
    *,
    live: bool = False,
) -> dict[str, Any]:
    """Inputs and results in one mapping; absent results are left out.

    `labels` names inputs and goals (question id or goal → Dutch label, as the flow has
    them); an id without a label is shown as it is. Amounts that are figures are taken from
    `figures` (made here when not given), so an advice quotes what the tables show.
    """
    labels = labels or {}
    figures = figures if figures is not None else build_figures(case, labels=labels)
    analysis, method_a = case.analysis, case.method_a
    licence = [line for line in case.cost_lines if line.key == LICENCE_LINE]
    others = [line for line in case.cost_lines if line.key != LICENCE_LINE]
    paid_back = analysis.payback_months is not None
    facts: dict[str, Any] = {
        **inputs,
        "roi": analysis.roi,
        "roi_eenvoudig": analysis.roi_simple,
        "irr": analysis.irr,
        "payback_months": analysis.payback_months,
        "discounted_payback_months": analysis.discounted_payback_months,
        "terugverdiend": paid_back,
        "rendabel": paid_back and analysis.npv >= 0,
        "in_gebruik": live,
        "ncw_tekort": max(-analysis.npv, 0.0),
        "cumulatief_tekort": max(-analysis.cumulative[-1], 0.0),
        "alleen_licenties": bool(licence) and all(abs(line.total) < 0.005 for line in others),
        "methode_a_gehaald": method_a.reached,
        "eenvoudige_terugverdientijd_jaren": case.method_b.simple_payback_years,
        "risicocorrectie_baten": case.risk_benefits,
        "risicocorrectie_kosten": case.risk_costs,
    }
    if case.monte_carlo is not None:
        facts["kans_positieve_ncw"] = case.monte_carlo.chance_positive_npv
        facts["kans_terugverdiend"] = case.monte_carlo.chance_payback_within_horizon
    if case.sensitivity:
        top = case.sensitivity[0]
        facts["gevoeligste_aanname"] = labels.get(top.input_id, top.input_id)
        facts["gevoeligste_ncw_laag"] = min(top.npv_low, top.npv_high)
        facts["gevoeligste_ncw_hoog"] = max(top.npv_low, top.npv_high)
        facts["gevoeligste_bandbreedte"] = top.swing
    facts.update(_largest_goal(case, labels))
    facts.update(_goal_benefits(case))
    for fact, figure_id in FACT_FIGURES.items():
        if figure_id in figures:
            facts[fact] = figures[figure_id].value
    if "methode_a.verschil" in figures:
        gap = figures.value("methode_a.verschil")
        facts["tekort_per_jaar"] = 0.0 if method_a.reached else gap
        facts["marge_per_jaar"] = gap if method_a.reached else 0.0
    return {name: value for name, value in facts.items() if value is not None}


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


def _goal_benefits(case: BusinessCase) -> dict[str, float]:
    """Each goal's benefit in the horizon's last year, risk-adjusted, as the table shows it."""
    per_goal: dict[str, float] = {}
    for line in case.benefit_lines:
        if line.goal and line.amounts:
            name = GOAL_BENEFIT_PREFIX + line.goal
            per_goal[name] = per_goal.get(name, 0.0) + line.amounts[-1]
    return per_goal


def goal_benefit(facts: Mapping[str, Any], goal: str) -> float | None:
    """The benefit `case_facts` found for a goal (None when the goal has no line of its own)."""
    value = facts.get(GOAL_BENEFIT_PREFIX + goal)
    return None if value is None else float(value)
