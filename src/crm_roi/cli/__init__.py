"""The command line `crm-roi`: Dutch help, exit codes 0 (done), 2 (bad input), 1 (internal).

Imports only click at start-up; everything slow is imported inside the command that needs it.
A user error of any layer (`crm_roi.errors.UserError`) is one Dutch line and exit code 2;
anything else is a bug in crm-roi: a Dutch apology and exit code 1, the traceback only with
--debug.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from crm_roi.cli import messages
from crm_roi.cli.commands import cli
from crm_roi.cli.dutch_click import show_usage_error
from crm_roi.cli.echo import say
from crm_roi.cli.errors import CliError, user_error_message
from crm_roi.errors import UserError

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code (no traceback unless --debug)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = cli.main(args=args, prog_name="crm-roi", standalone_mode=False)
    except click.UsageError as error:
        show_usage_error(error)
        return EXIT_BAD_INPUT
    except click.Abort:
        say(messages.ABORTED, err=True)
        return EXIT_INTERRUPTED
    except click.ClickException as error:
        say(messages.error_line(messages.other_usage_error(error.format_message())), err=True)
        return error.exit_code
    except UserError as error:
        say(messages.error_line(user_error_message(error)), err=True)
        return error.exit_code if isinstance(error, CliError) else EXIT_BAD_INPUT
    except Exception as error:
        if "--debug" in args:
            raise
        say(messages.internal_error(f"{type(error).__name__}: {error}"), err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_OK


def main() -> None:
    """The console script `crm-roi`."""
    sys.exit(run())


__all__ = ["cli", "main", "run"]
