"""The business case as JSON for other tools: plain floats, null where a figure is undefined.

Ratios (ROI, IRR, risk, adoption) are fractions, as in `business_case`; answers keep their
answer units (percent units) and say where their value came from (user, default, benchmark).
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crm_roi.business_case.model import BusinessCase, Scenario, YearlyLine
    from crm_roi.finance import Analysis
    from crm_roi.pipeline import Evaluation

JSON_FORMAT_VERSION = 1


def _number(value: float | None) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _numbers(values: tuple[float, ...]) -> list[float | None]:
    return [_number(value) for value in values]


def _plain(value: object) -> Any:
    """An answer value as JSON: lists stay lists, numbers become plain numbers."""
    if isinstance(value, bool | str) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return str(value)


def _analysis_figures(analysis: Analysis) -> dict[str, Any]:
    return {
        "total_costs": _number(analysis.total_costs),
        "total_benefits": _number(analysis.total_benefits),
        "pv_costs": _number(analysis.pv_costs),
        "pv_benefits": _number(analysis.pv_benefits),
        "npv": _number(analysis.npv),
        "roi": _number(analysis.roi),
        "roi_simple": _number(analysis.roi_simple),
        "irr": _number(analysis.irr),
        "payback_months": _number(analysis.payback_months),
        "discounted_payback_months": _number(analysis.discounted_payback_months),
    }


def _line(line: YearlyLine) -> dict[str, Any]:
    return {
        "key": line.key,
        "label": line.label,
        "kind": line.kind,
        "group": line.group,
        "goal": line.goal,
        "amounts": _numbers(line.amounts),
        "amounts_before_risk": _numbers(line.amounts_before_risk),
        "total": _number(line.total),
    }


def _scenario(scenario: Scenario) -> dict[str, Any]:
    return {
        **_analysis_figures(scenario.analysis),
        "costs": _numbers(scenario.analysis.costs),
        "benefits": _numbers(scenario.analysis.benefits),
        "inputs": {key: _number(value) for key, value in scenario.inputs.items()},
    }


def case_to_dict(case: BusinessCase) -> dict[str, Any]:
    """Every figure of the business case (without the answers)."""
    analysis = case.analysis
    method_a, method_b = case.method_a, case.method_b
    monte_carlo = case.monte_carlo
    return {
        "horizon": case.horizon,
        "discount_rate": _number(case.discount_rate),
        "risk_costs": _number(case.risk_costs),
        "risk_benefits": _number(case.risk_benefits),
        "adoption": _numbers(case.adoption),
        "costs": _numbers(case.costs),
        "benefits": _numbers(case.benefits),
        "net": _numbers(analysis.net),
        "cumulative": _numbers(analysis.cumulative),
        "cost_lines": [_line(line) for line in case.cost_lines],
        "benefit_lines": [_line(line) for line in case.benefit_lines],
        **_analysis_figures(analysis),
        "required_yearly_benefit": _number(method_a.required_yearly_benefit),
        "method_a": {
            "target_years": method_a.target_years,
            "required_yearly_benefit": _number(method_a.required_yearly_benefit),
            "expected_average_yearly_benefit": _number(method_a.expected_average_yearly_benefit),
            "reached": method_a.reached,
            "gap": _number(method_a.gap),
            "targets": [
                {
                    "goal": target.goal,
                    "input_id": target.input_id,
                    "current": _number(target.current),
                    "required": _number(target.required),
                    "unit": target.unit,
                }
                for target in method_a.targets
            ],
        },
        "method_b": {
            "full_yearly_benefit": _number(method_b.full_yearly_benefit),
            "yearly_costs_year_1": _number(method_b.yearly_costs_year_1),
            "initial_costs": _number(method_b.initial_costs),
            "simple_payback_years": _number(method_b.simple_payback_years),
        },
        "scenarios": {scenario.name: _scenario(scenario) for scenario in case.scenarios},
        "sensitivity": [
            {
                "input_id": bar.input_id,
                "role": bar.role,
                "low_value": _number(bar.low_value),
                "high_value": _number(bar.high_value),
                "npv_low": _number(bar.npv_low),
                "npv_high": _number(bar.npv_high),
                "swing": _number(bar.swing),
            }
            for bar in case.sensitivity
        ],
        "monte_carlo": None
        if monte_carlo is None
        else {
            "draws": monte_carlo.draws,
            "seed": monte_carlo.seed,
            "npv_p10": _number(monte_carlo.npv_p10),
            "npv_p50": _number(monte_carlo.npv_p50),
            "npv_p90": _number(monte_carlo.npv_p90),
            "npv_mean": _number(monte_carlo.npv_mean),
            "chance_positive_npv": _number(monte_carlo.chance_positive_npv),
            "chance_payback_within_horizon": _number(monte_carlo.chance_payback_within_horizon),
        },
    }


def evaluation_to_dict(evaluation: Evaluation, *, source: str | None = None) -> dict[str, Any]:
    """The JSON document of one evaluated interview; `source` is the interview file's name."""
    interview = evaluation.interview
    metadata = interview.metadata
    return {
        "format_version": JSON_FORMAT_VERSION,
        "source": source,
        "interview": {
            "id": interview.id,
            "flow": {"id": evaluation.flow.id, "version": evaluation.flow.version},
            "organisatie": interview.client_name(),
            "adviseur": metadata.adviseur,
            "adviesbureau": metadata.adviesbureau,
        },
        "notices": list(evaluation.notices),
        "ignored_answers": [
            {"id": item.question_id, "value": _plain(item.value), "reason": item.reason}
            for item in evaluation.ignored
        ],
        "warnings": [
            {"id": warning.question_id, "text": warning.text} for warning in evaluation.warnings
        ],
        **case_to_dict(evaluation.case),
        "answers": {
            question_id: {
                "value": _plain(answer.value),
                "source": answer.source,
                "source_text": answer.source_text,
            }
            for question_id, answer in evaluation.resolved.items()
        },
        "eigen_posten": [
            {"naam": post.naam, "soort": post.soort, "bedragen": _numbers(post.bedragen)}
            for post in interview.eigen_posten
        ],
        "advice": [
            {
                "id": advice.id,
                "severity": advice.severity,
                "title": advice.title,
                "text": advice.text,
            }
            for advice in evaluation.advice.advices
        ],
        "kpis": [
            {
                "goal": kpi.goal,
                "name": kpi.name,
                "baseline": kpi.baseline,
                "target": kpi.target,
                "how": kpi.how,
            }
            for kpi in evaluation.advice.kpis
        ],
    }


def to_json(document: object) -> str:
    """Indented UTF-8 JSON text (Dutch characters kept), ending in a newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
