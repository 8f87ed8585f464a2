"""The interview engine: flow + answers → the next question, its default and the inputs.

Pure and synchronous. Values are resolved lazily in flow order and cached; a change at
question k only invalidates k and what follows (expressions only read earlier questions, the
checker guarantees it), so the next question is found without re-resolving the whole flow.

Values from outside the flow (its `given` names, e.g. the plan's figures for a follow-up
interview) are handed to the constructor; expressions read them like earlier answers.

An accepted default stays live: `implementatiekosten` accepted as default follows a later
edit of `aantal_gebruikers`. Accepted defaults are listed in `accepted_defaults`; `answers`
holds the user's typed answers plus the current value of each accepted default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from crm_roi.benchmarks import BenchmarkError, Benchmarks
from crm_roi.flow import messages
from crm_roi.flow.expressions import EvaluationError, Missing
from crm_roi.flow.findings import Finding, FlowError
from crm_roi.flow.given import given_values
from crm_roi.flow.model import CompiledQuestion, CompiledRule, Flow
from crm_roi.flow.outcomes import (
    AnswerOutcome,
    AnswerSource,
    AskedQuestion,
    DefaultKind,
    DefaultSource,
    Progress,
    ResolvedAnswer,
)
from crm_roi.flow.parsing import coerce_value, format_answer, parse_answer
from crm_roi.flow.schema import AnswerValue, Question, Section
from crm_roi.flow.values import MISSING, percent_slip, typed_value

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_PERCENT_SIGN = re.compile(r"%|procent|pct", re.IGNORECASE)


class Engine:
    """Runs one interview over a flow (see docs/ARCHITECTURE.md for the contract)."""

    def __init__(
        self,
        flow: Flow,
        benchmarks: Benchmarks,
        answers: Mapping[str, AnswerValue] | None = None,
        *,
        accepted_defaults: Iterable[str] = (),
        given: Mapping[str, AnswerValue] | None = None,
    ) -> None:
        """`given` supplies a value for each of the flow's `given` names (FlowError, Dutch,
        when one is missing, unknown or of the wrong type)."""
        self.flow = flow
        self.benchmarks = benchmarks
        self._entries = flow.compiled
        self._index = {entry.question.id: entry.index for entry in self._entries}
        self._user: dict[str, AnswerValue] = {}
        self._accepted: set[str] = {qid for qid in accepted_defaults if qid in self._index}
        self._cursor: int | None = None
        size = len(self._entries)
        self._relevant = [False] * size
        self._values: list[Any] = [MISSING] * size
        self._sources: list[tuple[AnswerSource, str | None]] = [("user", None)] * size
        self._given_questions = {item.name: item.as_question() for item in flow.given}
        self._given = given_values(flow, given or {})
        self._env: dict[str, Any] = dict(self._given)
        self._valid_upto = 0
        self._load_answers(answers or {})

    # --- scope for expressions -------------------------------------------------------------

    def lookup(self, name: str) -> Any:
        value = self._env.get(name, MISSING)
        if value is MISSING:
            raise Missing(name)
        return value

    def benchmark(self, benchmark_id: str) -> float:
        try:
            return self.benchmarks.value(benchmark_id, self._env)
        except BenchmarkError:
            raise Missing(benchmark_id) from None

    # --- public API ------------------------------------------------------------------------

    @property
    def answers(self) -> Mapping[str, AnswerValue]:
        """The user's answers (also ignored ones) and the current value of accepted defaults."""
        result = dict(self._user)
        for qid in self._accepted:
            value = self._resolved_value(qid)
            if value is not MISSING:
                result[qid] = value
        return result

    @property
    def given(self) -> Mapping[str, AnswerValue]:
        """The values of the flow's `given` names, as the engine uses them."""
        return MappingProxyType(self._given)

    @property
    def accepted_defaults(self) -> frozenset[str]:
        return frozenset(self._accepted)

    def current(self) -> AskedQuestion | None:
        """The question under the cursor after back(), else the first open relevant one."""
        index = self._current_index()
        return None if index is None else self._asked(index)

    def answer(self, text: str) -> AnswerOutcome:
        """Answer the current question; empty text accepts its default."""
        index = self._current_index()
        if index is None:
            return AnswerOutcome(ok=False, message=messages.COMPLETE)
        return self._answer_text(index, text)

    def answer_question(self, question_id: str, text: str) -> AnswerOutcome:
        """Answer (or change the answer to) any relevant question."""
        index = self._relevant_index(question_id)
        if isinstance(index, AnswerOutcome):
            return index
        return self._answer_text(index, text)

    def set_value(self, question_id: str, value: AnswerValue) -> AnswerOutcome:
        """Store an already typed value (checked against the type and the rules)."""
        index = self._relevant_index(question_id)
        if isinstance(index, AnswerOutcome):
            return index
        entry = self._entries[index]
        parsed = coerce_value(entry.question, value)
        if not parsed.ok or parsed.value is None:
            return AnswerOutcome(ok=False, message=parsed.message)
        return self._store(entry, parsed.value)

    def back(self) -> AskedQuestion | None:
        """Make the previous relevant question current; None when there is none."""
        position = self._current_index()
        if self._cursor is None and position is None:
            position = len(self._entries)
        assert position is not None
        for index in range(position - 1, -1, -1):
            self._ensure(index)
            if self._relevant[index]:
                self._cursor = index
                return self._asked(index)
        return None

    def is_complete(self) -> bool:
        return self._first_open() is None

    def progress(self) -> Progress:
        self._ensure(len(self._entries) - 1)
        relevant = [i for i, flag in enumerate(self._relevant) if flag]
        answered = sum(1 for i in relevant if self._is_answered(i))
        current = self._current_index()
        if current is None:
            number = len(relevant)
            section_index = self._entries[relevant[-1]].section_index if relevant else 0
        else:
            number = sum(1 for i in relevant if i < current) + 1
            section_index = self._entries[current].section_index
        return Progress(
            answered=answered,
            total=len(relevant),
            section_index=section_index,
            section_count=len(self.flow.sections),
            section_title=self.flow.sections[section_index].title,
            question_number=number,
        )

    def relevant_questions(self) -> list[Question]:
        self._ensure(len(self._entries) - 1)
        return [e.question for e in self._entries if self._relevant[e.index]]

    def resolved(self) -> dict[str, ResolvedAnswer]:
        """Every relevant question with a value: the answer or its default, with the source."""
        self._ensure(len(self._entries) - 1)
        result = {}
        for entry in self._entries:
            value = self._values[entry.index]
            if self._relevant[entry.index] and value is not MISSING:
                source, text = self._sources[entry.index]
                result[entry.question.id] = ResolvedAnswer(value, source, text)
        return result

    def inputs(self) -> dict[str, AnswerValue]:
        """The resolved values of the relevant questions (what business_case computes from)."""
        return {qid: resolved.value for qid, resolved in self.resolved().items()}

    def default_of(self, question_id: str) -> tuple[AnswerValue | None, DefaultSource | None]:
        """The current default of a question (for a relevant question's edit form)."""
        index = self._index[question_id]
        self._ensure(index - 1)
        value, source = self._default(self._entries[index])
        return (None if value is MISSING else value), source

    # --- answering -------------------------------------------------------------------------

    def _answer_text(self, index: int, text: str) -> AnswerOutcome:
        entry = self._entries[index]
        question = entry.question
        if not str(text).strip():
            self._ensure(index - 1)
            value, _ = self._default(entry)
            if value is MISSING:
                return AnswerOutcome(ok=False, message=messages.no_default(question.type))
            self._user.pop(question.id, None)
            self._accepted.add(question.id)
            self._changed(index)
            return AnswerOutcome(ok=True, value=value)
        parsed = parse_answer(question, text)
        if not parsed.ok or parsed.value is None:
            return AnswerOutcome(ok=False, message=parsed.message)
        return self._store(entry, parsed.value, percent_sign=_PERCENT_SIGN.search(text) is not None)

    def _store(
        self, entry: CompiledQuestion, value: AnswerValue, *, percent_sign: bool = False
    ) -> AnswerOutcome:
        self._ensure(entry.index - 1)
        problem = self._validate(entry, value)
        if problem is not None:
            return AnswerOutcome(ok=False, message=problem)
        warnings = tuple(
            self._render(rule.message, entry, value)
            for rule in entry.warnings
            if self._rule_result(rule, value) is True
        )
        if not percent_sign:
            warnings = percent_slip(entry.question, value) + warnings
        self._user[entry.question.id] = value
        self._accepted.discard(entry.question.id)
        self._changed(entry.index)
        return AnswerOutcome(ok=True, value=value, warnings=warnings)

    def _validate(self, entry: CompiledQuestion, value: AnswerValue) -> str | None:
        question = entry.question
        if isinstance(value, int | float) and not isinstance(value, bool):
            if question.min is not None and value < question.min:
                return messages.below_minimum(
                    format_answer(question, typed_value(question, question.min))
                )
            if question.max is not None and value > question.max:
                return messages.above_maximum(
                    format_answer(question, typed_value(question, question.max))
                )
        for rule in entry.rules:
            if self._rule_result(rule, value) is False:
                return self._render(rule.message, entry, value)
        return None

    def _rule_result(self, rule: CompiledRule, value: AnswerValue) -> bool | None:
        """True/False, or None when the rule cannot be evaluated (it is then skipped)."""
        try:
            return bool(rule.expression.evaluate(_ValueScope(self, value)))
        except (Missing, EvaluationError):
            return None

    def _render(self, message: str, entry: CompiledQuestion, value: AnswerValue) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "value":
                return format_answer(entry.question, value)
            if name == "default":
                default, _ = self._default(entry)
                return "?" if default is MISSING else format_answer(entry.question, default)
            if name in self._given:
                return format_answer(self._given_questions[name], self._given[name])
            other = self._env.get(name, MISSING)
            if other is MISSING or name not in self._index:
                return "?"
            return format_answer(self.flow.question(name), other)

        return _PLACEHOLDER.sub(replace, message)

    def _changed(self, index: int) -> None:
        self._valid_upto = min(self._valid_upto, index)
        if self._cursor == index:
            self._cursor = None

    def _relevant_index(self, question_id: str) -> int | AnswerOutcome:
        index = self._index.get(question_id)
        if index is None:
            return AnswerOutcome(ok=False, message=messages.unknown_question(question_id))
        self._ensure(index)
        if not self._relevant[index]:
            return AnswerOutcome(ok=False, message=messages.NOT_RELEVANT)
        return index

    def _load_answers(self, answers: Mapping[str, AnswerValue]) -> None:
        findings = []
        for qid, value in answers.items():
            if qid not in self._index:
                self._user[qid] = value  # kept, ignored: from another version of the flow
                continue
            parsed = coerce_value(self.flow.question(qid), value)
            if not parsed.ok or parsed.value is None:
                message = messages.bad_saved_answer(qid, parsed.message or "")
                findings.append(Finding(str(self.flow.path or ""), None, qid, message))
                continue
            if qid not in self._accepted:
                self._user[qid] = parsed.value
        if findings:
            raise FlowError(findings)

    # --- resolution ------------------------------------------------------------------------

    def _current_index(self) -> int | None:
        if self._cursor is not None:
            self._ensure(self._cursor)
            if self._relevant[self._cursor]:
                return self._cursor
            self._cursor = None
        return self._first_open()

    def _first_open(self) -> int | None:
        for index in range(len(self._entries)):
            if index >= self._valid_upto:
                self._ensure(index)
            if self._relevant[index] and not self._is_answered(index):
                return index
        return None

    def _is_answered(self, index: int) -> bool:
        qid = self._entries[index].question.id
        return qid in self._user or qid in self._accepted

    def _ensure(self, upto: int) -> None:
        """Resolve relevance and values of questions 0..upto (inclusive)."""
        while self._valid_upto <= upto:
            self._resolve(self._entries[self._valid_upto])
            self._valid_upto += 1

    def _resolve(self, entry: CompiledQuestion) -> None:
        index, qid = entry.index, entry.question.id
        relevant = entry.when is None or entry.when.holds(self)
        self._relevant[index] = relevant
        value: Any = MISSING
        if relevant:
            if qid in self._user:
                value = self._user[qid]
                self._sources[index] = ("user", None)
            else:
                value, source = self._default(entry)
                if source is not None:
                    kind: AnswerSource = "benchmark" if source.kind == "benchmark" else "default"
                    self._sources[index] = (kind, source.text or None)
        self._values[index] = value
        if value is MISSING:
            self._env.pop(qid, None)
        else:
            self._env[qid] = value

    def _default(self, entry: CompiledQuestion) -> tuple[Any, DefaultSource | None]:
        """The default value (or MISSING) for the answers before this question."""
        default = entry.question.default
        if default is None:
            return MISSING, None
        if default.benchmark is not None:
            try:
                found = self.benchmarks.resolve(default.benchmark, self._env)
            except BenchmarkError:
                return MISSING, None
            text = default.source or messages.benchmark_source(found.source, found.date)
            return typed_value(entry.question, found.value), DefaultSource("benchmark", text)
        if entry.default_expression is not None:
            expression = entry.default_expression
            try:
                raw = expression.evaluate(self)
            except (Missing, EvaluationError):
                return MISSING, None
            value = typed_value(entry.question, raw)
            if value is MISSING:
                return MISSING, None
            kind: DefaultKind = "benchmark" if expression.benchmarks else "expression"
            return value, DefaultSource(kind, default.source or self._expression_source(entry))
        value = coerce_value(entry.question, default.value).value
        return value, DefaultSource("literal", default.source or "")

    def _expression_source(self, entry: CompiledQuestion) -> str:
        assert entry.default_expression is not None
        texts = []
        for benchmark_id in sorted(entry.default_expression.benchmarks):
            try:
                found = self.benchmarks.resolve(benchmark_id, self._env)
            except BenchmarkError:
                continue
            texts.append(messages.benchmark_source(found.source, found.date))
        return "; ".join(texts) or messages.EXPRESSION_SOURCE

    def _resolved_value(self, qid: str) -> Any:
        index = self._index[qid]
        self._ensure(index)
        return self._values[index] if self._relevant[index] else MISSING

    def _section(self, section_index: int) -> Section:
        """The section with the intro that applies: the first `intro_if` that holds."""
        section = self.flow.sections[section_index]
        alternatives = self.flow.intro_alternatives
        if section_index >= len(alternatives):
            return section
        for alternative in alternatives[section_index]:
            if alternative.expression.holds(self):
                return section.model_copy(update={"intro": alternative.text})
        return section

    def _asked(self, index: int) -> AskedQuestion:
        self._ensure(index)
        entry = self._entries[index]
        default, source = self._default(entry)
        has_default = default is not MISSING
        first = True
        for earlier in range(index - 1, -1, -1):
            if self._entries[earlier].section_index != entry.section_index:
                break
            if self._relevant[earlier]:
                first = False
                break
        return AskedQuestion(
            question=entry.question,
            section=self._section(entry.section_index),
            default=default if has_default else None,
            default_text=format_answer(entry.question, default) if has_default else None,
            default_source=source if has_default else None,
            first_in_section=first,
            current_answer=self._values[index] if self._is_answered(index) else None,
        )


class _ValueScope:
    """The engine's scope with `value` bound to the answer being checked."""

    def __init__(self, engine: Engine, value: AnswerValue) -> None:
        self._engine = engine
        self._value = value

    def lookup(self, name: str) -> Any:
        return self._value if name == "value" else self._engine.lookup(name)

    def benchmark(self, benchmark_id: str) -> float:
        return self._engine.benchmark(benchmark_id)
