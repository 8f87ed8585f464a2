"""The chapters "Wat is er veranderd sinds ..." and "Plan en realisatie": only when asked,
amounts that add up on the page, the NCW the rest of the report shows, and advice per KPI."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

import pytest

from crm_roi import formatting
from crm_roi.benchmarks import load_benchmarks
from crm_roi.history import with_history
from crm_roi.interview.model import RealisedYear
from crm_roi.pipeline import Evaluation, evaluate
from crm_roi.report.adapter import build_report_view
from crm_roi.report.render import render_view_html
from crm_roi.report.style import ReportStyle
from crm_roi.report.view import ReportView

from .cases import CHANGED, REALISED, evaluate_file, evaluate_with_history

AMOUNT = re.compile(r"€[ \xa0]([−-]?)([\d.]+)")


def _html(view: ReportView) -> str:
    return render_view_html(view)


def _plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ").split())


def _section(html: str, chapter_id: str) -> str:
    return html.split(f'id="{chapter_id}"')[1].split("</section>")[0]


def _table(html: str, css_class: str) -> list[list[str]]:
    """The cells of the first table with this class, row by row, as plain text."""
    table = html.split(f'<table class="grid {css_class}')[1].split("</table>")[0]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
    return [
        [_plain(cell) for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]
        for row in rows
    ]


def _euros(text: str) -> int:
    sign, digits = AMOUNT.search(text).groups()  # type: ignore[union-attr]
    return (-1 if sign else 1) * int(digits.replace(".", ""))


@pytest.fixture(scope="module")
def changed() -> ReportView:
    return build_report_view(evaluate_with_history(CHANGED, since_version=1), ReportStyle())


@pytest.fixture(scope="module")
def changed_html(changed: ReportView) -> str:
    return _html(changed)


@pytest.fixture(scope="module")
def realised() -> ReportView:
    return build_report_view(evaluate_with_history(REALISED), ReportStyle())


@pytest.fixture(scope="module")
def realised_html(realised: ReportView) -> str:
    return _html(realised)


def test_the_chapters_appear_only_when_asked() -> None:
    html = _html(build_report_view(evaluate_file(CHANGED), ReportStyle()))
    assert 'id="wijzigingen"' not in html and 'id="realisatie"' not in html
    assert "Wat is er veranderd" not in html and "Plan en realisatie" not in html


def test_the_changes_chapter_follows_the_summary_and_is_in_the_contents(
    changed_html: str,
) -> None:
    contents = _plain(changed_html.split('class="contents"')[1].split("</ol>")[0])
    assert "1 Managementsamenvatting 2 Wat is er veranderd sinds versie 1 van 12 maart 2026" in (
        contents
    )
    assert "3 Doelen en KPI's" in contents
    assert 'id="realisatie"' not in changed_html  # the changed interview has no realisatie
    heading = _plain(_section(changed_html, "wijzigingen").split("<h1>")[1].split("</h1>")[0])
    assert heading == "2 Wat is er veranderd sinds versie 1 van 12 maart 2026"


def test_the_plan_chapter_follows_the_summary_and_is_in_the_contents(realised_html: str) -> None:
    contents = _plain(realised_html.split('class="contents"')[1].split("</ol>")[0])
    assert "1 Managementsamenvatting 2 Plan en realisatie 3 Doelen en KPI's" in contents
    assert 'id="wijzigingen"' not in realised_html


def test_both_chapters_when_both_are_asked() -> None:
    evaluation = evaluate_with_history(REALISED, since_version=1)
    html = _html(build_report_view(evaluation, ReportStyle()))
    contents = _plain(html.split('class="contents"')[1].split("</ol>")[0])
    assert "2 Wat is er veranderd sinds versie 1" in contents and "3 Plan en realisatie" in contents
    assert "Geen enkel antwoord is veranderd." in _plain(_section(html, "wijzigingen"))


def test_the_shown_effects_add_up_to_the_shown_change_of_the_npv(
    changed: ReportView, changed_html: str
) -> None:
    rows = _table(_section(changed_html, "wijzigingen"), "steps-table")
    header, start, *steps, total = rows
    assert header == ["Stap", "Effect op de NCW", "NCW na deze stap"]
    assert start[0] == "NCW volgens versie 1"
    before = _euros(start[2])
    running = before
    for label, effect, after in steps:
        assert _euros(after) == running + _euros(effect), label
        running = _euros(after)
    assert sum(_euros(step[1]) for step in steps) == _euros(total[1])
    assert _euros(total[2]) == running == before + _euros(total[1])
    # the NCW after is the NCW of the rest of the report
    ncw = formatting.euro(changed.figures.value("ncw")).replace("\xa0", " ")
    assert total[2] == ncw
    assert f"Netto contante waarde (NCW) {ncw}" in _plain(_section(changed_html, "kasstroom"))


def test_the_headline_table_shows_before_now_and_their_difference(changed_html: str) -> None:
    rows = {row[0]: row[1:] for row in _table(_section(changed_html, "wijzigingen"), "headlines")}
    for label in ("Netto contante waarde (NCW)", "Totale kosten", "Totale baten"):
        before, after, difference = rows[label]
        assert _euros(after) - _euros(before) == _euros(difference), label
    roi_before, roi_after, roi_difference = rows["Rendement (ROI)"]
    points = int(roi_after.rstrip("%")) - int(roi_before.rstrip("%"))
    assert roi_difference == f"{points} procentpunt"
    assert rows["Advies"][:2] == ["doorgaan", "doorgaan"]


def test_every_kind_of_change_is_named_in_dutch_with_both_sources(changed_html: str) -> None:
    chapter = _section(changed_html, "wijzigingen")
    rows = {row[0]: row[1:] for row in _table(chapter, "changed-inputs") if len(row) == 4}
    assert rows["Licentie per gebruiker per maand"] == ["€ 29", "€ 35", "eigen wijziging"]
    assert rows["Datamigratie"][2] == "standaardwaarde gewijzigd"
    assert rows["Omzet per jaar"][2] == "nieuwe vraag"
    assert rows["Aantal klanten"][2] == "vervallen vraag"
    text = _plain(chapter)
    assert "Bron in versie 1: standaardwaarde (oude vuistregel: migratie uit Excel, 2024)." in text
    assert "Bron nu: standaardwaarde (" in text


def test_a_step_that_only_counts_with_others_names_them(changed_html: str) -> None:
    text = _plain(_section(changed_html, "wijzigingen"))
    assert "Doelen (samen met omzet per jaar en omzetgroei door betere conversie)" in text


def test_the_summary_names_what_moved_the_npv_most(changed: ReportView, changed_html: str) -> None:
    summary = _plain(_section(changed_html, "samenvatting"))
    assert changed.changes is not None and changed.changes.largest is not None
    largest = changed.changes.largest
    assert largest.label == "Doelen"
    effect = formatting.euro(largest.effect.value or 0).replace("\xa0", " ")
    assert "Sinds versie 1 van 12 maart 2026 is de NCW gestegen: van € " in summary
    assert f"de grootste verschuiving komt van doelen: {effect} (hoofdstuk 2)." in summary


def _svg(html: str) -> str:
    chapter = _section(html, "wijzigingen")
    return chapter.split('<figure class="chart-figure">')[1].split("</svg>")[0]


def test_the_waterfall_runs_from_the_npv_before_to_the_npv_after(
    changed: ReportView, changed_html: str
) -> None:
    svg = _svg(changed_html)
    ticks = dict(
        (_euros(text), float(x))
        for x, text in re.findall(r'<text x="([\d.]+)"[^>]*class="tick"[^>]*>([^<]*)</text>', svg)
    )
    (v0, x0), (v1, x1) = sorted(ticks.items())[:2]
    scale = (x1 - x0) / (v1 - v0)

    def at(value: float) -> float:
        return x0 + (value - v0) * scale

    bars = [
        (float(x), float(width))
        for x, width in re.findall(
            r'<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg
        )
    ]
    assert changed.changes is not None
    steps = [s for s in changed.changes.steps if s.effect.value]
    assert len(bars) == len(steps) + 2
    whole = [float(formatting.rounded(changed.changes.npv_before.value or 0))]
    whole += [float(formatting.rounded(s.running.value or 0)) for s in steps]
    # the first and last bars stand on zero and reach the NCW before and after
    assert bars[0][0] == pytest.approx(at(0), abs=0.2)
    assert bars[0][0] + bars[0][1] == pytest.approx(at(whole[0]), abs=0.2)
    assert bars[-1][0] + bars[-1][1] == pytest.approx(at(whole[-1]), abs=0.2)
    # each step spans from the NCW before it to the NCW after it, in order
    for (x, width), start, end in zip(bars[1:-1], whole[:-1], whole[1:], strict=True):
        assert x == pytest.approx(at(min(start, end)), abs=0.2)
        assert x + width == pytest.approx(at(max(start, end)), abs=0.2)
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    labels = [t for t in texts if not t.startswith("€")]
    assert labels[0] == "NCW versie 1" and labels[-1] == "NCW nu"


def test_a_realised_year_adds_up_on_the_page(realised: ReportView, realised_html: str) -> None:
    chapter = _section(realised_html, "realisatie")
    tables = chapter.split('<table class="grid plan-actual-lines')[1:]
    assert len(tables) == 2  # the start and year 1
    for table in tables:
        rows = _table('<table class="grid plan-actual-lines' + table, "plan-actual-lines")
        block: list[list[str]] = []
        for row in rows[1:]:
            if len(row) == 1:  # "Kosten" or "Baten"
                block = []
            elif row[0].startswith("Totaal"):
                for column in (1, 2, 3):
                    shown = sum(_euros(r[column]) for r in block)
                    assert abs(shown - _euros(row[column])) <= len(block) / 2, row
                assert _euros(row[2]) - _euros(row[1]) == _euros(row[3])
            else:
                assert _euros(row[2]) - _euros(row[1]) == _euros(row[3]), row
                block.append(row)


def test_an_unmeasured_line_is_marked_and_counts_as_planned(realised_html: str) -> None:
    rows = _table(_section(realised_html, "realisatie"), "plan-actual-lines")
    integration = next(row for row in rows if row[0].startswith("Koppelingen"))
    assert integration[0].endswith("niet gemeten (plan)")
    assert integration[1] == integration[2] and integration[3] == "€ 0"


def test_the_results_stand_beside_each_other(realised: ReportView, realised_html: str) -> None:
    rows = {r[0]: r[1:] for r in _table(_section(realised_html, "realisatie"), "plan-results")}
    plan, forecast, difference = rows["Netto contante waarde (NCW)"]
    assert _euros(forecast) - _euros(plan) == _euros(difference)
    assert rows["Terugverdientijd"][0] == "17,2 maanden"
    # the plan is version 1: the NCW its report showed
    assert realised.actuals is not None
    assert _euros(plan) == round(realised.figures.value("ncw"))  # nothing changed since


def test_the_kpi_table_and_the_advice_per_lagging_kpi(realised_html: str) -> None:
    chapter = _section(realised_html, "realisatie")
    rows = {r[0]: r[1:] for r in _table(chapter, "kpi-status")}
    assert rows["Tijdwinst per gebruiker per week (in uur)"] == [
        "1",
        "0",
        "1,5",
        "0,68",
        "0,5",
        "nee",
    ]
    assert rows["Extra leads per maand"][-1] == "ja"
    assert rows["Daling van het klantverloop (in procentpunt)"][-2:] == ["–", "niet gemeten"]
    text = _plain(chapter)
    assert "Kostenefficiënt werken: tijdwinst per gebruiker per week blijft achter" in text
    assert "Gemeten in jaar 1: 0,5 uur, tegen een doel van 0,68 uur." in text
    assert "dashboards" in text and "opleiding" in text
    assert "Nog niet gemeten: daling van het klantverloop." in text
    assert "Op koers: extra leads per maand." in text


def test_all_kpis_on_track_get_one_sentence() -> None:
    from crm_roi.interview import read_interview

    loaded = read_interview(REALISED)
    interview = loaded.interview.model_copy(
        update={"realisatie": {1: RealisedYear(metingen={"extra_leads_per_maand": 3})}}
    )
    evaluation: Evaluation = with_history(evaluate(interview), load_benchmarks())
    text = _plain(_section(_html(build_report_view(evaluation, ReportStyle())), "realisatie"))
    assert "Alle gemeten KPI's liggen op koers: elke meting haalt het doel van dat jaar." in text
    assert "blijft achter" not in text


def test_the_summary_gives_the_npv_by_the_actuals_beside_the_plan(realised: ReportView) -> None:
    summary = _plain(_section(_html(realised), "samenvatting"))
    assert realised.actuals is not None
    npv = realised.actuals.result("ncw")
    forecast, plan = (
        formatting.euro(f.value or 0).replace("\xa0", " ") for f in (npv.forecast, npv.plan)
    )
    assert (
        f"Volgens realisatie en prognose is de NCW {forecast}, tegen {plan} volgens plan; "
        "achter bij het doel: tijdwinst per gebruiker per week (hoofdstuk 2)."
    ) in summary


@pytest.mark.parametrize(("avoid", "use"), [("adoptie", "ingroei"), ("training", "opleiding")])
def test_one_term_per_concept_in_the_new_chapters(
    changed_html: str, realised_html: str, avoid: str, use: str
) -> None:
    text = _plain(_section(changed_html, "wijzigingen") + _section(realised_html, "realisatie"))
    assert avoid not in text.lower() and use in text.lower()


def test_a_view_without_history_has_no_history() -> None:
    view = build_report_view(evaluate_file(REALISED), ReportStyle())
    assert view.changes is None and view.actuals is None
    assert dataclasses.replace(view).actuals is None


def test_a_global_estimate_has_actual_costs_but_no_kpi_targets() -> None:
    from crm_roi.interview import read_interview

    interview = read_interview(REALISED).interview
    answers = {**interview.answers, "methode": "globaal", "verwachte_jaarlijkse_baten": 30000}
    interview = interview.with_answers(answers).model_copy(  # no version: the plan is this case
        update={"realisatie": {1: RealisedYear(kosten={"licenties": 4500})}, "versies": ()}
    )
    evaluation = with_history(evaluate(interview), load_benchmarks())
    chapter = _section(_html(build_report_view(evaluation, ReportStyle())), "realisatie")
    assert "kpi-status" not in chapter
    assert "De baten zijn globaal geschat" in _plain(chapter)
    assert "Het plan is de business case in dit rapport." in _plain(chapter)
    rows = _table(chapter, "plan-actual-lines")
    assert ["Licenties", "€ 4.385", "€ 4.500", "€ 115"] in rows


def test_the_measurement_plan_of_a_live_crm_speaks_of_after_the_go_live(
    changed_html: str, realised: ReportView, realised_html: str
) -> None:
    """Before the go-live the plan asks for a baseline; once the CRM is live it asks for a
    measurement after each year and points to "Plan en realisatie" instead of empty columns."""
    before = _plain(_section(changed_html, "meetplan"))
    assert "Vóór de livegang" in before
    assert "Plan tegenover werkelijkheid" in before
    live = _plain(_section(realised_html, "meetplan"))
    assert realised.go_live is not None
    assert f"Het CRM is sinds {formatting.date(realised.go_live)} in gebruik." in live
    assert "Vóór de livegang" not in live
    assert "Plan tegenover werkelijkheid" not in live
    # the chapters up to and including "Plan en realisatie" (its own tag opens before its id)
    chapter = realised_html.split('id="realisatie"')[0].count('<section class="chapter')
    assert f"staan met het plan ernaast in hoofdstuk {chapter}" in live
