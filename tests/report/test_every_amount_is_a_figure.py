"""One truth: every euro amount in the PDF text of each example is a figure of its JSON.

The PDF is read with pdftotext, as a reader (or a CFO's tool) reads it; a sign written in
words ("een negatieve NCW van € 67.059") is allowed, so amounts are compared without it.
Only the axis ticks of the charts are not figures (they mark a scale; they are taken from the
report's own HTML, `<text class="tick">`), and neither are amounts quoted in a default's
source ("prijslijst Pipedrive (€ 15–29 per gebruiker per maand ...)"), now or in a version.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from crm_roi import formatting
from crm_roi.json_export import evaluation_to_dict
from crm_roi.pipeline import Evaluation
from crm_roi.report import ReportStyle, render_pdf
from crm_roi.report.render import render_view_html

from .cases import CHANGED, REALISED, evaluate_with_history

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CASES = [
    *sorted(p.name for p in EXAMPLES.glob("*.yaml")),
    "../tests/fixtures/eigen_posten_ingroei.yaml",
    "sinds-versie-1",  # the chapter "Wat is er veranderd sinds versie 1 ..." (every kind)
    "realisatie",  # the chapter "Plan en realisatie", beside a comparison with version 1
    "herzien-sinds-versie-2",  # examples/README.md's commands
    "vergelijk-herzien",
]
HISTORY_CASES = {
    "sinds-versie-1": lambda: evaluate_with_history(CHANGED, since_version=1),
    "realisatie": lambda: evaluate_with_history(REALISED, since_version=1),
    "herzien-sinds-versie-2": lambda: evaluate_with_history(
        EXAMPLES / "installatiebedrijf-pipedrive-herzien.yaml", since_version=2
    ),
    "vergelijk-herzien": lambda: evaluate_with_history(
        EXAMPLES / "installatiebedrijf-pipedrive.yaml",
        compared_with=EXAMPLES / "installatiebedrijf-pipedrive-herzien.yaml",
    ),
}
AMOUNT = re.compile(r"€\s?[-−]?\d{1,3}(?:\.\d{3})*(?:,\d{2})?")
TICK = re.compile(r'<text[^>]*class="tick"[^>]*>([^<]*)</text>')

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def _normal(amount: str) -> str:
    """`€ -1.234` and `€\u00a01.234` as `€ 1.234`: the sign may be said in words."""
    digits = amount.replace("\xa0", " ").lstrip("€").strip().lstrip("-−")
    return f"€ {digits}"


def _figure_amounts(document: dict[str, object]) -> set[str]:
    amounts: set[str] = set()
    for figure in document["figures"]:  # type: ignore[attr-defined]
        if figure["unit"] == "euro" and figure["value"] is not None:
            value = abs(float(figure["value"]))
            amounts.add(_normal(formatting.euro(value)))
            amounts.add(_normal(formatting.euro(value, cents=True)))
    return amounts


@pytest.fixture(scope="module", params=CASES, ids=lambda name: Path(name).stem)
def rendered(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Evaluation, str, str]:
    make = HISTORY_CASES.get(request.param)
    # as `crm-roi report` reads a file: with "Plan en realisatie" when it has `realisatie`
    evaluation = make() if make is not None else evaluate_with_history(EXAMPLES / request.param)
    pdf = tmp_path_factory.mktemp("pdf") / "rapport.pdf"
    style = ReportStyle(organisation=str(evaluation.inputs.get("organisatie", "")))
    render_pdf(evaluation, pdf, style)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    from crm_roi.report.adapter import build_report_view

    html = render_view_html(build_report_view(evaluation, style))
    return evaluation, text, html


def test_every_euro_amount_in_the_pdf_is_a_figure_of_the_json(
    rendered: tuple[Evaluation, str, str],
) -> None:
    evaluation, text, html = rendered
    figures = _figure_amounts(evaluation_to_dict(evaluation))
    ticks = {_normal(found) for tick in TICK.findall(html) for found in AMOUNT.findall(tick)}
    document = evaluation_to_dict(evaluation)
    sources = [answer["source_text"] for answer in document["answers"].values()]
    if document["changes"] is not None:  # a default's source then and now
        for item in document["changes"]["inputs"]:
            sources += [item["source_before"], item["source_after"]]
    quoted = {_normal(found) for source in sources for found in AMOUNT.findall(source or "")}
    amounts = [_normal(found) for found in AMOUNT.findall(text)]
    assert len(amounts) > 100
    strays = sorted({a for a in amounts if a not in figures | ticks | quoted})
    assert strays == []
