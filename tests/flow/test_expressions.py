"""The sandboxed expression language: what it computes, what it refuses."""

from __future__ import annotations

from typing import Any

import pytest

from crm_roi.flow import EvaluationError, ExpressionError, Missing, compile_expression


class _Scope:
    def __init__(self, values: dict[str, Any], benchmarks: dict[str, float] | None = None):
        self.values = values
        self.benchmarks = benchmarks or {}

    def lookup(self, name: str) -> Any:
        if name not in self.values:
            raise Missing(name)
        return self.values[name]

    def benchmark(self, benchmark_id: str) -> float:
        return self.benchmarks[benchmark_id]


def test_arithmetic_with_names_and_benchmarks() -> None:
    expression = compile_expression("a * b * 12 * bm.factor")
    assert expression.evaluate(_Scope({"a": 2, "b": 3}, {"factor": 1.5})) == 108
    assert expression.names == {"a", "b"}
    assert expression.benchmarks == {"factor"}


def test_bm_call_form() -> None:
    assert compile_expression("bm('x') + 1").evaluate(_Scope({}, {"x": 2})) == 3


def test_membership_and_boolean_logic() -> None:
    expression = compile_expression("methode == 'gedetailleerd' and 'leads' in doelen")
    assert expression.holds(_Scope({"methode": "gedetailleerd", "doelen": ["leads"]}))
    assert not expression.holds(_Scope({"methode": "globaal", "doelen": ["leads"]}))


def test_missing_name_makes_a_condition_false() -> None:
    assert not compile_expression("x > 1").holds(_Scope({}))


def test_missing_operand_of_or_counts_as_false() -> None:
    assert compile_expression("x > 1 or y").holds(_Scope({"y": True}))


def test_functions_from_the_whitelist() -> None:
    scope = _Scope({"a": 3.14159, "doelen": ["a", "b"]})
    assert compile_expression("round(a, 2)").evaluate(scope) == 3.14
    assert compile_expression("max(1, min(5, 3))").evaluate(scope) == 3
    assert compile_expression("len(doelen)").evaluate(scope) == 2


def test_conditional_expression() -> None:
    assert compile_expression("1 if a else 2").evaluate(_Scope({"a": False})) == 2


def test_division_by_zero_is_an_evaluation_error() -> None:
    with pytest.raises(EvaluationError):
        compile_expression("1 / a").evaluate(_Scope({"a": 0}))


def test_huge_power_does_not_hang() -> None:
    with pytest.raises(EvaluationError):
        compile_expression("10 ** 10 ** 10").evaluate(_Scope({}))


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("__import__('os')", "onbekende functie '__import__'"),
        ("a.__class__", "een punt mag alleen na 'bm' staan"),
        ("(lambda: 1)()", "onbekende functie"),
        ("[x for x in a]", "niet toegestaan"),
        ("a[0]", "niet toegestaan"),
        ("open('f')", "onbekende functie 'open'"),
        ("a >", "niet te lezen"),
        ("", "leeg"),
        ("bm", "is een functie"),
    ],
)
def test_unsafe_or_broken_expressions_are_refused(source: str, fragment: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        compile_expression(source)
    assert fragment in caught.value.message
