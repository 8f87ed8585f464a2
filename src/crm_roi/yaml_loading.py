"""Reading YAML files safely and as meant, on libyaml's fast parser when available.

PyYAML's loaders read scalars by YAML 1.1, where `4:30` is 270, `yes`, `no` and `on` are
booleans and `010` is 8. Every YAML file of crm-roi is read here instead, by the YAML 1.2
core schema: only `true`/`false` are booleans, only `~`, `null` and nothing are null,
numbers are decimal (or `0o17`, `0x1F`, `1e3`, `.inf`), everything else is text; dates stay
text. Each value keeps the text as written, so a layer can tell what the user typed.

The document is built from the parser's events without recursion, and refused as soon as it
goes beyond the bounds of `crm_roi.limits`: nesting, values counted with every alias expanded
(no "billion laughs"), the length of one value, control characters and lone surrogates.
Files are read with a size limit, checked before reading, and only regular files are read.
A problem is a YamlProblem or FileProblem with a `kind`; each layer says it in Dutch.
"""

from __future__ import annotations

import errno
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from crm_roi import limits
from crm_roi.file_kinds import kind_of_mode
from crm_roi.messages import os_reason

ProblemKind = Literal[
    "syntax", "character", "depth", "size", "scalar_length", "alias", "tag", "number", "documents"
]
FileProblemKind = Literal["missing", "not_regular", "too_large", "unreadable", "not_utf8"]

_EVENT_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Also checked in each value: an escape ("\0", "\x85", "\ud800") could put one there.
_FORBIDDEN = limits.FORBIDDEN_CHARACTERS

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+")
_OCTAL = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INFINITY = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
_TAG = "tag:yaml.org,2002:"


class YamlProblem(yaml.YAMLError):
    """The text cannot be read as YAML within the bounds; `line` is 1-based when known.

    `detail` is technical (the parser's own words, a character code, a count); the layers
    turn `kind` into a Dutch message.
    """

    def __init__(self, kind: ProblemKind, line: int | None, detail: str = "") -> None:
        self.kind: ProblemKind = kind
        self.line = line
        self.detail = detail
        where = f"line {line}: " if line is not None else ""
        super().__init__(f"{where}{kind}{': ' + detail if detail else ''}")


class FileProblem(Exception):
    """A file cannot be read as text: missing, not a regular file, too large, not UTF-8."""

    def __init__(self, kind: FileProblemKind, detail: str = "") -> None:
        self.kind: FileProblemKind = kind
        self.detail = detail
        super().__init__(f"{kind}{': ' + detail if detail else ''}")


# --- the document ---------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class YamlScalar:
    """A value: resolved by the YAML 1.2 core schema, and the text as written."""

    value: str | int | float | bool | None
    text: str
    plain: bool  # written without quotes and not as a block (`|`, `>`)
    line: int  # 1-based


@dataclass(slots=True, eq=False)
class YamlMapping:
    """Keys and values in the order written (duplicates kept: the layer reports them)."""

    line: int
    items: list[tuple[YamlNode, YamlNode]] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class YamlSequence:
    line: int
    items: list[YamlNode] = field(default_factory=list)


YamlNode = YamlScalar | YamlMapping | YamlSequence


def resolve_plain(text: str) -> str | int | float | bool | None:
    """A plain (unquoted) scalar by the YAML 1.2 core schema; ValueError for a huge number."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.fullmatch(text):
        return int(text, 10)
    if _OCTAL.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INFINITY.fullmatch(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return text


def _resolve(event: yaml.ScalarEvent, line: int) -> str | int | float | bool | None:
    plain = not event.style
    tag = event.tag
    if tag in (None, "!"):
        return _resolved_plain(event.value, line) if plain and tag is None else event.value
    if tag == _TAG + "str":
        return event.value
    kinds: dict[str, type | tuple[type, ...]] = {
        "int": int,
        "float": (int, float),
        "bool": bool,
        "null": type(None),
    }
    wanted = kinds.get(tag.removeprefix(_TAG)) if tag.startswith(_TAG) else None
    if wanted is None:
        raise YamlProblem("tag", line, tag)
    value = _resolved_plain(event.value, line)
    if (isinstance(value, bool) and wanted is not bool) or not isinstance(value, wanted):
        raise YamlProblem("tag", line, tag)
    if tag == _TAG + "float" and isinstance(value, int):
        return float(value)
    return value


def _resolved_plain(text: str, line: int) -> str | int | float | bool | None:
    try:
        return resolve_plain(text)
    except ValueError:  # more digits than Python converts
        raise YamlProblem("number", line, f"{len(text)} digits") from None


@dataclass(slots=True)
class _Open:
    node: YamlMapping | YamlSequence
    anchor: str | None
    weight: int = 1
    key: YamlNode | None = None


class _Builder:
    """The document from the parser's events, within the bounds."""

    def __init__(self, *, aliases: bool, max_depth: int, max_nodes: int, max_scalar: int):
        self.aliases = aliases
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.max_scalar = max_scalar
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[YamlNode, int]] = {}
        self.total = 0
        self.documents = 0
        self.root: YamlNode | None = None

    def event(self, event: yaml.Event) -> None:
        line = event.start_mark.line + 1 if event.start_mark is not None else 0
        if isinstance(event, yaml.ScalarEvent):
            self._anchor_allowed(event.anchor, line)
            if len(event.value) > self.max_scalar:
                raise YamlProblem("scalar_length", line, str(len(event.value)))
            bad = _FORBIDDEN.search(event.value)
            if bad is not None:
                raise YamlProblem("character", line, f"U+{ord(bad.group()):04X}")
            scalar = YamlScalar(_resolve(event, line), event.value, not event.style, line)
            self._count(1, line)
            if event.anchor:
                self.anchors[event.anchor] = (scalar, 1)
            self._add(scalar, 1)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._anchor_allowed(event.anchor, line)
            mapping = isinstance(event, yaml.MappingStartEvent)
            if event.tag not in (None, "!", _TAG + ("map" if mapping else "seq")):
                raise YamlProblem("tag", line, event.tag)
            if len(self.stack) >= self.max_depth:
                raise YamlProblem("depth", line, str(self.max_depth))
            self._count(1, line)
            collection = YamlMapping(line) if mapping else YamlSequence(line)
            self.stack.append(_Open(collection, event.anchor))
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            done = self.stack.pop()
            if done.anchor:
                self.anchors[done.anchor] = (done.node, done.weight)
            self._add(done.node, done.weight)
        elif isinstance(event, yaml.AliasEvent):
            self._anchor_allowed(event.anchor, line)
            found = self.anchors.get(event.anchor or "")
            if found is None:
                raise YamlProblem("syntax", line, f"undefined alias *{event.anchor}")
            node, weight = found
            self._count(weight, line)
            self._add(node, weight)
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise YamlProblem("documents", line)

    def _anchor_allowed(self, anchor: str | None, line: int) -> None:
        if anchor and not self.aliases:
            raise YamlProblem("alias", line, anchor)

    def _count(self, weight: int, line: int) -> None:
        self.total += weight
        if self.total > self.max_nodes:
            raise YamlProblem("size", line, str(self.max_nodes))

    def _add(self, node: YamlNode, weight: int) -> None:
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        parent.weight += weight
        if isinstance(parent.node, YamlSequence):
            parent.node.items.append(node)
        elif parent.key is None:
            parent.key = node
        else:
            parent.node.items.append((parent.key, node))
            parent.key = None


