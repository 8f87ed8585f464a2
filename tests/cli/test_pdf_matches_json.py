"""The PDF a consultant hands over shows the very figures of `--format json`, in Dutch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_roi import formatting

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "crm-roi"
EXAMPLE = ROOT / "examples" / "groothandel-dynamics.yaml"


def _crm_roi(*args: str, cwd: Path) -> str:
    result = subprocess.run(
        [str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str]:
    folder = tmp_path_factory.mktemp("report")
    document = json.loads(_crm_roi("report", str(EXAMPLE), "--format", "json", cwd=folder))
    _crm_roi("report", str(EXAMPLE), "-o", "rapport.pdf", cwd=folder)
    pages = PdfReader(folder / "rapport.pdf").pages
    text = " ".join(" ".join(page.extract_text() or "" for page in pages).split())
    return document, text.replace("\xa0", " ")


def _shown(figure: str) -> str:
    """A figure as the PDF prints it: ordinary spaces, and the true minus sign of print."""
    return formatting.print_minus(figure).replace("\xa0", " ")


def test_headline_figures_of_the_json_are_in_the_pdf(
    outputs: tuple[dict[str, object], str],
) -> None:
    document, text = outputs
    expected = {
        "npv": formatting.euro(float(document["npv"])),  # type: ignore[arg-type]
        "total_costs": formatting.euro(float(document["total_costs"])),  # type: ignore[arg-type]
        "total_benefits": formatting.euro(float(document["total_benefits"])),  # type: ignore[arg-type]
        "pv_costs": formatting.euro(float(document["pv_costs"])),  # type: ignore[arg-type]
        "pv_benefits": formatting.euro(float(document["pv_benefits"])),  # type: ignore[arg-type]
        "roi": formatting.fraction_percent(float(document["roi"]), decimals=0),  # type: ignore[arg-type]
        "payback_months": formatting.months(float(document["payback_months"])),  # type: ignore[arg-type]
        "required_yearly_benefit": formatting.euro(
            float(document["required_yearly_benefit"])  # type: ignore[arg-type]
        ),
    }
    missing = {key: figure for key, figure in expected.items() if _shown(figure) not in text}
    assert missing == {}


def test_yearly_totals_and_simulation_of_the_json_are_in_the_pdf(
    outputs: tuple[dict[str, object], str],
) -> None:
    document, text = outputs
    yearly = [*document["costs"], *document["benefits"]]  # type: ignore[misc]
    simulation = document["monte_carlo"]
    assert isinstance(simulation, dict)
    figures = [formatting.euro(float(amount)) for amount in yearly if round(amount) != 0]
    figures += [
        formatting.euro(float(simulation[key])) for key in ("npv_p10", "npv_p50", "npv_p90")
    ]
    assert [figure for figure in figures if _shown(figure) not in text] == []
