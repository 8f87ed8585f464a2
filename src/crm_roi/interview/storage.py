"""Saving and loading interview files: atomic writes that never lose the previous version.

A save writes a temporary file in the target's folder, flushes it to disk, copies the
current file to `<name>.bak` (itself atomically) and then renames the new file over the old
one. A crash or an exception at any point leaves either the old or the new file in place,
never a half-written one, and no temporary file behind.
"""

from __future__ import annotations

from pathlib import Path

from crm_roi import locations, output_files
from crm_roi.interview import messages
from crm_roi.interview.errors import InterviewError
from crm_roi.interview.model import Interview
from crm_roi.interview.yaml_format import LoadedInterview, interview_from_yaml, interview_to_yaml
from crm_roi.output_files import backup_path as backup_path

AUTOSAVE_SUFFIX = ".yaml"


def write_text_atomic(path: Path, text: str, *, keep_backup: bool = True) -> None:
    """Replace `path` by `text` atomically; the previous file is kept as `<name>.bak`."""
    output_files.write_text_atomic(path, text, keep_backup=keep_backup)


def save_interview(interview: Interview, path: Path, *, keep_backup: bool = True) -> Path:
    """Write the interview to `path` atomically (as is: call `touched()` first to date it)."""
    try:
        write_text_atomic(path, interview_to_yaml(interview), keep_backup=keep_backup)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InterviewError(messages.cannot_write(reason), path=path) from exc
    return path


def read_interview(path: Path) -> LoadedInterview:
    """Read an interview file with the line of each value; InterviewError when it is wrong."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InterviewError(messages.not_found(), path=path) from exc
    except OSError as exc:
        raise InterviewError(messages.cannot_read(exc.strerror or str(exc)), path=path) from exc
    if data.startswith(b"%PDF"):
        raise InterviewError(messages.PDF_REPORT_FILE, path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterviewError(messages.not_utf8(), path=path) from exc
    return interview_from_yaml(text, path)


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
