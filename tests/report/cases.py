"""Real business cases for the report tests, from the example interviews."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from crm_roi.interview import load_interview
from crm_roi.pipeline import Evaluation, evaluate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Own cost and benefit lines, a seven-year horizon and a case that does not pay back.
OWN_LINES = Path(__file__).resolve().parents[1] / "fixtures" / "eigen_posten_lang.yaml"


def example_answers(name: str) -> dict[str, Any]:
    data = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
    return dict(data["answers"])


def evaluate_answers(answers: dict[str, Any]) -> Evaluation:
    return evaluate(answers)


def evaluate_example(name: str) -> Evaluation:
    """The whole example interview (answers and own line items), as `crm-roi report` reads it."""
    return evaluate_file(EXAMPLES / name)


def evaluate_file(path: Path) -> Evaluation:
    """A whole interview file, as `crm-roi report` reads it."""
    return evaluate(load_interview(path))


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Version 1 of the installer example and the answers changed since (every kind of change).
CHANGED = FIXTURES / "versie_gewijzigd.yaml"
# The installer example after go-live: version 1 is the plan, the start and year 1 realised.
REALISED = FIXTURES / "realisatie_installateur.yaml"


def evaluate_with_history(
    path: Path, since_version: int | None = None, compared_with: Path | None = None
) -> Evaluation:
    """An interview file with its history, as `crm-roi report [--sinds-versie N | --vergelijk
    OTHER]` reads it: plan against actual whenever the file has `realisatie`."""
    from crm_roi.benchmarks import load_benchmarks
    from crm_roi.history import with_history
    from crm_roi.interview import read_interview

    loaded = read_interview(path)
    before = None if compared_with is None else evaluate(read_interview(compared_with))
    return with_history(
        evaluate(loaded),
        load_benchmarks(),
        loaded=loaded,
        since_version=since_version,
        before=before,
        before_name=None if compared_with is None else compared_with.name,
    )