def compose(
    text: str,
    *,
    aliases: bool = True,
    max_depth: int = limits.MAX_YAML_DEPTH,
    max_nodes: int = limits.MAX_YAML_NODES,
    max_scalar: int = limits.MAX_SCALAR_LENGTH,
) -> YamlNode | None:
    """The one document in `text` (None when empty); YamlProblem when it cannot be read.

    `aliases=False` refuses anchors and aliases altogether (a file that never needs them).
    """
    text = text.removeprefix("\ufeff")
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise YamlProblem("character", line, f"U+{ord(bad.group()):04X}")
    builder = _Builder(
        aliases=aliases, max_depth=max_depth, max_nodes=max_nodes, max_scalar=max_scalar
    )
    loader = _EVENT_LOADER(text)
    try:
        while loader.check_event():
            builder.event(loader.get_event())  # type: ignore[no-untyped-call]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = mark.line + 1 if mark is not None else None
        problem = str(exc.problem or exc.context or "")
        if "nesting depth" in problem:
            raise YamlProblem("depth", at, problem) from None
        if "Unicode character escape" in problem:  # libyaml: "\ud800" and the like
            raise YamlProblem("character", at, "escape") from None
        raise YamlProblem("syntax", at, problem) from None
    except YamlProblem:
        raise
    except yaml.YAMLError as exc:
        raise YamlProblem("syntax", None, str(exc)) from None
    finally:
        loader.dispose()
    return builder.root


def to_python(node: YamlNode | None) -> Any:
    """Plain data: dicts, lists and scalars; YamlProblem for a duplicate or complex key.

    Depth is bounded by `compose`, so this recursion is too.
    """
    if node is None:
        return None
    if isinstance(node, YamlScalar):
        return node.value
    if isinstance(node, YamlSequence):
        return [to_python(item) for item in node.items]
    result: dict[Any, Any] = {}
    for key_node, value_node in node.items:
        if not isinstance(key_node, YamlScalar):
            raise YamlProblem("syntax", key_node.line, "a key must be a single value")
        key = key_node.value
        if key in result:
            raise YamlProblem("syntax", key_node.line, f"duplicate key {key_node.text!r}")
        result[key] = to_python(value_node)
    return result


def safe_load(text: str) -> Any:
    """Plain data from YAML text, read by YAML 1.2 and within the bounds of crm_roi.limits."""
    return to_python(compose(text))


# --- files ---------------------------------------------------------------------------------


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; FileProblem otherwise.

    The size is checked before reading and at most `max_bytes + 1` bytes are read, so a
    FIFO, a device such as /dev/zero or a file that grows while it is read cannot make
    this wait or fill the memory.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise FileProblem("missing") from None
    except IsADirectoryError:
        raise FileProblem("not_regular", "folder") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO without writer on some systems
            raise FileProblem("not_regular", "other") from None
        raise FileProblem("unreadable", os_reason(exc)) from None
    try:
        info = os.fstat(descriptor)
        kind = kind_of_mode(info.st_mode)
        if kind is not None:
            raise FileProblem("not_regular", kind)
        if info.st_size > max_bytes:
            raise FileProblem("too_large", str(info.st_size))
        chunks = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise FileProblem("unreadable", os_reason(exc)) from None
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise FileProblem("too_large", str(len(data)))
    return data


def read_text_limited(path: Path, max_bytes: int) -> str:
    """`read_limited`, decoded as UTF-8 (FileProblem "not_utf8" when it is not)."""
    data = read_limited(path, max_bytes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileProblem("not_utf8", str(exc)) from None
