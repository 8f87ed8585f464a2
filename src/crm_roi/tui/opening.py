"""Opening interviews for the app: a new one, a file, one of the library, or a new scenario.

The app locks what it opens to change (see `InterviewSession.lock`): opened a second time,
an interview shows read-only. Every file the app opens to change is remembered in the
library (`crm_roi.interview.library`), so the welcome screen lists it next time. An
autosave that cannot be used is set aside, renamed to `<name>.beschadigd`: it neither stops
the app nor hides among the good ones, and nothing is deleted. A file of the user's own
that cannot be used is listed with its problem and left alone.
"""

from __future__ import annotations

from pathlib import Path

from crm_roi import formatting, locations
from crm_roi.benchmarks import load_benchmarks
from crm_roi.flow import Engine, FlowError, load_default_flow
from crm_roi.history.messages import VERDICTS
from crm_roi.interview import (
    InterviewError,
    NewerFormatError,
    backup_path,
    new_interview,
    read_interview,
)
from crm_roi.interview import messages as interview_messages
from crm_roi.interview.library import LibraryEntry, copy_as_scenario, load_library, remember
from crm_roi.interview.migration import open_interview
from crm_roi.messages import os_reason
from crm_roi.tui import messages as msg
from crm_roi.tui.interview_session import InterviewSession
from crm_roi.tui.session import OpenFailed
from crm_roi.tui.view_models import LibraryEntryView, LibraryView

SET_ASIDE_SUFFIX = ".beschadigd"


def open_session(
    path: Path | None, *, pdf_dir: Path | None = None, lock: bool = False
) -> InterviewSession:
    """A new interview (path None) or the interview file at `path`.

    With `lock`, the session locks its files; when another program has them, it opens
    read-only (`session.locked_by` says who). Raises InterviewError with a Dutch message
    when the file cannot be used.
    """
    benchmarks = load_benchmarks()
    if path is None:
        flow = load_default_flow()
        engine = Engine(flow, benchmarks)
        interview = new_interview(flow.id, flow.version)
        session = InterviewSession(flow, benchmarks, engine, interview, pdf_dir=pdf_dir)
    else:
        session = _open_file(path, pdf_dir)
    if lock:
        session.lock()
        if session.saved_path is not None:
            remember(session.saved_path)  # a registry that cannot be written loses nothing
    return session


def _open_file(path: Path, pdf_dir: Path | None) -> InterviewSession:
    """The interview file at `path`, read within the bounds every reader of crm-roi keeps
    (`crm_roi.interview.read_interview`: a regular file of limited size, nesting and no
    aliases), with the bundled flow it names (never a path: `pipeline.flow_for`)."""
    from crm_roi.pipeline import flow_for

    benchmarks = load_benchmarks()
    loaded = read_interview(path)
    flow_id = loaded.interview.flow.id
    try:
        flow = flow_for(loaded.interview)
    except (InterviewError, FlowError, OSError) as exc:  # an id that names no flow
        raise InterviewError(interview_messages.unknown_flow(flow_id), path=path) from exc
    opened = open_interview(loaded, flow, benchmarks)
    return InterviewSession(
        flow,
        benchmarks,
        opened.engine,
        opened.interview,
        saved_path=None if _is_autosave(path) else path,
        pdf_dir=pdf_dir,
    )


def _is_autosave(path: Path) -> bool:
    return path.resolve().parent == locations.autosave_dir().resolve()


def resume_session(path: Path | None) -> InterviewSession:
    """open_session for the app, locked; a file that cannot be used raises OpenFailed.

    A damaged autosave is set aside first; the message says where it went.
    """
    try:
        return open_session(path, lock=True)
    except NewerFormatError as exc:  # a newer crm-roi's file is not damaged: left alone
        raise OpenFailed(str(exc)) from exc
    except InterviewError as exc:
        if path is not None and _is_autosave(path):
            raise OpenFailed(set_aside(path, str(exc))) from exc
        raise OpenFailed(str(exc)) from exc


def set_aside(path: Path, reason: str) -> str:
    """Rename a damaged autosave to `<name>.beschadigd` (never over another file); returns
    the Dutch notice that says where it went."""
    target = path.with_name(path.name + SET_ASIDE_SUFFIX)
    number = 1
    while target.exists() or target.is_symlink():
        number += 1
        target = path.with_name(f"{path.name}{SET_ASIDE_SUFFIX}-{number}")
    try:
        path.rename(target)
    except OSError as exc:
        return msg.SET_ASIDE_FAILED.format(path=path, error=os_reason(exc), reason=reason)
    notice = msg.SET_ASIDE.format(path=target, reason=reason)
    backup = backup_path(path)
    if backup.is_file():  # the save before the damaged one
        notice += " " + msg.SET_ASIDE_BACKUP.format(backup=backup)
    return notice


def find_library() -> LibraryView:
    """The interviews the user has (`crm_roi.interview.library`), for the welcome screen.

    A damaged autosave is set aside, with a notice that says where it went; one of a newer
    crm-roi is listed (it cannot be opened here, and is left alone).
    """
    library = load_library()
    entries: list[LibraryEntryView] = []
    notices = list(library.notices)
    for entry in library.entries:
        if entry.autosave and entry.state == "unreadable":
            notices.append(set_aside(entry.path, f"{entry.path}: {entry.problem}"))
        else:
            entries.append(entry_view(entry))
    return LibraryView(tuple(entries), tuple(notices), library.more)


def entry_view(entry: LibraryEntry) -> LibraryEntryView:
    return LibraryEntryView(
        path=entry.path,
        organisation=entry.organisation or "",
        changed=formatting.date(entry.changed.date()),
        status=interview_messages.LIBRARY_STATES[entry.state],
        versions=entry.versions,
        npv="" if entry.npv is None else formatting.euro(entry.npv),
        npv_of_version=entry.npv_of_version,
        advice=VERDICTS.get(entry.advice or "", ""),
        finished=entry.finished,
        problem=entry.problem or "",
        autosave=entry.autosave,
    )


def copy_scenario(source: Path, target: Path) -> Path:
    """A new scenario of the interview at `source`, saved to `target` (see
    `crm_roi.interview.library.scenario_of`); OpenFailed (Dutch) when it cannot be made."""
    try:
        return copy_as_scenario(source, target)
    except InterviewError as exc:
        raise OpenFailed(str(exc)) from exc
