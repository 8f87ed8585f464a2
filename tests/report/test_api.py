"""The public API: the PDF is made from exactly the HTML that `render_html` gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pytest

from crm_roi.report import ReportStyle, render, render_html, render_pdf

from .cases import EXAMPLES, evaluate_example


def test_pdf_renders_the_html_output_with_only_the_logo_allowed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    evaluation = evaluate_example("installatiebedrijf-pipedrive.yaml")
    style = ReportStyle.build(logo=EXAMPLES / "kompas-logo.svg", report_date=dt.date(2026, 1, 5))
    seen: list[tuple[str, tuple[str, ...]]] = []

    def fake_write_pdf(html: str, path: Path, *, data_urls: Iterable[str] = ()) -> None:
        seen.append((html, tuple(data_urls)))

    monkeypatch.setattr(render, "write_pdf", fake_write_pdf)
    render_pdf(evaluation, tmp_path / "a.pdf", style)

    html = render_html(evaluation, style)
    assert seen == [(html, (seen[0][1][0],))]
    assert seen[0][1][0].startswith("data:image/svg+xml;base64,")
    assert f'src="{seen[0][1][0]}"' in html
