"""Autosaves in worker threads, in order, and how the newest one went.

A helper of ``interview_session.py``. Each save gets a frozen interview and a version
number on the UI thread; the writes run in threads, one at a time, and a save older than
one already attempted is skipped, so an old state never lands on disk after a newer one.
The user's own file is written first: it is where the user will look for the interview.
"""

from __future__ import annotations

import threading
from pathlib import Path

from crm_roi.interview import Interview, InterviewError, save_interview
from crm_roi.tui.view_models import SaveStatus


class SaveTracker:
    """Serialises the writes of one session and remembers the newest outcome."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version = 0  # handed out on the UI thread
        self._attempted = 0  # newest version written (or tried)
        self._status = SaveStatus()

    def next_version(self) -> int:
        self._version += 1
        return self._version

    def status(self) -> SaveStatus:
        with self._lock:
            return self._status

    def write(
        self, version: int, interview: Interview, autosave: Path, own_file: Path | None
    ) -> SaveStatus | None:
        """Write `interview` to the user's file (if any) and the autosave.

        Returns how it went, or None when a newer version was written already. Never
        raises for a file that cannot be written: the status names it (Dutch).
        """
        with self._lock:
            if version <= self._attempted:
                return None
            self._attempted = version
            problems: list[str] = []
            saved: list[Path] = []
            for path in (own_file, autosave):
                if path is None:
                    continue
                try:
                    save_interview(interview, path)
                except InterviewError as exc:
                    problems.append(str(exc))
                else:
                    saved.append(path)
            self._status = SaveStatus(
                problems=tuple(problems), safe=bool(saved), saved_to=saved[0] if saved else None
            )
            return self._status

    def saved_by_hand(self, version: int) -> None:
        """`Opslaan als` wrote this version to the user's new file: it is safe."""
        with self._lock:
            self._attempted = max(self._attempted, version)
            self._status = SaveStatus()
