"""The live business case of an interview in progress: provisional inputs and panel figures.

As soon as the costs can be computed (users and package known; the other cost questions have
defaults), the panel shows figures. Benefit drivers the user has not given yet count as 0,
and the figures say which goals they belong to. The business case itself is not changed:
only its inputs are completed here.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass
from typing import Any

from crm_roi.business_case import GOAL_NUMBERS, BusinessCase
from crm_roi.tui.view_models import CaseFigures

# The answers the costs depend on that have no meaningful default (the licence price follows
# the package): without them the panel shows no figures yet.
COST_PREREQUISITES = ("aantal_gebruikers", "crm_pakket")
GOALS_ID = "doelen"
METHOD_ID = "methode"
GLOBAL_METHOD = "globaal"
GLOBAL_BENEFIT_ID = "verwachte_jaarlijkse_baten"


@dataclass(frozen=True)
class ProvisionalInputs:
    """Inputs completed with 0 for the benefit drivers that are still open."""

    inputs: dict[str, Any]
    open_goals: tuple[str, ...] = ()  # ids of the chosen goals with a driver still open
    no_benefits_yet: bool = False  # no goals chosen yet, or the global amount still open


def costs_known(answers: Mapping[str, Any], flow_questions: Container[str]) -> bool:
    """Whether the user has given what the costs depend on (questions the flow asks)."""
    return all(qid in answers for qid in COST_PREREQUISITES if qid in flow_questions)


def provisional_inputs(inputs: Mapping[str, Any]) -> ProvisionalInputs:
    """`inputs` (resolved answers and defaults) with every missing benefit driver set to 0."""
    completed = dict(inputs)
    if completed.get(METHOD_ID) == GLOBAL_METHOD:
        if completed.get(GLOBAL_BENEFIT_ID) is None:
            completed[GLOBAL_BENEFIT_ID] = 0
            return ProvisionalInputs(completed, no_benefits_yet=True)
        return ProvisionalInputs(completed)
    goals = completed.get(GOALS_ID)
    if goals is None:
        completed[GOALS_ID] = []
        return ProvisionalInputs(completed, no_benefits_yet=True)
    open_goals: list[str] = []
    for goal in goals if isinstance(goals, list) else ():
        missing = [driver for driver in GOAL_NUMBERS.get(goal, ()) if inputs.get(driver) is None]
        if missing:
            open_goals.append(goal)
            completed.update(dict.fromkeys(missing, 0))
    return ProvisionalInputs(completed, open_goals=tuple(open_goals))


def case_figures(
    case: BusinessCase,
    *,
    open_goals: tuple[str, ...] = (),
    no_benefits_yet: bool = False,
    complete: bool = True,
) -> CaseFigures:
    """The panel's figures; the cumulative cash flow per month as the payback counts it."""
    analysis = case.analysis
    cumulative = [analysis.net[0]]
    for net in analysis.net[1:]:
        start = cumulative[-1]
        cumulative.extend(start + net * month / 12 for month in range(1, 13))
    return CaseFigures(
        investment=case.costs[0],
        yearly_costs=case.costs[1] if len(case.costs) > 1 else 0.0,
        yearly_benefit=case.method_b.full_yearly_benefit,
        npv=analysis.npv,
        roi=analysis.roi,
        payback_months=analysis.payback_months,
        horizon=case.horizon,
        cumulative_by_month=tuple(cumulative),
        open_goals=open_goals,
        no_benefits_yet=no_benefits_yet,
        complete=complete,
    )
