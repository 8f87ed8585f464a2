"""The command line `crm-roi`: Dutch help, exit codes 0 (done), 2 (bad input), 1 (internal).

Imports only click at start-up; everything slow is imported inside the command that needs it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from crm_roi.cli import messages
from crm_roi.cli.commands import cli
from crm_roi.cli.dutch_click import show_usage_error
from crm_roi.cli.errors import user_error_message

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
        click.echo(messages.ABORTED, err=True)
        return EXIT_INTERRUPTED
    except click.ClickException as error:
        click.echo(messages.error_line(error.format_message()), err=True)
        return error.exit_code
    except Exception as error:
        message = user_error_message(error)
        if message is not None:
            click.echo(messages.error_line(message), err=True)
            return EXIT_BAD_INPUT
        if "--debug" in args:
            raise
        click.echo(messages.internal_error(f"{type(error).__name__}: {error}"), err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_OK


def main() -> None:
    """The console script `crm-roi`."""
    sys.exit(run())


__all__ = ["cli", "main", "run"]
