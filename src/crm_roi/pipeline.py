"""The one place that turns answers into a business case (used by the CLI, app and report).

answers (an interview file, an Interview or a plain mapping) → the flow's engine (defaults,
benchmarks, relevance) → resolved inputs with their source → business case → advice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from crm_roi import locations
from crm_roi.advice import AdviceResult, evaluate_advice, flow_labels, load_advice_rules
from crm_roi.benchmarks import BenchmarkError, Benchmarks, load_benchmarks
from crm_roi.business_case import BusinessCase, compute_business_case
from crm_roi.figures import Figures, InputSource, build_figures
from crm_roi.flow import Engine, Flow, ResolvedAnswer, load_default_flow, load_flow, parse_answer
from crm_roi.flow import messages as flow_messages
from crm_roi.interview import (
    Interview,
    InterviewError,
    LoadedInterview,
    messages,
    new_interview,
    read_interview,
)
from crm_roi.interview.migration import (
    AnswerWarning,
    IgnoredAnswer,
    OpenedInterview,
    interview_with_engine,
    open_interview,
)
from crm_roi.interview.model import AnswerValue, InterviewMetadata
from crm_roi.interview.storage import remove_leftover_temporaries

if TYPE_CHECKING:
    from crm_roi.history import Actuals, Changes

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
    figures: Figures  # every figure shown anywhere, computed once, with its working
    notices: tuple[str, ...]  # Dutch: migration from an older flow version, ignored answers
    warnings: tuple[AnswerWarning, ...] = ()  # Dutch remarks on kept answers, in flow order
    ignored: tuple[IgnoredAnswer, ...] = ()  # saved answers that do not count (also a notice)
    # Filled by `crm_roi.history.with_history` when asked: what changed since a version or
    # another interview, and plan against actual for an interview with `realisatie`.
    changes: Changes | None = None
    actuals: Actuals | None = None


def evaluate(
    interview_or_answers: InterviewSource,
    *,
    flow: Flow | None = None,
    benchmarks: Benchmarks | None = None,
    overrides: Mapping[str, AnswerValue] | None = None,
    metadata: Mapping[str, str] | None = None,
    uncertainty: bool = True,
) -> Evaluation:
    """Compute the business case; unanswered questions take their defaults.

    `overrides` replace answers (a text is read as the user types it, `--set`), applied in
    flow order. `metadata` replaces the interview's metadata (organisatie, adviseur,
    adviesbureau); a field that is also a question of the flow replaces that answer too, and
    an override of such a question replaces the metadata, so the report's cover and its
    assumptions name the same client.

    A saved answer to a question that does not count is kept but not used: it is named in
    `notices` and `ignored`. Raises InterviewError (bad or unknown answer, a question that
    must be answered and is not, with file, line and question id where known), the business
    case's InputError and the advice rules' AdviceError; each carries a Dutch message.
    """
    benchmarks = benchmarks or load_benchmarks()
    source = _as_source(interview_or_answers, flow)
    interview = source.interview if isinstance(source, LoadedInterview) else source
    flow = flow or flow_for(interview)
    answers, fields = _shared_overrides(flow, overrides or {}, metadata or {})
    answers.update(_answers_from_metadata(flow, interview, answers))
    if fields:
        interview = interview.model_copy(
            update={"metadata": _checked_metadata(interview.metadata, fields)}
        )
        if isinstance(source, LoadedInterview):
            source = LoadedInterview(interview=interview, path=source.path, lines=source.lines)
        else:
            source = interview
    opened = open_interview(source, flow, benchmarks, answers)
    engine = opened.engine
    _check_complete(engine, source if isinstance(source, LoadedInterview) else None)
    inputs: dict[str, Any] = dict(engine.inputs())
    if interview.eigen_posten:
        inputs["eigen_posten"] = [post.model_dump() for post in interview.eigen_posten]
    case = compute_business_case(
        inputs, benchmarks, uncertainty=uncertainty, bounds=flow.number_bounds
    )
    labels = flow_labels(flow)
    resolved = engine.resolved()
    sources = _input_sources(resolved, case, benchmarks)
    figures = build_figures(case, labels=labels, sources=sources)
    advice = evaluate_advice(
        load_advice_rules(), inputs, case, labels=labels, figures=figures, live=is_live(interview)
    )
    computed = interview_with_engine(opened.interview, engine)
    return Evaluation(
        interview=computed,
        flow=flow,
        engine=engine,
        resolved=resolved,
        inputs=inputs,
        case=case,
        advice=advice,
        figures=figures,
        notices=opened.notices,
        warnings=opened.warnings,
        ignored=opened.ignored,
    )


def is_live(interview: Interview, today: dt.date | None = None) -> bool:
    """Whether the CRM is in use: realised years, or a go-live date today or earlier."""
    start = interview.metadata.startdatum
    today = today or dt.date.today()
    return bool(interview.realisatie) or (start is not None and start <= today)


def _check_complete(engine: Engine, loaded: LoadedInterview | None) -> None:
    """InterviewError naming every relevant question that has no answer and no default."""
    resolved = engine.resolved()
    missing = [question for question in engine.relevant_questions() if question.id not in resolved]
    if not missing:
        return
    raise InterviewError(
        messages.missing_answers(
            [messages.question_label(question.short_label, question.id) for question in missing]
        ),
        path=loaded.path if loaded is not None else None,
        line=loaded.lines.get(("answers",)) if loaded is not None else None,
        question_id=missing[0].id if len(missing) == 1 else None,
    )


def _answers_from_metadata(
    flow: Flow, interview: Interview, answers: Mapping[str, AnswerValue]
) -> dict[str, AnswerValue]:
    """A metadata field (organisatie) answers its question when the file has no answer."""
    found: dict[str, AnswerValue] = {}
    for name in _METADATA_FIELDS:
        value = getattr(interview.metadata, name)
        if name in flow and name not in answers and name not in interview.answers and value:
            found[name] = value
    return found


def _input_sources(
    resolved: Mapping[str, ResolvedAnswer], case: BusinessCase, benchmarks: Benchmarks
) -> dict[str, InputSource]:
    """Where each input of the case came from: the flow's resolved answers, and for the inputs
    the business case completes itself (risk correction from `zekerheid`, ramp-up) their
    benchmark with its source and year."""
    sources = {key: InputSource(r.source, r.source_text or "") for key, r in resolved.items()}
    for key in case.inputs:
        if key in sources or key not in benchmarks.benchmarks:
            continue
        try:
            found = benchmarks.resolve(key, case.inputs)
        except BenchmarkError:
            continue
        sources[key] = InputSource(
            "benchmark", flow_messages.benchmark_source(found.source, found.date)
        )
    return sources


_METADATA_FIELDS = ("organisatie", "adviseur", "adviesbureau")


def _checked_metadata(metadata: InterviewMetadata, fields: Mapping[str, str]) -> InterviewMetadata:
    """The metadata with `fields` (command-line options), held to the file's own limits."""
    try:
        return InterviewMetadata.model_validate({**metadata.model_dump(), **fields})
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "organisatie"
        limit = int((first.get("ctx") or {}).get("max_length", 0))
        problem = (
            messages.too_long(f"--{name}", limit)
            if first["type"] == "string_too_long"
            else messages.control_character(f"--{name}")
        )
        raise InterviewError(problem) from None


