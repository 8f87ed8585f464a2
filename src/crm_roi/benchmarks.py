"""The benchmark figures behind every default, each with its source and date.

Loaded once from ``question_flows/benchmarks.yaml``. A benchmark either has one value or
depends on an earlier answer (``by: crm_pakket`` or ``by: sector``), in which case it has
one option per answer value.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from crm_roi.errors import UserError
from crm_roi.locations import benchmarks_path
from crm_roi.yaml_loading import safe_load

Unit = Literal["euro", "percent", "hours", "weeks", "factor", "years"]


class BenchmarkError(UserError):
    """The benchmarks file is broken, or a benchmark cannot be resolved."""

    def __init__(self, message: str, benchmark_id: str | None = None) -> None:
        super().__init__(message)
        self.benchmark_id = benchmark_id
        self.message = message


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BenchmarkOption(_Frozen):
    value: float
    source: str
    date: str


class Benchmark(_Frozen):
    unit: Unit
    value: float | None = None
    source: str | None = None
    date: str | None = None
    by: str | None = None
    options: dict[str, BenchmarkOption] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_value_or_options(self) -> Benchmark:
        if self.by is None:
            if self.value is None or self.source is None or self.date is None:
                raise ValueError("a benchmark without `by` needs value, source and date")
        elif not self.options:
            raise ValueError("a benchmark with `by` needs options")
        return self


class ResolvedBenchmark(_Frozen):
    """One benchmark value as it applies to the answers given so far."""

    id: str
    value: float
    unit: Unit
    source: str
    date: str


class Spread(_Frozen):
    low: float
    high: float


class UncertainInput(_Frozen):
    role: Literal["kosten", "baten"]
    type: Literal["euro", "hours", "percent", "int"]
    low: float | None = None
    high: float | None = None


class Uncertainty(_Frozen):
    spread_by_type: dict[str, Spread]
    inputs: dict[str, UncertainInput]

    def spread(self, input_id: str) -> Spread:
        """The low/high factors of one uncertain input (its own, else its type's)."""
        entry = self.inputs[input_id]
        by_type = self.spread_by_type[entry.type]
        return Spread(
            low=entry.low if entry.low is not None else by_type.low,
            high=entry.high if entry.high is not None else by_type.high,
        )


class Benchmarks(_Frozen):
    version: str
    benchmarks: dict[str, Benchmark]
    uncertainty: Uncertainty
    line_labels: dict[str, str]

    def __contains__(self, benchmark_id: object) -> bool:
        return benchmark_id in self.benchmarks

    def resolve(self, benchmark_id: str, answers: Mapping[str, object]) -> ResolvedBenchmark:
        """The value of a benchmark for these answers; `by` benchmarks read their answer.

        An answer outside the options falls back to the option ``anders`` or ``overig``.
        """
        try:
            bench = self.benchmarks[benchmark_id]
        except KeyError:
            raise BenchmarkError(f"Onbekende benchmark '{benchmark_id}'.", benchmark_id) from None
        if bench.by is None:
            assert bench.value is not None and bench.source is not None and bench.date is not None
            return ResolvedBenchmark(
                id=benchmark_id,
                value=bench.value,
                unit=bench.unit,
                source=bench.source,
                date=bench.date,
            )
        key = answers.get(bench.by)
        option = bench.options.get(str(key)) if key is not None else None
        if option is None:
            option = bench.options.get("anders") or bench.options.get("overig")
        if option is None:
            raise BenchmarkError(
                f"De benchmark '{benchmark_id}' hangt af van '{bench.by}', "
                f"maar daar is nog geen bruikbaar antwoord op.",
                benchmark_id,
            )
        return ResolvedBenchmark(
            id=benchmark_id,
            value=option.value,
            unit=bench.unit,
            source=option.source,
            date=option.date,
        )

    def value(self, benchmark_id: str, answers: Mapping[str, object]) -> float:
        return self.resolve(benchmark_id, answers).value


def load_benchmarks_file(path: Path) -> Benchmarks:
    """Read and validate a benchmarks file; BenchmarkError with a Dutch message if broken."""
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BenchmarkError(f"Kan het benchmarkbestand {path} niet lezen: {exc}.") from exc
    except yaml.YAMLError as exc:
        raise BenchmarkError(f"Het benchmarkbestand {path} is geen geldige YAML: {exc}") from exc
    try:
        return Benchmarks.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise BenchmarkError(
            f"Het benchmarkbestand {path} klopt niet bij '{where}': {first['msg']}."
        ) from exc


@cache
def load_benchmarks() -> Benchmarks:
    """The bundled benchmarks (cached: they never change while the program runs)."""
    return load_benchmarks_file(benchmarks_path())
