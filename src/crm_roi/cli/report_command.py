"""`crm-roi report`: business cases from saved interviews, without interaction (batch)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from crm_roi.cli import messages
from crm_roi.cli.dutch_click import DutchChoice
from crm_roi.cli.echo import json_for_terminal, say
from crm_roi.cli.errors import CliError, user_error_message
from crm_roi.cli.input_files import check_input_file
from crm_roi.cli.output_targets import OutputFormat, output_paths, same_file
from crm_roi.errors import UserError
from crm_roi.house_style import HouseStyle, HouseStyleError, Logo, read_logo, read_logo_in_folder

if TYPE_CHECKING:
    from crm_roi.flow import Flow
    from crm_roi.interview import LoadedInterview
    from crm_roi.pipeline import Evaluation
    from crm_roi.report.style import ReportStyle

__all__ = [
    "FORMAT_CHOICE",
    "HistoryOptions",
    "OutputFormat",
    "StyleOptions",
    "make_pdf",
    "run_report",
]

BATCH_GC_THRESHOLDS = (50_000, 20, 20)  # Python's default: (700, 10, 10)
_OPTION_OF_FIELD = {
    "adviseur": "--adviseur",
    "adviesbureau": "--adviesbureau",
    "logo": "--logo",
    "accentkleur": "--accentkleur",
}


@dataclass(frozen=True)
class StyleOptions:
    """The client and house-style options as typed; each overrides the interview's own."""

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

    def check_texts(self) -> None:
        """CliError when a typed text is not valid UTF-8 (the terminal sent other bytes)."""
        for option, text in (
            ("--organisatie", self.organisatie),
            ("--adviseur", self.adviseur),
            ("--adviesbureau", self.adviesbureau),
            ("--accentkleur", self.accentkleur),
        ):
            _check_utf8(option, text)

    def house_style(self) -> HouseStyle:
        """The options as a checked house style; CliError names the option that is wrong."""
        try:
            return HouseStyle.given(
                consultant=self.adviseur,
                consultancy=self.adviesbureau,
                logo=self.logo,
                accent=self.accentkleur,
            )
        except HouseStyleError as error:
            option = _OPTION_OF_FIELD[error.field]
            raise CliError(messages.option_problem(option, error.message)) from error


@dataclass(frozen=True)
class HistoryOptions:
    """--versie, --vergelijk and --sinds-versie."""

    record: bool = False
    compare_with: Path | None = None
    since_version: int | None = None


def _check_utf8(option: str, text: str | None) -> None:
    """Python reads bytes that are not UTF-8 as lone surrogates, which nothing can write."""
    try:
        (text or "").encode("utf-8")
    except UnicodeEncodeError as error:
        raise CliError(messages.option_not_utf8(option)) from error


def parse_set_options(options: Sequence[str]) -> dict[str, str]:
    """`id=waarde` texts → {id: waarde}; CliError when the `=` is missing, InterviewError
    when an id is given twice."""
    pairs: list[tuple[str, str]] = []
    for option in options:
        _check_utf8("--set", option)
        question_id, equals, text = option.partition("=")
        if not equals or not question_id.strip():
            raise CliError(messages.bad_set_syntax(option))
        pairs.append((question_id.strip(), text.strip()))
    from crm_roi.pipeline import override_texts

    return override_texts(pairs)  # an id given twice is an error, not "the last one wins"


