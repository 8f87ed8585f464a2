"""The templates rendered to HTML (fast): wording, escaping and strictness."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html import unescape
from typing import Any

import jinja2
import pytest

from crm_roi.locations import report_templates_dir
from crm_roi.pipeline import evaluate
from crm_roi.report.adapter import build_report_view
from crm_roi.report.render import environment, render_view_html
from crm_roi.report.style import ReportStyle
from crm_roi.report.view import ReportView, Target

from .cases import evaluate_example
from .sample_views import sample_answers, sample_view

HOSTILE = '<img src="http://127.0.0.1:9/x.png"> Jansen & Zn <b>'
NO_BENEFITS = {
    "tijdwinst_uren_per_week": 0,
    "extra_leads_per_maand": 0,
    "churn_daling": 0,
    "vervangen_kosten_per_jaar": 0,
}
NO_COSTS = {  # with scale=0: no euro costs, no internal hours, no own cost line
    "interne_projecturen": 0,
    "beheer_uren_per_maand": 0,
    "opleiding_uren_per_gebruiker": 0,
}


def _case(*, scale: float = 1.0, **answers: Any) -> ReportView:
    """A real case of the installer fixture without its own line, with some answers changed."""
    base = sample_answers(
        organisation="Installatiebedrijf De Vries B.V.",
        horizon=3,
        users=12,
        scale=scale,
        benefit_scale=1.0,
    )
    base.pop("eigen_posten")
    return build_report_view(evaluate({**base, **answers}), ReportStyle())


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ").split())


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
    assert "Advies: <strong>niet doorgaan</strong>" in _section(html, "samenvatting")
    assert '<span class="tile-value neg tile-words">niet binnen 3 jaar</span>' in html
    assert "De lijn bereikt de nullijn niet binnen 3 jaar" in _section(html, "kasstroom")


def test_zero_benefits_are_not_worth_going_ahead_with() -> None:
    view = _case(**NO_BENEFITS)
    assert view.figures.value("baten.totaal") == 0
    summary = _text(_section(render_view_html(view), "samenvatting"))
    assert "Advies: niet doorgaan" in summary
    assert "de baten wegen niet op tegen de kosten" in summary
    assert "Jaarlijkse baten bij volledig gebruik € 0" in summary
    assert "Van de baten is" not in summary  # no share of time savings in nothing


def test_one_year_horizon_renders() -> None:
    view = sample_view(horizon=1, benefit_scale=0.1)
    assert view.method_a.target_years == 1
    html = render_view_html(view)
    assert '<span class="tile-value neg tile-words">niet binnen 1 jaar</span>' in html
    assert "Jaar 1" in html and "Jaar 2" not in html
    assert "tot en met 1 " not in _text(html) and "tot en met 1." not in _text(html)
    assert "De bedragen van jaar 1 vallen aan het eind van dat jaar." in _text(html)
    assert "Verwacht wordt in jaar 1 €" in _text(_section(html, "methoden"))


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
    view = _case(scale=0.0, **NO_COSTS)  # nothing invested: the ROI is undefined
    assert view.figures.value("kosten.totaal") == 0 and view.figures["roi"].value is None
    html = render_view_html(view)
    summary, cashflow = _text(_section(html, "samenvatting")), _text(_section(html, "kasstroom"))
    assert "Rendement (ROI) n.v.t." in summary
    assert "Rendement (ROI) n.v.t." in cashflow and "Eenvoudig rendement n.v.t." in cashflow
    assert _section(html, "onzekerheid").count('<td class="num">n.v.t.</td>') == 3  # scenarios


def test_a_case_with_nothing_to_recover_breaks_even_at_the_start() -> None:
    view = _case(scale=0.0, **NO_COSTS)
    assert view.figures["terugverdientijd"].value == 0
    cashflow = _text(_section(render_view_html(view), "kasstroom"))
    assert "het break-evenpunt ligt direct bij de start." in cashflow
    assert "ligt na direct" not in cashflow


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
    ("benefit_scale", "wording"),
    [(1.0, "meer dan 99%"), (0.3, "minder dan 1%"), (0.5, None)],  # None: a whole percentage
)
def test_summary_words_extreme_chances(benefit_scale: float, wording: str | None) -> None:
    """A chance that was not so in every draw is never rounded to 100% or 0%."""
    view = sample_view(benefit_scale=benefit_scale)
    assert view.monte_carlo is not None
    chance = view.monte_carlo.chance_positive_npv
    assert 0 < chance < 1
    assert (wording is None) == (0.005 <= chance < 0.995)
    summary = _text(_section(render_view_html(view), "samenvatting"))
    assert f"De kans op een positieve NCW is {wording or f'{round(chance * 100)}%'};" in summary
    assert "100%" not in summary and " 0% van" not in summary


def _prose(html: str) -> list[str]:
    """The running text: paragraphs and captions (not a chart's <path>)."""
    return re.findall(r"<(?:p|figcaption)(?:\s[^>]*)?>(.*?)</(?:p|figcaption)>", html, flags=re.S)


def _minus_amounts(html: str) -> list[str]:
    return [text for text in _prose(html) if "€\xa0-" in text or "€\xa0\u2212" in text]


@pytest.mark.parametrize(
    ("benefit_scale", "npv"),  # a loss; a gain with a negative P10
    [(0.05, "een negatieve NCW van €\xa043.528."), (0.5, "een NCW van €\xa05.156.")],
)
def test_running_text_shows_no_minus_amounts(benefit_scale: float, npv: str) -> None:
    html = render_view_html(sample_view(benefit_scale=benefit_scale))
    assert _minus_amounts(html.replace(_section(html, "samenvatting"), "")) == []
    assert f"De verticale lijn is de verwachte uitkomst: {npv}" in _section(html, "onzekerheid")


@pytest.mark.parametrize("benefit_scale", [0.05, 0.5])
def test_the_summary_shows_no_minus_amounts(benefit_scale: float) -> None:
    html = render_view_html(sample_view(benefit_scale=benefit_scale))
    assert _minus_amounts(_section(html, "samenvatting")) == []


def test_roi_simple_return_and_irr_are_whole_percentages_everywhere() -> None:
    view = sample_view()
    html = render_view_html(view)
    for figure_id in ("roi", "roi.eenvoudig", "irr"):
        value = view.figures[figure_id].value
        assert value is not None
        whole, precise = f"{round(value * 100)}%", f"{value * 100:.1f}%".replace(".", ",")
        assert not precise.endswith(",0%")  # the case's ratio has a decimal to hide
        assert f">{whole}<" in html and precise not in html
    roi = f">{round((view.figures['roi'].value or 0) * 100)}%<"
    assert html.count(roi) == 3  # the summary's tile, the cash-flow page, the expected scenario


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
    view = _case(crm_pakket="anders")
    assert view.recommendation is not None and view.recommendation.verdict == "doorgaan"
    html = render_view_html(view)
    answers = _section(html, "aannames")
    assert "Een ander pakket, of nog niet gekozen" in answers  # the answer as given
    assert "ander pakket" not in html.replace(answers, "").lower()  # never in the prose
    assert "terugverdientijd van een CRM-systeem voor" in html
    assert "Advies: <strong>doorgaan</strong>" in html
    assert "De investering in het nieuwe CRM-systeem verdient zich naar verwachting" in html
    assert "Uitgangspunt is een CRM-systeem voor 12 gebruikers." in html


def test_a_known_package_is_named() -> None:
    html = render_view_html(sample_view())
    assert "terugverdientijd van Pipedrive voor" in html
    assert "De investering in Pipedrive" in html


def test_author_falls_back_to_the_organisation() -> None:
    html = render_view_html(sample_view(style=ReportStyle()))
    assert '<meta name="author" content="Installatiebedrijf De Vries B.V.">' in html


def test_creation_date_carries_the_time_of_rendering() -> None:
    before = dt.datetime.now().astimezone().replace(microsecond=0)
    html = render_view_html(sample_view())
    after = dt.datetime.now().astimezone()
    created = re.search(r'<meta name="dcterms.created" content="([^"]+)">', html)
    assert created is not None
    moment = dt.datetime.fromisoformat(created.group(1))
    assert moment.tzinfo is not None and before <= moment <= after


def test_creation_date_is_the_one_the_style_gives() -> None:
    moment = dt.datetime(2026, 11, 23, 14, 35, 12, tzinfo=dt.UTC)
    html = render_view_html(sample_view(style=ReportStyle(created_at=moment)))
    assert '<meta name="dcterms.created" content="2026-11-23T14:35:12+00:00">' in html


def test_cover_title_keeps_its_last_words_together() -> None:
    assert '<span class="keep-together">CRM-systeem op?</span>' in render_view_html(sample_view())


def test_assumptions_say_richtwaarde_not_benchmark() -> None:
    view = build_report_view(evaluate_example("groothandel-dynamics.yaml"), ReportStyle())
    assert "benchmark" in {a.source for a in view.assumptions}
    html = render_view_html(view)
    assumptions = _section(html, "aannames")
    assert ">richtwaarde<" in assumptions and ">benchmark<" not in assumptions
    assert "<dt>Richtwaarde</dt>" in _section(html, "begrippen")


def test_an_input_in_the_table_is_not_repeated_below_it() -> None:
    view = sample_view()
    inputs = {a.question_id for a in view.assumptions}
    assert {"horizon_jaren", "disconteringsvoet"} <= inputs and "risico_kosten" not in inputs
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
