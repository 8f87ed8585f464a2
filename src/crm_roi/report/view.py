"""The report's view model: everything the templates show, as plain frozen values.

Amounts stay numbers (euros, year 0..N); the templates format them with the Dutch filters.
Labels are Dutch texts that come from the flow, the benchmarks and the advice rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from crm_roi.business_case import BusinessCase, MonteCarloResult, Recommendation
from crm_roi.business_case.recommendation import GO_MIN_CHANCE
from crm_roi.figures import Figures
from crm_roi.report.tables import Tables

if TYPE_CHECKING:
    from crm_roi.report.actuals_view import ActualsView
    from crm_roi.report.changes_view import ChangesView

Source = Literal["user", "default", "benchmark"]
Unit = Literal["euro", "percent", "points", "hours", "int"]  # points: percentage points

WIDE_FROM_HORIZON = 6  # yearly tables of 7+ columns go on landscape pages
TORNADO_ROWS = 8


@dataclass(frozen=True)
class ReportMeta:
    organisation: str
    consultant: str
    consultant_company: str
    report_date: dt.date  # shown on the cover
    created_at: dt.datetime  # the PDF's creation date: when the report was made
    logo_url: str | None  # a data: URI, so the HTML needs no other file
    accent: str  # the accent as chosen (fills, chart bars)
    accent_text: str  # the accent darkened for text and lines when it is too light
    accent_tint: str  # a pale tint for table headers and boxes
    crm_package: str  # the package's name as the flow labels it
    package_known: bool  # False for "anders" (another package, or none chosen yet)
    sector: str
    user_count: int
    method: Literal["gedetailleerd", "globaal"]


@dataclass(frozen=True)
class Kpi:
    name: str
    baseline: str
    target: str
    how: str


@dataclass(frozen=True)
class Goal:
    key: str
    label: str
    kpis: tuple[Kpi, ...]


@dataclass(frozen=True)
class Target:
    goal_label: str
    input_label: str
    current: float
    required: float
    unit: Unit
    feasible: bool = True  # False: beyond what the input can be (more than 100%, 40 hours)
    maximum: float = float("inf")  # the input's upper bound, for the explanation


@dataclass(frozen=True)
class MethodA:
    target_years: int
    required_yearly_benefit: float
    expected_average_yearly_benefit: float
    reached: bool
    gap: float
    targets: tuple[Target, ...]


@dataclass(frozen=True)
class SensitivityRow:
    input_id: str  # the question id; its figures are `gevoeligheid.<input_id>.*`
    label: str
    role: Literal["kosten", "baten"]
    unit: Unit
    low_value: float
    high_value: float
    npv_low: float
    npv_high: float
    switch_value: float | None = None  # answer units; None: no value in range turns the NCW

    @property
    def swing(self) -> float:
        return abs(self.npv_high - self.npv_low)


@dataclass(frozen=True)
class Assumption:
    question_id: str
    section: str
    label: str
    value_text: str
    source: Source
    source_text: str


@dataclass(frozen=True)
class Advice:
    title: str
    text: str
    severity: str


@dataclass(frozen=True)
class CalculationStep:
    """The working of one figure, for one year or a run of years with the same working."""

    label: str  # the figure's label (for result rows), or "" in a line's year steps
    first_year: int | None  # None: not a yearly figure (a full-use amount, a result)
    last_year: int | None
    formula: str


@dataclass(frozen=True)
class CalculationLine:
    label: str
    own: bool  # a line of the consultant's own: counted as given
    steps: tuple[CalculationStep, ...]
    inputs: tuple[Assumption, ...]  # the answers the line rests on, with their source


@dataclass(frozen=True)
class Calculation:
    one_time: tuple[CalculationLine, ...]
    recurring: tuple[CalculationLine, ...]
    benefits: tuple[CalculationLine, ...]
    totals: tuple[CalculationStep, ...]  # yearly totals, cash flow, present values
    results: tuple[CalculationStep, ...]  # NCW, ROI, payback, methods A and B, split


EMPTY_CALCULATION = Calculation((), (), (), (), ())


@dataclass(frozen=True)
class ReportView:
    meta: ReportMeta
    horizon: int
    discount_rate: float  # fraction
    risk_costs: float  # fraction
    risk_benefits: float  # fraction
    adoption: tuple[float, ...]  # fraction per year 0..N
    case: BusinessCase  # the domain's own result: lines, analysis, scenarios
    goals: tuple[Goal, ...]
    method_a: MethodA
    sensitivity: tuple[SensitivityRow, ...]
    monte_carlo: MonteCarloResult | None  # the domain's own result
    recommendation: Recommendation | None
    assumptions: tuple[Assumption, ...]
    advices: tuple[Advice, ...]  # most important first
    top_advices: tuple[Advice, ...]  # the summary's three, as the advice rules rank them
    # Answers the business case does not use (e.g. an order value no chosen goal reads): the
    # assumptions chapter names them below its table instead of listing them as used.
    unused_assumptions: tuple[Assumption, ...] = ()
    # every figure, computed once in the domain, by id
    figures: Figures = field(default_factory=lambda: Figures(()))
    calculation: Calculation = EMPTY_CALCULATION  # the "Berekening" appendix
    tables: Tables | None = None  # the yearly tables as rows of figures
    go_min_chance: float = GO_MIN_CHANCE  # the recommendation rule's threshold, for its wording
    changes: ChangesView | None = None  # "Wat is er veranderd sinds ...", when asked for
    actuals: ActualsView | None = None  # "Plan en realisatie", when the interview has them
    # The CRM is in use (a go-live date today or earlier, or realised years): the measurement
    # plan speaks of measuring after each year instead of a baseline before the go-live.
    live: bool = False
    go_live: dt.date | None = None  # metadata.startdatum, when known

    @property
    def years(self) -> range:
        """Year numbers 0..N."""
        return range(self.horizon + 1)

    @property
    def wide(self) -> bool:
        """Whether the yearly tables need a landscape page."""
        return self.horizon >= WIDE_FROM_HORIZON

    @property
    def tornado_rows(self) -> tuple[tuple[str, float, float], ...]:
        """The largest swings as (label, NPV at low, NPV at high) for the chart."""
        return tuple((r.label, r.npv_low, r.npv_high) for r in self.sensitivity[:TORNADO_ROWS])

    @property
    def base_npv(self) -> float:
        return self.case.analysis.npv

    @property
    def has_own_costs(self) -> bool:
        """Whether the consultant added own cost lines (eigen posten)."""
        return any(line.group == "eigen" for line in self.case.cost_lines)

    @property
    def has_own_benefits(self) -> bool:
        return any(line.group == "eigen" for line in self.case.benefit_lines)

    @property
    def has_replaced_tools(self) -> bool:
        return any(line.group == "vervangen" for line in self.case.benefit_lines)
