"""The templates rendered to HTML (fast): wording, escaping and strictness."""

from __future__ import annotations

import dataclasses

import jinja2
import pytest

from crm_roi.report.render import environment, render_view_html

from .sample_views import sample_view

HOSTILE = '<img src="http://127.0.0.1:9/x.png"> Jansen & Zn <b>'


def test_environment_escapes_and_is_strict() -> None:
    env = environment()
    assert env.autoescape is True
    assert env.undefined is jinja2.StrictUndefined


def test_organisation_is_escaped_everywhere() -> None:
    html = render_view_html(sample_view(organisation=HOSTILE))
    assert '<img src="http://127.0.0.1' not in html
    assert "&lt;img src=&#34;http://127.0.0.1:9/x.png&#34;&gt; Jansen &amp; Zn &lt;b&gt;" in html


def test_html_declares_dutch_and_metadata() -> None:
    html = render_view_html(sample_view())
    assert '<html lang="nl">' in html
    for name in ("author", "description", "dcterms.created", "keywords"):
        assert f'<meta name="{name}"' in html


def test_loss_over_the_horizon_says_it_does_not_pay_back() -> None:
    html = render_view_html(sample_view(benefit_scale=0.05))
    assert "verdient zich niet terug binnen 3 jaar" in html


def test_zero_benefits_get_their_own_verdict() -> None:
    html = render_view_html(sample_view(benefit_scale=0.0))
    assert "Zonder meetbare baten verdient de investering" in html


def test_one_year_horizon_renders() -> None:
    html = render_view_html(sample_view(horizon=1, benefit_scale=0.1))
    assert "niet terug binnen 1 jaar" in html


def test_wide_horizon_uses_landscape_sections() -> None:
    html = render_view_html(sample_view(horizon=10))
    assert 'class="chapter wide"' in html
    assert "Jaar 10" in html


def test_summary_shows_only_the_top_three_advices() -> None:
    html = render_view_html(sample_view())
    summary = html.split('id="samenvatting"')[1].split("</section>")[0]
    assert "Houd maatwerk beperkt." in summary
    assert "Vierde advies." not in summary


def test_missing_roi_is_not_applicable() -> None:
    view = sample_view()
    view = dataclasses.replace(view, summary=dataclasses.replace(view.summary, roi=None))
    assert "n.v.t." in render_view_html(view)


def test_an_unknown_name_in_a_template_fails_loudly() -> None:
    template = environment().from_string("{{ view.nonexistent }}")
    with pytest.raises(jinja2.UndefinedError):
        template.render(view=sample_view())
