"""The semantic checks of `crm-roi check`: ids, choices, bounds, defaults, expressions, reach.

Runs on every question that passed the schema, so that one run reports every problem.
"""

from __future__ import annotations

import ast
import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import messages
from crm_roi.flow.expression_checks import Names, answer_kind, expression_problems
from crm_roi.flow.expressions import Expression, ExpressionError, compile_expression
from crm_roi.flow.findings import Finding
from crm_roi.flow.model import CompiledIntro, CompiledQuestion, CompiledRule
from crm_roi.flow.parsing import coerce_value
from crm_roi.flow.reachability import Reach, is_satisfiable
from crm_roi.flow.schema import CHOICE_TYPES, NUMERIC_TYPES, GivenName, Question
from crm_roi.flow.yaml_lines import LineMap, line_of

VALUE_NAME = "value"
DEFAULT_NAME = "default"
GIVEN_POSITION = -1  # a given name counts as coming before every question
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True)
class QuestionEntry:
    """One question as found in the file: its raw mapping and, if valid, its model."""

    raw: LineMap
    question: Question | None
    section_index: int


@dataclass(frozen=True)
class GivenEntry:
    """One `given` item as found in the file: its raw mapping and, if valid, its model."""

    raw: LineMap
    given: GivenName | None


@dataclass(frozen=True)
class IntroEntry:
    """One `intro_if` alternative of a section as found in the file."""

    raw: LineMap
    section_index: int
    when: str
    text: str


@dataclass
class _OnceFinding:
    raw: LineMap
    key: Any
    question_id: str | None
    message: str
    uses: int = 1


@dataclass
class _Context:
    file: str
    benchmarks: Benchmarks
    positions: dict[str, int]  # question id -> index of its first occurrence
    duplicated: set[str] = field(default_factory=set)  # ids that occur more than once
    questions: dict[str, Question] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    once: dict[str, _OnceFinding] = field(default_factory=dict)

    def add(self, raw: LineMap, key: Any, question_id: str | None, message: str) -> None:
        line = line_of(raw, key) if key is not None else raw.line
        self.findings.append(Finding(self.file, line, question_id, message))

    def add_once(
        self, group: str, raw: LineMap, key: Any, question_id: str | None, message: str
    ) -> None:
        """A problem with one cause (an unknown name) is reported once, where it first
        occurs, with a count of the other places."""
        if group in self.once:
            self.once[group].uses += 1
        else:
            self.once[group] = _OnceFinding(raw, key, question_id, message)

    def flush_once(self) -> None:
        for item in self.once.values():
            suffix = messages.also_used_elsewhere(item.uses - 1) if item.uses > 1 else ""
            self.add(item.raw, item.key, item.question_id, item.message + suffix)
        self.once.clear()


def check_questions(
    file: str,
    entries: Sequence[QuestionEntry],
    benchmarks: Benchmarks,
    intros: Sequence[IntroEntry] = (),
    section_starts: Sequence[int] = (),
    given: Sequence[GivenEntry] = (),
) -> tuple[list[Finding], list[CompiledQuestion], list[tuple[int, CompiledIntro]]]:
    """All semantic findings, the compiled questions and the compiled section intros.

    A duplicated id is reported once; the later question with that id is not checked
    further and the id is left out of the checks of conditions, so the duplicate does not
    cause a cascade of follow-up findings. `section_starts[i]` is the index of the first
    question of section i. The `given` names count as answers before the first question.
    """
    ctx = _Context(file, benchmarks, {})
    known: dict[str, Reach] = {}
    given_lines = _check_given(ctx, given, known)
    later_duplicates: set[int] = set()
    for index, entry in enumerate(entries):
        raw_id = entry.question.id if entry.question else entry.raw.get("id")
        if not isinstance(raw_id, str):
            continue
        if raw_id in given_lines:
            ctx.add(
                entry.raw, "id", raw_id, messages.question_is_given(raw_id, given_lines[raw_id])
            )
            ctx.duplicated.add(raw_id)
            later_duplicates.add(index)
        elif raw_id in ctx.positions:
            first = entries[ctx.positions[raw_id]].raw.lines.get("id")
            ctx.add(entry.raw, "id", raw_id, messages.duplicate_question(raw_id, first))
            ctx.duplicated.add(raw_id)
            later_duplicates.add(index)
        else:
            ctx.positions[raw_id] = index
    compiled: list[CompiledQuestion] = []
    for index, entry in enumerate(entries):
        question = entry.question
        if question is None or index in later_duplicates:
            continue
        ctx.questions[question.id] = question
        _check_choices_and_bounds(ctx, entry.raw, question)
        _check_default(ctx, entry.raw, question, index)
        result = _compile_question(ctx, entry, index)
        if result is None:
            continue
        compiled.append(result)
        if question.id not in ctx.duplicated:
            known[question.id] = _reach(ctx, entry.raw, result, known)
    compiled_intros = []
    for intro in intros:
        start = (
            section_starts[intro.section_index] if intro.section_index < len(section_starts) else 0
        )
        expression = _intro_expression(ctx, intro, start)
        if expression is not None:
            compiled_intros.append((intro.section_index, CompiledIntro(expression, intro.text)))
    ctx.flush_once()
    return ctx.findings, compiled, compiled_intros


