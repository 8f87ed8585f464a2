"""Saving and loading interview files: atomic writes that never lose an earlier version.

A save writes a temporary file in the target's folder, flushes it to disk, moves the older
backups one generation on (`.bak` → `.bak.2` → `.bak.3`; the oldest, `.bak.3`, goes), copies
the current file to `<name>.bak` (itself atomically) and then renames the new file over the
old one. A crash or an exception at any point leaves either the old or the new file in place,
never a half-written one. A save that changes nothing adds no backup generation.

Saving over an interview file keeps what its author wrote by hand: comments, the order of
its keys and the quoting of unchanged values (`crm_roi.interview.round_trip`).

The temporary files are named `.<name>.<process id>.<random>.tmp`. A save that is killed
(power cut, kill -9) cannot remove its own; `remove_leftover_temporaries` does, on the next
start, for processes that no longer run.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterable
from pathlib import Path

from crm_roi import limits, locations, output_files
from crm_roi import messages as shared_messages
from crm_roi.interview import messages
from crm_roi.interview.errors import InterviewError
from crm_roi.interview.lock import process_runs
from crm_roi.interview.model import Interview
from crm_roi.interview.yaml_format import LoadedInterview, interview_from_yaml, interview_to_yaml
from crm_roi.output_files import BACKUP_SUFFIX
from crm_roi.output_files import backup_path as backup_path
from crm_roi.yaml_loading import FileProblem, read_limited, read_text_limited

BACKUP_GENERATIONS = 3
"""`<name>.bak` (the version before the last save), `<name>.bak.2` and `<name>.bak.3`."""
AUTOSAVE_SUFFIX = ".yaml"
STALE_AFTER_SECONDS = 600
"""A temporary file this old is left over whatever its process id says (ids are reused)."""

_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>[0-9]+)\.[A-Za-z0-9_]+\.tmp$")
_OLD_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")


def backup_paths(path: Path) -> list[Path]:
    """Every backup generation of `path` that exists, the most recent first."""
    found = (backup_path(path, n) for n in range(1, BACKUP_GENERATIONS + 1))
    return [backup for backup in found if backup.is_file()]


def write_text_atomic(path: Path, text: str, *, keep_backup: bool = True) -> None:
    """Replace `path` by `text` atomically; earlier versions are kept as `.bak` generations.

    The one atomic writer of crm-roi (`crm_roi.output_files`): only a regular file is ever
    replaced, and a symbolic link stays a link.
    """
    output_files.write_text_atomic(path, text, backups=BACKUP_GENERATIONS if keep_backup else 0)


def _content(path: Path) -> bytes | None:
    """The file's bytes (None when it cannot be read or is larger than an interview)."""
    try:
        return read_limited(path, limits.MAX_INTERVIEW_FILE_BYTES)
    except FileProblem:
        return None


def save_interview(interview: Interview, path: Path, *, keep_backup: bool = True) -> Path:
    """Write the interview to `path` atomically (as is: call `touched()` first to date it).

    When `path` holds this interview already, its comments and key order are kept.
    """
    from crm_roi.interview.round_trip import merged_text

    text = interview_to_yaml(interview)
    existing = _content(path)  # None also for a name the system refuses: the write says why
    if existing is not None:
        text = merged_text(existing, interview, text) or text
    try:
        write_text_atomic(path, text, keep_backup=keep_backup)
    except OSError as exc:
        reason = shared_messages.os_reason(exc)
        raise InterviewError(messages.cannot_write(reason), path=path) from exc
    return path


def read_interview(path: Path) -> LoadedInterview:
    """Read an interview file with the line of each value; InterviewError when it is wrong.

    Only a regular file of at most `limits.MAX_INTERVIEW_FILE_BYTES` is read.
    """
    try:
        data = read_limited(path, limits.MAX_INTERVIEW_FILE_BYTES)
    except FileProblem as exc:
        raise InterviewError(_file_problem(exc), path=path) from None
    if data.startswith(b"%PDF"):
        raise InterviewError(messages.PDF_REPORT_FILE, path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterviewError(messages.not_utf8(), path=path) from exc
    return interview_from_yaml(text, path)


def read_interview_text(path: Path) -> str:
    """The text of an interview file, read within the limits (InterviewError otherwise)."""
    try:
        return read_text_limited(path, limits.MAX_INTERVIEW_FILE_BYTES)
    except FileProblem as exc:
        raise InterviewError(_file_problem(exc), path=path) from None


def _file_problem(problem: FileProblem) -> str:
    if problem.kind == "missing":
        return messages.not_found()
    if problem.kind == "not_regular":
        return messages.not_regular(problem.detail)
    if problem.kind == "too_large":
        return messages.too_large(int(problem.detail), limits.MAX_INTERVIEW_FILE_BYTES)
    if problem.kind == "not_utf8":
        return messages.not_utf8()
    return messages.cannot_read(problem.detail)


def load_interview(path: Path) -> Interview:
    """The interview in `path` (not yet checked against its flow)."""
    return read_interview(path).interview


def autosave_path(interview: Interview) -> Path:
    """The one autosave file of this interview in the user's data folder."""
    return locations.autosave_dir() / f"interview-{interview.id}{AUTOSAVE_SUFFIX}"


def autosave(interview: Interview) -> Path:
    """Save the running interview to its autosave file (the previous state kept as `.bak`)."""
    return save_interview(interview, autosave_path(interview))


def list_autosaves() -> list[Path]:
    """The autosaved interviews, most recently changed first."""
    folder = locations.autosave_dir()
    if not folder.is_dir():
        return []
    files = [path for path in folder.glob(f"interview-*{AUTOSAVE_SUFFIX}") if path.is_file()]
    return sorted(files, key=lambda path: path.stat().st_mtime, reverse=True)


def remove_leftover_temporaries(paths: Iterable[Path] = ()) -> list[Path]:
    """Delete the temporary files that interrupted saves left behind; the ones deleted.

    Looks in the autosave folder and beside each of `paths` (only for that file's own
    temporaries). A temporary file is left over when the process that wrote it no longer
    runs, or when it is older than STALE_AFTER_SECONDS. Call it when the program starts.
    """
    removed = []
    places: list[tuple[Path, str | None]] = [(locations.autosave_dir(), None)]
    places.extend((path.parent, path.name) for path in paths)
    for folder, name in places:
        for candidate in _temporaries(folder, name):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _temporaries(folder: Path, name: str | None) -> list[Path]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    now = time.time()
    for entry in entries:
        match = _TEMPORARY.match(entry.name) or _OLD_TEMPORARY.match(entry.name)
        if match is None or (name is not None and not _belongs_to(match["name"], name)):
            continue
        try:
            if not entry.is_file() or entry.is_symlink():
                continue
            age = now - entry.stat().st_mtime
        except OSError:
            continue
        pid = match.groupdict().get("pid")
        if age > STALE_AFTER_SECONDS or (pid is not None and not process_runs(int(pid))):
            found.append(entry)
    return found


def _belongs_to(temporary_of: str, name: str) -> bool:
    """A temporary of `name` itself or of one of its backups (`name.bak`, `name.bak.2`)."""
    return temporary_of == name or temporary_of.startswith(name + BACKUP_SUFFIX)
