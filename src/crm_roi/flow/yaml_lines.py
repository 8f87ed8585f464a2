"""YAML reading that remembers the line of every key and list item (for Dutch findings).

Read by `crm_roi.yaml_loading`: YAML 1.2 scalars, bounded nesting, size and aliases. A
flow's `version` is taken as written (`version: 1.10` is "1.10", not 1.1).
"""

from __future__ import annotations

from typing import Any

from crm_roi.yaml_loading import (
    ProblemKind,
    YamlMapping,
    YamlNode,
    YamlProblem,
    YamlScalar,
    compose,
)

_AS_WRITTEN = frozenset({"version"})  # top-level keys whose value is text as written


class LineMap(dict[Any, Any]):
    """A mapping from YAML with the line of the mapping and of each key (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[Any, int] = {}


class LineList(list[Any]):
    """A sequence from YAML with the line of the sequence and of each item (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []


class YamlSyntaxError(Exception):
    """The text is not valid YAML or goes beyond the bounds; `line` is 1-based when known."""

    def __init__(self, problem: str, line: int | None, kind: ProblemKind = "syntax") -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
        self.kind: ProblemKind = kind


def load_yaml_with_lines(text: str) -> tuple[Any, list[tuple[int, Any]]]:
    """The document and its duplicate keys (line, key); YamlSyntaxError when unreadable."""
    try:
        root = compose(text)
    except YamlProblem as exc:
        raise YamlSyntaxError(exc.detail, exc.line, exc.kind) from None
    duplicates: list[tuple[int, Any]] = []
    return _build(root, duplicates, top=True), duplicates


def _build(node: YamlNode | None, duplicates: list[tuple[int, Any]], *, top: bool = False) -> Any:
    """LineMap/LineList/values; recursion bounded by the composer's depth limit."""
    if node is None:
        return None
    if isinstance(node, YamlScalar):
        return node.value
    if not isinstance(node, YamlMapping):
        result_list = LineList(node.line)
        for item in node.items:
            result_list.append(_build(item, duplicates))
            result_list.lines.append(item.line)
        return result_list
    result = LineMap(node.line)
    for key_node, value_node in node.items:
        key: Any = key_node.value if isinstance(key_node, YamlScalar) else f"<{key_node.line}>"
        if key is None or isinstance(key, bool | int | float):
            key = key_node.text if isinstance(key_node, YamlScalar) else key
        if key in result:
            duplicates.append((key_node.line, key))
        if top and key in _AS_WRITTEN and isinstance(value_node, YamlScalar) and value_node.plain:
            result[key] = value_node.text if value_node.value is not None else None
        else:
            result[key] = _build(value_node, duplicates)
        result.lines[key] = key_node.line
    return result


def line_of(container: Any, key: Any, fallback: int | None = None) -> int | None:
    """The line of `key` in a LineMap/LineList (else the container's own line, else fallback)."""
    if isinstance(container, LineMap):
        return container.lines.get(key, container.line)
    if isinstance(container, LineList):
        if isinstance(key, int) and 0 <= key < len(container.lines):
            return container.lines[key]
        return container.line
    return fallback
