"""Shared by the fuzz tests: which exceptions are user errors, and the time bound per case.

Every other exception is an internal error (a bug): the fuzz tests let it fail the test.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence

from hypothesis import HealthCheck, settings

from crm_roi.cli import run
from crm_roi.errors import UserError

USER_ERRORS = (UserError,)  # the one base class of every layer's user errors


def fuzz(examples: int) -> settings:
    """The fuzz tests' settings: `examples` cases, each within a generous time bound."""
    return settings(
        max_examples=examples,
        deadline=2000,  # ms per case: generous, the machine is shared
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,  # the same cases each run: a failure is reproducible, time stable
        database=None,
    )


def run_cli(args: Sequence[str]) -> tuple[int, str, str]:
    """`crm-roi ARGS` in-process: exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()
