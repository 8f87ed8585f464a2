"""What is at a path when it is not a regular file: one vocabulary for reading and writing."""

from __future__ import annotations

import stat
from typing import Literal

FileKind = Literal["folder", "pipe", "device", "socket", "other"]


def kind_of_mode(mode: int) -> FileKind | None:
    """The kind of file a `st_mode` describes; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"
