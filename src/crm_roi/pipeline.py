"""The one place that turns answers into a business case (used by the CLI, app and report).

answers (an interview file, an Interview or a plain mapping) → the flow's engine (defaults,
benchmarks, relevance) → resolved inputs with their source → business case → advice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crm_roi import locations
from crm_roi.advice import AdviceResult, evaluate_advice, load_advice_rules
from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.business_case import BusinessCase, compute_business_case
from crm_roi.flow import Engine, Flow, ResolvedAnswer, load_default_flow, load_flow, parse_answer
from crm_roi.interview import Interview, InterviewError, LoadedInterview, messages, new_interview
from crm_roi.interview.migration import interview_with_engine, open_interview, set_answers
from crm_roi.interview.model import AnswerValue

InterviewSource = LoadedInterview | Interview | Mapping[str, AnswerValue]


@dataclass(frozen=True)
class Evaluation:
    """Everything a view needs: the interview, its engine, resolved answers, case and advice."""

    interview: Interview  # as computed: migrated, overrides applied
    flow: Flow
    engine: Engine
    resolved: Mapping[str, ResolvedAnswer]  # every relevant question: value and its source
    inputs: Mapping[str, Any]  # what compute_business_case received
    case: BusinessCase
    advice: AdviceResult
    notices: tuple[str, ...]  # Dutch: migration from an older flow version


def evaluate(
    interview_or_answers: InterviewSource,
    *,
    flow: Flow | None = None,
    benchmarks: Benchmarks | None = None,
    overrides: Mapping[str, AnswerValue] | None = None,
    uncertainty: bool = True,
) -> Evaluation:
    """Compute the business case; unanswered questions take their defaults.

    Raises InterviewError (bad or unknown answer, with file, line and question id where
    known), the business case's InputError and the advice rules' AdviceError; each carries
    a Dutch message.
    """
    benchmarks = benchmarks or load_benchmarks()
    source = _as_source(interview_or_answers, flow)
    interview = source.interview if isinstance(source, LoadedInterview) else source
    flow = flow or flow_for(interview)
    opened = open_interview(source, flow, benchmarks)
    engine = opened.engine
    if overrides:
        set_answers(engine, flow, overrides)
    inputs: dict[str, Any] = dict(engine.inputs())
    if interview.eigen_posten:
        inputs["eigen_posten"] = [post.model_dump() for post in interview.eigen_posten]
    case = compute_business_case(inputs, benchmarks, uncertainty=uncertainty)
    advice = evaluate_advice(load_advice_rules(), inputs, case)
    computed = interview_with_engine(opened.interview, engine)
    return Evaluation(
        interview=computed,
        flow=flow,
        engine=engine,
        resolved=engine.resolved(),
        inputs=inputs,
        case=case,
        advice=advice,
        notices=opened.notices,
    )


def _as_source(value: InterviewSource, flow: Flow | None) -> LoadedInterview | Interview:
    if isinstance(value, LoadedInterview | Interview):
        return value
    flow = flow or load_default_flow()
    return new_interview(flow.id, flow.version).with_answers(dict(value))


def flow_for(interview: Interview) -> Flow:
    """The bundled flow an interview was made with (the default flow, or one beside it)."""
    default = load_default_flow()
    if interview.flow.id == default.id:
        return default
    path = locations.question_flows_dir() / f"{interview.flow.id}.yaml"
    if not path.is_file():
        raise InterviewError(messages.unknown_flow(interview.flow.id))
    return load_flow(path)


def parse_overrides(flow: Flow, texts: Mapping[str, str]) -> dict[str, AnswerValue]:
    """Typed answers from texts as a user types them (`--set id=waarde`), checked per id."""
    values: dict[str, AnswerValue] = {}
    for question_id, text in texts.items():
        if question_id not in flow:
            raise InterviewError(messages.unknown_question(question_id), question_id=question_id)
        parsed = parse_answer(flow.question(question_id), text)
        if not parsed.ok or parsed.value is None:
            raise InterviewError(
                messages.invalid_answer(parsed.message or ""), question_id=question_id
            )
        values[question_id] = parsed.value
    return values
