"""The report's words: notes that hold with own lines, inputs that are used, one term per
concept, small numbers in words, the report's own voice, and a layout a board can read."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

import pytest

from crm_roi.locations import advice_rules_path, report_templates_dir
from crm_roi.report.adapter import build_report_view
from crm_roi.report.filters import shown
from crm_roi.report.render import render_view_html
from crm_roi.report.style import ReportStyle
from crm_roi.report.tables import ShareRow
from crm_roi.report.view import Assumption, ReportView, Target

from .cases import OWN_LINES, evaluate_example, evaluate_file
from .sample_views import sample_view

WHOLESALE = "groothandel-dynamics.yaml"
SALESFORCE = "zakelijke-dienstverlener-salesforce.yaml"
INSTALLER = "installatiebedrijf-pipedrive.yaml"  # no own lines; every answer the client's own


def _section(view: ReportView, chapter_id: str) -> str:
    html = render_view_html(view).split(f'id="{chapter_id}"')[1].split("</section>")[0]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ").split())


def _text(view: ReportView) -> str:
    plain = unescape(re.sub(r"<[^>]+>", " ", render_view_html(view)))
    return " ".join(plain.replace("\xa0", " ").split())


def _with_own_benefit(view: ReportView) -> ReportView:
    """The same case with an own benefit line (eigen post), computed by the domain."""
    from crm_roi.interview import new_interview
    from crm_roi.interview.model import EigenPost
    from crm_roi.pipeline import evaluate

    from .sample_views import sample_answers

    answers = sample_answers(
        organisation=view.meta.organisation,
        horizon=view.horizon,
        users=view.meta.user_count,
        scale=1.0,
        benefit_scale=1.0,
    )
    own = [
        *answers.pop("eigen_posten"),
        {"naam": "Minder drukwerk", "soort": "baten", "bedragen": [0.0] + [500.0] * view.horizon},
    ]
    interview = new_interview("crm_roi", "1").with_answers(answers)
    interview = interview.model_copy(
        update={"eigen_posten": tuple(EigenPost.model_validate(item) for item in own)}
    )
    return build_report_view(evaluate(interview), ReportStyle())


@pytest.fixture(scope="module")
def own_lines() -> ReportView:
    return build_report_view(evaluate_file(OWN_LINES), ReportStyle())


@pytest.fixture(scope="module")
def wholesale() -> ReportView:
    return build_report_view(evaluate_example(WHOLESALE), ReportStyle())


@pytest.fixture(scope="module")
def installer() -> ReportView:
    return build_report_view(evaluate_example(INSTALLER), ReportStyle())


def test_costs_say_own_cost_lines_are_not_risk_adjusted() -> None:
    costs = _section(sample_view(), "kosten")
    assert "De berekende kosten zijn verhoogd met een risicocorrectie van 5%" in costs
    assert "de eigen kostenposten van de adviseur tellen mee zoals opgegeven" in costs
    assert "Alle bedragen zijn verhoogd" not in costs


def test_costs_without_own_lines_do_not_mention_them(installer: ReportView) -> None:
    assert not installer.has_own_costs
    costs = _section(installer, "kosten")
    assert "eigen kostenposten" not in costs and "eigen post" not in costs


def test_benefits_say_own_benefit_lines_have_no_ramp_up_and_no_risk_correction() -> None:
    view = _with_own_benefit(sample_view())
    benefits = _section(view, "baten")
    assert "De eigen batenposten van de adviseur tellen mee zoals opgegeven" in benefits
    assert "zonder ingroei en zonder risicocorrectie" in benefits
    assert "eigen posten zoals opgegeven" in _section(view, "samenvatting")
    assert "eigen batenposten" not in _section(sample_view(), "baten")


def test_the_own_lines_fixture_shows_every_note(own_lines: ReportView) -> None:
    text = _text(own_lines)
    assert own_lines.has_own_costs and own_lines.has_own_benefits
    assert "de eigen kostenposten van de adviseur tellen mee zoals opgegeven" in text
    assert "De eigen batenposten van de adviseur tellen mee zoals opgegeven" in text
    assert "de eigen posten van de adviseur zonder correctie" in text  # the summary
    assert "(eigen posten zoals opgegeven)" in text  # the chart's caption


def test_a_payback_in_words_gets_a_tile_that_wraps() -> None:
    html = render_view_html(sample_view(benefit_scale=0.05))
    assert '<span class="tile-value neg tile-words">niet binnen 3 jaar</span>' in html
    css = (report_templates_dir() / "report.css").read_text(encoding="utf-8")
    assert re.search(r"\.tile-value\.tile-words \{[^}]*white-space: normal", css)


def test_an_unused_answer_is_named_below_the_table_not_in_it(wholesale: ReportView) -> None:
    assumptions = _section(wholesale, "aannames")
    used = [a.question_id for a in wholesale.assumptions]
    assert "gemiddelde_orderwaarde" not in used
    assert [a.question_id for a in wholesale.unused_assumptions] == ["gemiddelde_orderwaarde"]
    assert "daarom niet in de tabel: gemiddelde orderwaarde." in assumptions
    assert "geavanceerd" in used  # it decides which questions follow: it explains them


def test_all_answers_own_is_said_as_such(installer: ReportView) -> None:
    total = len(installer.assumptions)
    assert {a.source for a in installer.assumptions} == {"user"}
    assumptions = _section(installer, "aannames")
    assert f"Alle {total} aannames zijn eigen antwoorden." in assumptions
    assert f"{total} van de {total}" not in assumptions
    assert "Vervang standaardwaarden" not in assumptions


def test_some_answers_own_are_counted_without_a_digit_opening_the_sentence() -> None:
    view = sample_view()  # every answer given but one: own risk correction (default: no)
    total = len(view.assumptions)
    own = [a for a in view.assumptions if a.source == "user"]
    assert 1 < len(own) < total
    assumptions = _section(view, "aannames")
    assert f"Van de {total} aannames zijn er {len(own)} eigen antwoorden." in assumptions
    assert "Vervang standaardwaarden waar mogelijk door eigen cijfers" in assumptions


def test_the_simulation_seed_is_a_technical_note_in_the_assumptions() -> None:
    view = sample_view()
    assert view.monte_carlo is not None
    seed = str(view.monte_carlo.seed)
    assert seed not in _section(view, "onzekerheid")
    assumptions = _section(view, "aannames")
    assert f"vaste startwaarde van de toevalsgenerator ({seed})" in assumptions


def test_small_counts_are_words() -> None:
    view = sample_view()
    assert len(view.goals) == 3
    assert "bijdragen aan drie doelen." in _section(view, "doelen")


@pytest.mark.parametrize(
    ("avoid", "use"),
    [
        ("Monte Carlo", "Monte-Carlosimulatie"),
        ("adoptie", "ingroei"),
        ("training", "opleiding"),
        ("doelstelling", "doel"),
        ("Meet plan tegen werkelijkheid", None),
    ],
)
def test_one_term_per_concept(own_lines: ReportView, avoid: str, use: str | None) -> None:
    text = _text(own_lines) + _text(sample_view())
    assert avoid.lower() not in text.lower()
    assert use is None or use.lower() in text.lower()


def test_the_report_never_speaks_as_i() -> None:
    sources = [path.read_text(encoding="utf-8") for path in report_templates_dir().rglob("*.j2")]
    sources.append(advice_rules_path().read_text(encoding="utf-8"))
    found = [match for text in sources for match in re.findall(r"\b(?:ik|mij|mijn)\b", text)]
    assert found == []


def _cost_shares(view: ReportView) -> tuple[ShareRow, ...]:
    assert view.tables is not None
    return view.tables.cost_shares


def test_the_licence_share_of_the_advice_is_the_one_in_the_costs_table() -> None:
    view = build_report_view(evaluate_example(SALESFORCE), ReportStyle())
    licences = next(row for row in _cost_shares(view) if row.label == "Licenties")
    assert licences.share is not None
    amount, share = (
        shown(figure).replace("\xa0", " ") for figure in (licences.amount, licences.share)
    )
    assert f"Licenties {amount} {share}" in _section(view, "kosten")
    advice = next(a for a in view.advices if a.title == "Licenties zijn de grootste kostenpost")
    assert f"gaat {share} naar licenties" in advice.text


def test_costs_per_post_add_up_to_the_total_costs(own_lines: ReportView) -> None:
    rows = _cost_shares(own_lines)
    assert any(row.own for row in rows)  # the own lines are posts too
    assert sum(row.share.value or 0 for row in rows if row.share) == pytest.approx(1.0)
    assert "Kosten per post over 7 jaar" in _section(own_lines, "kosten")


def test_a_failing_case_gets_no_go_live_advice(own_lines: ReportView) -> None:
    summary = _section(own_lines, "samenvatting")
    titles = [advice.title for advice in own_lines.advices]
    assert "Leg vóór de livegang een nulmeting vast" not in titles
    assert "Wat de business case sluitend maakt" in summary
    assert "Een analyseperiode van 7 jaar is lang" in titles


def test_negative_amounts_carry_a_true_minus_sign(own_lines: ReportView) -> None:
    text = _text(own_lines)
    assert "€ −" in text and "€ -" not in text


def test_labels_inside_a_sentence_are_lower_case() -> None:
    view = build_report_view(evaluate_example(SALESFORCE), ReportStyle())
    assert "Toets eerst deze aanname: daling van het klantverloop" in _section(view, "samenvatting")


def _font_sizes(css: str) -> dict[str, float]:
    """Selector → font size in points, for every rule that sets one."""
    sizes = {}
    for selector, body in re.findall(r"([^{};]+)\{([^{}]*)\}", css):
        match = re.search(r"font(?:-size)?:\s*([\d.]+)pt", body)
        if match:
            sizes[selector.strip()] = float(match.group(1))
    return sizes


def test_body_text_is_at_least_9_5_pt_and_table_text_at_least_8_5_pt() -> None:
    sizes = _font_sizes((report_templates_dir() / "report.css").read_text(encoding="utf-8"))
    assert sizes["html"] >= 9.5
    small = {selector: size for selector, size in sizes.items() if size < 8.5}
    # Only the running headers and footers and the small capitals of an advice's severity.
    assert set(small) <= {"@top-left", "@top-right", "@bottom-left", "@bottom-right", ".severity"}


def test_assumption_groups_keep_their_label_on_the_page() -> None:
    html = render_view_html(sample_view())
    assumptions = html.split('id="aannames"')[1].split("</table>")[0]
    groups = re.findall(r'<tbody class="group-block">\s*<tr class="group">', assumptions)
    assert len(groups) == len({a.section for a in sample_view().assumptions})
    css = (report_templates_dir() / "report.css").read_text(encoding="utf-8")
    assert "tbody.group-block { break-inside: avoid; }" in css


def test_a_target_in_percentage_points_is_not_called_concrete() -> None:
    view = sample_view(benefit_scale=0.5)
    target = Target("Klantbehoud", "Daling van het klantverloop", 1.5, 1.7, "points")
    method_a = dataclasses.replace(view.method_a, reached=False, gap=1000.0, targets=(target,))
    methods = _section(dataclasses.replace(view, method_a=method_a), "methoden")
    assert "1,7 procentpunt" in methods and "concreet" not in methods
    assert "te vertalen in een streefwaarde per aanname" in methods


def test_a_long_horizon_keeps_the_measurement_plan_in_portrait() -> None:
    html = render_view_html(sample_view(horizon=8))
    assert 'class="chapter wide" id="kosten"' in html
    assert 'class="chapter" id="meetplan"' in html


def test_unused_assumptions_default_to_none() -> None:
    view = sample_view()
    assert view.unused_assumptions == ()
    extra = Assumption("x", "Baten", "Gemiddelde orderwaarde", "€ 850", "user", "")
    text = _section(dataclasses.replace(view, unused_assumptions=(extra,)), "aannames")
    assert "De berekening gebruikt dit antwoord niet" in text
