"""The advice rules file (question_flows/advice.yaml): schema, loading and compiling.

Conditions and placeholders use the flow's expression language, benchmarks included
(``bm.beheer_uren_per_maand``: a rule of thumb quoted with its value from benchmarks.yaml). A
placeholder is ``{soort:uitdrukking}``, e.g. ``{euro:npv}`` or ``{months:payback_months}``; the
kinds are the functions of crm_roi.formatting (euro, number, percent, fraction_percent,
months, years, hours, chance: a probability as a whole percentage), ``share`` (a ratio as a
whole percentage, as the report's tables show shares), ``count`` (a whole number of people or
orders, at least 1 when above 0), ``words`` (a small number in words: ``vier``, from the
file's ``number_words``), ``label`` (a label inside a sentence: ``daling van het
klantverloop``) and ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from crm_roi.advice import messages
from crm_roi.advice.facts import RESULT_NAMES
from crm_roi.benchmarks import load_benchmarks
from crm_roi.errors import UserError
from crm_roi.flow import Expression, ExpressionError, compile_expression, load_default_flow
from crm_roi.locations import advice_rules_path
from crm_roi.yaml_loading import safe_load

Severity = Literal["critical", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"critical": 0, "warning": 1, "info": 2}
FORMATS = (
    "euro",
    "number",
    "count",
    "words",
    "share",
    "label",
    "percent",
    "fraction_percent",
    "chance",
    "months",
    "years",
    "hours",
    "text",
)
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class AdviceError(UserError):
    """The advice rules file is broken (Dutch message, naming the file)."""

    names_its_place = True

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AdviceRuleSpec(_Frozen):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    when: str
    severity: Severity
    priority: int = 50
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)


class KpiSpec(_Frozen):
    goal: str
    name: str = Field(min_length=1)
    baseline: str = Field(min_length=1)
    target: str = Field(min_length=1)
    fallback_target: str | None = None  # when `target` cannot be filled in (global method)
    how: str = Field(min_length=1)


class GlobalKpiSpec(_Frozen):
    """Baseline and target of every KPI when the benefits were estimated globally."""

    baseline: str = Field(min_length=1)
    target: str = Field(min_length=1)


class AdviceFile(_Frozen):
    version: str
    number_words: tuple[str, ...] = ()  # "één", "twee", ...: {words:...} for 1..len
    advices: tuple[AdviceRuleSpec, ...]
    kpis: tuple[KpiSpec, ...]
    global_kpi: GlobalKpiSpec | None = None


@dataclass(frozen=True)
class Template:
    """A Dutch text with compiled placeholders: literal parts and (format, expression)."""

    parts: tuple[str | tuple[str, Expression], ...]


@dataclass(frozen=True)
class AdviceRule:
    id: str
    when: Expression
    severity: Severity
    priority: int
    title: Template
    text: Template


@dataclass(frozen=True)
class KpiRule:
    goal: str
    name: Template
    baseline: Template
    target: Template
    fallback_target: Template | None
    how: Template


@dataclass(frozen=True)
class GlobalKpi:
    baseline: Template
    target: Template


@dataclass(frozen=True)
class AdviceRules:
    version: str
    advices: tuple[AdviceRule, ...]
    kpis: tuple[KpiRule, ...]
    global_kpi: GlobalKpi | None = None  # methode = globaal: no driver figures to fill in
    number_words: tuple[str, ...] = ()  # the Dutch words for 1, 2, 3, ...


def load_advice_rules_file(path: Path, known_names: frozenset[str] | None = None) -> AdviceRules:
    """Read, validate and compile; AdviceError (Dutch) when anything is wrong."""
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AdviceError(messages.cannot_read(path, str(exc))) from exc
    try:
        spec = AdviceFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise AdviceError(messages.invalid_file(path, where, first["msg"])) from exc
    if known_names is None:
        known_names = RESULT_NAMES | {q.id for q in load_default_flow().questions}
    names = known_names
    advices = tuple(
        AdviceRule(
            id=rule.id,
            when=_expression(rule.id, rule.when, names),
            severity=rule.severity,
            priority=rule.priority,
            title=_template(rule.id, rule.title, names),
            text=_template(rule.id, rule.text, names),
        )
        for rule in spec.advices
    )
    kpis = tuple(
        KpiRule(
            goal=kpi.goal,
            name=_template(kpi.goal, kpi.name, names),
            baseline=_template(kpi.goal, kpi.baseline, names),
            target=_template(kpi.goal, kpi.target, names),
            fallback_target=(
                _template(kpi.goal, kpi.fallback_target, names) if kpi.fallback_target else None
            ),
            how=_template(kpi.goal, kpi.how, names),
        )
        for kpi in spec.kpis
    )
    global_kpi = (
        GlobalKpi(
            baseline=_template("global_kpi", spec.global_kpi.baseline, names),
            target=_template("global_kpi", spec.global_kpi.target, names),
        )
        if spec.global_kpi
        else None
    )
    return AdviceRules(spec.version, advices, kpis, global_kpi, spec.number_words)


@cache
def load_advice_rules() -> AdviceRules:
    """The bundled advice rules (cached)."""
    return load_advice_rules_file(advice_rules_path())


def _expression(rule_id: str, source: str, names: frozenset[str]) -> Expression:
    try:
        expression = compile_expression(source)
    except ExpressionError as exc:
        raise AdviceError(messages.bad_expression(rule_id, exc.message)) from exc
    for name in sorted(expression.names - names):
        raise AdviceError(messages.unknown_name(rule_id, name))
    if expression.benchmarks:
        benchmarks = load_benchmarks()
        for benchmark_id in sorted(expression.benchmarks):
            if benchmark_id not in benchmarks:
                raise AdviceError(messages.unknown_benchmark(rule_id, benchmark_id))
    return expression


def _template(rule_id: str, text: str, names: frozenset[str]) -> Template:
    parts: list[str | tuple[str, Expression]] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        parts.append(text[position : match.start()])
        kind, separator, source = match.group(1).partition(":")
        if not separator or kind.strip() not in FORMATS:
            raise AdviceError(messages.bad_placeholder(rule_id, match.group(1)))
        parts.append((kind.strip(), _expression(rule_id, source, names)))
        position = match.end()
    parts.append(text[position:])
    return Template(tuple(part for part in parts if part != ""))
