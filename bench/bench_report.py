"""`crm-roi report` against WeasyPrint alone, each in a fresh process (target ratio <= 1.2).

For every example interview: the wall time of `crm-roi report FILE -o out.pdf`, and of a bare
WeasyPrint process rendering the very HTML that `crm-roi report --format html` made (the same
HTML crm-roi renders to PDF: stylesheet and logo inside it, same PDF/UA variant). The ratio of
the medians shows what the rest of crm-roi costs: loading the flow, computing the case with
Monte Carlo, and the templates.

crm-roi's own work is also shown by itself: `--format html` (everything but WeasyPrint), as a
share of WeasyPrint alone. It tells the two apart where the ratio cannot: crm-roi also makes
WeasyPrint's part faster than a bare WeasyPrint process (it spares the garbage collector).

To keep the commands comparable on a busy machine, each first runs once untimed (the OS file
cache, Python's .pyc files and crm-roi's compiled templates are warm, as for a user's second
report), and the timed runs take turns, so that a burst of load elsewhere hits all alike.
Both the fastest and the median run are shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RUNS = 7
CLI = [sys.executable, "-c", "import sys; from crm_roi.cli import main; sys.exit(main())"]
WEASYPRINT_ONLY = (
    "import sys; from weasyprint import HTML; "
    "HTML(filename=sys.argv[1], base_url=sys.argv[2])"
    ".write_pdf(sys.argv[3], pdf_variant='pdf/ua-1')"
)


class RunFailed(Exception):
    """A timed command failed; the message is its standard error."""


def seconds(command: list[str]) -> float:
    """Wall time of one fresh process, with Python's .pyc files in use as for a user."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RunFailed(result.stderr.strip())
    return elapsed


def interleaved_times(*commands: list[str]) -> list[list[float]]:
    """RUNS timings of each command, taking turns, after one untimed warm-up run of each."""
    for command in commands:
        seconds(command)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(RUNS):
        for command, timings in zip(commands, times, strict=True):
            timings.append(seconds(command))
    return times


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


def _min_median(times: list[float]) -> str:
    return f"{min(times):.2f}/{statistics.median(times):.2f}s"


def main() -> int:
    from crm_roi.locations import report_templates_dir

    examples = sorted(EXAMPLES.glob("*.yaml"))
    if not examples:
        print("Geen voorbeeldinterviews in examples/.")
        return 0
    base_url = report_templates_dir().as_uri() + "/"
    crm_roi = cli_command()
    print(
        f"{'voorbeeld':<36} {'crm-roi min/med':>16} {'WeasyPrint min/med':>19}"
        f" {'verhouding':>11} {'zonder PDF':>11} {'eigen werk':>11}"
    )
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for example in examples:
            html = out / f"{example.stem}.html"
            if not make_html(crm_roi, example, html):
                continue
            report = [*crm_roi, "report", str(example)]
            weasyprint = [sys.executable, "-c", WEASYPRINT_ONLY, str(html), base_url]
            try:
                full, alone, own = interleaved_times(
                    [*report, "-o", str(out / "a.pdf")],
                    [*weasyprint, str(out / "b.pdf")],
                    [*report, "--format", "html", "-o", str(out / "c.html")],
                )
            except RunFailed as failure:
                print(f"{example.stem}: faalt tijdens het meten: {failure}")
                continue
            bare = statistics.median(alone)
            print(
                f"{example.stem:<36} {_min_median(full):>16} {_min_median(alone):>19}"
                f" {statistics.median(full) / bare:>11.2f} {statistics.median(own):>10.2f}s"
                f" {statistics.median(own) / bare:>11.2f}"
            )
    print(
        f"(snelste/mediaan van {RUNS} keer, om beurten; verhouding van de medianen, doel <= 1,2;"
        " eigen werk: crm-roi zonder PDF gedeeld door WeasyPrint alleen)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
