"""A lock file beside an interview, so that two programs never change one interview at once.

Whoever opens an interview to change it (the app, a batch run) takes `<name>.lock` beside
the file. It says who holds it: host, process id, user and since when. Without it, two
windows on one interview would each save their own answers over the other's, and the last
to save would silently erase the rest.

A lock whose process is gone on this host is stale: a crash or a killed terminal leaves
one behind, and the next opener takes it over. A lock of another host is respected (its
process cannot be checked from here); the holder named in it lets the user judge.

The lock file is created with its content in one step (a hard link from a finished
temporary file), so a reader never sees it half-written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from crm_roi.interview import messages
from crm_roi.interview.errors import InterviewError

LOCK_SUFFIX = ".lock"
MAX_LOCK_BYTES = 4096  # a lock file is a few dozen bytes; a bigger one is not ours
_TAKE_OVER_ATTEMPTS = 3


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock: enough for a user to find the other window."""

    host: str
    pid: int
    user: str
    started: dt.datetime

    @classmethod
    def this_process(cls) -> LockHolder:
        return cls(
            host=socket.gethostname(),
            pid=os.getpid(),
            user=_user_name(),
            started=dt.datetime.now().astimezone().replace(microsecond=0),
        )

    def to_json(self) -> str:
        data = {
            "host": self.host,
            "pid": self.pid,
            "user": self.user,
            "started": self.started.isoformat(),
        }
        return json.dumps(data, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LockHolder | None:
        """The holder in a lock file's text; None when the text is not a lock of ours."""
        try:
            data = json.loads(text)
            holder = cls(
                host=str(data["host"]),
                pid=int(data["pid"]),
                user=str(data["user"]),
                started=dt.datetime.fromisoformat(str(data["started"])),
            )
        except (ValueError, TypeError, KeyError, RecursionError):
            return None
        return holder if holder.pid > 0 else None

    def is_this_host(self) -> bool:
        return self.host == socket.gethostname()

    def is_alive(self) -> bool:
        """False only when it is certain that the process is gone (same host, no such pid)."""
        return not self.is_this_host() or process_runs(self.pid)

    def describe(self) -> str:
        """Who holds the lock, in Dutch: user, host, process and since when."""
        return messages.lock_holder(self.user, self.host, self.pid, self.started)


class InterviewLocked(InterviewError):
    """The interview is open elsewhere; `holder` is None when the lock file is unreadable.

    A user error (`crm_roi.errors.UserError`, through InterviewError): the user closes the
    other window, or looks without changing anything.
    """

    def __init__(self, path: Path, lock: Path, holder: LockHolder | None) -> None:
        self.lock = lock
        self.holder = holder
        message = (
            messages.locked(holder.describe())
            if holder is not None
            else messages.locked_by_unknown(str(lock))
        )
        super().__init__(message, path=path)


def lock_path(path: Path) -> Path:
    """The lock file of the interview at `path`: `<name>.lock` beside it."""
    return path.with_name(path.name + LOCK_SUFFIX)


class InterviewLock:
    """A held lock; `release()` (or leaving the `with` block) removes the lock file."""

    def __init__(self, path: Path, lock: Path, holder: LockHolder) -> None:
        self.path = path
        self.lock = lock
        self.holder = holder
        self._text = holder.to_json()
        self._held = True

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        """Remove the lock file, if it is still ours (idempotent)."""
        if not self._held:
            return
        self._held = False
        with contextlib.suppress(OSError):
            if _read_text(self.lock) == self._text:
                self.lock.unlink()

    def __enter__(self) -> InterviewLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def acquire_lock(path: Path) -> InterviewLock:
    """Take the lock of the interview at `path` (creating its folder if needed).

    A stale lock (its process gone on this host) is taken over. Raises InterviewLocked when
    someone else holds it, and OSError when the folder cannot be written.
    """
    lock = lock_path(path)
    me = LockHolder.this_process()
    text = me.to_json()
    lock.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(_TAKE_OVER_ATTEMPTS):
        if _create_with(lock, text):
            return InterviewLock(path, lock, me)
        found = _read_text(lock)
        if found is None:
            continue  # released meanwhile: try again
        holder = LockHolder.from_json(found)
        if holder is None or holder.is_alive():
            raise InterviewLocked(path, lock, holder)
        _remove_if_unchanged(lock, found)
    raise InterviewLocked(path, lock, LockHolder.from_json(_read_text(lock) or ""))


def _create_with(lock: Path, text: str) -> bool:
    """Create `lock` holding `text` in one step; False when it exists already."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{lock.name}.", suffix=".tmp", dir=lock.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)  # other users of the folder may read who holds it
        try:
            os.link(temp, lock)
        except FileExistsError:
            return False
        except OSError:  # no hard links on this file system: exclusive create instead
            return _create_exclusive(lock, text)
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _create_exclusive(lock: Path, text: str) -> bool:
    try:
        descriptor = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)
    return True


def _read_text(lock: Path) -> str | None:
    """The lock file's text; None when there is none. An odd file reads as "" (not ours)."""
    try:
        with open(lock, "rb") as stream:
            data = stream.read(MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    if len(data) > MAX_LOCK_BYTES:
        return ""
    return data.decode("utf-8", errors="replace")


def _remove_if_unchanged(lock: Path, stale: str) -> None:
    """Remove a stale lock, unless another opener replaced it since it was read."""
    with contextlib.suppress(OSError):
        if _read_text(lock) == stale:
            lock.unlink()


def process_runs(pid: int) -> bool:
    """Whether a process with this id runs on this host (unknown on Windows: assume it does)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # no signal 0: the user can judge
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, as another user
    return True


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"
