"""Opening interviews for the app: a new one, a file, or an unfinished autosave to resume.

The app locks what it opens to change (see `InterviewSession.lock`): opened a second time,
an interview shows read-only. An autosave that cannot be used is set aside, renamed to
`<name>.beschadigd`: it neither stops the app nor hides among the good ones, and nothing
is deleted.
"""

from __future__ import annotations

from pathlib import Path

from crm_roi import formatting, locations
from crm_roi.benchmarks import load_benchmarks
from crm_roi.flow import Engine, FlowError, load_default_flow
from crm_roi.interview import (
    InterviewError,
    NewerFormatError,
    backup_path,
    list_autosaves,
    new_interview,
    read_interview,
)
from crm_roi.interview import messages as interview_messages
from crm_roi.interview.migration import open_interview
from crm_roi.messages import os_reason
from crm_roi.tui import messages as msg
from crm_roi.tui.interview_session import InterviewSession
from crm_roi.tui.session import OpenFailed
from crm_roi.tui.view_models import ResumeCandidate, Unfinished

MAX_RESUME_CANDIDATES = 5
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


def find_unfinished(limit: int = MAX_RESUME_CANDIDATES) -> Unfinished:
    """The most recent autosaved interviews that still have open questions.

    An autosave that cannot be opened (damaged, hostile, from an unknown flow) is set aside;
    whatever goes wrong while reading one, the app still starts.
    """
    candidates: list[ResumeCandidate] = []
    notices: list[str] = []
    try:
        autosaves = list_autosaves()[:limit]
    except OSError:  # the folder cannot be read: nothing to resume
        return Unfinished()
    for path in autosaves:
        try:
            session = open_session(path)
        except NewerFormatError:  # a newer crm-roi's file is not damaged: left alone
            continue
        except InterviewError as exc:
            notices.append(set_aside(path, str(exc)))
            continue
        except Exception:  # any damage at all: set aside, never a traceback
            reason = str(InterviewError(msg.FILE_UNREADABLE, path=path))
            notices.append(set_aside(path, reason))
            continue
        if session.current() is None:
            continue
        interview = session.saved_interview
        candidates.append(
            ResumeCandidate(
                path=path,
                organisation=interview.client_name() or "",
                updated=formatting.date(interview.updated.date()),
                answered=len(set(interview.answers) | set(interview.accepted_defaults)),
            )
        )
    return Unfinished(tuple(candidates), tuple(notices))
