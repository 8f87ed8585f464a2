"""The interview file's YAML: a readable, diff-friendly writer and a line-tracking reader.

The writer uses block style, keeps the answers in the order given (the flow's order), keeps
unicode as is and writes no Python tags. The reader (YAML 1.2, bounded, see
`crm_roi.yaml_loading`) remembers on which line each value stands, so a bad hand-edited
value can be reported with its line. Saving over a hand-edited file keeps its comments and
key order: see `crm_roi.interview.round_trip`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from crm_roi import limits
from crm_roi.interview import messages
from crm_roi.interview.errors import InterviewError, NewerFormatError
from crm_roi.interview.model import (
    FORMAT_VERSION,
    EigenPost,
    Interview,
    InterviewMetadata,
    Version,
)
from crm_roi.yaml_loading import YamlNode, YamlProblem, YamlScalar, YamlSequence, compose

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class LoadedInterview:
    """An interview read from a file, with the line of every value in it."""

    interview: Interview
    path: Path | None
    lines: Mapping[Location, int]
    written: Mapping[Location, str] = field(default_factory=dict)  # answers that are no text

    def answer_line(self, question_id: str) -> int | None:
        return self.lines.get(("answers", question_id))


class _InterviewDumper(yaml.SafeDumper):
    """SafeDumper with indented lists, readable floats, empty nulls and literal text blocks."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class _Inline(dict[str, object]):
    """A small mapping written on one line: `{waarde: 12, bron: eigen}`."""


def _represent_inline(dumper: yaml.SafeDumper, value: _Inline) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=True)


class _Amounts(list[float]):
    """A list of yearly amounts, written on one line: `[1500, 0, 0, 0]`."""


def _represent_amounts(dumper: yaml.SafeDumper, value: _Amounts) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


def _represent_float(dumper: yaml.SafeDumper, value: float) -> yaml.ScalarNode:
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return dumper.represent_int(int(value))
    node = dumper.represent_float(value)
    if _AMBIGUOUS_NUMBER.fullmatch(node.value):
        node.value += "0"  # 1.125 reads as 1125 to a Dutch eye; 1.1250 does not
    return node


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_none(dumper: yaml.SafeDumper, _value: None) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:null", "")


