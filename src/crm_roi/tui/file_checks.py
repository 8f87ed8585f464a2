"""Reading an interview file the app did not necessarily write itself, without surprises.

The interview reader trusts the YAML's shape. A file from elsewhere (or a damaged or
hostile autosave) can be huge, nested thousands deep (Python's recursion limit), or a
"billion laughs" of aliases that takes minutes to index. These checks run first, on the
fast event parser, and turn each into an InterviewError with a Dutch message. Interview
files never nest deeper than a few levels and never use aliases: the app writes every value
out in full.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from crm_roi.interview import FORMAT_VERSION, InterviewError, LoadedInterview, read_interview
from crm_roi.tui import messages as msg
from crm_roi.yaml_loading import SAFE_LOADER

MAX_INTERVIEW_BYTES = 1024 * 1024
MAX_INTERVIEW_SIZE = "1 MB"  # as the message says it
MAX_NESTING = 16


def read_checked(path: Path) -> LoadedInterview:
    """`read_interview(path)` after the checks above; InterviewError (Dutch) for any failure."""
    if path.exists() and not path.is_file():  # a folder, a device, a pipe: never read it
        raise InterviewError(msg.FILE_NOT_REGULAR, path=path)
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_INTERVIEW_BYTES + 1)
    except (OSError, ValueError):
        data = b""  # the reader says why it cannot be read
    if len(data) > MAX_INTERVIEW_BYTES:
        raise InterviewError(msg.FILE_TOO_BIG.format(limit=MAX_INTERVIEW_SIZE), path=path)
    try:
        problem = shape_problem(data.decode("utf-8"))
    except UnicodeDecodeError:
        problem = None  # the reader says it is not UTF-8
    if problem is not None:
        raise InterviewError(problem, path=path)
    try:
        return read_interview(path)
    except (RecursionError, MemoryError, OSError, ValueError) as exc:
        raise InterviewError(msg.FILE_UNREADABLE, path=path) from exc


def shape_problem(text: str) -> str | None:
    """Why the YAML `text` cannot be an interview file (aliases, too deep), else None.

    Syntax errors are left to the interview reader, which names the line.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=SAFE_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return msg.FILE_HAS_ALIASES
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    return msg.FILE_TOO_DEEP
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        # libyaml refuses nesting beyond its own limit before it hands out the events
        if "nesting depth" in str(getattr(exc, "problem", "")):
            return msg.FILE_TOO_DEEP
        return None
    return None


def made_by_newer_version(path: Path) -> bool:
    """Whether the file names a format newer than this version reads (not damaged then)."""
    try:
        with open(path, "rb") as stream:
            text = stream.read(MAX_INTERVIEW_BYTES + 1).decode("utf-8")
        if len(text) > MAX_INTERVIEW_BYTES or shape_problem(text) is not None:
            return False
        data = yaml.load(text, Loader=SAFE_LOADER)
    except (OSError, ValueError, yaml.YAMLError, RecursionError):
        return False
    found = data.get("format_version") if isinstance(data, dict) else None
    return isinstance(found, int) and not isinstance(found, bool) and found > FORMAT_VERSION
