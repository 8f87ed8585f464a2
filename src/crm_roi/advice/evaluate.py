"""Applying the advice rules to one business case: advices by importance and KPI's per goal."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from crm_roi import formatting
from crm_roi.advice.facts import case_facts, goal_benefit
from crm_roi.advice.rules import (
    SEVERITY_RANK,
    AdviceRules,
    GlobalKpi,
    KpiRule,
    Severity,
    Template,
)
from crm_roi.benchmarks import BenchmarkError, Benchmarks, load_benchmarks
from crm_roi.business_case import BusinessCase
from crm_roi.figures import Figures
from crm_roi.flow import EvaluationError, Flow, Missing, load_default_flow

_ASCII_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
GOALS_INPUT = "doelen"
METHOD_INPUT = "methode"
GLOBAL_METHOD = "globaal"
SUMMARY_ADVICES = 3  # the advices a summary shows (report and app): the most important first


@dataclass(frozen=True)
class Advice:
    """One piece of Dutch advice; `severity` is critical, warning or info."""

    id: str
    title: str
    text: str
    severity: Severity
    priority: int


@dataclass(frozen=True)
class Kpi:
    """What to measure afterwards for one chosen goal (all texts Dutch)."""

    goal: str
    name: str
    baseline: str
    target: str
    how: str


@dataclass(frozen=True)
class AdviceResult:
    advices: tuple[Advice, ...]  # most important first: severity, then priority
    kpis: tuple[Kpi, ...]  # in the order of the rules, only for the chosen goals

    def top(self, count: int = SUMMARY_ADVICES) -> tuple[Advice, ...]:
        return self.advices[:count]


def _count(value: Any) -> str:
    """A whole number of people or orders: rounded, and at least 1 when there are any."""
    number = float(value)
    whole = math.floor(number + 0.5)
    if number > 0 and whole < 1:
        whole = 1
    return formatting.number(whole)


def _euro(value: Any) -> str:
    """Whole euros with the true minus sign (−), as the report's tables show amounts."""
    return formatting.print_minus(formatting.euro(float(value)))


def _share(value: Any) -> str:
    """A ratio as a whole percentage: the format of the shares in the report's tables."""
    return formatting.print_minus(formatting.fraction_percent(float(value), decimals=0))


def _formatters(number_words: tuple[str, ...]) -> dict[str, Callable[[Any], str]]:
    """The placeholder kinds; `words` spells 1..len(number_words) out, larger numbers in digits."""

    def words(value: Any) -> str:
        number = float(value)
        if number.is_integer() and 1 <= number <= len(number_words):
            return number_words[int(number) - 1]
        return formatting.number(number, decimals=1)

    return {
        "euro": _euro,
        "number": lambda v: formatting.print_minus(formatting.number(float(v), decimals=1)),
        "count": _count,
        "words": words,
        "share": _share,
        "percent": lambda v: formatting.percent(float(v)),
        "fraction_percent": lambda v: formatting.fraction_percent(float(v)),
        "chance": lambda v: formatting.chance(float(v)),
        "months": lambda v: formatting.months(float(v)),
        "years": lambda v: formatting.years(float(v)),
        "hours": lambda v: formatting.hours(float(v)),
        "label": lambda v: formatting.in_sentence(str(v)),
        "text": str,
    }


class _FactScope:
    def __init__(
        self,
        facts: Mapping[str, Any],
        benchmarks: Benchmarks,
        formatters: Mapping[str, Callable[[Any], str]],
    ) -> None:
        self._facts = facts
        self._benchmarks = benchmarks
        self.formatters = formatters

    def lookup(self, name: str) -> Any:
        if name not in self._facts:
            raise Missing(name)
        return self._facts[name]

    def benchmark(self, benchmark_id: str) -> float:
        """A rule of thumb from benchmarks.yaml, for these answers."""
        try:
            return self._benchmarks.value(benchmark_id, self._facts)
        except BenchmarkError as exc:  # depends on an answer this case does not have
            raise Missing(benchmark_id) from exc


class _CannotRender(Exception):
    pass