def run_report(
    files: Sequence[Path],
    output: str | None,
    fmt: OutputFormat,
    set_options: Sequence[str],
    options: StyleOptions,
    history: HistoryOptions | None = None,
) -> int:
    """Make one report per file; report each failing file and go on. The exit code.

    Everything that can be checked before the first report is: the options, and where each
    report goes (never over an input, a folder, a pipe or a device; never two on one file).
    """
    texts = parse_set_options(set_options)
    options.check_texts()
    house = options.house_style() if fmt != "json" else HouseStyle()
    protected = [house.logo.path] if house.logo is not None else []
    history = history or HistoryOptions()
    if history.compare_with is not None:
        protected.append(history.compare_with)
    targets = output_paths(files, output, fmt, protected=protected)
    before = _before(history.compare_with)
    documents: list[object] = []
    failures = 0
    with _fewer_collections():
        for path, target in zip(files, targets, strict=True):
            try:
                document = _report_one(
                    path,
                    target,
                    fmt,
                    texts,
                    options,
                    house,
                    batch=len(files) > 1,
                    history=history,
                    before=before,
                )
            except UserError as error:
                say(messages.error_line(user_error_message(error, source=str(path))), err=True)
                failures += 1
                continue
            if document is not None:
                documents.append(document)
    if documents:
        _print_json(documents[0] if len(files) == 1 else documents)
    if failures and len(files) > 1:
        say(messages.failed_files(failures), err=True)
    return 2 if failures else 0


def _print_json(document: object) -> None:
    from crm_roi.json_export import to_json

    try:
        sys.stdout.write(json_for_terminal(to_json(document)))
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader stopped (`| head`); click ends quietly
    except OSError as error:
        raise CliError(messages.stdout_failed(messages.os_reason(error))) from error


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
    options: StyleOptions,
    house: HouseStyle,
    *,
    batch: bool = False,
    history: HistoryOptions | None = None,
    before: tuple[Path, Evaluation] | None = None,
) -> object | None:
    """Write one report (or return the JSON document for standard output)."""
    check_input_file(path)
    history = history or HistoryOptions()
    loaded, evaluation = _evaluate(path, texts, options)
    evaluation = _with_history(evaluation, loaded, history, before)
    for notice in evaluation.notices:
        say(messages.notice(str(path), notice), err=True)
    for warning in evaluation.warnings:
        shown_path = str(path) if batch else None
        say(messages.answer_warning(warning.question_id, warning.text, shown_path), err=True)
    if fmt == "json":
        from crm_roi.json_export import evaluation_to_dict, to_json

        document = evaluation_to_dict(evaluation, source=_shown_name(path))
        if target is None:
            if history.record:
                _record_version(path, evaluation, None)
            return document
        _write(target, lambda: _write_text(target, to_json(document)))
    else:
        assert target is not None
        style = _report_style(evaluation, path.parent, house, options, loaded)
        if style.logo is not None and same_file(target, style.logo.path):
            raise CliError(messages.output_is_input(str(target), str(style.logo.path)))
        if fmt == "html":
            from crm_roi.report import render_html

            html = render_html(evaluation, style)
            _write(target, lambda: _write_text(target, html))
        else:
            from crm_roi.report import render_pdf

            _write(target, lambda: render_pdf(evaluation, target, style))
    say(messages.written(str(target)))
    if history.record:
        _record_version(path, evaluation, target)
    return None


def _before(path: Path | None) -> tuple[Path, Evaluation] | None:
    """The interview to compare with (--vergelijk), computed once for every report."""
    if path is None:
        return None
    check_input_file(path)
    from crm_roi.interview import read_interview
    from crm_roi.pipeline import evaluate

    try:
        return path, evaluate(read_interview(path))
    except UserError as error:
        problem = user_error_message(error, source=str(path))
        raise CliError(messages.compare_file_problem(str(path), problem)) from error


def _with_history(
    evaluation: Evaluation,
    loaded: LoadedInterview,
    history: HistoryOptions,
    before: tuple[Path, Evaluation] | None,
) -> Evaluation:
    from crm_roi.benchmarks import load_benchmarks
    from crm_roi.history import with_history

    return with_history(
        evaluation,
        load_benchmarks(),
        loaded=loaded,
        since_version=history.since_version,
        before=None if before is None else before[1],
        before_name=None if before is None else _shown_name(Path(before[0].name)),
    )


