"""Medians of the financial core: analyse() on 10 years, and a full business case.

Run with `make bench` (or directly). Prints medians; it asserts nothing.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from crm_roi.benchmarks import load_benchmarks
from crm_roi.business_case import compute_business_case
from crm_roi.finance import analyse

FIXTURE = Path(__file__).parent.parent / "tests" / "fixtures" / "inputs_installateur.yaml"
MONTE_CARLO_TARGET_MS = 50.0


def median_ms(job: Callable[[], object], *, repeats: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        job()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    costs = [25_000.0] + [9_000.0 * 1.03**t for t in range(10)]
    benefits = [0.0] + [30_000.0] * 10
    benchmarks = load_benchmarks()
    inputs = yaml.safe_load(FIXTURE.read_text(encoding="utf-8")) | {"horizon_jaren": 10}

    analyse_ms = median_ms(lambda: analyse(costs, benefits, 0.10), repeats=2_000)
    live_ms = median_ms(
        lambda: compute_business_case(inputs, benchmarks, uncertainty=False), repeats=500
    )
    full_ms = median_ms(lambda: compute_business_case(inputs, benchmarks), repeats=50)

    print("bench_finance")
    print(f"  analyse (10 jaar): mediaan {analyse_ms:.3f} ms")
    print(f"  business case zonder onzekerheid (10 jaar): mediaan {live_ms:.3f} ms")
    verdict = "gehaald" if full_ms < MONTE_CARLO_TARGET_MS else "NIET gehaald"
    print(
        f"  business case + Monte Carlo 10.000 (10 jaar): mediaan {full_ms:.1f} ms "
        f"(doel < {MONTE_CARLO_TARGET_MS:.0f} ms: {verdict}, "
        f"ratio doel/gemeten {MONTE_CARLO_TARGET_MS / full_ms:.1f})"
    )


if __name__ == "__main__":
    main()
