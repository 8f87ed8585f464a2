"""An evaluation with its history: the changes asked for, and plan against actual."""

from __future__ import annotations

import dataclasses

from crm_roi.advice import flow_labels
from crm_roi.benchmarks import Benchmarks
from crm_roi.figures import Figures
from crm_roi.figures.history import case_figures, history_figures
from crm_roi.history import messages
from crm_roi.history.actuals import Actuals, compute_actuals
from crm_roi.history.changes import Changes, compare_with_file, compare_with_version
from crm_roi.interview import InterviewError, LoadedInterview
from crm_roi.pipeline import Evaluation


def with_history(
    evaluation: Evaluation,
    benchmarks: Benchmarks,
    *,
    loaded: LoadedInterview | None = None,
    since_version: int | None = None,
    before: Evaluation | None = None,
    before_name: str | None = None,
) -> Evaluation:
    """`evaluation` with `changes` (since version `since_version` of its interview, or
    against `before`) and `actuals` (when the interview has `realisatie`), and the figures
    of both among its figures (replacing those of an earlier call).

    InterviewError when the version does not exist or `realisatie` cannot be used.
    """
    changes = None
    if since_version is not None:
        interview = evaluation.interview
        version = interview.version(since_version)
        if version is None:
            known = [v.nummer for v in interview.versies]
            raise InterviewError(
                messages.unknown_version(since_version, known),
                path=None if loaded is None else loaded.path,
            )
        changes = compare_with_version(evaluation, version, benchmarks)
    elif before is not None:
        changes = compare_with_file(evaluation, before, benchmarks, before_name or "")
    actuals = compute_actuals(evaluation, benchmarks, loaded)
    figures = _with_history_figures(evaluation, changes, actuals)
    return dataclasses.replace(evaluation, changes=changes, actuals=actuals, figures=figures)


def _with_history_figures(
    evaluation: Evaluation, changes: Changes | None, actuals: Actuals | None
) -> Figures:
    figures = case_figures(evaluation.figures)  # an evaluation may come with a history already
    if changes is None and actuals is None:
        return figures
    plan = None
    if actuals is not None and actuals.plan_version is not None:
        version = evaluation.interview.version(actuals.plan_version)
        if version is not None:
            plan = messages.since_version(version.nummer, version.datum.date())
    extra = history_figures(
        figures,
        evaluation.case,
        changes=changes,
        actuals=actuals,
        realised=evaluation.interview.realisatie,
        plan=plan,
        labels=flow_labels(evaluation.flow),
    )
    return Figures((*figures.values(), *extra))
