"""Why a question does not count now: its `when` condition, told in Dutch.

Generic over any flow: the condition is split at its top-level `and`s, the parts that do not
hold for the current answers are told as "u bij 'Doelen' (doelen) kiest voor '...'" when
they compare a choice or yes/no question with a value, else by naming the questions the
condition depends on.
"""

from __future__ import annotations

import ast

from crm_roi.flow import Engine, Question, compile_expression, format_answer
from crm_roi.interview import messages


def why_not_relevant(engine: Engine, question_id: str) -> str:
    """The Dutch reason why `question_id` does not count with the engine's answers."""
    flow = engine.flow
    engine.relevant_questions()  # resolves every answer the condition may read
    when = flow.entry(question_id).when
    if when is None:
        return messages.counts_only_by([])
    parts = _conjuncts(ast.parse(when.source, mode="eval").body)
    failing = [part for part in parts if not _holds(part, engine)] or parts
    told = [_tell(part, engine) for part in failing]
    if all(text is not None for text in told):
        return messages.counts_only_if([text for text in told if text is not None])
    names = sorted(name for name in when.names if name in flow)
    position = {question.id: index for index, question in enumerate(flow.questions)}
    names.sort(key=lambda name: position[name])
    return messages.counts_only_by(
        [messages.question_label(flow.question(name).short_label, name) for name in names]
    )


def _conjuncts(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        return [part for value in node.values for part in _conjuncts(value)]
    return [node]


def _holds(node: ast.expr, engine: Engine) -> bool:
    return compile_expression(ast.unparse(node)).holds(engine)


def _tell(node: ast.expr, engine: Engine) -> str | None:
    """The condition as a Dutch clause, or None when it is not a simple comparison."""
    if isinstance(node, ast.BoolOp):
        clauses = [_tell(value, engine) for value in node.values]
        if not all(clause is not None for clause in clauses):
            return None
        texts = [clause for clause in clauses if clause is not None]
        return messages.either(texts) if isinstance(node.op, ast.Or) else messages.together(texts)
    if isinstance(node, ast.Name):
        return _choice_clause(engine, node.id, True, wanted=True)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        if isinstance(node.operand, ast.Name):
            return _choice_clause(engine, node.operand.id, False, wanted=True)
        return None
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        return _compare_clause(engine, node.left, node.ops[0], node.comparators[0])
    return None


def _compare_clause(engine: Engine, left: ast.expr, op: ast.cmpop, right: ast.expr) -> str | None:
    if isinstance(op, ast.Eq | ast.NotEq):
        name, constant = (left, right) if isinstance(left, ast.Name) else (right, left)
    elif isinstance(op, ast.In | ast.NotIn):
        name, constant = right, left
    else:
        return None
    if not (isinstance(name, ast.Name) and isinstance(constant, ast.Constant)):
        return None
    wanted = isinstance(op, ast.Eq | ast.In)
    return _choice_clause(engine, name.id, constant.value, wanted=wanted)


def _choice_clause(engine: Engine, question_id: str, value: object, *, wanted: bool) -> str | None:
    flow = engine.flow
    if question_id not in flow:
        return None
    question = flow.question(question_id)
    shown = _shown_choice(question, value)
    if shown is None:
        return None
    tell = messages.chosen if wanted else messages.not_chosen
    return tell(question.short_label, question_id, shown)


def _shown_choice(question: Question, value: object) -> str | None:
    if question.type in ("choice", "multichoice") and isinstance(value, str):
        return question.choice_label(value)
    if question.type == "yesno" and isinstance(value, bool):
        return format_answer(question, value)
    return None
