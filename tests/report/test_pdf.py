"""The rendered PDF: every section, the case's figures, metadata, safety and spelling.

Rendering costs about two seconds, so the PDFs are made once per module.
"""

from __future__ import annotations

import base64
import http.server
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader

from crm_roi import formatting
from crm_roi.pipeline import Evaluation
from crm_roi.report import ReportStyle, render_pdf
from crm_roi.report.render import PdfResult, render_view_html, write_pdf
from crm_roi.report.view import ReportView

from .cases import (
    CHANGED,
    OWN_LINES,
    REALISED,
    evaluate_answers,
    evaluate_example,
    evaluate_file,
    evaluate_with_history,
    example_answers,
)
from .images import png_bytes
from .sample_views import sample_view

WORDLIST = Path(__file__).with_name("wordlist.txt")
DICTIONARY_FOLDERS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/local/share/hunspell")
SECTIONS = [
    "Managementsamenvatting",
    "Doelen en KPI's",
    "Kosten",
    "Eenmalige kosten (investering)",
    "Terugkerende kosten per jaar",
    "Baten",
    "Kasstroom en break-evenpunt",
    "Methode A: terugverdienen in",
    "Methode B: realistische jaaropbrengst",
    "Drie scenario's",
    "Gevoeligheidsanalyse",
    "Monte-Carlosimulatie",
    "Uitgangspunten en aannames",
    "Adviezen en valkuilen",
    "Meetplan na de livegang",
    "Begrippenlijst",
]


class CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[http.server.HTTPServer]:
    CountingHandler.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def hostile_name(server: http.server.HTTPServer) -> str:
    return f'<img src="http://127.0.0.1:{server.server_port}/x.png"> Jansen & Zn <b>'


@pytest.fixture(scope="module")
def sample(hostile_name: str) -> ReportView:
    return sample_view(organisation=hostile_name)


@pytest.fixture(scope="module")
def sample_pdf(
    tmp_path_factory: pytest.TempPathFactory, sample: ReportView
) -> tuple[PdfResult, str]:
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    result = write_pdf(render_view_html(sample), path)
    return result, pdf_text(path)


@pytest.fixture(scope="module")
def example() -> Evaluation:
    return evaluate_answers(example_answers("installatiebedrijf-pipedrive.yaml"))


@pytest.fixture(scope="module")
def example_pdf_path(tmp_path_factory: pytest.TempPathFactory, example: Evaluation) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "example.pdf"
    style = ReportStyle.build(consultant="Sanne de Vries", consultant_company="Kompas CRM-advies")
    render_pdf(example, path, style)
    return path


@pytest.fixture(scope="module")
def example_pdf(example_pdf_path: Path) -> str:
    return pdf_text(example_pdf_path)


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.split())


def test_every_section_is_in_the_pdf(sample_pdf: tuple[PdfResult, str]) -> None:
    text = sample_pdf[1]
    missing = [title for title in SECTIONS if title not in text]
    assert missing == []


def test_pdf_is_tagged_pdf_ua(sample_pdf: tuple[PdfResult, str]) -> None:
    assert sample_pdf[0].variant == "pdf/ua-1"


def test_pdf_metadata(sample_pdf: tuple[PdfResult, str], sample: ReportView) -> None:
    reader = PdfReader(sample_pdf[0].path)
    info = reader.metadata
    assert info is not None
    assert info.title is not None and info.title.startswith("Business case CRM voor")
    assert info.author == "Sanne Bakker, Adviesbureau Noord"
    assert info.subject is not None and "Pipedrive" in info.subject
    assert info.creation_date == sample.meta.created_at  # when the report was made, to the second
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_user_text_appears_literally_and_fetches_nothing(
    sample_pdf: tuple[PdfResult, str], hostile_name: str
) -> None:
    assert hostile_name in sample_pdf[1]
    assert CountingHandler.requests == []


def test_fetcher_refuses_markup_that_points_outside(
    tmp_path: Path, server: http.server.HTTPServer
) -> None:
    url = f"http://127.0.0.1:{server.server_port}/y.png"
    html = f'<html lang="nl"><body><img src="{url}"><img src="file:///etc/hostname"></body></html>'
    result = write_pdf(html, tmp_path / "raw.pdf")
    assert CountingHandler.requests == []
    assert url in result.refused_urls and "file:///etc/hostname" in result.refused_urls


