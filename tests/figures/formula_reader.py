"""Recompute a figure's formula text from the numbers it shows, as a reader with a calculator.

"12 gebruikers × € 29 per maand × 12 maanden = € 4.176 × (1 + 5% risicocorrectie) = € 4.385"
is read as the chain 12*29*12 = 4176; 4176*(1+0.05) = 4385. Words are explanation only.
"""

from __future__ import annotations

import ast
import itertools
import operator
import re

_NUMBER = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|-?\d+(?:,\d+)?%?")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_POWER = re.compile(r"\)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


def _python(segment: str) -> str:
    text = segment.replace("−", "-").replace("×", "*").replace("€", " ")
    text = _POWER.sub(lambda m: ")**" + m.group(1).translate(_SUPERSCRIPT), text)

    def number(match: re.Match[str]) -> str:
        raw = match.group(0)
        percent = raw.endswith("%")
        raw = raw.rstrip("%").replace(".", "").replace(",", ".")
        return f"({raw}/100)" if percent else f"({raw})"

    text = _NUMBER.sub(number, text)
    text = re.sub(r"[^0-9.()+\-*/ ]", " ", text)  # words, colons, units
    while "( )" in text or "()" in text:
        text = re.sub(r"\(\s*\)", " ", text)
    return text


def _evaluate(expression: str) -> float:
    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        raise ValueError(f"cannot read {ast.dump(node)}")

    return walk(ast.parse(expression.strip(), mode="eval"))


def chain(formula: str) -> list[tuple[float, float]]:
    """(computed, shown) per '=' in the formula: each side recomputed from its numbers."""
    segments = formula.replace("−", "-").split(" = ")
    pairs = []
    for left, right in itertools.pairwise(segments):
        shown = _NUMBER.findall(right)[0]
        shown_value = _evaluate(_python(shown))
        pairs.append((_evaluate(_python(left)), shown_value))
    return pairs


def tolerance(formula: str, shown: float) -> float:
    """Amounts are shown in whole euros and rates to 2 decimals: allow that rounding per term."""
    terms = formula.count("€") + 1
    return max(0.51 * terms, abs(shown) * 0.006)
