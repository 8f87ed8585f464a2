"""The commands of `crm-roi`, in Dutch. Slow modules are imported inside the commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from crm_roi import __version__
from crm_roi.cli import messages
from crm_roi.cli.dutch_click import DutchGroup, InputFile
from crm_roi.cli.echo import say
from crm_roi.cli.errors import CliError
from crm_roi.cli.input_files import check_input_file, check_text_file
from crm_roi.cli.report_command import (
    FORMAT_CHOICE,
    HistoryOptions,
    OutputFormat,
    StyleOptions,
    make_pdf,
    run_report,
)

_FILE = InputFile()


@click.group(cls=DutchGroup, invoke_without_command=True, help=messages.MAIN_HELP)
@click.option("--debug", is_flag=True, help=messages.DEBUG_HELP)
@click.version_option(
    __version__, "--version", message=messages.VERSION_TEXT, help=messages.VERSION_HELP
)
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}
    from crm_roi.interview.storage import remove_leftover_temporaries

    remove_leftover_temporaries()  # of saves that were interrupted (killed, power cut)
    if ctx.invoked_subcommand is None:
        _run_app(None)


@cli.command("open", help=messages.OPEN_HELP)
@click.argument("bestand", type=_FILE)
def open_command(bestand: Path) -> None:
    check_input_file(bestand)
    from crm_roi.pipeline import open_file

    opened = open_file(bestand)  # checked as `report` does: a bad file is reported first
    if opened.interview.realisatie:
        _check_realisation(bestand)
    _run_app(bestand)


def _check_realisation(path: Path) -> None:
    """`realisatie` checked against the case, with the file's line, before the app starts."""
    from crm_roi.benchmarks import load_benchmarks
    from crm_roi.history import compute_actuals
    from crm_roi.interview import read_interview
    from crm_roi.pipeline import evaluate

    loaded = read_interview(path)
    compute_actuals(evaluate(loaded, uncertainty=False), load_benchmarks(), loaded)


@cli.command("report", help=messages.REPORT_HELP)
@click.argument("bestanden", type=_FILE, nargs=-1, required=True, metavar="BESTAND...")
@click.option("-o", "--output", metavar="UITVOER", help=messages.OUTPUT_HELP)
@click.option(
    "--format",
    "fmt",
    type=FORMAT_CHOICE,
    default="pdf",
    metavar="[pdf|html|json]",
    help=messages.FORMAT_HELP,
)
@click.option("--set", "set_options", multiple=True, metavar="ID=WAARDE", help=messages.SET_HELP)
@click.option("--organisatie", metavar="NAAM", help=messages.ORGANISATIE_HELP)
@click.option("--adviseur", metavar="NAAM", help=messages.ADVISEUR_HELP)
@click.option("--adviesbureau", metavar="NAAM", help=messages.ADVIESBUREAU_HELP)
@click.option("--logo", type=_FILE, metavar="BESTAND", help=messages.LOGO_HELP)
@click.option("--accentkleur", metavar="KLEUR", help=messages.ACCENTKLEUR_HELP)
@click.option("--versie", "record", is_flag=True, help=messages.VERSIE_HELP)
@click.option("--vergelijk", type=_FILE, metavar="BESTAND", help=messages.VERGELIJK_HELP)
@click.option(
    "--sinds-versie",
    "since_version",
    type=click.IntRange(min=1),
    metavar="N",
    help=messages.SINDS_VERSIE_HELP,
)
@click.pass_context
def report_command(
    ctx: click.Context,
    bestanden: tuple[Path, ...],
    output: str | None,
    fmt: str,
    set_options: tuple[str, ...],
    organisatie: str | None,
    adviseur: str | None,
    adviesbureau: str | None,
    logo: Path | None,
    accentkleur: str | None,
    record: bool,
    vergelijk: Path | None,
    since_version: int | None,
) -> None:
    style = StyleOptions(organisatie, adviseur, adviesbureau, logo, accentkleur)
    output_format: OutputFormat = "json" if fmt == "json" else "html" if fmt == "html" else "pdf"
    if vergelijk is not None and since_version is not None:
        raise CliError(messages.COMPARE_TWO_WAYS)
    if vergelijk is not None and len(bestanden) > 1:
        raise CliError(messages.COMPARE_ONE_FILE)
    history = HistoryOptions(record=record, compare_with=vergelijk, since_version=since_version)
    ctx.exit(run_report(bestanden, output, output_format, set_options, style, history))


@cli.command("check", help=messages.CHECK_HELP)
@click.argument("vragenlijst", type=_FILE)
@click.pass_context
def check_command(ctx: click.Context, vragenlijst: Path) -> None:
    check_text_file(vragenlijst)
    from crm_roi.flow import check_flow_file, format_findings

    findings = check_flow_file(vragenlijst)
    if not findings:
        say(messages.flow_clean(str(vragenlijst)))
        return
    say(format_findings(findings))
    say(messages.flow_findings(str(vragenlijst), len(findings)), err=True)
    ctx.exit(2)


@cli.command("lijst", help=messages.LIJST_HELP)
@click.argument("map_", metavar=messages.LIJST_FOLDER, required=False)
def list_command(map_: str | None) -> None:
    folder = None if map_ is None else Path(map_)
    if folder is not None and not folder.is_dir():
        problem = messages.not_a_folder if folder.exists() else messages.folder_not_found
        raise CliError(problem(str(folder)))
    from crm_roi.cli.library_table import library_for, table_lines

    try:
        library = library_for(folder)
    except OSError as error:
        raise CliError(
            messages.folder_unreadable(str(folder), messages.os_reason(error))
        ) from error
    for notice in library.notices:
        say(notice, err=True)
    say("\n".join(table_lines(library, folder)))


def has_terminal() -> bool:
    """Whether standard input and output are a terminal (the app cannot run in a pipe)."""
    return all(stream is not None and stream.isatty() for stream in (sys.stdin, sys.stdout))


def _run_app(path: Path | None) -> None:
    """Start the terminal app (imported only now: it is the slow part)."""
    import importlib

    if not has_terminal():
        raise CliError(messages.NEEDS_TERMINAL)

    try:
        app = importlib.import_module("crm_roi.tui")
    except ModuleNotFoundError as error:
        if error.name != "crm_roi.tui":
            raise
        app = None
    run_app = getattr(app, "run_app", None)
    if run_app is None:
        say(messages.app_not_available())
        return
    run_app(path, make_pdf=make_pdf)