def test_example_figures_appear_formatted_dutch(example: Evaluation, example_pdf: str) -> None:
    analysis = example.case.analysis
    expected = [
        formatting.euro(example.case.costs[0]),
        formatting.euro(example.case.method_b.full_yearly_benefit),
        formatting.euro(analysis.npv),
        formatting.fraction_percent(analysis.roi or 0, decimals=0),
        formatting.months(analysis.payback_months or 0),
        formatting.euro(example.case.method_a.required_yearly_benefit),
        formatting.euro(analysis.total_costs),
        formatting.euro(analysis.total_benefits),
    ]
    text = example_pdf.replace("\xa0", " ")  # the PDF's text layer may give NBSP as a space
    missing = [figure for figure in expected if figure.replace("\xa0", " ") not in text]
    assert missing == []


def test_example_shows_every_cost_line(example: Evaluation, example_pdf: str) -> None:
    labels = [line.label for line in example.case.cost_lines]
    assert [label for label in labels if label not in example_pdf] == []


def spelling_words(text: str) -> list[str]:
    """The words of a text for hunspell: line-end hyphenation joined, no bare numbers."""
    joined = re.sub(r"-\n(?=[A-Za-z])", "-", text)
    return [word for word in re.split(r"[\s/]+", joined) if re.search(r"[^\W\d_]", word)]


def unknown_words(words: list[str]) -> list[str]:
    return subprocess.run(
        ["hunspell", "-d", "nl_NL", "-p", str(WORDLIST), "-l"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()


def _rendered(tmp_path_factory: pytest.TempPathFactory, evaluation: Evaluation) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    render_pdf(evaluation, path)
    return path


@pytest.fixture(scope="module")
def own_lines_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Own cost and benefit lines, seven years (landscape tables), a case that does not pay."""
    return _rendered(tmp_path_factory, evaluate_file(OWN_LINES))


@pytest.fixture(scope="module")
def salesforce_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _rendered(tmp_path_factory, evaluate_example("zakelijke-dienstverlener-salesforce.yaml"))


@pytest.fixture(scope="module")
def wholesale_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _rendered(tmp_path_factory, evaluate_example("groothandel-dynamics.yaml"))


@pytest.fixture(scope="module")
def changes_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The chapter "Wat is er veranderd sinds versie 1 ..." with every kind of change."""
    return _rendered(tmp_path_factory, evaluate_with_history(CHANGED, since_version=1))


@pytest.fixture(scope="module")
def actuals_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The chapter "Plan en realisatie" with a lagging KPI."""
    return _rendered(tmp_path_factory, evaluate_with_history(REALISED))


@pytest.mark.parametrize(
    "which", ["sample", "example", "own_lines", "salesforce", "wholesale", "changes", "actuals"]
)
def test_report_text_passes_the_dutch_spell_check(
    which: str, sample_pdf: tuple[PdfResult, str], hostile_name: str, request: pytest.FixtureRequest
) -> None:
    if shutil.which("hunspell") is None:
        pytest.skip("hunspell ontbreekt (apt-get install hunspell hunspell-nl)")
    if not any(Path(folder, "nl_NL.dic").exists() for folder in DICTIONARY_FOLDERS):
        pytest.skip(
            "het Nederlandse woordenboek voor hunspell ontbreekt (apt-get install hunspell-nl)"
        )
    fixture = {"example": "example_pdf_path"}.get(which, f"{which}_pdf")
    path = sample_pdf[0].path if which == "sample" else request.getfixturevalue(fixture)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    user_text = set(spelling_words(hostile_name))  # the organisation name is not prose
    words = [word for word in spelling_words(text) if word not in user_text]
    unknown = [
        word
        for word in unknown_words(words)
        if "-" not in word or unknown_words(word.split("-"))  # Dutch hyphenated compounds
    ]
    assert sorted(set(unknown)) == [], sorted(set(unknown))


@pytest.fixture(scope="module")
def wholesale_pages(wholesale_pdf: Path) -> list[str]:
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(wholesale_pdf).pages
    ]


@pytest.mark.parametrize(
    ("heading", "last_body_row"),  # a split table repeats its footer, so not the total
    [
        ("Terugkerende kosten per jaar", "Overige terugkerende kosten"),
        ("Alle kosten per jaar", "Terugkerende kosten"),
        ("Vaste uitgangspunten van de berekening", "Ingroei van het gebruik"),
    ],
)
def test_a_small_table_stays_on_the_page_of_its_heading(
    wholesale_pages: list[str], heading: str, last_body_row: str
) -> None:
    pages = [page for page in wholesale_pages if heading in page]
    assert len(pages) == 1
    assert last_body_row in pages[0].split(heading, 1)[1]


def test_an_embedded_logo_is_drawn_without_refusals(tmp_path: Path) -> None:
    logo = "data:image/png;base64," + base64.b64encode(png_bytes()).decode()
    result = write_pdf(
        render_view_html(sample_view(logo_url=logo)), tmp_path / "logo.pdf", data_urls=[logo]
    )
    assert result.refused_urls == ()
    assert len(PdfReader(result.path).pages[0].images) == 1
