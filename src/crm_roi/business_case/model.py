"""The values a business case consists of; they flow unchanged to the app, report and JSON.

Amounts are euros per year, index 0 = year 0 ("initieel", not discounted), 1..N the years of
the horizon. Ratios (ROI, risk, adoption) are fractions here; answers stay in percent units.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crm_roi.finance import Analysis

LineKind = Literal["kosten", "baten"]
LineGroup = Literal["eenmalig", "terugkerend", "doel", "globaal", "vervangen", "eigen"]
ScenarioName = Literal["conservatief", "verwacht", "optimistisch"]
Verdict = Literal["doorgaan", "doorgaan_onder_voorwaarden", "niet_doorgaan"]


@dataclass(frozen=True)
class YearlyLine:
    """One named cost or benefit line as the report shows it."""

    key: str  # e.g. "licenties", "efficientie", "eigen:Website"
    label: str  # Dutch, from benchmarks.yaml `line_labels` (own items: their own name)
    kind: LineKind
    group: LineGroup
    goal: str | None  # the goal (doel) a benefit line belongs to
    amounts: tuple[float, ...]  # year 0..N, risk-adjusted (as counted in the totals)
    amounts_before_risk: tuple[float, ...]  # year 0..N, before the risk adjustment
    # Goal, global and replaced-tools lines: the yearly amount at full adoption before the
    # risk adjustment (the run-rate); None for cost lines and own items.
    full_amount: float | None = None

    @property
    def total(self) -> float:
        return sum(self.amounts)


@dataclass(frozen=True)
class TangibleTarget:
    """Method A's gap as one driver value that would close it, the other drivers held."""

    goal: str
    input_id: str  # the question id whose value is inverted
    current: float  # its value now (answer units: percent units for percents)
    # The value at which the expected benefit just reaches the requirement (>= 0); below
    # `current` when the requirement is already met (the break-even value of the driver).
    required: float
    unit: str  # "euro", "percent", "hours", "int"
    # Whether `required` is a value the input may take at all (the bounds the answers are
    # validated with, e.g. at most 100% or 40 hours a week); `maximum` is that upper bound.
    feasible: bool = True
    maximum: float = float("inf")


@dataclass(frozen=True)
class MethodA:
    """Seed method A: "I want it back in D years" → what must it yield a year."""

    target_years: int
    required_yearly_benefit: float
    expected_average_yearly_benefit: float  # years 1..D, risk-adjusted, own items included
    reached: bool
    gap: float  # required - expected; <= 0 when reached
    targets: tuple[TangibleTarget, ...]


@dataclass(frozen=True)
class MethodB:
    """Seed method B: "realistically it yields X a year" → how many years until it is back."""

    full_yearly_benefit: float  # risk-adjusted benefit at full adoption
    yearly_costs_year_1: float  # C'_1
    initial_costs: float  # C'_0 minus own benefit items of year 0 (usually just C'_0)
    simple_payback_years: float | None  # None when the net yearly benefit is <= 0


@dataclass(frozen=True)
class Scenario:
    name: ScenarioName
    analysis: Analysis
    inputs: dict[str, float]  # the uncertain inputs as this scenario sets them (answer units)


@dataclass(frozen=True)
class SensitivityBar:
    """Tornado: NPV when one input alone goes to its low and to its high value.

    The switch value is the value of this input alone (every other input at its estimate)
    at which the NPV is exactly 0: when the expected NPV is positive, how far the input may
    move the unfavourable way (a benefit input down, a cost input up) before the NPV turns
    negative; when it is negative, how far it must move the favourable way before the NPV
    turns positive; the estimate itself when the NPV is 0. None ("geen") when no value
    within the input's valid range (the bounds its answer is validated with) reaches 0.
    """

    input_id: str
    role: LineKind
    expected_value: float  # the estimate, answer units
    low_value: float  # answer units
    high_value: float
    npv_low: float  # NPV with the input at its low value
    npv_high: float  # NPV with the input at its high value
    switch_value: float | None  # answer units
    # (switch_value - expected_value) / |expected_value|: -0.62 = may fall by 62%,
    # +0.4 = may rise (or must rise) by 40%; None with switch_value None.
    switch_change: float | None

    @property
    def swing(self) -> float:
        return abs(self.npv_high - self.npv_low)


@dataclass(frozen=True)
class MonteCarloResult:
    """The NPV and payback over the draws; the mean NPV is the headline NPV up to noise."""

    draws: int
    seed: int
    npv_p10: float
    npv_p50: float
    npv_p90: float
    npv_mean: float
    chance_positive_npv: float  # fraction 0..1
    chance_payback_within_horizon: float  # fraction 0..1
    # payback within the client's target, doel_terugverdientijd_jaren (<= the horizon)
    chance_payback_within_target: float  # fraction 0..1


@dataclass(frozen=True)
class Recommendation:
    """The advice in one word (docs/METHOD.md, Recommendation) and the facts that decided it.

    doorgaan: NPV > 0, chance of a positive NPV at least GO_MIN_CHANCE and payback within
    the client's target; niet_doorgaan: NPV < 0 and that chance below STOP_MAX_CHANCE;
    otherwise doorgaan_onder_voorwaarden (thresholds in ``recommendation.py``).
    """

    verdict: Verdict
    npv_positive: bool  # headline NPV > 0
    chance_positive_npv: float  # fraction 0..1, from the Monte Carlo
    payback_within_target: bool  # headline payback within doel_terugverdientijd_jaren
    # Only for doorgaan_onder_voorwaarden (else ()): the tornado bars of the assumptions that
    # weigh most (largest swing first, at most MAX_CONDITIONS), each with its switch value:
    # what a pilot or baseline measurement must prove before the full roll-out.
    conditions: tuple[SensitivityBar, ...]


@dataclass(frozen=True)
class BusinessCase:
    inputs: dict[str, object]  # the validated inputs the case was computed from
    horizon: int
    discount_rate: float  # fraction
    risk_costs: float  # fraction
    risk_benefits: float  # fraction
    adoption: tuple[float, ...]  # fraction per year, index 0 = year 0 (always 0.0)
    run_rate: float  # sum of the chosen goals' run-rates (or the global figure), before risk
    cost_lines: tuple[YearlyLine, ...]
    benefit_lines: tuple[YearlyLine, ...]
    costs: tuple[float, ...]  # risk-adjusted totals per year 0..N
    benefits: tuple[float, ...]
    analysis: Analysis
    method_a: MethodA
    method_b: MethodB
    scenarios: tuple[Scenario, ...]  # conservatief, verwacht, optimistisch; () if not asked
    sensitivity: tuple[SensitivityBar, ...]  # sorted by swing, largest first; () if not asked
    monte_carlo: MonteCarloResult | None  # None if not asked
    recommendation: Recommendation | None  # None without uncertainty (no Monte Carlo)
