from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks, load_benchmarks


@pytest.fixture(scope="session")
def benchmarks() -> Benchmarks:
    return load_benchmarks()
