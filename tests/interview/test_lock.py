"""The lock file beside an interview: one holder at a time, stale locks taken over."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from crm_roi.errors import UserError
from crm_roi.interview.lock import (
    InterviewLocked,
    LockHolder,
    acquire_lock,
    lock_path,
)


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def write_lock(path: Path, **fields: object) -> Path:
    data = {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "user": "anna",
        "started": "2026-03-03T14:05:00+01:00",
        **fields,
    }
    lock = lock_path(path)
    lock.write_text(json.dumps(data), encoding="utf-8")
    return lock


def test_the_lock_file_names_host_pid_user_and_start(tmp_path: Path) -> None:
    path = tmp_path / "gesprek.yaml"
    with acquire_lock(path) as lock:
        assert lock.lock == tmp_path / "gesprek.yaml.lock"
        holder = LockHolder.from_json(lock.lock.read_text(encoding="utf-8"))
        assert holder is not None
        assert (holder.host, holder.pid) == (socket.gethostname(), os.getpid())
        assert holder.started.tzinfo is not None
    assert not lock_path(path).exists(), "released on leaving the block"


def test_a_second_opener_is_refused_and_told_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "gesprek.yaml"
    with acquire_lock(path) as first:
        with pytest.raises(InterviewLocked) as refused:
            acquire_lock(path)
        assert refused.value.holder == first.holder
        assert str(os.getpid()) in str(refused.value)
        assert "geopend" in str(refused.value)
    assert lock_path(path).exists() is False


def test_a_lock_of_a_process_that_is_gone_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "gesprek.yaml"
    write_lock(path, pid=dead_pid())
    with acquire_lock(path) as lock:
        assert lock.holder.pid == os.getpid()


def test_a_lock_of_another_host_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "gesprek.yaml"
    write_lock(path, host="een-andere-laptop", pid=dead_pid())
    with pytest.raises(InterviewLocked) as refused:
        acquire_lock(path)
    assert refused.value.holder is not None
    assert refused.value.holder.host == "een-andere-laptop"


def test_a_held_lock_is_a_user_error_that_names_the_holder_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "gesprek.yaml"
    write_lock(path, host="een-andere-laptop")
    with pytest.raises(UserError) as refused:
        acquire_lock(path)
    assert isinstance(refused.value, InterviewLocked)
    assert refused.value.message == (
        "dit interview is al geopend door anna op een-andere-laptop "
        f"(proces {os.getpid()}, sinds 3 maart 2026, 14:05); sluit het daar eerst af."
    )


@pytest.mark.parametrize(
    "content", [b"", b"\x00\xff garbage", b"[1, 2]", b'{"pid": "x"}', b"x" * 10_000]
)
def test_an_unreadable_lock_counts_as_held_by_someone_unknown(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "gesprek.yaml"
    lock_path(path).write_bytes(content)
    with pytest.raises(InterviewLocked) as refused:
        acquire_lock(path)
    assert refused.value.holder is None
    assert str(lock_path(path)) in str(refused.value)


def test_release_leaves_a_lock_that_someone_else_took_alone(tmp_path: Path) -> None:
    path = tmp_path / "gesprek.yaml"
    lock = acquire_lock(path)
    lock_path(path).unlink()
    other = write_lock(path, user="bert", started=dt.datetime.now().isoformat())
    lock.release()
    assert other.exists()


def test_an_unwritable_folder_raises_os_error(tmp_path: Path) -> None:
    blocker = tmp_path / "een-bestand"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(OSError):
        acquire_lock(blocker / "gesprek.yaml")
