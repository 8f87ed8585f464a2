"""`crm-roi report`: business cases from saved interviews, without interaction (batch)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import click

from crm_roi.cli import messages
from crm_roi.cli.dutch_click import DutchChoice
from crm_roi.cli.errors import CliError, user_error_message

if TYPE_CHECKING:
    from crm_roi.flow import Flow
    from crm_roi.interview import LoadedInterview
    from crm_roi.pipeline import Evaluation
    from crm_roi.report.style import ReportStyle

OutputFormat = Literal["pdf", "html", "json"]
BATCH_GC_THRESHOLDS = (50_000, 20, 20)  # Python's default: (700, 10, 10)


@dataclass(frozen=True)
class HouseStyle:
    """The house-style options of the command line; each overrides the interview's own."""

    organisatie: str | None = None
    adviseur: str | None = None
    adviesbureau: str | None = None
    logo: Path | None = None
    accentkleur: str | None = None

    def metadata(self) -> dict[str, str]:
        """The options that are also metadata of the interview (and maybe an answer)."""
        given = {
            "organisatie": self.organisatie,
            "adviseur": self.adviseur,
            "adviesbureau": self.adviesbureau,
        }
        return {name: value for name, value in given.items() if value is not None}

    def check(self) -> None:
        """Check --logo and --accentkleur once, before any file; CliError names the option."""
        if self.logo is not None:
            _check_style_field(
                "logo", self.logo, lambda text: messages.option_problem("--logo", text)
            )
        if self.accentkleur is not None:
            _check_style_field(
                "accent",
                self.accentkleur,
                lambda text: messages.option_problem("--accentkleur", text),
            )


def parse_set_options(options: Sequence[str]) -> dict[str, str]:
    """`id=waarde` texts → {id: waarde}; CliError when the `=` is missing, InterviewError
    when an id is given twice."""
    pairs: list[tuple[str, str]] = []
    for option in options:
        question_id, equals, text = option.partition("=")
        if not equals or not question_id.strip():
            raise CliError(messages.bad_set_syntax(option))
        pairs.append((question_id.strip(), text.strip()))
    from crm_roi.pipeline import override_texts

    return override_texts(pairs)  # an id given twice is an error, not "the last one wins"


def output_paths(
    files: Sequence[Path], output: Path | None, fmt: OutputFormat
) -> list[Path | None]:
    """Where each file's report goes; None means standard output (JSON without -o)."""
    if output is None:
        if fmt == "json":
            return [None for _ in files]
        return [Path.cwd() / f"{path.stem}.{fmt}" for path in files]
    if len(files) == 1 and not output.is_dir():
        return [output]
    if output.exists() and not output.is_dir():
        raise CliError(messages.output_must_be_folder(str(output)))
    return [output / f"{path.stem}.{fmt}" for path in files]