def _render(template: Template, scope: _FactScope) -> str:
    out = []
    for part in template.parts:
        if isinstance(part, str):
            out.append(part)
            continue
        kind, expression = part
        try:
            out.append(scope.formatters[kind](expression.evaluate(scope)))
        except (Missing, EvaluationError, TypeError, ValueError) as exc:
            raise _CannotRender from exc
    # Collapse the YAML's line breaks and indents, but keep the no-break spaces of the
    # formatted values (str.split() would turn "€\xa01.800" into "€ 1.800").
    return _ASCII_WHITESPACE.sub(" ", "".join(out)).strip()


def flow_labels(flow: Flow) -> dict[str, str]:
    """Question id → short label, and goal → its label, as advice texts name them."""
    labels = {question.id: question.short_label for question in flow.questions}
    if GOALS_INPUT in flow:
        goals = flow.question(GOALS_INPUT)
        labels.update({choice.value: choice.label for choice in goals.choices})
    return labels


def evaluate_advice(
    rules: AdviceRules,
    inputs: Mapping[str, Any],
    case: BusinessCase,
    labels: Mapping[str, str] | None = None,
    benchmarks: Benchmarks | None = None,
    figures: Figures | None = None,
    *,
    live: bool = False,
) -> AdviceResult:
    """The advices whose condition holds (most important first) and the chosen goals' KPI's.

    `labels` (see `flow_labels`) names inputs and goals; by default the bundled flow's.
    `benchmarks` gives the rules of thumb the texts quote; by default the bundled ones.
    `live`: the CRM is in use (fact `in_gebruik`): advice for before the go-live is left out.
    """
    if labels is None:
        labels = flow_labels(load_default_flow())
    facts = case_facts(inputs, case, labels, figures, live=live)
    scope = _FactScope(facts, benchmarks or load_benchmarks(), _formatters(rules.number_words))
    advices = []
    for rule in rules.advices:
        if not rule.when.holds(scope):
            continue
        try:
            title, text = _render(rule.title, scope), _render(rule.text, scope)
        except _CannotRender:
            continue
        advices.append(Advice(rule.id, title, text, rule.severity, rule.priority))
    advices.sort(key=lambda a: (SEVERITY_RANK[a.severity], -a.priority))
    chosen = set(inputs.get(GOALS_INPUT) or [])
    overall = rules.global_kpi if inputs.get(METHOD_INPUT) == GLOBAL_METHOD else None
    kpis = []
    for kpi in rules.kpis:
        if kpi.goal not in chosen:
            continue
        try:
            kpis.append(_kpi(kpi, scope, overall, _nil(goal_benefit(facts, kpi.goal))))
        except _CannotRender:
            continue
    return AdviceResult(tuple(advices), tuple(kpis))


def _nil(amount: float | None) -> bool:
    """Whether a goal's benefit is nothing worth naming: it shows as € 0."""
    return amount is not None and round(amount) == 0


def _kpi(kpi: KpiRule, scope: _FactScope, overall: GlobalKpi | None, nil: bool = False) -> Kpi:
    """One KPI; with `overall` (global method) its baseline and target are the general ones
    where the goal's own cannot be filled in without the goal's drivers. A goal that yields
    nothing (`nil`: a driver of 0) gets the general target, not "stijgt met 0 per maand"."""
    if overall is not None:
        try:
            baseline = _render(kpi.baseline, scope)
        except _CannotRender:
            baseline = _render(overall.baseline, scope)
        return Kpi(
            goal=kpi.goal,
            name=_render(kpi.name, scope),
            baseline=baseline,
            target=_render(overall.target, scope),
            how=_render(kpi.how, scope),
        )
    try:
        if nil and kpi.fallback_target is not None:
            raise _CannotRender
        target = _render(kpi.target, scope)
    except _CannotRender:
        if kpi.fallback_target is None:
            raise
        target = _render(kpi.fallback_target, scope)
    return Kpi(
        goal=kpi.goal,
        name=_render(kpi.name, scope),
        baseline=_render(kpi.baseline, scope),
        target=target,
        how=_render(kpi.how, scope),
    )
