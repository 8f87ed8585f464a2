"""The live business case of an interview in progress: provisional inputs and panel figures.

As soon as the costs can be computed (users and package known; the other cost questions have
defaults), the panel shows figures. Benefit drivers the user has not given yet count as 0,
and the figures say which goals they belong to. The business case itself is not changed:
only its inputs are completed here.

The panel's figures are the domain's figures (`crm_roi.figures`), each with the figures it
rests on, so "Hoe is dit berekend?" shows the working the report's appendix shows.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from crm_roi import formatting
from crm_roi.business_case import GOAL_NUMBERS, BusinessCase
from crm_roi.figures import Figure, Figures
from crm_roi.figures.inputs import input_figure_id
from crm_roi.figures.shown import value_text
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import CaseFigures, FigureView

# The answers the costs depend on that have no meaningful default (the licence price follows
# the package): without them the panel shows no figures yet.
COST_PREREQUISITES = ("aantal_gebruikers", "crm_pakket")
GOALS_ID = "doelen"
METHOD_ID = "methode"
GLOBAL_METHOD = "globaal"
GLOBAL_BENEFIT_ID = "verwachte_jaarlijkse_baten"

# The panel's figures, by their id in crm_roi.figures.
INVESTMENT_ID = "kosten.jaar_0"
YEARLY_COSTS_ID = "kosten.jaar_1"
YEARLY_BENEFIT_ID = "methode_b.baten_volledig"
NPV_ID = "ncw"
ROI_ID = "roi"
PAYBACK_ID = "terugverdientijd"
KEY_IDS = (INVESTMENT_ID, YEARLY_COSTS_ID, YEARLY_BENEFIT_ID, NPV_ID, ROI_ID, PAYBACK_ID)
INPUT_PREFIX = input_figure_id("")
# Figures of the benefits ("baten.jaar_1", "cw.baten", "methode_b.baten_volledig"): while no
# benefits are given at all, every figure that rests on one of them is provisional.
BENEFIT_FIGURE = re.compile(r"(^|\.)baten")


@dataclass(frozen=True)
class ProvisionalInputs:
    """Inputs completed with 0 for the benefit drivers that are still open."""

    inputs: dict[str, Any]
    open_goals: tuple[str, ...] = ()  # ids of the chosen goals with a driver still open
    no_benefits_yet: bool = False  # no goals chosen yet, or the global amount still open
    zeroed: tuple[str, ...] = ()  # the numeric inputs set to 0 here


def costs_known(answers: Mapping[str, Any], flow_questions: Container[str]) -> bool:
    """Whether the user has given what the costs depend on (questions the flow asks)."""
    return all(qid in answers for qid in COST_PREREQUISITES if qid in flow_questions)


def provisional_inputs(inputs: Mapping[str, Any]) -> ProvisionalInputs:
    """`inputs` (resolved answers and defaults) with every missing benefit driver set to 0."""
    completed = dict(inputs)
    if completed.get(METHOD_ID) == GLOBAL_METHOD:
        if completed.get(GLOBAL_BENEFIT_ID) is None:
            completed[GLOBAL_BENEFIT_ID] = 0
            return ProvisionalInputs(completed, no_benefits_yet=True, zeroed=(GLOBAL_BENEFIT_ID,))
        return ProvisionalInputs(completed)
    goals = completed.get(GOALS_ID)
    if goals is None:
        completed[GOALS_ID] = []
        return ProvisionalInputs(completed, no_benefits_yet=True)
    open_goals: list[str] = []
    zeroed: dict[str, None] = {}
    for goal in goals if isinstance(goals, list) else ():
        missing = [driver for driver in GOAL_NUMBERS.get(goal, ()) if inputs.get(driver) is None]
        if missing:
            open_goals.append(goal)
            zeroed.update(dict.fromkeys(missing))
    completed.update(dict.fromkeys(zeroed, 0))
    return ProvisionalInputs(completed, open_goals=tuple(open_goals), zeroed=tuple(zeroed))


def case_figures(
    case: BusinessCase,
    figures: Figures,
    *,
    open_goals: tuple[str, ...] = (),
    open_inputs: Collection[str] = (),
    no_benefits_yet: bool = False,
    complete: bool = True,
) -> CaseFigures:
    """The panel's figures and all they rest on; the cumulative cash flow per month as the
    payback counts it.

    `open_goals` are the labels of the goals whose drivers are still open; `open_inputs` the
    ids of those drivers (they count as 0 here).
    """
    analysis = case.analysis
    cumulative = [analysis.net[0]]
    for net in analysis.net[1:]:
        start = cumulative[-1]
        cumulative.extend(start + net * month / 12 for month in range(1, 13))
    views = FigureViews(
        figures, horizon=case.horizon, open_inputs=open_inputs, no_benefits_yet=no_benefits_yet
    )
    return CaseFigures(
        investment=views.view(INVESTMENT_ID),
        yearly_costs=views.view(YEARLY_COSTS_ID),
        yearly_benefit=views.view(YEARLY_BENEFIT_ID),
        npv=views.view(NPV_ID),
        roi=views.view(ROI_ID),
        payback=views.view(PAYBACK_ID),
        horizon=case.horizon,
        cumulative_by_month=tuple(cumulative),
        trace=views.rested_on(KEY_IDS),
        open_goals=open_goals,
        no_benefits_yet=no_benefits_yet,
        complete=complete,
    )


class FigureViews:
    """The domain's figures as the app shows them, each made once.

    A figure's inputs name questions ("aantal_gebruikers") and figures ("cw.baten"); a view
    names only figures: a question becomes its input figure ("invoer.aantal_gebruikers"). An
    input without a figure (not a number the case uses) is left out.
    """

    def __init__(
        self,
        figures: Figures,
        *,
        horizon: int,
        open_inputs: Collection[str] = (),
        no_benefits_yet: bool = False,
    ) -> None:
        self._figures = figures
        self._horizon = horizon
        self._open = {input_figure_id(question_id) for question_id in open_inputs}
        self._no_benefits_yet = no_benefits_yet
        self._views: dict[str, FigureView] = {}

    def view(self, figure_id: str) -> FigureView:
        if (made := self._views.get(figure_id)) is not None:
            return made
        figure = self._figures[figure_id]
        is_input = figure.id.startswith(INPUT_PREFIX)
        # An input figure names its own question: it rests on nothing further.
        named = () if is_input else map(self._input_id, figure.inputs)
        inputs = tuple(dict.fromkeys(i for i in named if i))
        open_input = figure.id in self._open
        own = open_input or (self._no_benefits_yet and BENEFIT_FIGURE.search(figure.id) is not None)
        view = FigureView(
            id=figure.id,
            label=figure.label,
            value=figure.value,
            value_text=self._value_text(figure),
            formula=figure.formula,
            inputs=inputs,
            is_input=is_input,
            open_input=open_input,
            provisional=own or any(self.view(i).provisional for i in inputs),
        )
        self._views[figure_id] = view
        return view

    def rested_on(self, roots: Iterable[str]) -> tuple[FigureView, ...]:
        """Every figure the `roots` rest on, directly or further down (not the roots)."""
        seen: dict[str, None] = {}
        todo = [i for root in roots for i in self.view(root).inputs]
        while todo:
            figure_id = todo.pop(0)
            if figure_id not in seen:
                seen[figure_id] = None
                todo.extend(self.view(figure_id).inputs)
        return tuple(self.view(figure_id) for figure_id in seen)

    def _input_id(self, key: str) -> str:
        """The figure id of an input (a figure or a question id); "" when it has no figure."""
        if key in self._figures:
            return key
        input_id = input_figure_id(key)
        return input_id if input_id in self._figures else ""

    def _value_text(self, figure: Figure) -> str:
        """As the figures module shows it; a payback that is never reached says within what."""
        if figure.value is None and figure.unit == "months":
            return msg.PANEL_NOT_WITHIN.format(years=formatting.years(self._horizon, decimals=0))
        return value_text(figure.value, figure.unit)