def _record_version(path: Path, evaluation: Evaluation, report: Path | None) -> None:
    """Add a version to the interview file (--versie), under its lock, keeping the rest of
    the file as it is (answers, comments): only `versies` grows."""
    from crm_roi.benchmarks import load_benchmarks
    from crm_roi.history import version_of
    from crm_roi.interview import read_interview, save_interview
    from crm_roi.interview.lock import acquire_lock

    with acquire_lock(path):
        current = read_interview(path).interview
        version = version_of(
            evaluation,
            number=current.next_version_number,
            benchmarks_version=load_benchmarks().version,
            report=None if report is None else _shown_name(Path(report.name)),
        )
        save_interview(current.with_version(version), path)
    say(messages.version_recorded(version.nummer, str(path)), err=report is None)


def _shown_name(path: Path) -> str:
    """The file's name as text; bytes of a name that are not UTF-8 become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _write_text(target: Path, text: str) -> None:
    from crm_roi.output_files import write_text_atomic

    write_text_atomic(target, text)


def _write(target: Path, write: Callable[[], object]) -> None:
    """Run `write`; an OSError (disk full, no permission) becomes a Dutch CliError."""
    try:
        write()
    except OSError as error:
        reason = messages.os_reason(error)
        raise CliError(messages.cannot_write(str(target), reason)) from error


def _evaluate(
    path: Path, texts: dict[str, str], options: StyleOptions
) -> tuple[LoadedInterview, Evaluation]:
    """The interview with the --set texts (read as typed) and the client options applied."""
    from crm_roi.interview import InterviewError, read_interview
    from crm_roi.interview.errors import NotRelevantError
    from crm_roi.pipeline import evaluate, flow_for

    loaded = read_interview(path)
    flow = flow_for(loaded.interview)
    _check_set_texts(flow, texts)
    try:
        evaluation = evaluate(loaded, flow=flow, overrides=texts, metadata=options.metadata())
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
    """The terminal app's PDF: the report in the interview's own house style.

    The app has found the metadata's logo inside the interview's folder already
    (`crm_roi.house_style.logo_in_folder`) and hands it on as an absolute path; it is read
    and checked here. Raises a UserError with a Dutch message when the PDF cannot be made.
    """
    from crm_roi.report import render_pdf
    from crm_roi.report.style import ReportStyle

    metadata = evaluation.interview.metadata
    house = HouseStyle.given(
        consultant=metadata.adviseur,
        consultancy=metadata.adviesbureau,
        accent=metadata.accentkleur,
    )
    if metadata.logo:
        house = replace(house, logo=read_logo(Path(metadata.logo)))
    style = ReportStyle.of(house, organisation=evaluation.interview.client_name())
    _write(path, lambda: render_pdf(evaluation, path, style))


def _report_style(
    evaluation: Evaluation,
    folder: Path,
    house: HouseStyle,
    options: StyleOptions,
    loaded: LoadedInterview,
) -> ReportStyle:
    """The house style: the command-line options first (checked), then the interview's own.

    The interview's logo is read only from `folder` (the interview file's folder); one that
    is gone, unusable or elsewhere is left out with a remark naming the file and line.
    """
    from crm_roi.report.style import ReportStyle

    metadata = evaluation.interview.metadata
    own = HouseStyle.from_file(
        folder,
        consultant=metadata.adviseur,
        consultancy=metadata.adviesbureau,
        accent=metadata.accentkleur,
    )
    if house.logo is None and metadata.logo:
        own = replace(own, logo=_metadata_logo(metadata.logo, folder, loaded))
    organisation = options.organisatie or evaluation.interview.client_name()
    return ReportStyle.of(house.over(own), organisation=organisation)


def _metadata_logo(logo: str, folder: Path, loaded: LoadedInterview) -> Logo | None:
    """The interview's own logo, or None with a remark when it cannot be used.

    A report without the logo beats no report: a team re-running an interview months later
    may no longer have the consultant's logo file beside it.
    """
    try:
        return read_logo_in_folder(logo, folder)
    except HouseStyleError as error:
        where = "logo"
        if loaded.path is not None:
            line = loaded.lines.get(("metadata", "logo"))
            where = messages.in_file(str(loaded.path), line, "").removesuffix(": ")
        say(messages.logo_left_out(where, error.message), err=True)
        return None


FORMAT_CHOICE = DutchChoice(["pdf", "html", "json"], case_sensitive=False)
