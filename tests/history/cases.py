"""Interviews with a history, shared by the tests of `crm_roi.history`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.history import version_of
from crm_roi.interview import Interview, load_interview
from crm_roi.interview.model import Version
from crm_roi.pipeline import Evaluation, evaluate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PIPEDRIVE = EXAMPLES / "installatiebedrijf-pipedrive.yaml"
REVISED = EXAMPLES / "installatiebedrijf-pipedrive-herzien.yaml"
REALISED = EXAMPLES / "groothandel-dynamics-nacalculatie.yaml"
MARCH = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def benchmarks() -> Benchmarks:
    return load_benchmarks()


def pipedrive() -> Interview:
    return load_interview(PIPEDRIVE)


def fast(interview: Interview) -> Evaluation:
    """Evaluated without the Monte Carlo (the history needs the headline case only)."""
    return evaluate(interview, uncertainty=False)


def first_version(interview: Interview) -> Version:
    return version_of(
        fast(interview), number=1, benchmarks_version="2026.03", report="maart.pdf", when=MARCH
    )


def changed(interview: Interview, **answers: object) -> Interview:
    """The interview with these answers changed (None removes an answer)."""
    new = dict(interview.answers)
    for key, value in answers.items():
        if value is None:
            new.pop(key, None)
        else:
            new[key] = value  # type: ignore[assignment]
    return interview.with_answers(new, interview.accepted_defaults)
