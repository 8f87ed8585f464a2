"""Turn a ReportView into HTML (Jinja2) and PDF (WeasyPrint)."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from crm_roi.locations import report_templates_dir
from crm_roi.output_files import write_bytes_atomic
from crm_roi.report import messages
from crm_roi.report.changes_view import waterfall_bars
from crm_roi.report.charts import CHARTS
from crm_roi.report.errors import ReportError
from crm_roi.report.filters import FILTERS
from crm_roi.report.template_cache import template_bytecode_cache
from crm_roi.report.view import ReportView
from crm_roi.report.waterfall import waterfall
from crm_roi.terminal_text import terminal_safe

LOG = logging.getLogger(__name__)
MAIN_TEMPLATE = "report.html.j2"
STYLESHEET = "report.css"
PDF_VARIANT = "pdf/ua-1"


@dataclass(frozen=True)
class PdfResult:
    """What was written; `variant` is None when PDF/UA tagging had to be dropped."""

    path: Path
    variant: str | None
    refused_urls: tuple[str, ...]


@cache
def environment(templates: Path | None = None) -> jinja2.Environment:
    """The one Jinja2 environment: autoescape on, undefined names are errors.

    Compiled templates are kept in the user's cache folder between runs (template_cache).
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates or report_templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    env.globals.update(CHARTS, waterfall_chart=waterfall, waterfall_bars=waterfall_bars)
    env.bytecode_cache = template_bytecode_cache(env)
    return env


def render_view_html(view: ReportView) -> str:
    """The report as one self-contained HTML document: stylesheet inside, logo a data: URI."""
    try:
        template = environment().get_template(MAIN_TEMPLATE)
    except jinja2.TemplateNotFound as exc:
        raise ReportError(messages.missing_template(str(exc.name))) from exc
    return template.render(view=view, stylesheet=stylesheet())


def stylesheet() -> Markup:
    """The report's CSS, to inline in the HTML (our own file: no escaping needed)."""
    path = report_templates_dir() / STYLESHEET
    try:
        return Markup(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportError(messages.missing_template(STYLESHEET)) from exc


def write_pdf(html: str, path: Path, *, data_urls: Iterable[str] = ()) -> PdfResult:
    """Render HTML to a PDF file, tagged as PDF/UA-1 where WeasyPrint manages it.

    `data_urls` are the embedded images crm-roi made (the logo); the fetcher serves those
    and the templates folder, nothing else. The file is replaced atomically, only when it is
    a regular file: an OSError (the caller says why, in Dutch) leaves the old file as it was.
    """
    from weasyprint import HTML

    from crm_roi.report.fetcher import LocalOnlyFetcher

    root = report_templates_dir()
    fetcher = LocalOnlyFetcher(root, data_urls)
    variant: str | None = PDF_VARIANT
    with _collector_skips_older_objects():
        document = HTML(string=html, base_url=root.as_uri() + "/", url_fetcher=fetcher)
        try:
            pdf = document.write_pdf(pdf_variant=PDF_VARIANT)
        except (ValueError, TypeError, KeyError, AssertionError) as exc:  # pragma: no cover
            LOG.warning(messages.pdfua_failed(terminal_safe(str(exc))))
            variant = None
            pdf = document.write_pdf()
    write_bytes_atomic(path, pdf)
    return PdfResult(path=path, variant=variant, refused_urls=tuple(fetcher.refused))


@contextmanager
def _collector_skips_older_objects() -> Iterator[None]:
    """Keep the garbage collector off the objects that exist already, for the duration.

    WeasyPrint builds a large tree of short-lived objects, so the collector runs often; the
    objects alive before (modules, the evaluation) outlive the render, and freezing them
    spares every full collection from walking them again (about 100 ms per report). Nothing
    is frozen when someone else froze objects already.
    """
    freezes = gc.get_freeze_count() == 0
    if freezes:
        gc.freeze()
    try:
        yield
    finally:
        if freezes:
            gc.unfreeze()
