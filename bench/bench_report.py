"""`crm-roi report` against WeasyPrint alone, each in a fresh process (target ratio <= 1.2).

For every example interview: the median wall time of `crm-roi report FILE -o out.pdf`, and of
a bare WeasyPrint process rendering the very HTML that `crm-roi report --format html` made
(same stylesheet, same PDF/UA variant). The ratio shows what the rest of crm-roi costs:
loading the flow, computing the case with Monte Carlo, and the templates.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RUNS = 5
CLI = [sys.executable, "-c", "import sys; from crm_roi.cli import main; sys.exit(main())"]
WEASYPRINT_ONLY = (
    "import sys; from weasyprint import HTML; "
    "HTML(filename=sys.argv[1], base_url=sys.argv[2])"
    ".write_pdf(sys.argv[3], pdf_variant='pdf/ua-1')"
)


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_html(crm_roi: list[str], example: Path, html: Path) -> bool:
    """The example's report as HTML; False (with the CLI's own message) when it fails."""
    result = subprocess.run(
        [*crm_roi, "report", str(example), "--format", "html", "-o", str(html)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        print(f"{example.stem}: crm-roi report faalt: {result.stderr.strip()}")
    return result.returncode == 0


def cli_command() -> list[str]:
    """`crm-roi` from the venv when it is installed, else its entry point through Python."""
    script = Path(sys.executable).with_name("crm-roi")
    return [str(script)] if script.exists() else CLI


def main() -> int:
    from crm_roi.locations import report_templates_dir

    examples = sorted(EXAMPLES.glob("*.yaml"))
    if not examples:
        print("Geen voorbeeldinterviews in examples/.")
        return 0
    base_url = report_templates_dir().as_uri() + "/"
    crm_roi = cli_command()
    print(f"{'voorbeeld':<42} {'crm-roi':>9} {'WeasyPrint':>11} {'verhouding':>11}")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for example in examples:
            html = out / f"{example.stem}.html"
            if not make_html(crm_roi, example, html):
                continue
            full = median_seconds([*crm_roi, "report", str(example), "-o", str(out / "a.pdf")])
            alone = median_seconds(
                [sys.executable, "-c", WEASYPRINT_ONLY, str(html), base_url, str(out / "b.pdf")]
            )
            print(f"{example.stem:<42} {full:>8.2f}s {alone:>10.2f}s {full / alone:>11.2f}")
    print(f"(mediaan van {RUNS} keer; doel: verhouding <= 1,2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