def _check_given(
    ctx: _Context, given: Sequence[GivenEntry], known: dict[str, Reach]
) -> dict[str, int | None]:
    """Register the given names (as answers before every question); returns their lines."""
    lines: dict[str, int | None] = {}
    for entry in given:
        if entry.given is None:
            continue  # the schema reports it
        name = entry.given.name
        if name in lines:
            ctx.add(entry.raw, "name", name, messages.duplicate_given(name, lines[name]))
            continue
        lines[name] = entry.raw.lines.get("name")
        question = entry.given.as_question()
        ctx.positions[name] = GIVEN_POSITION
        ctx.questions[name] = question
        choices = question.choices
        if choices and question.type not in CHOICE_TYPES:
            ctx.add(entry.raw, "choices", name, messages.choices_not_allowed(question.type))
        values = [choice.value for choice in choices]
        for value in sorted({value for value in values if values.count(value) > 1}):
            ctx.add(entry.raw, "choices", name, messages.duplicate_choice(value))
        if question.type not in CHOICE_TYPES or choices:
            known[name] = Reach(question, reachable=True, may_be_skipped=False)
    return lines


def _intro_expression(ctx: _Context, intro: IntroEntry, start: int) -> Expression | None:
    """An `intro_if` condition: valid, and only about questions before its section."""
    where = "intro_if"
    try:
        expression = compile_expression(intro.when)
    except ExpressionError as exc:
        ctx.add(intro.raw, "when", None, messages.expression_problem(where, exc.message))
        return None
    ok = True
    for name in sorted(expression.names):
        if name == VALUE_NAME:
            ctx.add(intro.raw, "when", None, messages.value_outside_rule(where))
            ok = False
        elif name not in ctx.positions:
            close = difflib.get_close_matches(name, list(ctx.positions), n=1)
            message = messages.unknown_name(where, name, close[0] if close else None)
            ctx.add_once(name, intro.raw, "when", None, message)
            ok = False
        elif ctx.positions[name] >= start:
            ctx.add(intro.raw, "when", None, messages.intro_needs_earlier(name))
            ok = False
    for benchmark_id in sorted(expression.benchmarks):
        before = len(ctx.findings)
        _check_benchmark(ctx, intro.raw, "when", None, benchmark_id, start)
        ok = ok and len(ctx.findings) == before
    for problem in _impossible_comparisons(ctx, expression):
        ctx.add(intro.raw, "when", None, problem)
        ok = False
    if ok:
        for problem in expression_problems(expression.source, _names(ctx, None)):
            ctx.add(intro.raw, "when", None, messages.expression_types(where, problem))
            ok = False
    return expression if ok else None


def _check_choices_and_bounds(ctx: _Context, raw: LineMap, question: Question) -> None:
    qid, kind = question.id, question.type
    if kind in CHOICE_TYPES:
        if len(question.choices) < 2:
            ctx.add(
                raw, "choices" if "choices" in raw else "type", qid, messages.too_few_choices(kind)
            )
        seen: set[str] = set()
        for choice in question.choices:
            if choice.value in seen:
                ctx.add(raw, "choices", qid, messages.duplicate_choice(choice.value))
            seen.add(choice.value)
    elif question.choices:
        ctx.add(raw, "choices", qid, messages.choices_not_allowed(kind))
    if kind not in NUMERIC_TYPES and (question.min is not None or question.max is not None):
        ctx.add(raw, "min" if "min" in raw else "max", qid, messages.bounds_not_allowed(kind))
    if question.min is not None and question.max is not None and question.min > question.max:
        ctx.add(raw, "min", qid, messages.min_above_max(question.min, question.max))


