"""The question flow: the YAML interview language, its checker, Dutch input and the engine.

Public API (docs/ARCHITECTURE.md): `load_flow`, `load_default_flow`, `check_flow_file`,
`format_findings`, `FlowError`, `Finding`, `parse_answer`, `format_answer`, `Engine` and the
values it returns.
"""

from crm_roi.flow.engine import Engine
from crm_roi.flow.expressions import (
    EvaluationError,
    Expression,
    ExpressionError,
    Missing,
    compile_expression,
)
from crm_roi.flow.findings import Finding, FlowError, format_findings
from crm_roi.flow.loader import check_flow_file, load_default_flow, load_flow
from crm_roi.flow.model import Flow, NumberBounds
from crm_roi.flow.outcomes import (
    AnswerOutcome,
    AskedQuestion,
    DefaultSource,
    Progress,
    ResolvedAnswer,
)
from crm_roi.flow.parsing import ParsedAnswer, coerce_value, format_answer, parse_answer
from crm_roi.flow.schema import AnswerValue, Choice, Question, Section

__all__ = [
    "AnswerOutcome",
    "AnswerValue",
    "AskedQuestion",
    "Choice",
    "DefaultSource",
    "Engine",
    "EvaluationError",
    "Expression",
    "ExpressionError",
    "Finding",
    "Flow",
    "FlowError",
    "Missing",
    "NumberBounds",
    "ParsedAnswer",
    "Progress",
    "Question",
    "ResolvedAnswer",
    "Section",
    "check_flow_file",
    "coerce_value",
    "compile_expression",
    "format_answer",
    "format_findings",
    "load_default_flow",
    "load_flow",
    "parse_answer",
]
