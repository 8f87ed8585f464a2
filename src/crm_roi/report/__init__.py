"""The Dutch business-case report: Jinja2 templates rendered to PDF by WeasyPrint.

``render_html(evaluation, style)`` gives the HTML, ``render_pdf(evaluation, path, style)``
writes the PDF. WeasyPrint is imported only when a PDF is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from crm_roi.report.errors import ReportError
from crm_roi.report.style import ReportStyle

if TYPE_CHECKING:
    from crm_roi.pipeline import Evaluation
    from crm_roi.report.render import PdfResult

__all__ = ["ReportError", "ReportStyle", "render_html", "render_pdf"]


def render_html(evaluation: Evaluation, style: ReportStyle | None = None) -> str:
    """The report as one self-contained HTML file (stylesheet and logo inside)."""
    from crm_roi.report.adapter import build_report_view
    from crm_roi.report.render import render_view_html

    return render_view_html(build_report_view(evaluation, style or ReportStyle()))


def render_pdf(evaluation: Evaluation, path: Path, style: ReportStyle | None = None) -> PdfResult:
    """Write the report as a PDF (tagged PDF/UA-1) to `path`."""
    from crm_roi.report.adapter import build_report_view
    from crm_roi.report.render import render_view_html, write_pdf

    view = build_report_view(evaluation, style or ReportStyle())
    logo = (view.meta.logo_url,) if view.meta.logo_url else ()
    return write_pdf(render_view_html(view), path, data_urls=logo)
