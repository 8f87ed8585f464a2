"""Saving over a hand-edited interview file without losing what its author wrote.

The file on disk is read with ruamel.yaml's round-trip loader, which keeps comments, key
order and the quoting of each value; the new interview is merged into it value by value:
an unchanged value keeps its text, a changed one takes the new value (a comment at the end
of its line stays), a new answer is placed after the answer before it in the flow, and the
comments of a removed answer move to the line above. The result is read back and compared
with the interview before it is used: when anything differs, the plain text is written
instead (the previous file stays as a backup either way).

ruamel.yaml is imported only here, when a file is saved over an existing one.
"""

from __future__ import annotations

import io
from typing import Any

from crm_roi.interview.errors import InterviewError
from crm_roi.interview.model import Interview
from crm_roi.interview.yaml_format import interview_from_yaml

INDENT = 2  # the writer's: mapping keys two deeper, list items ("- ") two deeper still
WIDTH = 100


def merged_text(existing: bytes, interview: Interview, fresh: str) -> str | None:
    """`fresh` (the interview's plain text) merged into the `existing` file's text.

    None when the existing file is not this interview (another id, not an interview, not
    readable within the limits), or when the merge would not read back as `interview`.
    """
    try:
        old_text = existing.decode("utf-8")
        old = interview_from_yaml(old_text).interview
    except (UnicodeDecodeError, InterviewError):
        return None
    if old.id != interview.id:
        return None
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=INDENT, sequence=2 * INDENT, offset=INDENT)
    yaml.width = WIDTH
    try:
        document = yaml.load(old_text)
        new = yaml.load(fresh)
        _merge_mapping(document, new)
        stream = io.StringIO()
        yaml.dump(document, stream)
    except (YAMLError, ValueError, TypeError, AttributeError):
        return None
    text = stream.getvalue()
    try:
        if interview_from_yaml(text).interview != interview:
            return None
    except InterviewError:
        return None
    return text


def _merge_mapping(old: Any, new: Any) -> None:
    """Make `old` (a CommentedMap) hold the keys and values of `new`, keeping what it can."""
    for key in [key for key in old if key not in new]:
        _remove_keeping_comments(old, key)
    previous: Any = None
    for key, value in new.items():
        if key in old:
            current = old[key]
            if _is_mapping(current) and _is_mapping(value):
                _merge_mapping(current, value)
            elif not _same(current, value):
                old[key] = value
        else:
            position = list(old).index(previous) + 1 if previous in old else 0
            old.insert(position, key, value)
        previous = key


def _is_mapping(value: Any) -> bool:
    return isinstance(value, dict)


def _same(current: Any, value: Any) -> bool:
    """Equal as data (`35.0` and `35` are), and of the same kind (no True == 1)."""
    if isinstance(current, bool) != isinstance(value, bool):
        return False
    if isinstance(current, list) and isinstance(value, list):
        return len(current) == len(value) and all(map(_same, current, value))
    if isinstance(current, str) != isinstance(value, str):
        return False
    return bool(current == value)


def _remove_keeping_comments(mapping: Any, key: Any) -> None:
    """Delete `key`; the comments after its value move to the key before it (or the top)."""
    keys = list(mapping)
    comments = mapping.ca.items.pop(key, None)
    del mapping[key]
    token = comments[2] if comments and len(comments) > 2 else None
    if token is None or not token.value.strip():
        return
    indent = " " * (getattr(mapping.lc, "col", 0) or 0)
    lines = token.value if token.value.startswith("\n") else "\n" + indent + token.value
    position = keys.index(key)
    if position > 0:
        before = keys[position - 1]
        slot = mapping.ca.items.setdefault(before, [None, None, None, None])
        if slot[2] is None:
            token.value = lines
        else:
            token.value = slot[2].value + lines.removeprefix("\n")
        slot[2] = token
        return
    token.value = lines.removeprefix("\n").lstrip(" ")  # the emitter indents the first line
    if mapping.ca.comment is None:
        mapping.ca.comment = [None, []]
    if mapping.ca.comment[1] is None:
        mapping.ca.comment[1] = []
    mapping.ca.comment[1].append(token)
