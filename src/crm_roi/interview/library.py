"""The interviews a user has: the autosaves, and the files the app opened or saved.

The autosave folder holds every interview the app worked on. The files a user opened
(`crm-roi open`) or saved elsewhere ("Opslaan als") are remembered in a small registry,
`library.json` in the user's data folder: the absolute paths, the most recently remembered
first, written atomically. The registry is only an index: a file that is gone is left out
of the list (its path stays, a network folder may come back), and nothing is ever deleted
from disk. An autosave of an interview that a remembered file also holds (same id, not
newer) is left out: the user knows that interview by its own file.

Listing is bounded: at most `limit` files are read (the most recently modified), each by
the one bounded reader (`read_interview`). Each entry says who it is for, when it was last
changed, whether every question that counts is answered, how many versions were recorded,
and the last version's NCW and advice. A finished interview without a version shows the NCW
of its answers as they are (the business case without Monte Carlo, a few milliseconds); its
advice needs the Monte Carlo, so it has none until a report records a version. A file that
cannot be read is listed with the reason, never hidden.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from crm_roi import locations, output_files
from crm_roi.benchmarks import BenchmarkError, Benchmarks, load_benchmarks
from crm_roi.business_case import InputError, compute_business_case
from crm_roi.interview import messages
from crm_roi.interview.errors import InterviewError, NewerFormatError
from crm_roi.interview.lock import InterviewLock, acquire_lock
from crm_roi.interview.migration import OpenedInterview, open_interview
from crm_roi.interview.model import Interview
from crm_roi.interview.storage import AUTOSAVE_SUFFIX, read_interview, save_interview
from crm_roi.messages import os_reason
from crm_roi.pipeline import flow_for
from crm_roi.yaml_loading import FileProblem, read_limited

REGISTRY_NAME = "library.json"
REGISTRY_FORMAT = 1
MAX_REGISTERED = 200
"""Paths the registry keeps; remembering one more forgets the longest unused."""
MAX_REGISTRY_BYTES = 1_000_000
MAX_PATH_CHARACTERS = 4096
MAX_ENTRIES = 30
"""Interviews one list shows (and files it reads): the most recently changed."""
INTERVIEW_SUFFIXES = (".yaml", ".yml")

State = Literal["finished", "unfinished", "unreadable", "newer"]
"""`newer`: written by a newer crm-roi, so not readable here (and not damaged)."""


@dataclass(frozen=True)
class LibraryEntry:
    """One interview file as the list shows it."""

    path: Path
    changed: dt.datetime  # the interview's `updated`; the file's time when it is unreadable
    state: State
    organisation: str | None = None
    interview_id: str | None = None
    versions: int = 0
    npv: float | None = None
    npv_of_version: bool = False  # the last version's NCW; False: of the answers as they are
    advice: str | None = None  # the last version's (VersionResults.advies)
    autosave: bool = False
    problem: str | None = None  # Dutch: why the file cannot be read (unreadable, newer)

    @property
    def finished(self) -> bool:
        return self.state == "finished"

    @property
    def readable(self) -> bool:
        return self.state in ("finished", "unfinished")


@dataclass(frozen=True)
class Library:
    """The interviews, the most recently changed first."""

    entries: tuple[LibraryEntry, ...] = ()
    more: bool = False  # there are more than the limit: the oldest are not listed
    notices: tuple[str, ...] = ()  # Dutch: e.g. that the registry could not be read


@dataclass(frozen=True)
class _Candidate:
    path: Path
    modified: float
    autosave: bool


# -- the registry ---------------------------------------------------------------------------


def registry_path() -> Path:
    return locations.user_data_dir() / REGISTRY_NAME


def remembered() -> tuple[tuple[Path, ...], str | None]:
    """The remembered paths, the most recent first, and the Dutch notice when the registry
    cannot be read (then none are known; remembering a file writes a new one)."""
    path = registry_path()
    try:
        data = read_limited(path, MAX_REGISTRY_BYTES)
        document = json.loads(data.decode("utf-8"))
        files = document["files"]
        if not isinstance(files, list):
            raise TypeError(files)
    except FileProblem as problem:
        return (), None if problem.kind == "missing" else messages.library_unreadable(str(path))
    except (ValueError, KeyError, TypeError, RecursionError):
        return (), messages.library_unreadable(str(path))
    return tuple(Path(text) for text in files if _usable_path(text)), None


def _usable_path(text: object) -> bool:
    return (
        isinstance(text, str)
        and 0 < len(text) <= MAX_PATH_CHARACTERS
        and "\0" not in text
        and os.path.isabs(text)
    )


def remember(path: Path) -> str | None:
    """Put `path` first in the registry (an autosave needs no place: its folder is listed).

    Returns the Dutch problem when the registry cannot be written; the interview file is
    never touched, so nothing is lost: the file is just not listed.
    """
    try:
        target = path.resolve()
        if _is_autosave(target):
            return None
    except (OSError, RuntimeError):
        return None
    known, _ = remembered()
    files = [target, *(known_path for known_path in known if known_path != target)]
    text = _registry_text(files[:MAX_REGISTERED])
    while len(text.encode("utf-8")) > MAX_REGISTRY_BYTES:  # very long paths: keep the newest
        files.pop()
        text = _registry_text(files)
    try:
        output_files.write_text_atomic(registry_path(), text, backups=1)
    except OSError as exc:
        return messages.library_not_written(str(registry_path()), os_reason(exc))
    return None


def _registry_text(files: list[Path]) -> str:
    document = {"format_version": REGISTRY_FORMAT, "files": [str(path) for path in files]}
    return json.dumps(document, indent=1) + "\n"  # ASCII: a file name's odd bytes survive


def _is_autosave(resolved: Path) -> bool:
    return resolved.parent == locations.autosave_dir().resolve()


# -- listing --------------------------------------------------------------------------------


def load_library(limit: int = MAX_ENTRIES) -> Library:
    """The user's interviews: the remembered files and the autosaves."""
    paths, notice = remembered()
    candidates = [_candidate(path, autosave=False) for path in paths]
    autosaves = locations.autosave_dir()
    candidates += [
        _candidate(path, autosave=True) for path in _files_in(autosaves, _is_autosave_name)
    ]
    return _library(candidates, limit, () if notice is None else (notice,))


