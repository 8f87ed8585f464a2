"""The templates rendered to HTML (fast): wording, escaping and strictness."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

import jinja2
import pytest

from crm_roi.locations import report_templates_dir
from crm_roi.report.render import environment, render_view_html
from crm_roi.report.style import ReportStyle
from crm_roi.report.view import Assumption, Target

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


def _section(html: str, chapter_id: str) -> str:
    return html.split(f'id="{chapter_id}"')[1].split("</section>")[0]


def _chapter_numbers(html: str) -> dict[str, int]:
    """Chapter title → the number its heading shows."""
    pairs = re.findall(
        r'<span class="chapter-no">(\d+)</span> <span class="chapter-title">([^<]+)</span>', html
    )
    return {unescape(title): int(number) for number, title in pairs}


def test_chapter_references_name_the_chapter_they_mean() -> None:
    html = render_view_html(sample_view())
    numbers = _chapter_numbers(html)
    cover = html.split('class="cover"')[1].split("</section>")[0]
    assert f"hoofdstuk {numbers['Uitgangspunten en aannames']}." in cover
    assert numbers == {title: index for index, title in enumerate(numbers, start=1)}


def test_templates_hold_no_chapter_number() -> None:
    texts = [path.read_text(encoding="utf-8") for path in report_templates_dir().rglob("*.j2")]
    assert [match for text in texts for match in re.findall(r"hoofdstuk \d+", text)] == []


def test_contents_lists_every_chapter_heading() -> None:
    html = render_view_html(sample_view())
    contents = html.split('class="contents"')[1].split("</section>")[0]
    assert all(title.replace("'", "&#39;") in contents for title in _chapter_numbers(html))


@pytest.mark.parametrize(
    ("chance", "wording"),
    [(0.9967, "In vrijwel alle 10.000"), (0.003, "In vrijwel geen van de 10.000"), (0.87, "87%")],
)
def test_summary_words_extreme_chances(chance: float, wording: str) -> None:
    view = sample_view()
    mc = dataclasses.replace(view.monte_carlo, chance_payback_within_horizon=chance)  # type: ignore[arg-type]
    summary = _section(render_view_html(dataclasses.replace(view, monte_carlo=mc)), "samenvatting")
    assert wording in summary
    assert "100%" not in summary and " 0% " not in summary


def test_summary_explains_a_negative_conservative_scenario() -> None:
    view = sample_view()
    conservative = dataclasses.replace(view.scenarios[0], npv=-33_842.0)
    view = dataclasses.replace(view, scenarios=(conservative, *view.scenarios[1:]))
    summary = _section(render_view_html(view), "samenvatting")
    assert "Als alle aannames tegelijk tegenvallen (het conservatieve scenario)" in summary
    assert "een negatieve NCW van €\xa033.842" in summary


def test_running_text_shows_no_minus_amounts() -> None:
    html = render_view_html(sample_view(benefit_scale=0.05))
    prose = re.findall(r"<(?:p|figcaption)[^>]*>(.*?)</(?:p|figcaption)>", html, flags=re.S)
    assert [text for text in prose if "€\xa0-" in text or "€\xa0\u2212" in text] == []
    assert "nog een tekort van €\xa0" in _section(html, "samenvatting")


def test_roi_simple_return_and_irr_are_whole_percentages_everywhere() -> None:
    view = sample_view()
    summary = dataclasses.replace(view.summary, roi=0.449, roi_simple=0.3649, irr=0.2513)
    html = render_view_html(dataclasses.replace(view, summary=summary))
    assert html.count(">45%<") == 2  # the summary's tile and the cash-flow page
    assert ">36%<" in html and ">25%<" in html
    assert "44,9%" not in html and "36,5%" not in html and "25,1%" not in html


def test_tornado_shows_input_values_precisely() -> None:
    view = sample_view()
    rows = (
        dataclasses.replace(view.sensitivity[0], low_value=0.75, high_value=2.25),
        dataclasses.replace(view.sensitivity[1], unit="points", low_value=0.8, high_value=2.8),
        *view.sensitivity[2:],
    )
    section = _section(render_view_html(dataclasses.replace(view, sensitivity=rows)), "onzekerheid")
    assert ">0,75 uur<" in section and ">2,25 uur<" in section
    assert ">0,8 procentpunt<" in section and "0,8%" not in section
    assert ">€\xa027,55<" in section


def test_method_a_target_in_percentage_points() -> None:
    view = sample_view(benefit_scale=0.5)
    target = Target("Klantbehoud", "Daling van het klantverloop", 1.5, 1.71, "points")
    method_a = dataclasses.replace(view.method_a, reached=False, gap=1000.0, targets=(target,))
    section = _section(render_view_html(dataclasses.replace(view, method_a=method_a)), "methoden")
    assert ">1,5 procentpunt<" in section and ">1,7 procentpunt<" in section


def test_method_a_shows_now_and_needed_with_the_same_precision() -> None:
    view = sample_view(benefit_scale=0.5)
    targets = (
        Target("Conversie", "Omzetgroei", 1, 69.894, "percent"),
        Target("Efficiëntie", "Tijdwinst", 0.75, 3.5, "hours"),
    )
    method_a = dataclasses.replace(view.method_a, reached=False, gap=1000.0, targets=targets)
    section = _section(render_view_html(dataclasses.replace(view, method_a=method_a)), "methoden")
    assert ">1,0%<" in section and ">69,9%<" in section
    assert ">0,75 uur<" in section and ">3,50 uur<" in section


def test_method_a_says_an_impossible_target_is_not_feasible() -> None:
    view = sample_view(benefit_scale=0.5)
    target = Target("Cross-selling", "Klanten met een extra aankoop", 3, 11276.49, "percent")
    impossible = dataclasses.replace(target, feasible=False, maximum=100)
    method_a = dataclasses.replace(view.method_a, reached=False, gap=1000.0, targets=(impossible,))
    section = _section(render_view_html(dataclasses.replace(view, method_a=method_a)), "methoden")
    assert "Niet haalbaar:" in section and "meer dan 100%" in section


def test_a_feasible_target_gets_no_warning() -> None:
    view = sample_view(benefit_scale=0.5)
    method_a = dataclasses.replace(view.method_a, reached=False, gap=1000.0)
    section = _section(render_view_html(dataclasses.replace(view, method_a=method_a)), "methoden")
    assert "Niet haalbaar" not in section


def test_another_package_is_named_in_neutral_words() -> None:
    view = sample_view(benefit_scale=0.05)
    meta = dataclasses.replace(
        view.meta, crm_package="Een ander pakket, of nog niet gekozen", package_known=False
    )
    html = render_view_html(dataclasses.replace(view, meta=meta))
    assert "Een ander pakket" not in html
    assert "terugverdientijd van een CRM-systeem voor" in html
    assert "De investering in het nieuwe CRM-systeem verdient zich niet terug" in html


def test_a_known_package_is_named() -> None:
    html = render_view_html(sample_view())
    assert "terugverdientijd van Pipedrive voor" in html
    assert "De investering in Pipedrive" in html


def test_author_falls_back_to_the_organisation() -> None:
    html = render_view_html(sample_view(style=ReportStyle()))
    assert '<meta name="author" content="Installatiebedrijf De Vries B.V.">' in html


def test_creation_date_carries_the_time_of_rendering() -> None:
    html = render_view_html(sample_view())
    assert '<meta name="dcterms.created" content="2026-11-23T14:35:12+00:00">' in html


def test_cover_title_keeps_its_last_words_together() -> None:
    assert '<span class="keep-together">CRM-systeem op?</span>' in render_view_html(sample_view())


def test_assumptions_say_richtwaarde_not_benchmark() -> None:
    html = render_view_html(sample_view())
    assumptions = _section(html, "aannames")
    assert ">richtwaarde<" in assumptions and ">benchmark<" not in assumptions
    assert "<dt>Richtwaarde</dt>" in _section(html, "begrippen")


def test_an_input_in_the_table_is_not_repeated_below_it() -> None:
    view = sample_view()
    horizon = Assumption("horizon_jaren", "Berekening", "Analyseperiode", "3 jaar", "user", "")
    discount = Assumption("disconteringsvoet", "Berekening", "Disconteringsvoet", "10%", "user", "")
    view = dataclasses.replace(view, assumptions=(*view.assumptions, horizon, discount))
    assumptions = _section(render_view_html(view), "aannames")
    assert assumptions.count("Analyseperiode") == 1
    assert assumptions.count("Disconteringsvoet") == 1
    assert "Risicocorrectie kosten" in assumptions  # not an input here: shown below


def test_html_is_self_contained() -> None:
    logo = "data:image/svg+xml;base64,PHN2Zy8+"
    html = render_view_html(sample_view(logo_url=logo))
    assert "<link" not in html and "file:" not in html
    assert f'src="{logo}"' in html
    assert "@page" in html  # the stylesheet is inside
