"""What `crm-roi check` finds in an expression before it ever runs: type errors and divisions
by a value that may be 0.

At run time such an expression fails, and a failing condition or rule is quietly taken as
false or skipped; the author should hear of it instead. Each question's answer has a known
kind (a number, a text, a list of choices, yes/no); the checker follows those kinds through
the expression. A divisor is fine when it cannot be 0: a non-zero number, a question whose
`min` is above 0, a benchmark whose every value is non-zero, `max(x, 1)` and the like, or
a division inside `... if divisor > 0 else ...` / `divisor != 0 and ...`.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from crm_roi.flow import messages
from crm_roi.flow.expressions import BENCHMARK_NAME
from crm_roi.flow.schema import CHOICE_TYPES, NUMERIC_TYPES, Question

Kind = Literal["number", "text", "list", "bool"] | None  # None: not known


def answer_kind(question: Question) -> Kind:
    """The kind of value an answer to `question` is in an expression."""
    if question.type in NUMERIC_TYPES:
        return "number"
    if question.type == "multichoice":
        return "list"
    if question.type == "yesno":
        return "bool"
    if question.type in CHOICE_TYPES or question.type == "text":
        return "text"
    return None


@dataclass(frozen=True)
class Names:
    """What the checker knows of the names an expression may read."""

    kinds: Mapping[str, Kind]  # question id (and `value` in a rule) → kind of its answer
    positive: frozenset[str]  # names whose value is always above 0 (a `min` above 0)
    positive_benchmarks: Callable[[str], bool]  # whether every value of a benchmark is above 0


def expression_problems(source: str, names: Names) -> list[str]:
    """Dutch descriptions of the type errors and unguarded divisions in `source`."""
    tree = ast.parse(source, mode="eval").body
    checker = _Checker(names)
    checker.kind(tree)
    _Divisions(names, checker.problems).visit(tree, guards=())
    return list(dict.fromkeys(checker.problems))


def _shown(node: ast.expr) -> str:
    return ast.unparse(node)


class _Checker:
    def __init__(self, names: Names) -> None:
        self.names = names
        self.problems: list[str] = []

    def kind(self, node: ast.expr) -> Kind:
        method = getattr(self, f"_{type(node).__name__}", None)
        if method is None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.kind(child)
            return None
        kind: Kind = method(node)
        return kind

    def _Constant(self, node: ast.Constant) -> Kind:
        value = node.value
        if isinstance(value, bool):
            return "bool"
        if isinstance(value, int | float):
            return "number"
        return "text" if isinstance(value, str) else None

    def _Name(self, node: ast.Name) -> Kind:
        return self.names.kinds.get(node.id)

    def _Attribute(self, node: ast.Attribute) -> Kind:
        return "number"  # bm.<id>: the compiler allows no other attribute

    def _List(self, node: ast.List) -> Kind:
        for item in node.elts:
            self.kind(item)
        return "list"

    _Tuple = _List

    def _BinOp(self, node: ast.BinOp) -> Kind:
        left, right = self.kind(node.left), self.kind(node.right)
        numeric = {"number", "bool"}
        if left is None or right is None:
            return None if isinstance(node.op, ast.Add | ast.Mult) else "number"
        if left in numeric and right in numeric:
            return "number"
        if isinstance(node.op, ast.Add) and left == right and left in ("text", "list"):
            return left
        if isinstance(node.op, ast.Mult) and {left, right} in (
            {"text", "number"},
            {"list", "number"},
        ):
            return "text" if "text" in (left, right) else "list"
        self.problems.append(
            messages.operation_types(_OPERATORS.get(type(node.op), "?"), _shown(node), left, right)
        )
        return None

    def _UnaryOp(self, node: ast.UnaryOp) -> Kind:
        operand = self.kind(node.operand)
        if isinstance(node.op, ast.Not):
            return "bool"
        if operand in ("text", "list"):
            self.problems.append(messages.sign_needs_number(_shown(node), operand))
            return None
        return "number"

    def _BoolOp(self, node: ast.BoolOp) -> Kind:
        kinds = {self.kind(value) for value in node.values}
        return kinds.pop() if len(kinds) == 1 else None

    def _IfExp(self, node: ast.IfExp) -> Kind:
        self.kind(node.test)
        body, orelse = self.kind(node.body), self.kind(node.orelse)
        return body if body == orelse else None

    def _Compare(self, node: ast.Compare) -> Kind:
        operands = [node.left, *node.comparators]
        kinds = [self.kind(operand) for operand in operands]
        for op, (left, right), (left_node, right_node) in zip(
            node.ops, itertools.pairwise(kinds), itertools.pairwise(operands), strict=True
        ):
            problem = _comparison_problem(op, left, right)
            if problem is not None:
                shown = f"{_shown(left_node)} {_COMPARISONS[type(op)]} {_shown(right_node)}"
                self.problems.append(messages.comparison_types(shown, left, right, problem))
        return "bool"

    def _Call(self, node: ast.Call) -> Kind:
        if not isinstance(node.func, ast.Name):
            return None
        name = node.func.id
        if name == BENCHMARK_NAME:
            return "number"
        kinds = [self.kind(arg) for arg in node.args]
        shown = _shown(node)
        expected = _ARGUMENT_COUNTS.get(name)
        if expected is not None and not expected[0] <= len(kinds) <= expected[1]:
            self.problems.append(messages.argument_count(name, shown, expected[0], expected[1]))
            return None
        if name == "len":
            if kinds[0] in ("number", "bool"):
                self.problems.append(messages.function_argument(name, shown, kinds[0]))
            return "number"
        if name in ("abs", "round"):
            if kinds[0] in ("text", "list"):
                self.problems.append(messages.function_argument(name, shown, kinds[0]))
            return "number"
        if name in ("min", "max"):
            if len(kinds) == 1:
                if kinds[0] in ("number", "bool"):
                    self.problems.append(messages.function_argument(name, shown, kinds[0]))
                return None
            known = {kind for kind in kinds if kind is not None}
            if len(known) > 1:
                self.problems.append(messages.mixed_arguments(name, shown))
            return known.pop() if len(known) == 1 else None
        return None


_OPERATORS = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
}
_COMPARISONS = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
}
_ARGUMENT_COUNTS = {"len": (1, 1), "abs": (1, 1), "round": (1, 2), "min": (1, 99), "max": (1, 99)}


def _comparison_problem(op: ast.cmpop, left: Kind, right: Kind) -> str | None:
    """'order', 'never' (always false/true), 'container', or None when the kinds fit."""
    if left is None or right is None:
        return None
    numeric = {"number", "bool"}
    if isinstance(op, ast.In | ast.NotIn):
        if right in numeric:
            return "container"
        if right == "text" and left != "text":
            return "container"
        return None
    same = left == right or (left in numeric and right in numeric)
    if isinstance(op, ast.Eq | ast.NotEq):
        return None if same else "never"
    if isinstance(op, ast.Lt | ast.LtE | ast.Gt | ast.GtE):
        if left in numeric and right in numeric:
            return None
        return None if left == right and left in ("text", "list") else "order"
    return None


class _Divisions:
    """Reports each `/`, `//` and `%` whose divisor may be 0 and is not guarded."""

    def __init__(self, names: Names, problems: list[str]) -> None:
        self.names = names
        self.problems = problems

    def visit(self, node: ast.expr, guards: tuple[ast.expr, ...]) -> None:
        if isinstance(node, ast.IfExp):
            self.visit(node.test, guards)
            self.visit(node.body, (*guards, node.test))
            self.visit(node.orelse, (*guards, node.test))
            return
        if isinstance(node, ast.BoolOp):
            seen: list[ast.expr] = []
            for value in node.values:
                self.visit(value, (*guards, *seen))
                seen.append(value)
            return
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div | ast.FloorDiv | ast.Mod):
            divisor = node.right
            if _is_zero(divisor):
                self.problems.append(messages.division_by_zero(_shown(node)))
            elif not self._nonzero(divisor) and not _guarded(divisor, guards):
                self.problems.append(messages.division_maybe_zero(_shown(node), _shown(divisor)))
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.visit(child, guards)

    def _nonzero(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, int | float) and node.value != 0
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            return self._nonzero(node.operand)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult | ast.Div | ast.Pow):
            return self._nonzero(node.left) and (
                isinstance(node.op, ast.Pow) or self._nonzero(node.right)
            )
        if isinstance(node, ast.Call) and _is_call(node, "abs") and len(node.args) == 1:
            return self._nonzero(node.args[0])
        return self._positive(node)

    def _positive(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, int | float) and node.value > 0
        if isinstance(node, ast.Name):
            return node.id in self.names.positive
        benchmark = _benchmark_id(node)
        if benchmark is not None:
            return self.names.positive_benchmarks(benchmark)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mult | ast.Div):
            return self._positive(node.left) and self._positive(node.right)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            positives = [self._positive(arg) for arg in node.args]
            if node.func.id == "max":
                return any(positives)
            if node.func.id == "min":
                return bool(positives) and all(positives)
        return False


def _benchmark_id(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.attr if node.value.id == BENCHMARK_NAME else None
    if isinstance(node, ast.Call) and _is_call(node, BENCHMARK_NAME) and node.args:
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def _is_call(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name


def _is_zero(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, int | float)
        and not isinstance(node.value, bool)
        and node.value == 0
    )


def _guarded(divisor: ast.expr, guards: tuple[ast.expr, ...]) -> bool:
    """Whether a condition around the division tests the divisor (`d > 0`, `d != 0`, `d`)."""
    wanted = ast.dump(divisor)
    return any(ast.dump(part) == wanted for guard in guards for part in ast.walk(guard))