def _check_default(ctx: _Context, raw: LineMap, question: Question, index: int) -> None:
    default = question.default
    if default is None:
        return
    qid = question.id
    if default.benchmark is not None:
        _check_benchmark(ctx, raw, "default", qid, default.benchmark, index)
        return
    if default.expr is not None:
        return  # compiled and checked with the other expressions
    value = default.value
    if question.type == "choice":
        allowed = [c.value for c in question.choices]
        if value not in allowed:
            ctx.add(raw, "default", qid, messages.default_not_a_choice(value, allowed))
        return
    parsed = coerce_value(question, value)
    if not parsed.ok:
        ctx.add(raw, "default", qid, messages.default_wrong_type(parsed.message or ""))
        return
    number = parsed.value
    if isinstance(number, int | float) and not isinstance(number, bool):
        if question.min is not None and number < question.min:
            ctx.add(
                raw, "default", qid, messages.default_out_of_bounds(value, f"min {question.min:g}")
            )
        if question.max is not None and number > question.max:
            ctx.add(
                raw, "default", qid, messages.default_out_of_bounds(value, f"max {question.max:g}")
            )


def _check_benchmark(
    ctx: _Context, raw: LineMap, key: Any, qid: str | None, benchmark_id: str, index: int
) -> None:
    bench = ctx.benchmarks.benchmarks.get(benchmark_id)
    if bench is None:
        close = difflib.get_close_matches(benchmark_id, list(ctx.benchmarks.benchmarks), n=1)
        ctx.add(
            raw, key, qid, messages.unknown_benchmark(benchmark_id, close[0] if close else None)
        )
        return
    if bench.by is not None and ctx.positions.get(bench.by, index) >= index:
        message = messages.benchmark_needs_earlier(benchmark_id, bench.by)
        if bench.by in ctx.positions:
            ctx.add(raw, key, qid, message)
        else:
            ctx.add_once(bench.by, raw, key, qid, message)


def _compile_question(ctx: _Context, entry: QuestionEntry, index: int) -> CompiledQuestion | None:
    question, raw = entry.question, entry.raw
    assert question is not None
    before = len(ctx.findings)
    when = _expression(ctx, raw, "when", question.when, question, index, in_rule=False)
    default_expr = None
    if question.default is not None and question.default.expr is not None:
        default_expr = _expression(
            ctx, raw, "default", question.default.expr, question, index, False
        )
    rules = _rules(
        ctx, raw, "rules", [(r.check, r.message) for r in question.rules], question, index
    )
    warns = _rules(ctx, raw, "warn", [(w.when, w.message) for w in question.warn], question, index)
    if len(ctx.findings) > before:
        return None
    return CompiledQuestion(
        question=question,
        index=index,
        section_index=entry.section_index,
        when=when,
        default_expression=default_expr,
        rules=rules,
        warnings=warns,
    )


def _rules(
    ctx: _Context,
    raw: LineMap,
    key: str,
    items: list[tuple[str, str]],
    question: Question,
    index: int,
) -> tuple[CompiledRule, ...]:
    compiled = []
    container = raw.get(key)
    for position, (source, message) in enumerate(items):
        item_raw = container[position] if isinstance(container, list) else None
        where_raw = item_raw if isinstance(item_raw, LineMap) else raw
        where_key = "check" if key == "rules" else "when"
        expression = _expression(ctx, where_raw, where_key, source, question, index, True, key)
        for name in PLACEHOLDER.findall(message):
            known = name in (VALUE_NAME, DEFAULT_NAME) or ctx.positions.get(name, index) < index
            if not known:
                message = messages.unknown_placeholder(name)
                ctx.add_once(f"{{{name}}}", where_raw, "message", question.id, message)
        if expression is not None:
            compiled.append(CompiledRule(expression, message))
    return tuple(compiled)


