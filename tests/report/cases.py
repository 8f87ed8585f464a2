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
