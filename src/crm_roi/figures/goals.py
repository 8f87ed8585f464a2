"""Figures of what a goal's KPI target counts: customers, orders, revenue (the plan's full
effect, before the ramp-up and the risk correction, as the team measures it)."""

from __future__ import annotations

from crm_roi.figures.context import Builder
from crm_roi.figures.model import FigureUnit
from crm_roi.figures.shown import input_text, value_text

# goal → (figure id suffix, label name, formula name, unit, the two inputs multiplied)
GOAL_TARGETS: dict[str, tuple[str, str, str, FigureUnit, tuple[str, ...]]] = {
    "leads": (
        "nieuwe_klanten",
        "goal_new_customers",
        "goal_new_customers",
        "number",
        ("extra_leads_per_maand", "conversieratio"),
    ),
    "conversie": (
        "extra_omzet",
        "goal_extra_revenue",
        "goal_extra_revenue",
        "euro",
        ("omzet_per_jaar", "omzetgroei"),
    ),
    "klantbehoud": (
        "behouden_klanten",
        "goal_kept_customers",
        "goal_kept_customers",
        "number",
        ("aantal_klanten", "churn_daling"),
    ),
    "crossselling": (
        "extra_orders",
        "goal_extra_orders",
        "goal_extra_orders",
        "number",
        ("aantal_klanten", "crosssell_aandeel"),
    ),
}
PERCENT = 100
MONTHS = 12


def add_goal_figures(b: Builder) -> None:
    chosen = b.case.inputs.get("doelen")
    goals = [str(goal) for goal in chosen] if isinstance(chosen, list) else []
    for goal, (suffix, label, formula, unit, ids) in GOAL_TARGETS.items():
        if goal not in goals or any(i not in b.case.inputs for i in ids):
            continue
        count, share = (b.number(i) for i in ids)
        value = count * share / PERCENT * (MONTHS if goal == "leads" else 1)
        values = {i: input_text(i, b.number(i)) for i in ids} | {"na": value_text(value, unit)}
        b.add(
            f"doel.{goal}.{suffix}",
            b.texts.label(label),
            value,
            unit,
            b.texts.formula(formula, values),
            ids,
        )