def run_report(
    files: Sequence[Path],
    output: Path | None,
    fmt: OutputFormat,
    set_options: Sequence[str],
    style: HouseStyle,
) -> int:
    """Make one report per file; report each failing file and go on. The exit code."""
    texts = parse_set_options(set_options)
    if fmt != "json":
        style.check()
    targets = output_paths(files, output, fmt)
    documents: list[object] = []
    failures = 0
    with _fewer_collections():
        for path, target in zip(files, targets, strict=True):
            try:
                document = _report_one(path, target, fmt, texts, style, batch=len(files) > 1)
            except Exception as error:
                message = user_error_message(error, source=str(path))
                if message is None:
                    raise
                click.echo(messages.error_line(message), err=True)
                failures += 1
                continue
            if document is not None:
                documents.append(document)
    if documents:
        from crm_roi.json_export import to_json

        click.echo(to_json(documents[0] if len(files) == 1 else documents), nl=False)
    if failures and len(files) > 1:
        click.echo(messages.failed_files(failures), err=True)
    return 2 if failures else 0


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the garbage collector less often while reports are made (a batch, like mypy's).

    Loading the modules and WeasyPrint's layout allocate objects by the hundred thousand;
    at Python's default threshold the collector walks them again every 700 allocations.
    The higher threshold costs a few MB of memory and saves some 0.1 s per PDF.
    """
    previous = gc.get_threshold()
    gc.set_threshold(*BATCH_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _report_one(
    path: Path,
    target: Path | None,
    fmt: OutputFormat,
    texts: dict[str, str],
    style: HouseStyle,
    *,
    batch: bool = False,
) -> object | None:
    """Write one report (or return the JSON document for standard output)."""
    if not path.exists():  # a FIFO or device is refused by the reader, by name
        raise CliError(messages.file_not_found(str(path)))
    loaded, evaluation = _evaluate(path, texts, style)
    try:
        return _write_output(evaluation, loaded, target, fmt, style, batch=batch)
    except OSError as error:
        where = str(target) if target is not None else "-"
        raise CliError(messages.cannot_write(where, error.strerror or str(error))) from error


def _write_output(
    evaluation: Evaluation,
    loaded: LoadedInterview,
    target: Path | None,
    fmt: OutputFormat,
    style: HouseStyle,
    *,
    batch: bool,
) -> object | None:
    path = loaded.path
    assert path is not None
    for notice in evaluation.notices:
        click.echo(messages.notice(str(path), notice), err=True)
    for warning in evaluation.warnings:
        shown_path = str(path) if batch else None
        click.echo(messages.answer_warning(warning.question_id, warning.text, shown_path), err=True)
    if fmt == "json":
        from crm_roi.interview import write_text_atomic
        from crm_roi.json_export import evaluation_to_dict, to_json

        document = evaluation_to_dict(evaluation, source=str(path))
        if target is None:
            return document
        write_text_atomic(target, to_json(document), keep_backup=False)
    else:
        report_style = _report_style(evaluation, path.parent, style, loaded)
        assert target is not None
        if fmt == "html":
            from crm_roi.interview import write_text_atomic
            from crm_roi.report import render_html

            write_text_atomic(target, render_html(evaluation, report_style), keep_backup=False)
        else:
            from crm_roi.report import render_pdf

            target.parent.mkdir(parents=True, exist_ok=True)
            render_pdf(evaluation, target, report_style)
    click.echo(messages.written(str(target)))
    return None


def _evaluate(
    path: Path, texts: dict[str, str], style: HouseStyle
) -> tuple[LoadedInterview, Evaluation]:
    """The interview with the --set texts (read as typed) and the client options applied."""
    from crm_roi.interview import InterviewError, read_interview
    from crm_roi.interview.errors import NotRelevantError
    from crm_roi.pipeline import evaluate, flow_for

    loaded = read_interview(path)
    flow = flow_for(loaded.interview)
    _check_set_texts(flow, texts)
    try:
        evaluation = evaluate(loaded, flow=flow, overrides=texts, metadata=style.metadata())
    except InterviewError as error:
        question_id = error.question_id
        if error.path is not None or question_id is None or question_id not in texts:
            raise
        if question_id not in flow:
            raise CliError(messages.unknown_set_id(question_id)) from error
        if isinstance(error, NotRelevantError):
            raise CliError(messages.set_not_counted(question_id, error.message)) from error
        raise CliError(
            messages.invalid_set_value(question_id, texts[question_id], error.message)
        ) from error
    return loaded, evaluation


def _check_set_texts(flow: Flow, texts: Mapping[str, str]) -> None:
    """Every unknown id and unreadable value among the --set options at once (CliError)."""
    from crm_roi.flow import parse_answer

    problems = []
    for question_id, text in texts.items():
        if question_id not in flow:
            problems.append(messages.unknown_set_id(question_id))
            continue
        parsed = parse_answer(flow.question(question_id), text)
        if not parsed.ok:
            problems.append(messages.invalid_set_value(question_id, text, parsed.message or ""))
    if problems:
        raise CliError(messages.several_errors(problems))


def make_pdf(evaluation: Evaluation, path: Path) -> None:
    """The terminal app's PDF: the report in the interview's own house style."""
    from crm_roi.report import render_pdf

    render_pdf(evaluation, path, _report_style(evaluation, Path.cwd(), HouseStyle()))


def _report_style(
    evaluation: Evaluation,
    folder: Path,
    style: HouseStyle,
    loaded: LoadedInterview | None = None,
) -> ReportStyle:
    """The house style: command-line options first (checked), then the interview's metadata.

    A logo in the metadata is relative to `folder` (the interview file's folder). A bad logo
    or accent colour of the metadata is reported with the file and line of `loaded`.
    """
    from crm_roi.report.style import ReportStyle

    metadata = evaluation.interview.metadata
    logo: Path | None = style.logo
    if logo is None and metadata.logo:
        logo = _metadata_logo(folder / metadata.logo, loaded)
    if style.accentkleur is None and metadata.accentkleur:
        _check_metadata_field(loaded, "accentkleur", "accent", metadata.accentkleur)
    return ReportStyle.build(
        consultant=style.adviseur or metadata.adviseur or "",
        consultant_company=style.adviesbureau or metadata.adviesbureau or "",
        organisation=style.organisatie or evaluation.interview.client_name(),
        logo=logo,
        accent=style.accentkleur or metadata.accentkleur,
    )


def _metadata_logo(logo: Path, loaded: LoadedInterview | None) -> Path | None:
    """The interview's own logo, or None with a remark when it is gone or unusable.

    A report without the logo beats no report: a team re-running an interview months later
    may no longer have the consultant's logo file beside it.
    """
    try:
        _check_style_field("logo", logo, lambda message: message)
    except CliError as error:
        where = "logo"
        if loaded is not None and loaded.path is not None:
            where = messages.in_file(str(loaded.path), loaded.lines.get(("metadata", "logo")), "")
            where = where.removesuffix(": ")
        click.echo(messages.logo_left_out(where, error.message), err=True)
        return None
    return logo


def _check_metadata_field(
    loaded: LoadedInterview | None, key: str, field: str, value: str | Path
) -> None:
    if loaded is None or loaded.path is None:
        return  # ReportStyle.build reports it without a place
    line = loaded.lines.get(("metadata", key))
    path = str(loaded.path)
    _check_style_field(field, value, lambda message: messages.in_file(path, line, message))


def _check_style_field(field: str, value: str | Path, where: Callable[[str], str]) -> None:
    """Build a style with only this field; a ReportError becomes a CliError saying where."""
    from crm_roi.report.errors import ReportError
    from crm_roi.report.style import ReportStyle

    try:
        if field == "logo":
            ReportStyle.build(logo=value)
        else:
            ReportStyle.build(accent=str(value))
    except ReportError as error:
        raise CliError(where(error.message)) from error


FORMAT_CHOICE = DutchChoice(["pdf", "html", "json"], case_sensitive=False)
