"""Interview files with and without a version of last spring, for the tests of versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from crm_roi.history import version_of
from crm_roi.interview import read_interview, save_interview
from crm_roi.interview.model import VersionInput
from crm_roi.pipeline import evaluate

EXAMPLE = Path(__file__).parents[2] / "examples" / "installatiebedrijf-pipedrive.yaml"
LICENCE = "licentie_per_gebruiker_per_maand"
SPRING = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
OLD_PRICE = 25.0  # the licence benchmark of last spring; today's is € 29
OLD_SOURCE = "prijslijst Pipedrive, 2025"


def accepted_licence(folder: Path) -> Path:
    """The example interview, its licence price taken as the default (the benchmark's)."""
    interview = read_interview(EXAMPLE).interview
    answers = {qid: value for qid, value in interview.answers.items() if qid != LICENCE}
    interview = interview.with_answers(answers, (LICENCE,))
    metadata = interview.metadata.model_copy(update={"logo": None})
    return save_interview(interview.model_copy(update={"metadata": metadata}), folder / "dijk.yaml")


def with_spring_version(path: Path) -> Path:
    """Add version 1 of 12 March 2026, made when the licence benchmark was € 25."""
    interview = read_interview(path).interview
    then = evaluate(interview, overrides={LICENCE: OLD_PRICE}, uncertainty=False)
    version = version_of(
        then, number=1, benchmarks_version="2026.03", report="dijk.pdf", when=SPRING
    )
    invoer = dict(version.invoer)
    invoer[LICENCE] = VersionInput(waarde=OLD_PRICE, bron="benchmark", toelichting=OLD_SOURCE)
    version = version.model_copy(update={"invoer": invoer})
    return save_interview(interview.with_version(version), path)
