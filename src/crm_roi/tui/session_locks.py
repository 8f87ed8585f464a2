"""The locks a session holds on its files: the autosave and the user's own interview file.

A helper of ``interview_session.py``. The autosave is named after the interview's id, so
two windows on one interview (also on two copies of one file) would write the same
autosave: both it and the user's own file are locked.
"""

from __future__ import annotations

from pathlib import Path

from crm_roi import formatting
from crm_roi.interview.lock import InterviewLock, InterviewLocked, acquire_lock
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import LockView


def lock_view(locked: InterviewLocked) -> LockView:
    """Who holds the lock, in Dutch, for the dialog and the banner."""
    holder = locked.holder
    if holder is None:
        return LockView(holder=msg.LOCK_HOLDER_UNKNOWN, lock_file=locked.lock)
    since = msg.LOCK_SINCE.format(
        date=formatting.date(holder.started.date()), time=f"{holder.started:%H:%M}"
    )
    text = msg.LOCK_HOLDER.format(user=holder.user, host=holder.host, pid=holder.pid, since=since)
    return LockView(holder=text, lock_file=locked.lock)


class SessionLocks:
    """Locks taken by one session; released together when it closes."""

    def __init__(self) -> None:
        self._held: dict[Path, InterviewLock] = {}

    def take(self, *paths: Path) -> LockView | None:
        """Lock every path; when one is held elsewhere, none is kept and its holder returned.

        A folder that cannot be written cannot be locked either: that path stays unlocked
        (saving there fails too, and the app says so).
        """
        taken: list[Path] = []
        for path in paths:
            if path in self._held:
                continue
            try:
                self._held[path] = acquire_lock(path)
            except InterviewLocked as locked:
                for own in taken:
                    self._held.pop(own).release()
                return lock_view(locked)
            except OSError:
                continue
            taken.append(path)
        return None

    def holds(self, path: Path) -> bool:
        return path in self._held

    def release(self, path: Path) -> None:
        lock = self._held.pop(path, None)
        if lock is not None:
            lock.release()

    def release_all(self) -> None:
        for path in list(self._held):
            self.release(path)
