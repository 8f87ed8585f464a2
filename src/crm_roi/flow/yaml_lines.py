"""YAML reading that remembers the line of every key and list item (for Dutch findings)."""

from __future__ import annotations

from typing import Any

import yaml

from crm_roi.yaml_loading import SAFE_LOADER


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
    """The text is not valid YAML; `line` is 1-based when known."""

    def __init__(self, problem: str, line: int | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that builds LineMap/LineList and records duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, Any]] = []


class _FastLineLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The same as _LineLoader on libyaml; syntax errors are re-read by _LineLoader."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, Any]] = []


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> LineMap:
    loader.flatten_mapping(node)
    result = LineMap(node.start_mark.line + 1)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            key = str(key)
        if key in result:
            loader.duplicate_keys.append((line, key))
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line
    return result


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(node.start_mark.line + 1)
    for item in node.value:
        result.append(loader.construct_object(item, deep=True))
        result.lines.append(item.start_mark.line + 1)
    return result


for _loader_class in (_LineLoader, _FastLineLoader):
    _loader_class.add_constructor("tag:yaml.org,2002:map", _construct_map)
    _loader_class.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def load_yaml_with_lines(text: str) -> tuple[Any, list[tuple[int, Any]]]:
    """The document and its duplicate keys (line, key); YamlSyntaxError when unreadable."""
    fast = _FastLineLoader(text)
    try:
        return fast.get_single_data(), fast.duplicate_keys
    except yaml.YAMLError:
        pass  # read again by the pure-Python loader, whose messages the findings use
    finally:
        fast.dispose()
    loader = _LineLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSyntaxError(str(exc.problem or exc.context or exc), line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), None) from None
    finally:
        loader.dispose()
    return data, loader.duplicate_keys


def line_of(container: Any, key: Any, fallback: int | None = None) -> int | None:
    """The line of `key` in a LineMap/LineList (else the container's own line, else fallback)."""
    if isinstance(container, LineMap):
        return container.lines.get(key, container.line)
    if isinstance(container, LineList):
        if isinstance(key, int) and 0 <= key < len(container.lines):
            return container.lines[key]
        return container.line
    return fallback
