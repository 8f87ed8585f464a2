"""The example interviews load, compute and give sensible business cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.interview import interview_to_yaml, read_interview
from crm_roi.pipeline import Evaluation, evaluate

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NAMES = [
    "installatiebedrijf-pipedrive.yaml",
    "groothandel-dynamics.yaml",
    "zakelijke-dienstverlener-salesforce.yaml",
    "installatiebedrijf-pipedrive-herzien.yaml",  # two versions, figures updated since
    "groothandel-dynamics-nacalculatie.yaml",  # a realised first year
]


@pytest.fixture(scope="module", params=NAMES)
def example(request: pytest.FixtureRequest) -> tuple[Path, Evaluation]:
    path = EXAMPLES / request.param
    return path, evaluate(read_interview(path))


def test_examples_folder_holds_exactly_these(example: tuple[Path, Evaluation]) -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.yaml")) == sorted(NAMES)


def test_example_is_current_complete_and_without_remarks(example: tuple[Path, Evaluation]) -> None:
    _, evaluation = example

    assert evaluation.notices == ()
    assert evaluation.warnings == ()
    assert evaluation.engine.is_complete()


def test_example_file_is_exactly_what_the_writer_writes(example: tuple[Path, Evaluation]) -> None:
    path, evaluation = example
    updated = read_interview(path).interview.updated

    rewritten = interview_to_yaml(evaluation.interview.model_copy(update={"updated": updated}))

    assert rewritten == path.read_text(encoding="utf-8")


def test_example_metadata_is_filled_in(example: tuple[Path, Evaluation]) -> None:
    metadata = example[1].interview.metadata

    assert metadata.organisatie and metadata.adviseur and metadata.adviesbureau
    assert metadata.accentkleur


def test_example_pays_back_within_its_horizon(example: tuple[Path, Evaluation]) -> None:
    case = example[1].case
    analysis = case.analysis

    assert analysis.npv > 0
    assert analysis.payback_months is not None
    assert 6 < analysis.payback_months < 12 * case.horizon
    assert analysis.roi is not None and 0 < analysis.roi < 2
    assert case.monte_carlo is not None
    assert case.monte_carlo.npv_p10 < case.monte_carlo.npv_p50 < case.monte_carlo.npv_p90
