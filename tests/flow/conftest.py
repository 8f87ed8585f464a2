from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.flow import Engine, Flow, load_default_flow, load_flow

FLOWS = Path(__file__).parent.parent / "fixtures" / "flows"


@pytest.fixture(scope="session")
def benchmarks() -> Benchmarks:
    return load_benchmarks()


@pytest.fixture(scope="session")
def small_flow() -> Flow:
    return load_flow(FLOWS / "small.yaml")


@pytest.fixture(scope="session")
def default_flow() -> Flow:
    return load_default_flow()


@pytest.fixture
def engine(small_flow: Flow, benchmarks: Benchmarks) -> Engine:
    return Engine(small_flow, benchmarks)
