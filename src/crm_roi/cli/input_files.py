"""The files a command reads, checked before any layer opens them, with Dutch reasons."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from crm_roi.cli import messages
from crm_roi.cli.errors import CliError
from crm_roi.output_files import target_kind


def check_input_file(path: Path) -> None:
    """CliError unless `path` is a regular file that can be read.

    A pipe or a device is refused without reading from it (a read could wait forever).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError) as error:
        raise CliError(messages.file_not_found(str(path))) from error
    except OSError as error:
        raise CliError(messages.cannot_read(str(path), messages.os_reason(error))) from error
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            kind = target_kind(path) or "other"
            raise CliError(messages.not_a_regular_input(str(path), kind))
    finally:
        os.close(descriptor)


def check_text_file(path: Path) -> None:
    """As check_input_file, and the content must be UTF-8 text (said in Dutch when not)."""
    check_input_file(path)
    try:
        path.read_bytes().decode("utf-8")
    except OSError as error:
        raise CliError(messages.cannot_read(str(path), messages.os_reason(error))) from error
    except UnicodeDecodeError as error:
        raise CliError(messages.not_utf8(str(path), error)) from error