def load_folder(folder: Path, limit: int = MAX_ENTRIES) -> Library:
    """The interview files (`*.yaml`, `*.yml`) directly in `folder`.

    Raises OSError when the folder cannot be listed.
    """
    names = os.listdir(folder)
    autosave = _identity(folder) == locations.autosave_dir().resolve()
    paths = [folder / name for name in sorted(names) if _is_interview_name(name)]
    return _library([_candidate(path, autosave=autosave) for path in paths], limit, ())


def _is_interview_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(INTERVIEW_SUFFIXES)


def _is_autosave_name(name: str) -> bool:
    return name.startswith("interview-") and name.endswith(AUTOSAVE_SUFFIX)


def _files_in(folder: Path, wanted: Callable[[str], bool]) -> list[Path]:
    try:
        names = os.listdir(folder)
    except OSError:  # no autosaves yet, or a folder that cannot be read: none to list
        return []
    return [folder / name for name in names if wanted(name)]


def _candidate(path: Path, *, autosave: bool) -> _Candidate | None:
    """The file at `path` with its modification time; None when it is gone (or no file)."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return _Candidate(path, info.st_mtime, autosave)


def _library(
    candidates: Iterable[_Candidate | None], limit: int, notices: tuple[str, ...]
) -> Library:
    unique: dict[Path, _Candidate] = {}
    for candidate in candidates:
        if candidate is not None:
            unique.setdefault(_identity(candidate.path), candidate)
    ordered = sorted(unique.values(), key=lambda candidate: candidate.modified, reverse=True)
    benchmarks = load_benchmarks() if ordered else None
    entries: list[LibraryEntry] = []
    more = False
    for candidate in ordered:
        if len(_without_duplicate_autosaves(entries)) >= limit:
            more = True
            break
        entries.append(
            read_entry(candidate.path, autosave=candidate.autosave, benchmarks=benchmarks)
        )
    kept = sorted(_without_duplicate_autosaves(entries), key=lambda e: e.changed, reverse=True)
    return Library(tuple(kept[:limit]), more or len(kept) > limit, notices)


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _without_duplicate_autosaves(entries: list[LibraryEntry]) -> list[LibraryEntry]:
    """Leave out an autosave when a file of the user holds the same interview, as new."""
    own: dict[str, dt.datetime] = {}
    for entry in entries:
        if not entry.autosave and entry.interview_id is not None:
            latest = own.get(entry.interview_id)
            own[entry.interview_id] = (
                entry.changed if latest is None else max(latest, entry.changed)
            )
    return [
        entry
        for entry in entries
        if not (
            entry.autosave
            and entry.interview_id in own
            and own[entry.interview_id] >= entry.changed
        )
    ]


def read_entry(
    path: Path, *, autosave: bool = False, benchmarks: Benchmarks | None = None
) -> LibraryEntry:
    """What the list says of the interview file at `path` (never raises for a bad file)."""
    unreadable = LibraryEntry(path, _modified(path), "unreadable", autosave=autosave)
    try:
        loaded = read_interview(path)
        interview = loaded.interview
        opened = open_interview(loaded, flow_for(interview), benchmarks or load_benchmarks())
    except NewerFormatError as exc:
        return replace(unreadable, state="newer", problem=exc.message)
    except InterviewError as exc:
        return replace(unreadable, problem=messages.in_file(exc.message, exc.line, exc.question_id))
    except Exception:  # a hostile file (types, nesting): listed as unreadable, no traceback
        return replace(unreadable, problem=messages.UNREADABLE)
    finished = opened.engine.is_complete()
    entry = LibraryEntry(
        path,
        _aware(interview.updated),
        "finished" if finished else "unfinished",
        organisation=interview.client_name(),
        interview_id=interview.id,
        versions=len(interview.versies),
        autosave=autosave,
    )
    if interview.versies:
        results = interview.versies[-1].resultaten
        return replace(entry, npv=results.ncw, npv_of_version=True, advice=results.advies)
    if finished:
        return replace(entry, npv=_npv_now(opened, benchmarks or load_benchmarks()))
    return entry


def _npv_now(opened: OpenedInterview, benchmarks: Benchmarks) -> float | None:
    """The NCW of the answers as they are (no Monte Carlo); None when they make no case."""
    inputs: dict[str, Any] = dict(opened.engine.inputs())
    if opened.interview.eigen_posten:
        inputs["eigen_posten"] = [post.model_dump() for post in opened.interview.eigen_posten]
    try:
        case = compute_business_case(
            inputs, benchmarks, uncertainty=False, bounds=opened.engine.flow.number_bounds
        )
    except (InputError, BenchmarkError):
        return None
    return case.analysis.npv


def _modified(path: Path) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except (OSError, ValueError, OverflowError):
        return dt.datetime.fromtimestamp(0).astimezone()


def _aware(moment: dt.datetime) -> dt.datetime:
    """A time written without zone (by hand) is local time; comparable with the others."""
    return moment if moment.tzinfo is not None else moment.astimezone()


# -- a new scenario -------------------------------------------------------------------------


def scenario_of(interview: Interview) -> Interview:
    """A new interview with the same answers, own line items and metadata (client, house
    style, go-live date). It gets its own id (so its own autosave and lock), and starts
    without versions and realisatie: those are the reports made and the results measured
    for the original."""
    kept = interview.model_dump(exclude={"id", "created", "updated", "versies", "realisatie"})
    return Interview.model_validate(kept)


def copy_as_scenario(source: Path, target: Path) -> Path:
    """Save a new scenario of the interview at `source` to `target` and remember it.

    Overwrites `target` (the caller asked; the old one stays as `.bak`). Raises
    InterviewError (Dutch): `source` cannot be read, `target` is `source` itself, is open
    in another window (InterviewLocked) or cannot be written.
    """
    if _identity(source) == _identity(target):
        raise InterviewError(messages.SCENARIO_SAME_FILE, path=target)
    copy = scenario_of(read_interview(source).interview)
    lock: InterviewLock | None
    try:
        lock = acquire_lock(target)  # InterviewLocked: another window has that file open
    except OSError:
        lock = None  # a folder that cannot be written: saving says why
    try:
        save_interview(copy, target)
    finally:
        if lock is not None:
            lock.release()
    remember(target)
    return target
