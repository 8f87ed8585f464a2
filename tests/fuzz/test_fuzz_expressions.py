"""Random flow expressions: compiled or refused, evaluated or failed, always quickly."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from crm_roi.flow import (
    EvaluationError,
    ExpressionError,
    Missing,
    check_flow_file,
    compile_expression,
)

from .support import fuzz

NAMES = ["aantal", "naam", "doelen", "ja_nee", "value", "onbekend"]
_ATOMS = st.sampled_from(
    [
        *NAMES,
        "0",
        "1",
        "10",
        "2.5",
        "-3",
        "1e308",
        "10**10",
        "'a'",
        "''",
        "'%.999999999f'",
        "True",
        "None",
        "bm.brutomarge",
        "bm('x')",
        "[1, 2]",
        "['a']",
        "x.y",
        "__import__",
    ]
)
_BINARY = st.sampled_from(
    [
        " + ",
        " - ",
        " * ",
        " / ",
        " // ",
        " % ",
        " ** ",
        " == ",
        " != ",
        " < ",
        " >= ",
        " in ",
        " not in ",
        " and ",
        " or ",
        " if True else ",
    ]
)
_UNARY = st.sampled_from(["-", "not ", "+", "len(", "abs(", "round(", "max(", "min(", "("])


@st.composite
def expressions(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 6 or draw(st.booleans()):
        return draw(_ATOMS)
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(expressions(depth + 1)) + draw(_BINARY) + draw(expressions(depth + 1))
    prefix = draw(_UNARY)
    closing = ")" if prefix.endswith("(") else ""
    return prefix + draw(expressions(depth + 1)) + closing


class _Scope:
    values: dict[str, Any]

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def lookup(self, name: str) -> Any:
        if name not in self.values:
            raise Missing(name)
        return self.values[name]

    def benchmark(self, benchmark_id: str) -> float:
        if benchmark_id != "brutomarge":
            raise Missing(benchmark_id)
        return 35.0


_SCOPES = st.fixed_dictionaries(
    {
        "aantal": st.integers(-(10**12), 10**12) | st.floats(allow_nan=True),
        "naam": st.text(max_size=20),
        "doelen": st.lists(st.sampled_from(["leads", "efficientie"]), max_size=2).map(tuple),
        "ja_nee": st.booleans(),
        "value": st.integers(0, 10**6) | st.text(max_size=5),
    }
)


@fuzz(400)
@given(expressions() | st.text(max_size=60), _SCOPES)
def test_an_expression_compiles_or_is_refused_and_evaluates_or_fails(
    source: str, scope: dict[str, Any]
) -> None:
    try:
        expression = compile_expression(source)
    except ExpressionError as error:
        assert error.message
        return
    with contextlib.suppress(Missing, EvaluationError):
        expression.evaluate(_Scope(scope))
    expression.holds(_Scope(scope))


FLOW = """\
id: fuzz
version: "1"
title: "Fuzz"
sections:
  - title: "A"
    questions:
      - {{id: aantal, type: int, text: "Hoeveel?"}}
      - {{id: naam, type: text, text: "Naam?"}}
      - id: doelen
        type: multichoice
        text: "Doelen?"
        choices: [{{value: leads, label: L}}, {{value: efficientie, label: E}}]
      - {{id: ja_nee, type: yesno, text: "Ja?"}}
      - id: uitkomst
        type: euro
        text: "Uitkomst?"
        when: {when}
        default: {{expr: {expr}}}
        rules:
          - {{check: {check}, message: "Nee."}}
"""


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@fuzz(60)
@given(expressions(), expressions(), expressions())
def test_check_reports_findings_for_any_expression_never_crashes(
    when: str, expr: str, check: str
) -> None:
    text = FLOW.format(when=_quoted(when), expr=_quoted(expr), check=_quoted(check))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_text(text, encoding="utf-8")
        findings = check_flow_file(path)
    assert all(finding.message for finding in findings)