def _expression(
    ctx: _Context,
    raw: LineMap,
    key: str,
    source: str | None,
    question: Question,
    index: int,
    in_rule: bool,
    label: str | None = None,
) -> Expression | None:
    if source is None:
        return None
    where = label or key
    try:
        expression = compile_expression(source)
    except ExpressionError as exc:
        ctx.add(raw, key, question.id, messages.expression_problem(where, exc.message))
        return None
    ok = True
    for name in sorted(expression.names):
        problem = _name_problem(ctx, name, question.id, index, in_rule, where)
        if problem and _is_unknown(ctx, name, question.id, in_rule):
            ctx.add_once(name, raw, key, question.id, problem)
            ok = False
        elif problem:
            ctx.add(raw, key, question.id, problem)
            ok = False
    for benchmark_id in sorted(expression.benchmarks):
        before = len(ctx.findings)
        _check_benchmark(ctx, raw, key, question.id, benchmark_id, index)
        ok = ok and len(ctx.findings) == before
    for problem in _impossible_comparisons(ctx, expression):
        ctx.add(raw, key, question.id, problem)
        ok = False
    if ok:
        names = _names(ctx, question if in_rule else None)
        for problem in expression_problems(expression.source, names):
            ctx.add(raw, key, question.id, messages.expression_types(where, problem))
            ok = False
    return expression if ok else None


def _names(ctx: _Context, own: Question | None) -> Names:
    """The kinds of the questions checked so far (and of `value`, the answer of `own`)."""
    known = {qid: q for qid, q in ctx.questions.items() if qid not in ctx.duplicated}
    if own is not None:
        known[VALUE_NAME] = own
    return Names(
        kinds={qid: answer_kind(q) for qid, q in known.items()},
        positive=frozenset(qid for qid, q in known.items() if q.min is not None and q.min > 0),
        positive_benchmarks=lambda benchmark_id: _benchmark_positive(ctx, benchmark_id),
    )


def _benchmark_positive(ctx: _Context, benchmark_id: str) -> bool:
    bench = ctx.benchmarks.benchmarks.get(benchmark_id)
    if bench is None:
        return False
    values = [bench.value] if bench.by is None else [o.value for o in bench.options.values()]
    return all(value is not None and value > 0 for value in values)


def _name_problem(
    ctx: _Context, name: str, own_id: str, index: int, in_rule: bool, where: str
) -> str | None:
    if name == VALUE_NAME:
        return None if in_rule else messages.value_outside_rule(where)
    if name == own_id:
        return messages.self_reference(where)
    if name not in ctx.positions:
        close = difflib.get_close_matches(name, list(ctx.positions), n=1)
        return messages.unknown_name(where, name, close[0] if close else None)
    if ctx.positions[name] > index:
        return messages.later_name(where, name)
    return None


def _is_unknown(ctx: _Context, name: str, own_id: str, in_rule: bool) -> bool:
    return name not in ctx.positions and name != own_id and not (in_rule and name == VALUE_NAME)


def _impossible_comparisons(ctx: _Context, expression: Expression) -> list[str]:
    """`sector == 'bouw'` or `'x' in doelen` where the value is not one of the choices."""
    problems = []
    tree = ast.parse(expression.source, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for left, right in itertools.pairwise(operands):
            for name_node, other in ((left, right), (right, left)):
                if not isinstance(name_node, ast.Name):
                    continue
                question = ctx.questions.get(name_node.id)
                if name_node.id in ctx.duplicated:
                    continue  # which of the two is meant is unclear; the duplicate is reported
                if question is None or question.type not in CHOICE_TYPES or not question.choices:
                    continue  # a given name may leave its choices open
                allowed = [c.value for c in question.choices]
                for constant in _string_constants(other):
                    if constant not in allowed:
                        problems.append(
                            messages.impossible_comparison(name_node.id, constant, allowed)
                        )
    return problems


def _string_constants(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.List | ast.Tuple):
        return [
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
    return []


def _reach(ctx: _Context, raw: LineMap, entry: CompiledQuestion, known: dict[str, Reach]) -> Reach:
    """Report an unreachable question; return what later conditions may assume of it."""
    question, when = entry.question, entry.when
    if when is None:
        return Reach(question, reachable=True, may_be_skipped=False)
    if not is_satisfiable(when, known, ctx.benchmarks):
        ctx.add(raw, "when", question.id, messages.unreachable(when.source))
        return Reach(question, reachable=False, may_be_skipped=True)
    return Reach(question, reachable=True, may_be_skipped=True)
