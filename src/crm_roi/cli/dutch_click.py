"""Click in Dutch: help layout, the help option and usage errors.

Click's own texts are English (gettext without a Dutch catalogue); these subclasses replace
the ones a user sees, using only click's public hooks.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click

from crm_roi.cli import messages
from crm_roi.cli.echo import say


class DutchHelpFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, messages.USAGE_PREFIX if prefix is None else prefix)


class DutchContext(click.Context):
    formatter_class = DutchHelpFormatter


class DutchChoice(click.Choice[str]):
    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return messages.invalid_choice(str(value), [str(choice) for choice in self.choices])


class InputFile(click.ParamType[Path]):
    """A file to read: a folder is refused in Dutch (click.Path says so in English).

    Whether it exists, is a regular file and can be read is checked by the command, which
    says so in Dutch too.
    """

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(value)
        if path.is_dir():
            self.fail(messages.is_a_folder(str(value)), param, ctx)
        return path


class _DutchHelp:
    """Dutch section titles and help option; mixed into click's Command and Group."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option: click.Option | None = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = messages.HELP_OPTION
        return option

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        assert isinstance(self, click.Command)
        records = [
            record
            for param in self.get_params(ctx)
            if not isinstance(param, click.Argument)
            and (record := param.get_help_record(ctx)) is not None
        ]
        if records:
            with formatter.section(messages.OPTIONS_SECTION):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_arguments(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        assert isinstance(self, click.Command)
        arguments = [p for p in self.get_params(ctx) if isinstance(p, click.Argument)]
        if any(argument.help is not None for argument in arguments):
            records = [(argument.make_metavar(ctx), argument.help or "") for argument in arguments]
            with formatter.section(messages.ARGUMENTS_SECTION):
                formatter.write_dl(records)


class DutchCommand(_DutchHelp, click.Command):
    context_class = DutchContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", messages.OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)


class DutchGroup(_DutchHelp, click.Group):
    context_class = DutchContext
    command_class = DutchCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", messages.OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", messages.SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [
            (name, command)
            for name in self.list_commands(ctx)
            if (command := self.get_command(ctx, name)) is not None and not command.hidden
        ]
        if not commands:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in commands)
        with formatter.section(messages.COMMANDS_SECTION):
            formatter.write_dl(
                [(name, command.get_short_help_str(limit)) for name, command in commands]
            )


_EXTRA_ARGUMENTS = re.compile(r"^Got unexpected extra arguments? \((?P<args>.*)\)$")


def usage_error_message(error: click.UsageError) -> str:
    """Click's usage error in Dutch (its own message when it is one we do not know)."""
    if isinstance(error, click.NoSuchOption):
        return messages.no_such_option(error.option_name, error.possibilities)
    if isinstance(error, click.exceptions.NoSuchCommand):
        return messages.no_such_command(error.command_name, error.possibilities)
    if isinstance(error, click.MissingParameter):
        hint = _hint(error)
        if error.param_type == "option" or isinstance(error.param, click.Option):
            return messages.missing_option(hint)
        return messages.missing_argument(hint)
    if isinstance(error, click.BadParameter):
        return messages.invalid_value(_hint(error), error.message)
    if isinstance(error, click.BadOptionUsage):
        if "does not take a value" in error.message:
            return messages.option_takes_no_value(error.option_name)
        return messages.option_needs_value(error.option_name)
    if error.message == "Missing command.":
        return messages.MISSING_COMMAND
    if match := _EXTRA_ARGUMENTS.match(error.message):
        return messages.extra_arguments(match["args"])
    return messages.other_usage_error(error.message)


def _hint(error: click.BadParameter) -> str:
    if isinstance(error.param_hint, str):
        return error.param_hint
    if error.param_hint is not None:
        return " / ".join(f"'{hint}'" for hint in error.param_hint)
    if error.param is not None:
        return error.param.get_error_hint(error.ctx)
    return ""


def show_usage_error(error: click.UsageError) -> None:
    """Usage line, a hint to --help and the Dutch error, on standard error."""
    if error.ctx is not None:
        say(error.ctx.get_usage(), err=True)
        say(messages.try_help(error.ctx.command_path) + "\n", err=True)
    say(messages.error_line(usage_error_message(error)), err=True)
