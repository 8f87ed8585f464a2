"""The values a caller supplies for a flow's `given` names, checked against their types.

A flow that needs values from outside (a follow-up interview needs the plan's figures of
the year it asks about) lists them under `given`; the engine reads them like answers that
come before the first question.
"""

from __future__ import annotations

from collections.abc import Mapping

from crm_roi.flow import messages
from crm_roi.flow.findings import Finding, FlowError
from crm_roi.flow.model import Flow
from crm_roi.flow.parsing import coerce_value
from crm_roi.flow.schema import AnswerValue
from crm_roi.flow.values import MISSING, typed_value


def given_values(flow: Flow, given: Mapping[str, AnswerValue]) -> dict[str, AnswerValue]:
    """`given` in the declared types (a computed number is rounded as a computed default
    is: an int to a whole number, an amount to cents); FlowError naming every problem."""
    file = str(flow.path or "")
    declared = {item.name: item.as_question() for item in flow.given}
    findings = [
        Finding(file, None, name, messages.unknown_given(name, list(declared)))
        for name in given
        if name not in declared
    ]
    values: dict[str, AnswerValue] = {}
    for name, question in declared.items():
        if name not in given:
            findings.append(Finding(file, None, name, messages.missing_given(name)))
            continue
        typed = typed_value(question, given[name])
        parsed = coerce_value(question, given[name] if typed is MISSING else typed)
        if not parsed.ok or parsed.value is None:
            findings.append(
                Finding(file, None, name, messages.bad_given(name, parsed.message or ""))
            )
            continue
        values[name] = parsed.value
    if findings:
        raise FlowError(findings)
    return values
