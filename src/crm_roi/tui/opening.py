"""Opening interviews for the app: a new one, a file, or an unfinished autosave to resume."""

from __future__ import annotations

from pathlib import Path

from crm_roi import formatting, locations
from crm_roi.benchmarks import load_benchmarks
from crm_roi.flow import Engine, load_default_flow
from crm_roi.interview import InterviewError, list_autosaves, new_interview, read_interview
from crm_roi.interview.migration import open_interview
from crm_roi.tui.interview_session import InterviewSession
from crm_roi.tui.session import OpenFailed
from crm_roi.tui.view_models import ResumeCandidate

MAX_RESUME_CANDIDATES = 5


def open_session(path: Path | None, *, pdf_dir: Path | None = None) -> InterviewSession:
    """A new interview (path None) or the interview file at `path`.

    Raises InterviewError with a Dutch message when the file cannot be used.
    """
    benchmarks = load_benchmarks()
    if path is None:
        flow = load_default_flow()
        engine = Engine(flow, benchmarks)
        interview = new_interview(flow.id, flow.version)
        return InterviewSession(flow, benchmarks, engine, interview, pdf_dir=pdf_dir)
    from crm_roi.pipeline import flow_for

    loaded = read_interview(path)
    flow = flow_for(loaded.interview)
    opened = open_interview(loaded, flow, benchmarks)
    is_autosave = path.resolve().parent == locations.autosave_dir().resolve()
    return InterviewSession(
        flow,
        benchmarks,
        opened.engine,
        opened.interview,
        saved_path=None if is_autosave else path,
        pdf_dir=pdf_dir,
    )


def resume_session(path: Path | None) -> InterviewSession:
    """open_session for the app: a file that cannot be used raises OpenFailed."""
    try:
        return open_session(path)
    except InterviewError as exc:
        raise OpenFailed(str(exc)) from exc


def find_unfinished(limit: int = MAX_RESUME_CANDIDATES) -> list[ResumeCandidate]:
    """The most recent autosaved interviews that still have open questions."""
    candidates = []
    for path in list_autosaves()[:limit]:
        try:
            session = open_session(path)
        except InterviewError:
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
    return candidates
