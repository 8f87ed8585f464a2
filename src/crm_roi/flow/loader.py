"""Reading a flow file: YAML with lines → schema (Dutch errors) → checks → a compiled Flow."""

from __future__ import annotations

import difflib
import functools
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.flow import messages
from crm_roi.flow.check import GivenEntry, IntroEntry, QuestionEntry, check_questions
from crm_roi.flow.findings import Finding, FlowError
from crm_roi.flow.model import Flow
from crm_roi.flow.schema import (
    Choice,
    Default,
    FlowFile,
    GivenName,
    IntroAlternative,
    Question,
    QuestionType,
    Rule,
    Section,
    Warning_,
)
from crm_roi.flow.yaml_lines import (
    LineList,
    LineMap,
    YamlSyntaxError,
    line_of,
    load_yaml_with_lines,
)
from crm_roi.limits import MAX_FLOW_FILE_BYTES
from crm_roi.locations import default_flow_path
from crm_roi.yaml_loading import FileProblem, read_text_limited

_CHILD_MODELS: dict[tuple[type[BaseModel], str], type[BaseModel]] = {
    (FlowFile, "sections"): Section,
    (FlowFile, "given"): GivenName,
    (GivenName, "choices"): Choice,
    (Section, "intro_if"): IntroAlternative,
    (Section, "questions"): Question,
    (Question, "choices"): Choice,
    (Question, "rules"): Rule,
    (Question, "warn"): Warning_,
    (Question, "default"): Default,
}
_EXPECTED_BY_ERROR = {
    "string_type": "tekst",
    "float_type": "een getal",
    "float_parsing": "een getal",
    "int_type": "een geheel getal",
    "int_parsing": "een geheel getal",
    "tuple_type": "een lijst",
    "list_type": "een lijst",
    "dict_type": "een blok met sleutels",
    "model_type": "een blok met sleutels",
    "model_attributes_type": "een blok met sleutels",
}


def read_flow(
    path: Path, benchmarks: Benchmarks | None = None
) -> tuple[Flow | None, list[Finding]]:
    """The flow and every problem found; the flow is None when there is any problem."""
    file = str(path)
    try:
        text = read_text_limited(path, MAX_FLOW_FILE_BYTES)
    except FileProblem as exc:
        return None, [Finding(file, None, None, messages.file_problem(exc.kind, exc.detail))]
    try:
        raw, duplicate_keys = load_yaml_with_lines(text)
    except YamlSyntaxError as exc:
        return None, [Finding(file, exc.line, None, messages.yaml_problem(exc.kind, exc.problem))]
    findings = [
        Finding(file, line, None, messages.duplicate_key(key)) for line, key in duplicate_keys
    ]
    if not isinstance(raw, LineMap):
        return None, [*findings, Finding(file, 1, None, messages.NOT_A_FLOW)]
    if _is_interview(raw):
        return None, [Finding(file, None, None, messages.INTERVIEW_NOT_FLOW)]
    spec: FlowFile | None = None
    try:
        spec = FlowFile.model_validate(raw)
    except ValidationError as exc:
        findings.extend(_schema_findings(file, raw, exc))
    entries = list(_question_entries(raw))
    starts = _section_starts(entries, len(_raw_sections(raw)))
    check_findings, compiled, intros = check_questions(
        file,
        entries,
        benchmarks if benchmarks is not None else load_benchmarks(),
        list(_intro_entries(raw)),
        starts,
        list(_given_entries(raw)),
    )
    findings.extend(check_findings)
    if findings or spec is None:
        return None, sorted(findings, key=lambda f: f.line or 0)
    alternatives = tuple(
        tuple(intro for index, intro in intros if index == section_index)
        for section_index in range(len(spec.sections))
    )
    flow = Flow(
        id=spec.id,
        version=spec.version,
        title=spec.title,
        intro=spec.intro,
        outro=spec.outro,
        sections=spec.sections,
        compiled=tuple(compiled),
        path=path,
        intro_alternatives=alternatives,
        given=spec.given,
    )
    return flow, []


def _is_interview(raw: LineMap) -> bool:
    """A saved interview (answers and a format version) rather than a question flow."""
    return ("answers" in raw or "format_version" in raw) and "sections" not in raw


def _raw_sections(raw: LineMap) -> list[Any]:
    sections = raw.get("sections")
    return sections if isinstance(sections, list) else []


def _section_starts(entries: list[QuestionEntry], count: int) -> list[int]:
    """The index of the first question of each section (the end when it has none)."""
    starts = []
    for section_index in range(count):
        found = [i for i, entry in enumerate(entries) if entry.section_index == section_index]
        starts.append(found[0] if found else len(entries))
    return starts


