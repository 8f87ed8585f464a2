"""Versions in the app (DOMAIN §9): what a report records, and what moved since the last one.

A helper of ``interview_session.py`` (it talks to the history domain, like that module).
The jobs made here run in worker threads on frozen values: an interview, the flow, the
benchmarks and an `EvaluationJob`, never the live engine.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import Engine, Flow, FlowError
from crm_roi.interview import Interview
from crm_roi.interview.model import AnswerValue, Version
from crm_roi.tui import version_texts
from crm_roi.tui.evaluation_job import EvaluationJob
from crm_roi.tui.session import MakePdf
from crm_roi.tui.view_models import MadeReport, RecordedVersion, VersionChanges


def file_name(path: Path) -> str:
    """The PDF's name as the version keeps it; bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(path.name).decode("utf-8", errors="replace")


def last_version(interview: Interview) -> Version | None:
    return interview.versies[-1] if interview.versies else None


def pdf_job(
    job: EvaluationJob,
    interview: Interview,
    benchmarks: Benchmarks,
    make_pdf: MakePdf,
    path: Path,
) -> Callable[[], MadeReport]:
    """Render the report of `job` with what changed since the last version of `interview`
    (when it has one), and make the version the report records (run in a worker)."""
    last = last_version(interview)
    since = None if last is None else last.nummer
    number = interview.next_version_number

    def write() -> MadeReport:
        from crm_roi.history import version_of, with_history

        evaluation = with_history(job.evaluation(), benchmarks, since_version=since)
        make_pdf(evaluation, path)
        version = version_of(
            evaluation, number=number, benchmarks_version=benchmarks.version, report=file_name(path)
        )
        return MadeReport(path, job.notices, version)

    return write


def recorded(interview: Interview, made: MadeReport) -> tuple[Interview, RecordedVersion] | None:
    """`interview` with the version a report made; None when the report made none.

    The number is the next free one at this moment (a version recorded meanwhile, by
    another report, keeps its own).
    """
    version = made.version
    if not isinstance(version, Version):
        return None
    number = interview.next_version_number
    if version.nummer != number:
        version = version.model_copy(update={"nummer": number})
    report = version.rapport or file_name(made.path)
    return interview.with_version(version), RecordedVersion(number, report)


def kept_value(interview: Interview, question_id: str, number: int) -> AnswerValue | None:
    """The value version `number` used for a question (None: no such version or input)."""
    version = interview.version(number)
    item = None if version is None else version.invoer.get(question_id)
    return None if item is None else item.waarde


def changes_job(
    interview: Interview, flow: Flow, benchmarks: Benchmarks, *, records: bool = True
) -> Callable[[], VersionChanges] | None:
    """What moved since the last version of `interview` (frozen now), for a worker; None
    when it has no version. `records`: this window's next report records a version. The job
    raises the domain's errors (Dutch), e.g. while a question without default is open."""
    last = last_version(interview)
    if last is None:
        return None
    version: Version = last

    def compare() -> VersionChanges:
        from crm_roi.history import compare_with_version
        from crm_roi.pipeline import evaluate

        # The inputs do not depend on the uncertainty; the comparison needs no Monte Carlo.
        evaluation = evaluate(interview, flow=flow, benchmarks=benchmarks, uncertainty=False)
        changes = compare_with_version(evaluation, version, benchmarks)
        defaults = [change.id for change in changes.inputs if change.kind == "standaard"]
        return version_texts.changes_view(
            changes,
            next_number=interview.next_version_number if records else None,
            by_own_edits=_moved_by_own_edits(flow, benchmarks, version, defaults),
            sources={qid: answer.source_text for qid, answer in evaluation.resolved.items()},
        )

    return compare


def _moved_by_own_edits(
    flow: Flow, benchmarks: Benchmarks, version: Version, question_ids: Collection[str]
) -> frozenset[str]:
    """The moved defaults that today's rules still give for the version's own answers: they
    moved because the user changed answers they depend on, not because a benchmark moved."""
    own = {qid: item.waarde for qid, item in version.invoer.items() if item.bron == "eigen"}
    accepted = [qid for qid, item in version.invoer.items() if item.bron != "eigen"]
    try:
        engine = Engine(flow, benchmarks, own, accepted_defaults=accepted)
    except FlowError:  # an old answer today's flow refuses: say it moved, as it did
        return frozenset()
    return frozenset(
        qid
        for qid in question_ids
        if qid in flow and _same(engine.default_of(qid)[0], version.invoer[qid].waarde)
    )


def _same(now: Any, before: Any) -> bool:
    if isinstance(now, int | float) and isinstance(before, int | float):
        if isinstance(now, bool) or isinstance(before, bool):
            return now is before
        return math.isclose(now, before, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(now, list | tuple) and isinstance(before, list | tuple):
        return list(now) == list(before)
    return bool(now == before)
