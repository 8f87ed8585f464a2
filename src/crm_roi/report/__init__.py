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
    """The report as HTML, its resources relative to the templates folder."""
    from crm_roi.report.adapter import build_report_view
    from crm_roi.report.render import render_view_html

    return render_view_html(build_report_view(evaluation, style or ReportStyle()))


def render_pdf(evaluation: Evaluation, path: Path, style: ReportStyle | None = None) -> PdfResult:
    """Write the report as a PDF (tagged PDF/UA-1) to `path`."""
    from crm_roi.report.adapter import build_report_view
    from crm_roi.report.render import render_view_html, write_pdf

    style = style or ReportStyle()
    html = render_view_html(build_report_view(evaluation, style))
    return write_pdf(html, path, logo=style.logo)
