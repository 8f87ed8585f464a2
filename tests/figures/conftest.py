from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.interview import read_interview
from crm_roi.pipeline import Evaluation, evaluate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
OWN_LINES = ROOT / "tests" / "fixtures" / "eigen_posten_ingroei.yaml"


@pytest.fixture(scope="session", params=[*EXAMPLES, OWN_LINES], ids=lambda p: p.stem)
def evaluation(request: pytest.FixtureRequest) -> Evaluation:
    return evaluate(read_interview(request.param))
