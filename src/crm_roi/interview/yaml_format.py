"""The interview file's YAML: a readable, diff-friendly writer and a line-tracking reader.

The writer uses block style, keeps the answers in the order given (the flow's order), keeps
unicode as is and writes no Python tags. The reader remembers on which line each value
stands, so a bad hand-edited value can be reported with its line.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from crm_roi.interview import messages
from crm_roi.interview.errors import InterviewError
from crm_roi.interview.model import FORMAT_VERSION, Interview

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedInterview:
    """An interview read from a file, with the line of every value in it."""

    interview: Interview
    path: Path | None
    lines: Mapping[Location, int]

    def answer_line(self, question_id: str) -> int | None:
        return self.lines.get(("answers", question_id))


class _InterviewDumper(yaml.SafeDumper):
    """SafeDumper with indented lists, readable floats, empty nulls and literal text blocks."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class _Amounts(list[float]):
    """A list of yearly amounts, written on one line: `[1500, 0, 0, 0]`."""


def _represent_amounts(dumper: yaml.SafeDumper, value: _Amounts) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


def _represent_float(dumper: yaml.SafeDumper, value: float) -> yaml.ScalarNode:
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return dumper.represent_int(int(value))
    return dumper.represent_float(value)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_none(dumper: yaml.SafeDumper, _value: None) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:null", "")


_InterviewDumper.add_representer(float, _represent_float)
_InterviewDumper.add_representer(str, _represent_str)
_InterviewDumper.add_representer(type(None), _represent_none)
_InterviewDumper.add_representer(_Amounts, _represent_amounts)


def _timestamp(value: dt.datetime) -> str:
    return value.isoformat()


def interview_to_yaml(interview: Interview) -> str:
    """The file text of an interview: header comment, then block-style YAML."""
    data: dict[str, Any] = {
        "format_version": interview.format_version,
        "id": interview.id,
        "flow": {"id": interview.flow.id, "version": interview.flow.version},
        "created": _timestamp(interview.created),
        "updated": _timestamp(interview.updated),
        "metadata": interview.metadata.model_dump(),
        "answers": {qid: _plain(value) for qid, value in interview.answers.items()},
        "accepted_defaults": list(interview.accepted_defaults),
        "eigen_posten": [
            {"naam": post.naam, "soort": post.soort, "bedragen": _Amounts(post.bedragen)}
            for post in interview.eigen_posten
        ],
    }
    body = yaml.dump(
        data,
        Dumper=_InterviewDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
    return messages.FILE_HEADER + body


def _plain(value: object) -> object:
    return list(value) if isinstance(value, list | tuple) else value


def interview_from_yaml(text: str, path: Path | None = None) -> LoadedInterview:
    """Parse and validate the file text; InterviewError with file and line when it is wrong."""
    if text.lstrip()[:14].lower().startswith(("<!doctype html", "<html")):
        raise InterviewError(messages.HTML_REPORT_FILE, path=path)
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise InterviewError(messages.not_a_mapping(), path=path, line=1)
        lines = _line_index(root, (), path)
        raw = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        detail = exc.problem or exc.context or ""
        raise InterviewError(messages.yaml_syntax(detail), path=path, line=line) from exc
    except yaml.YAMLError as exc:
        raise InterviewError(messages.yaml_syntax(str(exc)), path=path) from exc
    finally:
        loader.dispose()
    other = _other_kind_of_file(raw)
    if other is not None:
        raise InterviewError(other, path=path)
    if not isinstance(raw, dict):
        raise InterviewError(messages.not_a_mapping(), path=path, line=1)
    found_format = raw.get("format_version")
    if isinstance(found_format, int) and found_format > FORMAT_VERSION:
        raise InterviewError(
            messages.newer_format(found_format, FORMAT_VERSION),
            path=path,
            line=lines.get(("format_version",)),
        )
    try:
        interview = Interview.model_validate(raw)
    except ValidationError as exc:
        raise _schema_error(exc, lines, path) from exc
    return LoadedInterview(interview=interview, path=path, lines=lines)


def _other_kind_of_file(raw: object) -> str | None:
    """What the file is when it is obviously not an interview (Dutch), else None."""
    if isinstance(raw, list) and raw and all(isinstance(item, dict) for item in raw):
        raw = raw[0]  # the JSON of a batch of reports
    if not isinstance(raw, dict) or "flow" in raw:
        return None
    if "sections" in raw:
        return messages.FLOW_FILE
    if "benchmarks" in raw:
        return messages.BENCHMARKS_FILE
    if "advices" in raw:
        return messages.ADVICE_FILE
    if "npv" in raw and "answers" in raw:
        return messages.JSON_REPORT_FILE
    return None


def _line_index(node: yaml.Node, at: Location, path: Path | None) -> dict[Location, int]:
    """Location in the document (keys and list indexes) → 1-based line of its value."""
    index: dict[Location, int] = {at: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                raise InterviewError(
                    messages.duplicate_key(key), path=path, line=key_node.start_mark.line + 1
                )
            seen.add(key)
            index.update(_line_index(value_node, (*at, key), path))
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            index.update(_line_index(item, (*at, position), path))
    return index


def _schema_error(
    exc: ValidationError, lines: Mapping[Location, int], path: Path | None
) -> InterviewError:
    first = exc.errors()[0]
    loc: Location = tuple(first["loc"])
    error_type = first["type"]
    line = _nearest_line(loc, lines)
    if loc and loc[0] == "answers" and len(loc) >= 2:
        question_id = str(loc[1])
        return InterviewError(
            messages.bad_answer_value(),
            path=path,
            line=line,
            question_id=question_id,
        )
    field = _field_name(loc)
    if loc[:1] == ("metadata",) and error_type == "extra_forbidden":
        return InterviewError(messages.unknown_metadata_key(field), path=path, line=line)
    if loc[:1] == ("eigen_posten",) and error_type == "extra_forbidden":
        return InterviewError(messages.unknown_eigen_post_key(field), path=path, line=line)
    return InterviewError(messages.field_problem(field, error_type), path=path, line=line)


def _field_name(loc: Location) -> str:
    if loc == ("flow", "id"):
        return "id_flow"
    names = [part for part in loc if isinstance(part, str)]
    return names[-1] if names else "interview"


def _nearest_line(loc: Location, lines: Mapping[Location, int]) -> int | None:
    for end in range(len(loc), -1, -1):
        line = lines.get(loc[:end])
        if line is not None:
            return line
    return None
