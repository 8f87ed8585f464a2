"""Opening a saved interview in a flow: check every answer, migrate from an older version.

Under the flow version it was saved with, a bad or unknown answer is an error with file,
line and question id (someone edited the file by hand). Under another version of the same
flow the interview still opens: answers to removed questions, and answers the new version
no longer accepts, are dropped with a Dutch notice; new questions take their defaults.

Overrides (`--set`) are applied after the saved answers, in flow order, so that one override
may make the question of another relevant. The remarks that do not block an answer (a
percentage that looks like a fraction, a licence far above the list price) are collected.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import Engine, Flow, coerce_value, format_answer
from crm_roi.interview import messages
from crm_roi.interview.errors import InterviewError, NotRelevantError
from crm_roi.interview.model import AnswerValue, FlowReference, Interview
from crm_roi.interview.relevance import why_not_relevant
from crm_roi.interview.yaml_format import LoadedInterview
from crm_roi.limits import clipped

V = TypeVar("V")


@dataclass(frozen=True)
class AnswerWarning:
    """A Dutch remark on an answer that is kept (plausibility, a percentage slip)."""

    question_id: str
    text: str


@dataclass(frozen=True)
class IgnoredAnswer:
    """A saved answer to a question that does not count with the other answers."""

    question_id: str
    value: AnswerValue
    reason: str  # Dutch: why the question does not count now


@dataclass(frozen=True)
class OpenedInterview:
    """The interview as the flow accepts it, an engine holding its answers, and notices."""

    interview: Interview  # answers in flow order (overrides included), flow version of `flow`
    engine: Engine
    notices: tuple[str, ...]  # Dutch: migration from an older flow version, ignored answers
    warnings: tuple[AnswerWarning, ...] = ()  # of the relevant answers, in flow order
    ignored: tuple[IgnoredAnswer, ...] = ()  # kept in the file, but not counted; in flow order


class _Checker:
    """Reports a bad answer: an error under the same flow version, else a notice."""

    def __init__(self, source: LoadedInterview | Interview, flow: Flow) -> None:
        self.loaded = source if isinstance(source, LoadedInterview) else None
        self.interview = source.interview if isinstance(source, LoadedInterview) else source
        self.flow = flow
        self.same_version = self.interview.flow.version == flow.version
        self.notices: list[str] = []

    def line(self, *location: str | int) -> int | None:
        return self.loaded.lines.get(location) if self.loaded is not None else None

    def written(self, question_id: str) -> str | None:
        """The answer as written in the file, when YAML read it as something else than text."""
        return self.loaded.written.get(("answers", question_id)) if self.loaded else None

    def error(self, message: str, question_id: str, *location: str | int) -> InterviewError:
        return InterviewError(
            message,
            path=self.loaded.path if self.loaded is not None else None,
            line=self.line(*location),
            question_id=question_id,
        )

    def unknown(self, question_id: str, value: AnswerValue) -> None:
        if self.same_version:
            raise self.error(
                messages.unknown_question(question_id), question_id, "answers", question_id
            )
        self.notices.append(
            messages.removed_question(
                question_id, self.interview.flow.version, self.flow.version, _shown(value)
            )
        )

    def invalid(self, question_id: str, problem: str) -> None:
        if self.same_version:
            raise self.error(messages.invalid_answer(problem), question_id, "answers", question_id)
        self.notices.append(
            messages.answer_no_longer_valid(question_id, self.flow.version, problem)
        )


def open_interview(
    source: LoadedInterview | Interview,
    flow: Flow,
    benchmarks: Benchmarks,
    overrides: Mapping[str, AnswerValue] | None = None,
) -> OpenedInterview:
    """Put the saved answers, then the overrides, into a fresh engine.

    An override that is text is read as the user types it (`1,5 mln`, `35%`). Raises
    InterviewError when an answer is unusable (file, line and question id where known;
    NotRelevantError, saying why, for an override of a question that does not count).
    """
    check = _Checker(source, flow)
    interview = check.interview
    if interview.flow.id != flow.id:
        raise InterviewError(
            messages.wrong_flow(interview.flow.id, flow.id),
            path=check.loaded.path if check.loaded is not None else None,
            line=check.line("flow", "id"),
        )
    answers: dict[str, AnswerValue] = {}
    for question_id, value in in_flow_order(interview.answers.items(), flow):
        if question_id not in flow:
            check.unknown(question_id, value)
            continue
        typed, problem = typed_answer(flow, question_id, value, check.written(question_id))
        if typed is None:
            check.invalid(question_id, problem)
            continue
        answers[question_id] = typed
    accepted = _accepted_defaults(check, answers)
    engine, warnings = _engine_with_valid_answers(check, flow, benchmarks, answers, accepted)
    if overrides:
        warnings.update(_apply_overrides(check, engine, overrides))
    migrated = interview_with_engine(
        interview.model_copy(update={"flow": FlowReference(id=flow.id, version=flow.version)}),
        engine,
    )
    relevant = [question.id for question in engine.relevant_questions()]
    ignored = _ignored_answers(engine, answers, set(relevant))
    notices = [
        *check.notices,
        *(
            messages.answer_not_counted(
                flow.question(item.question_id).short_label,
                item.question_id,
                f"'{clipped(format_answer(flow.question(item.question_id), item.value))}'",
                item.reason,
            )
            for item in ignored
        ),
    ]
    return OpenedInterview(
        interview=migrated,
        engine=engine,
        notices=tuple(notices),
        warnings=tuple(
            AnswerWarning(question_id, text)
            for question_id in relevant
            for text in warnings.get(question_id, ())
        ),
        ignored=ignored,
    )


def _ignored_answers(
    engine: Engine, saved: Mapping[str, AnswerValue], relevant: set[str]
) -> tuple[IgnoredAnswer, ...]:
    """The saved answers whose question does not count with the answers as they are now."""
    return tuple(
        IgnoredAnswer(question_id, value, why_not_relevant(engine, question_id))
        for question_id, value in saved.items()
        if question_id not in relevant
    )


def _accepted_defaults(check: _Checker, answers: Mapping[str, AnswerValue]) -> tuple[str, ...]:
    accepted = []
    for position, question_id in enumerate(check.interview.accepted_defaults):
        if question_id in check.flow:
            if question_id not in answers:
                accepted.append(question_id)
        elif check.same_version:
            raise check.error(
                messages.unknown_question(question_id), question_id, "accepted_defaults", position
            )
    return tuple(accepted)


def _engine_with_valid_answers(
    check: _Checker,
    flow: Flow,
    benchmarks: Benchmarks,
    answers: dict[str, AnswerValue],
    accepted: tuple[str, ...],
) -> tuple[Engine, dict[str, tuple[str, ...]]]:
    """An engine with the answers, each relevant one checked; the warnings per question."""
    while True:
        engine = Engine(flow, benchmarks, answers, accepted_defaults=accepted)
        relevant = {question.id for question in engine.relevant_questions()}
        refused = None
        warnings: dict[str, tuple[str, ...]] = {}
        for question_id, value in answers.items():
            if question_id in relevant:
                outcome = engine.set_value(question_id, value)
                if not outcome.ok:
                    refused = question_id
                    check.invalid(question_id, outcome.message or "")
                    break
                warnings[question_id] = outcome.warnings
        if refused is None:
            return engine, warnings
        del answers[refused]  # another flow version: drop it and check again


def _apply_overrides(
    check: _Checker, engine: Engine, overrides: Mapping[str, AnswerValue]
) -> dict[str, tuple[str, ...]]:
    """Set the overrides in flow order, then check the saved answers they come before.

    Flow order makes the order of `--set` options irrelevant: a `when` only reads earlier
    questions. A saved answer after an override is checked again against its rules (which
    may read the override) and its warnings are taken anew.
    """
    flow = engine.flow
    for question_id in overrides:
        if question_id not in flow:
            raise InterviewError(messages.unknown_question(question_id), question_id=question_id)
    warnings: dict[str, tuple[str, ...]] = {}
    for question_id, value in in_flow_order(overrides.items(), flow):
        if question_id not in {question.id for question in engine.relevant_questions()}:
            raise NotRelevantError(why_not_relevant(engine, question_id), question_id=question_id)
        if isinstance(value, str):
            outcome = engine.answer_question(question_id, value)
        else:
            outcome = engine.set_value(question_id, value)
        if not outcome.ok:
            raise InterviewError(
                messages.invalid_answer(outcome.message or ""), question_id=question_id
            )
        warnings[question_id] = outcome.warnings
    first = min(flow.entry(question_id).index for question_id in overrides)
    saved = engine.answers
    for question in engine.relevant_questions():
        question_id = question.id
        if (
            flow.entry(question_id).index <= first
            or question_id in overrides
            or question_id not in saved
            or question_id in engine.accepted_defaults
        ):
            continue
        outcome = engine.set_value(question_id, saved[question_id])
        if not outcome.ok:
            raise check.error(
                messages.invalid_answer(outcome.message or ""), question_id, "answers", question_id
            )
        warnings[question_id] = outcome.warnings
    return warnings


def typed_answer(
    flow: Flow, question_id: str, value: AnswerValue, written: str | None = None
) -> tuple[AnswerValue | None, str]:
    """The answer in answer units, or None and the Dutch problem.

    A hand-typed text such as `€ 1.250` for a number question is read as the user would
    type it in the interview; a choice must be its id or its whole label (`on` is not
    "Onzeker"). `written` is the value as written in the file, when YAML read it as a number
    or true/false: a text question takes it as written (`1e3`, not 1000.0).
    """
    question = flow.question(question_id)
    if written is not None and question.type == "text":
        value = written
    parsed = coerce_value(question, value)
    if not parsed.ok or parsed.value is None:
        return None, parsed.message or ""
    return parsed.value, ""


def interview_with_engine(interview: Interview, engine: Engine) -> Interview:
    """The interview with the engine's answers: the user's own, then accepted defaults.

    Use it to save a running interview; `updated` is set to now.
    """
    flow = engine.flow
    accepted = engine.accepted_defaults
    own = {qid: value for qid, value in engine.answers.items() if qid not in accepted}
    ordered = dict(in_flow_order(own.items(), flow))
    accepted_ordered = tuple(qid for qid, _ in in_flow_order(((q, 0) for q in accepted), flow))
    return interview.with_answers(ordered, accepted_ordered)


def in_flow_order(items: Iterable[tuple[str, V]], flow: Flow) -> list[tuple[str, V]]:
    """Items keyed by question id, in the flow's order (unknown ids last, as they came)."""
    position = {question.id: index for index, question in enumerate(flow.questions)}
    return sorted(items, key=lambda item: position.get(item[0], len(position)))


def _shown(value: AnswerValue) -> str:
    if isinstance(value, list):
        return "'" + clipped(", ".join(str(item) for item in value)) + "'"
    if isinstance(value, bool):
        return "'true'" if value else "'false'"
    return f"'{clipped(str(value))}'"
