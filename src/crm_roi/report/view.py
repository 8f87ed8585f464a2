"""The report's view model: everything the templates show, as plain frozen values.

Amounts stay numbers (euros, year 0..N); the templates format them with the Dutch filters.
Labels are Dutch texts that come from the flow, the benchmarks and the advice rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from crm_roi.business_case import MonteCarloResult, Recommendation
from crm_roi.business_case.recommendation import GO_MIN_CHANCE
from crm_roi.figures import Figures
from crm_roi.report.tables import Tables

Source = Literal["user", "default", "benchmark"]
Verdict = Literal["terugverdiend", "terugverdiend_ncw_negatief", "niet_terugverdiend", "geen_baten"]
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
class Line:
    """A named cost or benefit line, year 0..N."""

    label: str
    amounts: tuple[float, ...]
    share: float | None = None  # a cost line's share of all costs over the horizon

    @property
    def total(self) -> float:
        return sum(self.amounts)


@dataclass(frozen=True)
class Summary:
    investment: float  # one-time costs at year 0, risk-adjusted
    yearly_benefit_full: float  # risk-adjusted, at full adoption
    npv: float
    pv_costs: float  # contante waarde of the risk-adjusted costs
    pv_benefits: float
    roi: float | None  # fraction; None when nothing was invested
    roi_simple: float | None  # fraction
    irr: float | None
    payback_months: float | None
    discounted_payback_months: float | None
    total_costs: float
    total_benefits: float
    verdict: Verdict


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
class Costs:
    one_time: tuple[Line, ...]  # amounts year 0..N, only year 0 filled
    recurring: tuple[Line, ...]
    own: tuple[Line, ...]  # the consultant's own cost lines
    totals: tuple[float, ...]

    @property
    def recurring_totals(self) -> tuple[float, ...]:
        return _column_sums(self.recurring, len(self.totals))

    @property
    def own_totals(self) -> tuple[float, ...]:
        return _column_sums(self.own, len(self.totals))


def _column_sums(lines: tuple[Line, ...], width: int) -> tuple[float, ...]:
    return tuple(sum(line.amounts[year] for line in lines) for year in range(width))


@dataclass(frozen=True)
class BenefitGroup:
    """The benefit lines of one goal (or of the global estimate, replaced tools, own items)."""

    key: str  # the goal, or the line group ("globaal", "vervangen", "eigen")
    label: str  # the goal's label; "" for the other groups (the template names them)
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class CashFlow:
    costs: tuple[float, ...]
    benefits: tuple[float, ...]
    net: tuple[float, ...]
    cumulative: tuple[float, ...]
    discounted_net: tuple[float, ...]
    payback_months: float | None


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
class MethodB:
    full_yearly_benefit: float
    yearly_costs_year_1: float
    initial_costs: float
    simple_payback_years: float | None
    payback_months: float | None  # the month-exact payback, for the comparison


@dataclass(frozen=True)
class ScenarioRow:
    name: Literal["conservatief", "verwacht", "optimistisch"]
    npv: float
    roi: float | None
    payback_months: float | None
    total_benefits: float
    total_costs: float


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
    summary: Summary
    goals: tuple[Goal, ...]
    costs: Costs
    benefit_groups: tuple[BenefitGroup, ...]
    benefit_totals: tuple[float, ...]
    cashflow: CashFlow
    method_a: MethodA
    method_b: MethodB
    scenarios: tuple[ScenarioRow, ...]
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
        return self.summary.npv


def verdict_for(total_benefits: float, npv: float, payback_months: float | None) -> Verdict:
    """Which one-sentence conclusion the summary gives."""
    if total_benefits <= 0:
        return "geen_baten"
    if payback_months is None:
        return "niet_terugverdiend"
    return "terugverdiend" if npv >= 0 else "terugverdiend_ncw_negatief"
