"""Compiled report templates kept between runs, in the user's cache folder.

Every `crm-roi report` is a fresh process, and compiling the templates costs several times
more than rendering them. Jinja2's bytecode cache keeps the compiled code of each template,
checked against the template's source (an edited template is compiled again) and the
Python version. The file names also carry a fingerprint of what else shapes the compiled
code: the Jinja2 version, the environment's options and its filters. The cache is used only
in a folder of this user that no one else may write to; a file that cannot be read or
written is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from crm_roi.locations import user_cache_dir

FOLDER_NAME = "report-templates"


class TolerantBytecodeCache(jinja2.FileSystemBytecodeCache):
    """A FileSystemBytecodeCache that compiles anew when its folder fails it."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()  # unreadable: the template is compiled instead

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            return  # read-only or full disk: the next run compiles again


def template_bytecode_cache(
    env: jinja2.Environment, folder: Path | None = None
) -> TolerantBytecodeCache | None:
    """The cache for `env` in `folder` (the user's cache folder); None when unsafe there."""
    folder = folder or user_cache_dir() / FOLDER_NAME
    if not _is_private_folder(folder):
        return None
    return TolerantBytecodeCache(str(folder), f"{environment_fingerprint(env)}-%s.cache")


def environment_fingerprint(env: jinja2.Environment) -> str:
    """A short digest of what, besides a template's source, decides its compiled code."""
    filters = sorted((name, _pass_arg(function)) for name, function in env.filters.items())
    tests = sorted((name, _pass_arg(function)) for name, function in env.tests.items())
    autoescape = env.autoescape
    options = (
        jinja2.__version__,
        autoescape if isinstance(autoescape, bool) else _qualified_name(autoescape),
        env.undefined.__qualname__,
        env.trim_blocks,
        env.lstrip_blocks,
        env.keep_trailing_newline,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.newline_sequence,
        sorted(env.extensions),
        filters,
        tests,
    )
    return hashlib.sha256(repr(options).encode()).hexdigest()[:16]


def _pass_arg(function: object) -> str:
    """What Jinja2 passes a filter or test first (context, environment...): set at compile."""
    return repr(getattr(function, "jinja_pass_arg", None))


def _qualified_name(value: object) -> str:
    return f"{getattr(value, '__module__', '?')}.{getattr(value, '__qualname__', '?')}"


def _is_private_folder(folder: Path) -> bool:
    """Create `folder` (mode 700); True when it is a folder only this user can write to."""
    try:
        folder.mkdir(mode=stat.S_IRWXU, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
