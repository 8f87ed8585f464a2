"""A small, safe expression language for `when`, defaults, rules and advice conditions.

Python syntax, parsed with :mod:`ast` and compiled once into closures; only a whitelist of
nodes is allowed, nothing is ever passed to ``eval``. What an expression may contain:

- numbers, strings, ``True``/``False``, lists (``['a', 'b']``);
- names of earlier questions (``aantal_gebruikers``) and ``value`` inside a rule;
- benchmarks: ``bm.brutomarge`` or ``bm('brutomarge')``;
- ``+ - * / // % **``, comparisons, ``in``/``not in``, ``and``/``or``/``not``,
  ``a if condition else b``;
- the functions ``min``, ``max``, ``round``, ``abs`` and ``len``.

Bounded: an expression is at most MAX_EXPRESSION_LENGTH characters and MAX_EXPRESSION_DEPTH
deep (so neither compiling nor evaluating recurses without limit); at run time no text or
list longer than MAX_EXPRESSION_SIZE and no number beyond MAX_EXPRESSION_NUMBER is built
(`'a' * 10**10`, `10**10**10` are an EvaluationError, not an hour of work), and `%` is
arithmetic only (no `'%.999999999f' % x`).
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from crm_roi.flow import messages
from crm_roi.limits import (
    MAX_EXPRESSION_DEPTH,
    MAX_EXPRESSION_LENGTH,
    MAX_EXPRESSION_NUMBER,
    MAX_EXPRESSION_SIZE,
)

BENCHMARK_NAME = "bm"


def _round(number: Any, digits: Any = None) -> Any:
    if isinstance(digits, int) and not -400 <= digits <= 400:
        raise ValueError("round: too many digits")
    return round(number) if digits is None else round(number, digits)


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "min": min,
    "max": max,
    "round": _round,
    "abs": abs,
    "len": len,
}


class Scope(Protocol):
    """What an expression can look up while it is evaluated."""

    def lookup(self, name: str) -> Any:
        """The value of a question (or `value`); raise Missing when it has none."""

    def benchmark(self, benchmark_id: str) -> float:
        """The value of a benchmark for the answers so far."""


class Missing(Exception):
    """A name has no value (an unanswered or skipped question)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class ExpressionError(Exception):
    """An expression cannot be parsed or uses something outside the language (Dutch message)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EvaluationError(Exception):
    """An expression failed while it was evaluated (e.g. a division by zero)."""


Compiled = Callable[[Scope], Any]


def _sized(value: Any) -> Any:
    """`value`, when it is a number within bounds or a text or list within MAX_EXPRESSION_SIZE."""
    if isinstance(value, str | tuple | list) and len(value) > MAX_EXPRESSION_SIZE:
        raise ValueError("result too long")
    if isinstance(value, complex):
        raise ValueError("complex number")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value:  # NaN
            raise ValueError("not a number")
        if abs(value) > MAX_EXPRESSION_NUMBER:
            raise OverflowError("number too large")
    return value


def _numbers(a: Any, b: Any) -> None:
    for operand in (a, b):
        if not isinstance(operand, int | float):
            raise TypeError("arithmetic needs numbers")


def _add(a: Any, b: Any) -> Any:
    return _sized(operator.add(a, b))  # two texts within bounds make at most twice the bound


def _multiply(a: Any, b: Any) -> Any:
    for sequence, count in ((a, b), (b, a)):
        repeated = isinstance(sequence, str | tuple) and isinstance(count, int)
        if repeated and len(sequence) * max(count, 0) > MAX_EXPRESSION_SIZE:
            raise ValueError("result too long")
    return _sized(operator.mul(a, b))


def _arithmetic(function: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def run(a: Any, b: Any) -> Any:
        _numbers(a, b)
        return _sized(function(a, b))

    return run


def _power(a: Any, b: Any) -> Any:
    _numbers(a, b)
    return _sized(float(a) ** float(b))  # float: 10**10**10 overflows instead of hanging


_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: _add,
    ast.Sub: _arithmetic(operator.sub),
    ast.Mult: _multiply,
    ast.Div: _arithmetic(operator.truediv),
    ast.FloorDiv: _arithmetic(operator.floordiv),
    ast.Mod: _arithmetic(operator.mod),  # numbers only: no '%.999999999f' % x
    ast.Pow: _power,
}
_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


@dataclass(frozen=True)
class Expression:
    """A compiled expression and what it refers to."""

    source: str
    names: frozenset[str]  # question ids (and `value`) it reads
    benchmarks: frozenset[str]  # benchmark ids it reads
    constants: tuple[object, ...]  # the literal numbers and strings in it (for the checker)
    _run: Compiled

    def evaluate(self, scope: Scope) -> Any:
        """The value; raises Missing or EvaluationError."""
        try:
            return self._run(scope)
        except Missing:
            raise
        except (TypeError, ValueError, ArithmeticError, KeyError, IndexError) as exc:
            raise EvaluationError(str(exc)) from exc

    def holds(self, scope: Scope) -> bool:
        """True when the expression is true; False when it is false or cannot be evaluated."""
        try:
            return bool(self.evaluate(scope))
        except (Missing, EvaluationError):
            return False


def compile_expression(source: str) -> Expression:
    """Parse and compile once; ExpressionError (Dutch) when it is not a valid expression."""
    text = " ".join(str(source).split())
    if not text:
        raise ExpressionError(messages.EXPRESSION_EMPTY)
    if len(text) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(messages.expression_too_long(len(text), MAX_EXPRESSION_LENGTH))
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(messages.expression_syntax(text, exc.offset)) from None
    except (ValueError, RecursionError, MemoryError):  # a NUL, or nesting Python refuses
        raise ExpressionError(messages.expression_syntax(text, None)) from None
    if _depth(tree.body) > MAX_EXPRESSION_DEPTH:
        raise ExpressionError(messages.expression_too_deep(MAX_EXPRESSION_DEPTH))
    compiler = _Compiler()
    run = compiler.compile(tree.body)
    return Expression(
        source=text,
        names=frozenset(compiler.names),
        benchmarks=frozenset(compiler.benchmarks),
        constants=tuple(compiler.constants),
        _run=run,
    )


def _depth(tree: ast.AST) -> int:
    """The depth of the syntax tree, measured without recursion."""
    deepest = 0
    pending = [(tree, 1)]
    while pending:
        node, depth = pending.pop()
        deepest = max(deepest, depth)
        if depth <= MAX_EXPRESSION_DEPTH:
            pending.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _number(value: Any) -> Any:
    if not isinstance(value, int | float):
        raise TypeError("a sign needs a number")
    return value


class _Compiler:
    """Turns a whitelisted AST into nested closures; records names and benchmarks."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.benchmarks: set[str] = set()
        self.constants: list[object] = []

    def compile(self, node: ast.expr) -> Compiled:
        method = getattr(self, f"_{type(node).__name__}", None)
        if method is None:
            raise ExpressionError(messages.expression_not_allowed(type(node).__name__))
        result: Compiled = method(node)
        return result

    def _Constant(self, node: ast.Constant) -> Compiled:
        value = node.value
        if not isinstance(value, int | float | str | bool) and value is not None:
            raise ExpressionError(messages.expression_not_allowed(type(value).__name__))
        self.constants.append(value)
        return lambda scope: value

    def _Name(self, node: ast.Name) -> Compiled:
        name = node.id
        if name == BENCHMARK_NAME or name in FUNCTIONS:
            raise ExpressionError(messages.expression_bare_name(name))
        self.names.add(name)
        return lambda scope: scope.lookup(name)

    def _Attribute(self, node: ast.Attribute) -> Compiled:
        if not (isinstance(node.value, ast.Name) and node.value.id == BENCHMARK_NAME):
            raise ExpressionError(messages.EXPRESSION_ATTRIBUTE)
        benchmark_id = node.attr
        self.benchmarks.add(benchmark_id)
        return lambda scope: scope.benchmark(benchmark_id)

    def _Call(self, node: ast.Call) -> Compiled:
        if isinstance(node.func, ast.Attribute):
            raise ExpressionError(messages.EXPRESSION_ATTRIBUTE)
        if not isinstance(node.func, ast.Name) or node.keywords:
            raise ExpressionError(messages.expression_unknown_function(ast.unparse(node.func)))
        name = node.func.id
        if name == BENCHMARK_NAME:
            arg = node.args[0] if len(node.args) == 1 else None
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                raise ExpressionError(messages.EXPRESSION_BM_CALL)
            benchmark_id = arg.value
            self.benchmarks.add(benchmark_id)
            return lambda scope: scope.benchmark(benchmark_id)
        function = FUNCTIONS.get(name)
        if function is None:
            raise ExpressionError(messages.expression_unknown_function(name))
        args = [self.compile(arg) for arg in node.args]
        return lambda scope: _sized(function(*(arg(scope) for arg in args)))

    def _BinOp(self, node: ast.BinOp) -> Compiled:
        op = _BINARY.get(type(node.op))
        if op is None:
            raise ExpressionError(messages.expression_not_allowed(type(node.op).__name__))
        left, right = self.compile(node.left), self.compile(node.right)
        return lambda scope: op(left(scope), right(scope))

    def _UnaryOp(self, node: ast.UnaryOp) -> Compiled:
        operand = self.compile(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda scope: not operand(scope)
        if isinstance(node.op, ast.USub):
            return lambda scope: -_number(operand(scope))
        if isinstance(node.op, ast.UAdd):
            return lambda scope: +_number(operand(scope))
        raise ExpressionError(messages.expression_not_allowed(type(node.op).__name__))

    def _BoolOp(self, node: ast.BoolOp) -> Compiled:
        parts = [self.compile(value) for value in node.values]
        is_and = isinstance(node.op, ast.And)

        def run(scope: Scope) -> Any:
            result: Any = None
            for part in parts:
                try:
                    result = part(scope)
                except Missing:
                    result = False  # a skipped question satisfies no condition
                if is_and and not result:
                    return result
                if not is_and and result:
                    return result
            return result

        return run

    def _Compare(self, node: ast.Compare) -> Compiled:
        ops = []
        for op_node in node.ops:
            op = _COMPARE.get(type(op_node))
            if op is None:
                raise ExpressionError(messages.expression_not_allowed(type(op_node).__name__))
            ops.append(op)
        first = self.compile(node.left)
        rest = [self.compile(comparator) for comparator in node.comparators]

        def run(scope: Scope) -> bool:
            left = first(scope)
            for op, right_fn in zip(ops, rest, strict=True):
                right = right_fn(scope)
                if not op(left, right):
                    return False
                left = right
            return True

        return run

    def _IfExp(self, node: ast.IfExp) -> Compiled:
        test = self.compile(node.test)
        body, orelse = self.compile(node.body), self.compile(node.orelse)
        return lambda scope: body(scope) if test(scope) else orelse(scope)

    def _List(self, node: ast.List) -> Compiled:
        items = [self.compile(item) for item in node.elts]
        return lambda scope: tuple(item(scope) for item in items)

    def _Tuple(self, node: ast.Tuple) -> Compiled:
        items = [self.compile(item) for item in node.elts]
        return lambda scope: tuple(item(scope) for item in items)
