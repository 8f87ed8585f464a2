"""Medians of the flow engine: the next question on a generated 500-question flow, and
loading + checking the default flow.

Run with `make bench` (or directly). Prints medians and the target; it asserts nothing.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from crm_roi.benchmarks import load_benchmarks
from crm_roi.flow import Engine, load_flow
from crm_roi.locations import default_flow_path

QUESTIONS = 500
NEXT_TARGET_MS = 1.0
LOAD_TARGET_MS = 50.0


def generated_flow(size: int) -> dict[str, object]:
    """A flow of `size` questions: gates, expression defaults and benchmark defaults."""
    questions: list[dict[str, object]] = [
        {"id": "aantal_gebruikers", "type": "int", "text": "Aantal?", "default": 10},
        {
            "id": "modus",
            "type": "choice",
            "text": "Modus?",
            "choices": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}],
            "default": "a",
        },
    ]
    for n in range(size - len(questions)):
        kind = n % 4
        question: dict[str, object] = {"id": f"v{n}", "text": f"Vraag {n}?"}
        if kind == 0:
            question |= {"type": "euro", "default": {"expr": "aantal_gebruikers * 12"}}
        elif kind == 1:
            question |= {"type": "percent", "default": {"benchmark": "benutting"}, "max": 100}
        elif kind == 2:
            question |= {"type": "hours", "when": "modus == 'a'", "default": 2}
        else:
            previous = f"v{n - 3}"
            question |= {"type": "euro", "default": {"expr": f"{previous} * 2 + 1"}}
        questions.append(question)
    sections = [
        {"title": f"Deel {i + 1}", "questions": questions[i : i + 50]}
        for i in range(0, len(questions), 50)
    ]
    return {"id": "groot", "version": "1", "title": "Groot", "sections": sections}


def median_ms(job: Callable[[], object], *, repeats: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        job()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        job()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def next_question_times(path: Path) -> list[float]:
    """Per step: answer the current question (its default) and ask for the next one."""
    flow = load_flow(path)
    engine = Engine(flow, load_benchmarks())
    times = []
    while engine.current() is not None:
        start = time.perf_counter()
        engine.answer("")
        engine.current()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "groot.yaml"
        path.write_text(yaml.safe_dump(generated_flow(QUESTIONS)), encoding="utf-8")
        next_ms = statistics.median(next_question_times(path))
    load_ms = median_ms(lambda: load_flow(default_flow_path()), repeats=30)

    print("bench_flow")
    for label, value, target in (
        (f"volgende vraag ({QUESTIONS} vragen)", next_ms, NEXT_TARGET_MS),
        ("standaardvragenlijst laden en controleren", load_ms, LOAD_TARGET_MS),
    ):
        verdict = "gehaald" if value < target else "NIET gehaald"
        print(f"  {label}: mediaan {value:.3f} ms (doel < {target:g} ms: {verdict})")


if __name__ == "__main__":
    main()
