"""Static analysis: can any combination of answers make a question's `when` true?

Each earlier question gets a small set of candidate answers: every choice (every combination
for a multichoice), ja/nee, and for numbers the values around each constant of the condition
within min..max. Questions that may be skipped also get "no answer". A condition that no
combination satisfies makes its question unreachable. When the candidates would be too many,
or a benchmark cannot be resolved, the question is given the benefit of the doubt.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from crm_roi.benchmarks import BenchmarkError, Benchmarks
from crm_roi.flow.expressions import Expression, Missing
from crm_roi.flow.schema import NUMERIC_TYPES, Question

_MAX_COMBINATIONS = 20_000
_MAX_SUBSET_CHOICES = 6


class _NoAnswer:
    """The candidate "this question was skipped"."""


NO_ANSWER = _NoAnswer()


class _Undecidable(Exception):
    pass


class _CandidateScope:
    def __init__(self, values: Mapping[str, Any], benchmarks: Benchmarks) -> None:
        self._values = values
        self._benchmarks = benchmarks

    def lookup(self, name: str) -> Any:
        value = self._values.get(name, NO_ANSWER)
        if value is NO_ANSWER:
            raise Missing(name)
        return value

    def benchmark(self, benchmark_id: str) -> float:
        answers = {k: v for k, v in self._values.items() if v is not NO_ANSWER}
        try:
            return self._benchmarks.value(benchmark_id, answers)
        except BenchmarkError:
            raise _Undecidable from None


def candidate_answers(question: Question, condition: Expression) -> list[Any]:
    """The answers of `question` worth trying for this condition."""
    kind = question.type
    if kind == "choice":
        return [choice.value for choice in question.choices]
    if kind == "multichoice":
        values = [choice.value for choice in question.choices]
        if len(values) > _MAX_SUBSET_CHOICES:
            return [[value] for value in values] + [values]
        subsets = itertools.chain.from_iterable(
            itertools.combinations(values, size) for size in range(1, len(values) + 1)
        )
        return [list(subset) for subset in subsets]
    if kind == "yesno":
        return [True, False]
    if kind in NUMERIC_TYPES:
        return _numeric_candidates(question, condition)
    texts = [c for c in condition.constants if isinstance(c, str)]
    return ["", "x", *texts]


def _numeric_candidates(question: Question, condition: Expression) -> list[Any]:
    low = question.min if question.min is not None else -1e9
    high = question.max if question.max is not None else 1e9
    points = {low, high, 0.0, 1.0}
    for constant in condition.constants:
        if isinstance(constant, int | float) and not isinstance(constant, bool):
            c = float(constant)
            points.update({c - 1, c - 0.5, c, c + 0.5, c + 1, c / 100, c * 100})
    inside = sorted(p for p in points if low <= p <= high)
    if question.type == "int":
        return sorted({round(p) for p in inside if low <= round(p) <= high})
    return inside


@dataclass(frozen=True)
class Reach:
    """What the analysis knows of an earlier question."""

    question: Question
    reachable: bool
    may_be_skipped: bool


def _pool(reach: Reach, condition: Expression) -> list[Any]:
    if not reach.reachable:
        return [NO_ANSWER]
    pool = candidate_answers(reach.question, condition)
    return [*pool, NO_ANSWER] if reach.may_be_skipped else pool


def is_satisfiable(
    condition: Expression, known: Mapping[str, Reach], benchmarks: Benchmarks
) -> bool:
    """True unless no combination of candidate answers makes `condition` true."""
    if any(name not in known for name in condition.names):
        return True
    names = sorted(condition.names)
    pools = [_pool(known[name], condition) for name in names]
    total = 1
    for pool in pools:
        total *= max(len(pool), 1)
    if total > _MAX_COMBINATIONS:
        return True
    for combination in _combinations(pools):
        scope = _CandidateScope(dict(zip(names, combination, strict=True)), benchmarks)
        try:
            if condition.holds(scope):
                return True
        except _Undecidable:
            return True
    return False


def _combinations(pools: Sequence[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    return itertools.product(*pools)