def _shared_overrides(
    flow: Flow, overrides: Mapping[str, AnswerValue], metadata: Mapping[str, str]
) -> tuple[dict[str, AnswerValue], dict[str, str]]:
    """The answer overrides and metadata fields, each completed by the other.

    The one rule for what is both metadata and an answer: a value given for one is given
    for both. Two different values (`--organisatie A --set organisatie=B`) are an
    InterviewError: neither is dropped without a word.
    """
    unknown = set(metadata) - set(_METADATA_FIELDS)
    if unknown:
        raise ValueError(f"no metadata field: {', '.join(sorted(unknown))}")
    answers = dict(overrides)
    fields = dict(metadata)
    for name in _METADATA_FIELDS:
        if name not in flow:
            continue
        if name in fields:
            given = answers.get(name)
            if isinstance(given, str) and " ".join(given.split()) != " ".join(fields[name].split()):
                raise InterviewError(
                    messages.two_values(name, given, fields[name]), question_id=name
                )
            answers[name] = fields[name]
        elif isinstance(answers.get(name), str):
            fields[name] = str(answers[name]).strip()
    return answers, fields


def open_file(path: Path, *, benchmarks: Benchmarks | None = None) -> OpenedInterview:
    """Read an interview file and check every answer against its flow.

    What `report` does before it computes, and `open` before the app starts: InterviewError
    (Dutch, with file, line and question id) when the file cannot be used. Temporary files
    that an interrupted save of this file left behind are removed first.
    """
    remove_leftover_temporaries([path])
    loaded = read_interview(path)
    return open_interview(loaded, flow_for(loaded.interview), benchmarks or load_benchmarks())


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
    path = locations.bundled_flow_path(interview.flow.id)
    if path is None or not path.is_file():
        raise InterviewError(messages.unknown_flow(interview.flow.id))
    return load_flow(path)


def override_texts(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """`--set` options as {id: text}; InterviewError when one id is given twice.

    A repeated id is refused, even with the same value: "the last one wins" would drop
    the other without a word.
    """
    texts: dict[str, str] = {}
    for question_id, text in pairs:
        if question_id in texts:
            raise InterviewError(
                messages.set_twice(question_id, texts[question_id], text), question_id=question_id
            )
        texts[question_id] = text
    return texts


def parse_overrides(
    flow: Flow, texts: Mapping[str, str] | Iterable[tuple[str, str]]
) -> dict[str, AnswerValue]:
    """Typed answers from texts as a user types them (`--set id=waarde`), checked per id.

    `texts` may be pairs in the order given; an id given twice is an InterviewError.
    """
    pairs = texts.items() if isinstance(texts, Mapping) else texts
    values: dict[str, AnswerValue] = {}
    for question_id, text in override_texts(pairs).items():
        if question_id not in flow:
            raise InterviewError(messages.unknown_question(question_id), question_id=question_id)
        parsed = parse_answer(flow.question(question_id), text)
        if not parsed.ok or parsed.value is None:
            raise InterviewError(
                messages.invalid_answer(parsed.message or ""), question_id=question_id
            )
        values[question_id] = parsed.value
    return values
