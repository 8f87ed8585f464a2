"""The business case as JSON for other tools: plain floats, null where a figure is undefined.

Ratios (ROI, IRR, risk, adoption) are fractions, as in `business_case`; answers keep their
answer units (percent units) and say where their value came from (user, default, benchmark).

The case's part is derived from its dataclasses (`business_case.model`, `finance.Analysis`),
so a field added there appears here by itself: every field and every public property
(`total`, `swing`) under its own name, floats that are not finite as null, tuples as lists.
Two rules keep the document's shape: an Analysis is spread into the object that holds it (its
figures beside the holder's own fields, which win where a name is shared: the same values),
and a field named in KEYED_BY becomes an object keyed by that field of its items.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import math
import numbers
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from crm_roi.business_case.model import BusinessCase
from crm_roi.finance import Analysis

if TYPE_CHECKING:
    from crm_roi.history import Actuals, Changes
    from crm_roi.interview.model import Version
    from crm_roi.pipeline import Evaluation

JSON_FORMAT_VERSION = 1

# (dataclass, field) → the field of its items whose value keys them: scenarios by name.
KEYED_BY: dict[tuple[type, str], str] = {(BusinessCase, "scenarios"): "name"}


def to_plain(value: object) -> Any:
    """A value of the business case as plain JSON data (see the module's docstring)."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dataclass(value)
    if isinstance(value, Mapping):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    raise TypeError(f"no JSON form for {type(value).__name__}")


def _dataclass(instance: Any) -> dict[str, Any]:
    own = [field.name for field in dataclasses.fields(instance)]
    document: dict[str, Any] = {}
    for name in own:
        value = getattr(instance, name)
        if isinstance(value, Analysis):
            spread = _dataclass(value)
            document.update((key, item) for key, item in spread.items() if key not in own)
        elif (type(instance), name) in KEYED_BY:
            key = KEYED_BY[(type(instance), name)]
            document[name] = {str(getattr(item, key)): to_plain(item) for item in value}
        else:
            document[name] = to_plain(value)
    for name in _properties(type(instance)):
        document.setdefault(name, to_plain(getattr(instance, name)))
    return document


def _properties(cls: type) -> list[str]:
    """The public properties of a class (computed figures such as `total` and `swing`)."""
    return [
        name
        for name, member in inspect.getmembers(cls)
        if isinstance(member, property | cached_property) and not name.startswith("_")
    ]


def case_to_dict(case: BusinessCase) -> dict[str, Any]:
    """Every field of the business case, with its analysis' figures at the top level."""
    document: dict[str, Any] = to_plain(case)
    # Method A's requirement also beside the headline figures (as since format 1).
    document["required_yearly_benefit"] = document["method_a"]["required_yearly_benefit"]
    return document


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
            {"id": item.question_id, "value": to_plain(item.value), "reason": item.reason}
            for item in evaluation.ignored
        ],
        "warnings": [
            {"id": warning.question_id, "text": warning.text} for warning in evaluation.warnings
        ],
        **case_to_dict(evaluation.case),
        "answers": {
            question_id: {
                "value": to_plain(answer.value),
                "source": answer.source,
                "source_text": answer.source_text,
            }
            for question_id, answer in evaluation.resolved.items()
        },
        "eigen_posten": [
            {"naam": post.naam, "soort": post.soort, "bedragen": to_plain(post.bedragen)}
            for post in interview.eigen_posten
        ],
        "advice": to_plain(evaluation.advice.advices),
        "figures": to_plain(tuple(evaluation.figures.values())),
        "kpis": to_plain(evaluation.advice.kpis),
        "versions": [version_to_dict(version) for version in interview.versies],
        "changes": None if evaluation.changes is None else changes_to_dict(evaluation.changes),
        "actuals": None if evaluation.actuals is None else actuals_to_dict(evaluation.actuals),
    }


def version_to_dict(version: Version) -> dict[str, Any]:
    """A recorded version in short: number, date, versions used, report and results."""
    return {
        "number": version.nummer,
        "date": version.datum.isoformat(),
        "flow": {"id": version.flow.id, "version": version.flow.version},
        "benchmarks": version.benchmarks,
        "report": version.rapport,
        "results": to_plain(version.resultaten.model_dump()),
    }


def changes_to_dict(changes: Changes) -> dict[str, Any]:
    """What changed since a version or another interview (docs/METHOD.md §14, What changed)."""
    return {
        "since": changes.since,
        "since_version": changes.since_version,
        "since_date": None if changes.since_date is None else changes.since_date.isoformat(),
        "inputs": [
            {
                "id": item.id,
                "label": item.label,
                "kind": item.kind,
                "before": to_plain(item.before),
                "after": to_plain(item.after),
                "before_text": item.before_text,
                "after_text": item.after_text,
                "source_before": item.source_before,
                "source_after": item.source_after,
            }
            for item in changes.inputs
        ],
        "npv_before": changes.npv_before,
        "npv_after": changes.npv_after,
        "npv_change": changes.npv_change,
        "headlines": to_plain(changes.headlines),
        "attribution": [
            {
                "id": item.id,
                "label": item.label,
                "npv_effect": item.npv_effect,
                "together_with": list(item.together_with),
            }
            for item in changes.attribution
        ],
    }


def actuals_to_dict(actuals: Actuals) -> dict[str, Any]:
    """Plan against actual (docs/METHOD.md §14): per realised year and line, per KPI, both NPVs."""
    return {
        "start": None if actuals.start is None else actuals.start.isoformat(),
        "years": list(actuals.years),
        "plan_version": actuals.plan_version,
        "lines": [
            {
                "id": line.key,
                "label": line.label,
                "kind": line.kind,
                "year": line.year,
                "plan": to_plain(line.plan),
                "actual": to_plain(line.actual),
                "difference": to_plain(line.difference),
                "measured": line.measured,
            }
            for line in actuals.lines
        ],
        "kpis": to_plain(actuals.kpis),
        "npv_plan": to_plain(actuals.plan.npv),
        "npv_actual_forecast": to_plain(actuals.actual_forecast.npv),
        "roi_plan": to_plain(actuals.plan.roi),
        "roi_actual_forecast": to_plain(actuals.actual_forecast.roi),
        "payback_months_plan": to_plain(actuals.plan.payback_months),
        "payback_months_actual_forecast": to_plain(actuals.actual_forecast.payback_months),
        "plan": _dataclass(actuals.plan),
        "actual_forecast": _dataclass(actuals.actual_forecast),
    }


def to_json(document: object) -> str:
    """Indented UTF-8 JSON text (Dutch characters kept), ending in a newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