def _intro_entries(raw: LineMap) -> typing.Iterator[IntroEntry]:
    """Each well-formed `intro_if` alternative (the schema reports the others)."""
    for section_index, section in enumerate(_raw_sections(raw)):
        alternatives = section.get("intro_if") if isinstance(section, LineMap) else None
        if not isinstance(alternatives, list):
            continue
        for item in alternatives:
            if not isinstance(item, LineMap):
                continue
            when, text = item.get("when"), item.get("text")
            if isinstance(when, str) and isinstance(text, str):
                yield IntroEntry(item, section_index, when, text)


def check_flow_file(path: Path | str, benchmarks: Benchmarks | None = None) -> list[Finding]:
    """Every problem in a flow file at once ([] when it is clean)."""
    return read_flow(Path(path), benchmarks)[1]


def load_flow(path: Path | str, benchmarks: Benchmarks | None = None) -> Flow:
    """A checked, compiled flow; FlowError with all findings when the file has problems."""
    flow, findings = read_flow(Path(path), benchmarks)
    if flow is None:
        raise FlowError(findings)
    return flow


def load_default_flow() -> Flow:
    """The bundled CRM interview, read once per process (and again when the file changes).

    A Flow is immutable, so every caller (the pipeline, the advice rules) may share it.
    """
    path = default_flow_path()
    try:
        stat = path.stat()
    except OSError:
        return load_flow(path)  # FlowError with the Dutch finding
    return _load_flow_version(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load_flow_version(path: Path, mtime_ns: int, size: int) -> Flow:
    """`load_flow` memoised per file version (its modification time and size)."""
    return load_flow(path)


def _given_entries(raw: LineMap) -> typing.Iterator[GivenEntry]:
    """Each raw `given` item with its validated model (None when it does not validate)."""
    items = raw.get("given")
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, LineMap):
            continue
        try:
            given: GivenName | None = GivenName.model_validate(item)
        except ValidationError:
            given = None
        yield GivenEntry(item, given)


def _question_entries(raw: LineMap) -> typing.Iterator[QuestionEntry]:
    """Each raw question with its validated model (None when it does not validate)."""
    for section_index, section in enumerate(_raw_sections(raw)):
        questions = section.get("questions") if isinstance(section, dict) else None
        if not isinstance(questions, list):
            continue
        for raw_question in questions:
            if not isinstance(raw_question, LineMap):
                continue
            try:
                question: Question | None = Question.model_validate(raw_question)
            except ValidationError:
                question = None
            yield QuestionEntry(raw_question, question, section_index)


def _schema_findings(file: str, raw: LineMap, exc: ValidationError) -> list[Finding]:
    findings = []
    for error in exc.errors():
        if error["type"] == "too_short" and error.get("input"):
            continue  # a list whose items all failed: the items' own errors say why
        loc = tuple(error["loc"])
        line, question_id, model = _locate(raw, loc)
        findings.append(Finding(file, line, question_id, _schema_message(error, loc, model)))
    return findings


def _locate(raw: LineMap, loc: tuple[Any, ...]) -> tuple[int | None, str | None, type[BaseModel]]:
    """Line of the deepest part of `loc` that exists, the question id, the model there."""
    node: Any = raw
    line: int | None = raw.line
    question_id: str | None = None
    model: type[BaseModel] = FlowFile
    for depth, part in enumerate(loc):
        if isinstance(node, LineMap | LineList):
            line = line_of(node, part, line)
        if isinstance(part, str) and (model, part) in _CHILD_MODELS and depth < len(loc) - 1:
            model = _CHILD_MODELS[(model, part)]
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if model is Question and isinstance(node, dict) and isinstance(node.get("id"), str):
            question_id = node["id"]
    return line, question_id, model


def _schema_message(error: Any, loc: tuple[Any, ...], model: type[BaseModel]) -> str:
    kind = error["type"]
    key = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(key), list(model.model_fields), n=1)
        return messages.unknown_key(key, close[0] if close else None)
    if kind == "missing":
        return messages.missing_key(key)
    if kind == "literal_error" and key == "type":
        return messages.bad_type(error.get("input"), typing.get_args(QuestionType))
    if kind == "string_pattern_mismatch":
        return messages.bad_id(error.get("input"))
    if kind in ("too_short", "string_too_short"):
        return messages.EMPTY_VALUE
    if kind == "string_too_long":
        return messages.too_long(str(key), int((error.get("ctx") or {}).get("max_length", 0)))
    if kind == "value_error" and "default_one_kind" in str(error.get("msg")):
        return messages.DEFAULT_ONE_KIND
    where = ".".join(str(part) for part in loc if isinstance(part, str)) or "?"
    return messages.bad_value(where, _EXPECTED_BY_ERROR.get(kind, str(error.get("msg"))))
