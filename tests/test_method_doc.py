"""docs/METHOD.md stays true: its worked example, benchmark and spread tables match the code.

The doc marks the figures it wants checked with HTML comments (`checked-figures`,
`benchmarks-table`, `spread-table`); each test reads one marked table and compares every row
with a fresh computation or with question_flows/benchmarks.yaml. The repository must also
stand on its own: no file may point to the domain notes outside it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from crm_roi.benchmarks import load_benchmarks
from crm_roi.interview import read_interview
from crm_roi.json_export import evaluation_to_dict
from crm_roi.pipeline import evaluate

ROOT = Path(__file__).resolve().parents[1]
METHOD = ROOT / "docs" / "METHOD.md"
EXAMPLE = ROOT / "examples" / "installatiebedrijf-pipedrive.yaml"
MIN_CHECKED_FIGURES = 10


def _table(marker: str) -> list[list[str]]:
    """The body rows of the Markdown table between `<!-- marker...` and `<!-- end marker`."""
    text = METHOD.read_text(encoding="utf-8")
    match = re.search(rf"<!-- {marker}\b.*?-->\n(.*?)<!-- end {marker} -->", text, re.DOTALL)
    assert match, f"docs/METHOD.md has no table marked '{marker}'"
    rows = [line for line in match.group(1).splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def _code(cell: str) -> str:
    return cell.strip("`")


def _dutch_number(text: str) -> tuple[float, float]:
    """`18.442,20` → (18442.2, 0.005): the value and half a unit of its last shown digit.

    A trailing `%` gives a fraction (`68,4%` → 0.684), as the JSON holds ratios.
    """
    percent = text.endswith("%")
    digits = text.removesuffix("%").replace("€", "").replace(".", "").strip()
    decimals = len(digits.partition(",")[2])
    value = float(digits.replace(",", "."))
    tolerance = 0.5 * 10**-decimals
    if percent:
        return value / 100, tolerance / 100
    return value, tolerance


def _select(document: Any, path: str) -> Any:
    """Follow a path like `cost_lines[licenties].amounts[1]` or `method_a.gap` in the JSON.

    `[n]` is a list index; `[name]` the list element whose key, goal or input_id is name.
    """
    value = document
    for segment in path.split("."):
        name, *selectors = re.findall(r"[^\[\]]+", segment)
        value = value[name]
        for selector in selectors:
            if selector.isdigit():
                value = value[int(selector)]
                continue
            matches = [
                item
                for item in value
                if selector in (item.get("key"), item.get("goal"), item.get("input_id"))
            ]
            assert len(matches) == 1, f"{path}: no single element '{selector}'"
            value = matches[0]
    return value


@pytest.fixture(scope="module")
def example_json() -> dict[str, Any]:
    """The example's JSON as `crm-roi report --format json` writes it (without uncertainty)."""
    evaluation = evaluate(read_interview(EXAMPLE), uncertainty=False)
    return evaluation_to_dict(evaluation, source=str(EXAMPLE))


def test_worked_example_figures_match_a_fresh_computation(example_json: dict[str, Any]) -> None:
    rows = _table("checked-figures")
    assert len(rows) >= MIN_CHECKED_FIGURES
    wrong = []
    for label, field, shown in rows:
        expected, tolerance = _dutch_number(shown)
        actual = _select(example_json, _code(field))
        if abs(actual - expected) > tolerance + 1e-9:
            wrong.append(f"{label} ({field}): the doc says {shown}, the case gives {actual}")
    assert not wrong, "docs/METHOD.md worked example is out of date:\n" + "\n".join(wrong)


def test_benchmarks_table_lists_every_benchmark_as_in_benchmarks_yaml() -> None:
    benchmarks = load_benchmarks().benchmarks
    in_file = {
        (bench_id, option): (entry.value, entry.date)
        for bench_id, bench in benchmarks.items()
        for option, entry in (bench.options.items() if bench.options else [("", bench)])
    }
    in_doc = {
        (_code(bench_id), option): (float(value), year)
        for bench_id, option, value, _unit, _source, year in _table("benchmarks-table")
    }
    assert in_doc == in_file, (
        "docs/METHOD.md's benchmark table differs from question_flows/benchmarks.yaml "
        "(the file is the source of truth: update the table)"
    )


def test_spread_table_matches_the_uncertainty_of_benchmarks_yaml() -> None:
    uncertainty = load_benchmarks().uncertainty
    in_file = {
        input_id: (entry.role, uncertainty.spread(input_id).low, uncertainty.spread(input_id).high)
        for input_id, entry in uncertainty.inputs.items()
    }
    in_doc = {
        _code(input_id): (role, _dutch_number(low)[0], _dutch_number(high)[0])
        for input_id, role, low, high in _table("spread-table")
    }
    assert in_doc == in_file, (
        "docs/METHOD.md's spread table differs from `uncertainty` in "
        "question_flows/benchmarks.yaml (the file is the source of truth: update the table)"
    )


OUTSIDE_REFERENCE = re.compile(r"DOMAIN(\.md|'s| §)|STYLE\.md|shared folder|/work/shared")
TEXT_SUFFIXES = {".py", ".md", ".yaml", ".yml", ".j2", ".css", ".tcss", ".toml", ".txt", ".cfg"}
SKIPPED_FOLDERS = {
    ".git",
    ".venv",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "build",
    "dist",
}


def test_no_file_points_to_domain_notes_outside_the_repository() -> None:
    """The method is docs/METHOD.md; nothing may send a reader to a folder they do not have."""
    found = []
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        skipped = SKIPPED_FOLDERS.intersection(relative.parts) or any(
            part.endswith(".egg-info") for part in relative.parts
        )
        if skipped or path == Path(__file__).resolve():
            continue
        if not path.is_file() or (path.suffix not in TEXT_SUFFIXES and path.name != "Makefile"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE_REFERENCE.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, "cite docs/METHOD.md instead:\n" + "\n".join(found)
