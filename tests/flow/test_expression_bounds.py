"""The expression language cannot build huge values or recurse without limit."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from crm_roi import limits
from crm_roi.flow import EvaluationError, ExpressionError, compile_expression


class _Scope:
    values: ClassVar[dict[str, Any]] = {
        "x": 3.5,
        "aantal": 12,
        "naam": "Jansen",
        "doelen": ("leads",),
    }

    def lookup(self, name: str) -> Any:
        return self.values[name]

    def benchmark(self, benchmark_id: str) -> float:
        return 2.0


@pytest.mark.parametrize(
    "source",
    [
        "'a' * 10**10",
        "'a' * 10000000000",
        "10000000000 * 'a'",
        "naam * 100000",
        "[1, 2] * 6000",
        "'%.999999999f' % x",
        "'%s' % naam",
        "10**10**10",
        "9.9 ** 999",
        "(-8) ** 0.5",
        "1e300 * 1e10",
        "round(x, 10**9)",
        "round(x, 999999)",
        "-naam",
        "len(aantal)",
        "x / 0",
        "max()",
    ],
)
def test_a_huge_or_impossible_value_is_an_evaluation_error(source: str) -> None:
    expression = compile_expression(source)

    with pytest.raises(EvaluationError):
        expression.evaluate(_Scope())


def test_an_expression_as_long_as_allowed_still_works() -> None:
    source = " + ".join(["aantal"] * 30)

    assert compile_expression(source).evaluate(_Scope()) == 360


@pytest.mark.parametrize(
    "source",
    [
        "1" + " + 1" * 600,
        "-" * 900 + "1",
        "not " * 240 + "x",
        "(1 + " * 150 + "1" + ")" * 150,
        "max(" * 100 + "1" + ")" * 100,
        "[" * 150 + "]" * 150,
    ],
    ids=["long sum", "signs", "nots", "parentheses", "calls", "lists"],
)
def test_deep_nesting_is_refused_when_compiled(source: str) -> None:
    with pytest.raises(ExpressionError):
        compile_expression(source)


def test_a_too_long_expression_is_refused_with_its_length() -> None:
    source = "x + " * 300 + "x"

    with pytest.raises(ExpressionError, match=r"te lang \(1.201 tekens; hoogstens 1.000\)"):
        compile_expression(source)


def test_a_nul_in_an_expression_is_a_syntax_error_not_a_crash() -> None:
    with pytest.raises(ExpressionError, match="niet te lezen"):
        compile_expression("x \x00 + 1")


def test_the_bounds_are_the_ones_defined_once() -> None:
    edge = "'a' * " + str(limits.MAX_EXPRESSION_SIZE)

    assert len(compile_expression(edge).evaluate(_Scope())) == limits.MAX_EXPRESSION_SIZE
    with pytest.raises(EvaluationError):
        compile_expression(edge + " + 'a'").evaluate(_Scope())
