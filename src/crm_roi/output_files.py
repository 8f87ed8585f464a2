"""Writing a file without ever losing the one it replaces: atomically, and only a regular file.

Every file crm-roi writes (a report as PDF, HTML or JSON, a saved interview) goes through
`write_bytes_atomic` or `write_text_atomic`: the content goes to a temporary file in the
target's folder, is flushed to disk, and only then renamed over the target. A full disk, a
crash or an exception at any point leaves the old file as it was and no temporary file
behind. With `backups=n` the previous versions are kept as `<name>.bak` (the last one),
`<name>.bak.2` ... `<name>.bak.n`; a write that changes nothing adds no generation.
Temporary files are named `.<name>.<pid>.<random>.tmp`, so a later start can tell which
were left by a process that is gone (`interview.storage.remove_leftover_temporaries`).

Only a regular file is ever replaced: a folder, a pipe, a device (`/dev/null`, even as root)
or a socket at the target is refused with `NotARegularFileError`, before anything is
written. A symbolic link is followed, so the file it points to is replaced and the link
stays.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from crm_roi import messages
from crm_roi.file_kinds import FileKind, kind_of_mode

BACKUP_SUFFIX = ".bak"
TEMPORARY_SUFFIX = ".tmp"

TargetKind = FileKind


class NotARegularFileError(OSError):
    """The target exists and is not a regular file; it is left alone. `strerror` is Dutch
    (a layer that puts it in its own message stays Dutch)."""

    def __init__(self, path: Path, kind: TargetKind) -> None:
        code = errno.EISDIR if kind == "folder" else errno.EINVAL
        super().__init__(code, messages.not_a_regular_file(kind), str(path))
        self.kind: TargetKind = kind


def backup_path(path: Path, generation: int = 1) -> Path:
    """Where an earlier version of `path` is kept: `<name>.bak`, `<name>.bak.2`, ...

    Generation 1 is the version before the last write; the highest is the oldest.
    """
    suffix = BACKUP_SUFFIX if generation == 1 else f"{BACKUP_SUFFIX}.{generation}"
    return path.with_name(path.name + suffix)


def target_kind(path: Path) -> TargetKind | None:
    """What is at `path` when it is not a regular file (links followed); None when it is one
    or when nothing is there yet."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    return kind_of_mode(mode)


def check_target(path: Path) -> None:
    """NotARegularFileError when something other than a regular file is at `path`."""
    kind = target_kind(path)
    if kind is not None:
        raise NotARegularFileError(path, kind)


def write_text_atomic(path: Path, text: str, *, backups: int = 0) -> None:
    """Replace `path` by `text` (UTF-8, `\\n` line ends) atomically; see the module's doc."""
    write_bytes_atomic(path, text.encode("utf-8"), backups=backups)


def write_bytes_atomic(path: Path, data: bytes, *, backups: int = 0) -> None:
    """Replace `path` by `data` atomically; the folder is made when it is missing.

    Raises OSError (NotARegularFileError for a folder, pipe or device at `path`) with the
    old file untouched and no temporary file left.
    """
    target = Path(os.path.realpath(path))  # through a symbolic link: the link stays
    check_target(target)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(target)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=TEMPORARY_SUFFIX, dir=folder
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)
        if backups > 0 and target.is_file() and not _holds(target, data):
            _rotate_backups(target, backups)
            _copy_atomic(target, backup_path(target))
        check_target(target)  # nothing else appeared there meanwhile
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_folder(folder)


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file already holds exactly `data` (read only when the sizes match)."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _rotate_backups(path: Path, generations: int) -> None:
    """`.bak.2` → `.bak.3`, `.bak` → `.bak.2`: each rename atomic, the oldest overwritten."""
    for generation in range(generations - 1, 0, -1):
        older = backup_path(path, generation)
        if older.is_file():
            os.replace(older, backup_path(path, generation + 1))


def _copy_atomic(source: Path, target: Path) -> None:
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=TEMPORARY_SUFFIX, dir=target.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        shutil.copy2(source, temp)
        with open(temp, "rb") as stream:
            os.fsync(stream.fileno())
        check_target(target)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else the usual ones for a new file (umask applied)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; folders cannot be opened on Windows, where this is skipped."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