_InterviewDumper.add_representer(float, _represent_float)
_InterviewDumper.add_representer(str, _represent_str)
_InterviewDumper.add_representer(type(None), _represent_none)
_InterviewDumper.add_representer(_Amounts, _represent_amounts)
_InterviewDumper.add_representer(_Inline, _represent_inline)


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
        "metadata": _metadata(interview.metadata),
        "answers": {qid: _plain(value) for qid, value in interview.answers.items()},
        "accepted_defaults": list(interview.accepted_defaults),
        "eigen_posten": _own_items(interview.eigen_posten),
    }
    if interview.versies:
        data["versies"] = [_version(version) for version in interview.versies]
    if interview.realisatie:
        data["realisatie"] = {
            year: {
                part: dict(values)
                for part, values in (("metingen", realised.metingen), ("kosten", realised.kosten))
                if values
            }
            for year, realised in sorted(interview.realisatie.items())
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


def _metadata(metadata: InterviewMetadata) -> dict[str, object]:
    """Every field (empty ones too, to be filled in by hand), except a go-live date that is
    not known yet: it belongs to the interviews that reached plan against actual."""
    data = metadata.model_dump(mode="json")
    if data.get("startdatum") is None:
        data.pop("startdatum", None)
    return data


def _own_items(posts: tuple[EigenPost, ...]) -> list[dict[str, object]]:
    return [
        {"naam": post.naam, "soort": post.soort, "bedragen": _Amounts(post.bedragen)}
        for post in posts
    ]


def _version(version: Version) -> dict[str, object]:
    data: dict[str, object] = {
        "nummer": version.nummer,
        "datum": _timestamp(version.datum),
        "flow": _Inline(id=version.flow.id, version=version.flow.version),
        "benchmarks": version.benchmarks,
        "rapport": version.rapport,
        "invoer": {
            qid: _Inline(
                (key, _plain(value))
                for key, value in item.model_dump().items()
                if value is not None or key == "waarde"
            )
            for qid, item in version.invoer.items()
        },
    }
    if version.eigen_posten:
        data["eigen_posten"] = _own_items(version.eigen_posten)
    data["resultaten"] = version.resultaten.model_dump()
    return data


def _plain(value: object) -> object:
    return list(value) if isinstance(value, list | tuple) else value


def interview_from_yaml(text: str, path: Path | None = None) -> LoadedInterview:
    """Parse and validate the file text; InterviewError with file and line when it is wrong.

    Read by YAML 1.2 (`yes`, `on` and `4:30` are text, `010` is 10) within the bounds of
    `crm_roi.limits`; anchors and aliases, which an interview never needs, are refused.
    """
    if text.lstrip()[:14].lower().startswith(("<!doctype html", "<html")):
        raise InterviewError(messages.HTML_REPORT_FILE, path=path)
    try:
        root = compose(text, aliases=False, max_scalar=limits.MAX_PATH_LENGTH)
    except YamlProblem as exc:
        raise InterviewError(
            messages.yaml_problem(exc.kind, exc.detail), path=path, line=exc.line
        ) from None
    if root is None:
        raise InterviewError(messages.not_a_mapping(), path=path, line=1)
    reader = _Reader(path)
    raw = reader.value(root, ())
    other = _other_kind_of_file(raw)
    if other is not None:
        raise InterviewError(other, path=path)
    if not isinstance(raw, dict):
        raise InterviewError(messages.not_a_mapping(), path=path, line=1)
    lines = reader.lines
    found_format = raw.get("format_version")
    if isinstance(found_format, int) and found_format > FORMAT_VERSION:
        raise NewerFormatError(
            messages.newer_format(found_format, FORMAT_VERSION),
            path=path,
            line=lines.get(("format_version",)),
        )
    try:
        interview = Interview.model_validate(raw)
    except ValidationError as exc:
        raise _schema_error(exc, lines, path) from exc
    return LoadedInterview(interview=interview, path=path, lines=lines, written=reader.written)


_AMBIGUOUS_NUMBER = re.compile(r"[-+]?[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
"""`45.000`: in YAML 45, to a Dutch reader 45000. Refused; the writer never writes it."""


class _Reader:
    """The document as plain data, the line of each value and the text of plain scalars.

    A key must be text: `~`, `true` or `12` as a key is named as what YAML makes of it.
    Where a text is expected (the metadata, a post's name, the flow's id and version, the
    interview's id) a plain value is taken as written: `organisatie: 1e3` is "1e3".
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.lines: dict[Location, int] = {}
        self.written: dict[Location, str] = {}

    def value(self, node: YamlNode, at: Location) -> object:
        self.lines[at] = node.line
        if isinstance(node, YamlScalar):
            return self._scalar(node, at)
        if isinstance(node, YamlSequence):
            return [self.value(item, (*at, position)) for position, item in enumerate(node.items)]
        result: dict[str | int, object] = {}
        for key_node, value_node in node.items:
            key = self._year(key_node) if at == ("realisatie",) else self._key(key_node, at)
            if key in result:
                raise InterviewError(
                    messages.duplicate_key(str(key)), path=self.path, line=key_node.line
                )
            result[key] = self.value(value_node, (*at, key))
        return result

    def _year(self, node: YamlNode) -> int:
        """A year of `realisatie`: a whole number (written `1:` or `'1':`)."""
        if isinstance(node, YamlScalar):
            value = node.value
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value)
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
                return value
        text = node.text if isinstance(node, YamlScalar) else "?"
        raise InterviewError(messages.realised_year_key(text), path=self.path, line=node.line)

    def _key(self, node: YamlNode, at: Location) -> str:
        if isinstance(node, YamlScalar) and isinstance(node.value, str):
            return node.value
        if not isinstance(node, YamlScalar):
            problem = messages.key_not_text()
        else:
            problem = messages.key_read_as(node.text, _yaml_kind(node.value), at == ("answers",))
        raise InterviewError(problem, path=self.path, line=node.line)

    def _scalar(self, node: YamlScalar, at: Location) -> object:
        value = node.value
        if not node.plain or isinstance(value, str) or value is None:
            return value
        if _as_written(at):
            return node.text
        if at[:1] == ("answers",):
            if isinstance(value, float) and _AMBIGUOUS_NUMBER.fullmatch(node.text):
                question_id = str(at[1]) if len(at) > 1 else None
                raise InterviewError(
                    messages.ambiguous_number(node.text),
                    path=self.path,
                    line=node.line,
                    question_id=question_id,
                )
            self.written[at] = node.text
        return value


def _as_written(at: Location) -> bool:
    if at in (("id",), ("flow", "id"), ("flow", "version")):
        return True
    if len(at) == 2 and at[0] == "metadata":
        return True
    return len(at) == 3 and at[0] == "eigen_posten" and at[2] == "naam"


def _yaml_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    return "number"


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
    if loc[:1] == ("realisatie",) and len(loc) >= 3 and loc[2] in ("metingen", "kosten"):
        year, part = int(loc[1]), str(loc[2])
        key = str(loc[3]) if len(loc) >= 4 else part
        return InterviewError(messages.realised_value(year, part, key), path=path, line=line)
    if loc == ("versies",) and error_type == "value_error":
        return InterviewError(messages.VERSION_NUMBERS, path=path, line=line)
    name = _field_name(loc)
    shown = _shown_field(loc)
    if loc[:1] == ("metadata",) and error_type == "extra_forbidden":
        return InterviewError(messages.unknown_metadata_key(name), path=path, line=line)
    if loc[:1] == ("eigen_posten",) and error_type == "extra_forbidden":
        return InterviewError(messages.unknown_eigen_post_key(name), path=path, line=line)
    if error_type == "string_too_long":
        limit = int((first.get("ctx") or {}).get("max_length", 0))
        return InterviewError(messages.too_long(shown, limit), path=path, line=line)
    return InterviewError(messages.field_problem(name, error_type, shown), path=path, line=line)


def _shown_field(loc: Location) -> str:
    """`flow: id`, `metadata: organisatie`: the key as the user finds it in the file."""
    return ": ".join(str(part) for part in loc if isinstance(part, str)) or "interview"


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
