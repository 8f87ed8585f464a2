"""The JSON of a business case follows its dataclasses: no field can be left out by hand."""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from crm_roi.benchmarks import load_benchmarks
from crm_roi.business_case import BusinessCase, MonteCarloResult, compute_business_case
from crm_roi.finance import Analysis
from crm_roi.json_export import KEYED_BY, case_to_dict, evaluation_to_dict, to_json
from crm_roi.pipeline import evaluate
from crm_roi.yaml_loading import safe_load

FIXTURES = Path(__file__).parent / "fixtures"

# The keys of format version 1 at the top of a case's document; they stay.
FORMAT_1_KEYS = {
    *("horizon", "discount_rate", "risk_costs", "risk_benefits", "adoption", "costs"),
    *("benefits", "net", "cumulative", "cost_lines", "benefit_lines", "total_costs"),
    *("total_benefits", "pv_costs", "pv_benefits", "npv", "roi", "roi_simple", "irr"),
    *("payback_months", "discounted_payback_months", "required_yearly_benefit", "method_a"),
    *("method_b", "scenarios", "sensitivity", "monte_carlo"),
}


@pytest.fixture(scope="module")
def case() -> BusinessCase:
    """A case with every part filled: targets, scenarios, tornado bars and a simulation."""
    inputs = safe_load((FIXTURES / "inputs_installateur.yaml").read_text(encoding="utf-8"))
    computed = compute_business_case(inputs, load_benchmarks(), draws=200)
    assert computed.method_a.targets and computed.sensitivity and computed.scenarios
    return computed


def _dataclasses_in(hint: Any) -> set[type]:
    """The dataclasses a type hint can hold, at any depth (tuples, unions, mappings)."""
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        found = {hint}
        for field_type in typing.get_type_hints(hint).values():
            found |= _dataclasses_in(field_type)
        return found
    found = set()
    for argument in typing.get_args(hint):
        found |= _dataclasses_in(argument)
    return found


def _plain(value: object) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _assert_present(value: object, node: Any, path: str, seen: set[type]) -> None:
    """Every field of `value` is in `node` under its own name, recursively, with its value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen.add(type(value))
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if isinstance(item, Analysis):  # spread into its holder
                _assert_present(item, node, f"{path}.{field.name}", seen)
                continue
            assert field.name in node, f"{path}.{field.name} missing from the JSON"
            keyed = KEYED_BY.get((type(value), field.name))
            if keyed is not None:
                for entry in item:
                    key = str(getattr(entry, keyed))
                    _assert_present(entry, node[field.name][key], f"{path}.{key}", seen)
            else:
                _assert_present(item, node[field.name], f"{path}.{field.name}", seen)
    elif isinstance(value, list | tuple):
        assert isinstance(node, list) and len(node) == len(value), path
        for index, (item, entry) in enumerate(zip(value, node, strict=True)):
            _assert_present(item, entry, f"{path}[{index}]", seen)
    elif isinstance(value, Mapping):
        assert isinstance(node, dict) and set(node) == {str(key) for key in value}, path
        for key, item in value.items():
            _assert_present(item, node[str(key)], f"{path}.{key}", seen)
    else:
        assert node == _plain(value), path


def test_every_field_of_the_business_case_is_in_the_json(case: BusinessCase) -> None:
    seen: set[type] = set()
    _assert_present(case, case_to_dict(case), "case", seen)

    assert seen == _dataclasses_in(BusinessCase)  # every kind of part was walked


def test_the_keys_of_format_1_stay(case: BusinessCase) -> None:
    document = case_to_dict(case)

    assert set(document) >= FORMAT_1_KEYS
    assert set(document["scenarios"]) == {"conservatief", "verwacht", "optimistisch"}
    assert document["required_yearly_benefit"] == case.method_a.required_yearly_benefit


def test_properties_are_kept(case: BusinessCase) -> None:
    document = case_to_dict(case)

    assert document["cost_lines"][0]["total"] == pytest.approx(case.cost_lines[0].total)
    assert document["sensitivity"][0]["swing"] == pytest.approx(case.sensitivity[0].swing)


def test_method_a_targets_say_whether_they_are_feasible(case: BusinessCase) -> None:
    targets = case_to_dict(case)["method_a"]["targets"]

    assert [(t["feasible"], t["maximum"]) for t in targets] == [
        (t.feasible, t.maximum) for t in case.method_a.targets
    ]


def test_a_field_added_to_a_part_appears_by_itself(case: BusinessCase) -> None:
    @dataclasses.dataclass(frozen=True)
    class WithMore(MonteCarloResult):
        chance_of_something_new: float = 0.75

    assert case.monte_carlo is not None
    extended = WithMore(**dataclasses.asdict(case.monte_carlo))
    document = case_to_dict(dataclasses.replace(case, monte_carlo=extended))

    assert document["monte_carlo"]["chance_of_something_new"] == 0.75


def test_figures_that_are_not_finite_become_null(case: BusinessCase) -> None:
    target = dataclasses.replace(case.method_a.targets[0], maximum=math.inf, required=math.nan)
    method_a = dataclasses.replace(case.method_a, targets=(target,))
    document = case_to_dict(dataclasses.replace(case, method_a=method_a))

    (entry,) = document["method_a"]["targets"]
    assert entry["maximum"] is None and entry["required"] is None
    assert json.loads(to_json(document))["method_a"]["targets"][0]["maximum"] is None


def test_tuples_become_lists(case: BusinessCase) -> None:
    document = case_to_dict(case)

    assert isinstance(document["adoption"], list)
    assert isinstance(document["cost_lines"][0]["amounts"], list)


def test_an_unknown_value_type_is_an_error_not_a_silent_string(case: BusinessCase) -> None:
    strange = dataclasses.replace(case, inputs={"startdatum": types.SimpleNamespace()})

    with pytest.raises(TypeError):
        case_to_dict(strange)


EVALUATION_KEYS = {
    *("format_version", "source", "interview", "notices", "warnings", "answers"),
    *("eigen_posten", "advice", "kpis"),
}


@pytest.fixture(scope="module")
def evaluation_document() -> dict[str, Any]:
    answers = {
        "organisatie": "Jansen B.V.",
        "aantal_gebruikers": 10,
        "crm_pakket": "pipedrive",
        "doelen": ["efficientie"],
    }
    return evaluation_to_dict(evaluate(answers, uncertainty=False), source="jansen.yaml")


def test_the_evaluation_document_holds_the_case_and_the_answers(
    evaluation_document: dict[str, Any],
) -> None:
    assert evaluation_document["format_version"] == 1
    assert set(evaluation_document) >= EVALUATION_KEYS | FORMAT_1_KEYS
    assert evaluation_document["answers"]["doelen"]["value"] == ["efficientie"]
    assert evaluation_document["scenarios"] == {} and evaluation_document["monte_carlo"] is None


def test_no_field_of_the_case_hides_a_key_of_the_evaluation(case: BusinessCase) -> None:
    assert not set(case_to_dict(case)) & EVALUATION_KEYS


def test_advice_and_kpis_keep_their_keys(evaluation_document: dict[str, Any]) -> None:
    advice, kpi = evaluation_document["advice"][0], evaluation_document["kpis"][0]

    assert {"id", "severity", "title", "text"} <= set(advice)
    assert set(kpi) == {"goal", "name", "baseline", "target", "how"}
