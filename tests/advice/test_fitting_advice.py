"""Advice that fits the case: what would make a failing case work instead of go-live advice,
no zero changes, the case's own figures (never a typed number), labels inside sentences."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from crm_roi import formatting
from crm_roi.advice import AdviceError, AdviceResult, evaluate_advice, load_advice_rules
from crm_roi.advice.rules import load_advice_rules_file
from crm_roi.benchmarks import load_benchmarks
from crm_roi.business_case import BusinessCase, compute_business_case
from crm_roi.figures import build_figures
from crm_roi.flow import Engine, load_default_flow
from crm_roi.locations import advice_rules_path

BASE = {
    "organisatie": "Acme",
    "aantal_gebruikers": 12,
    "crm_pakket": "pipedrive",
    "doelen": ["efficientie", "leads"],
    "extra_leads_per_maand": 5,
    "gemiddelde_orderwaarde": 2500.0,
}
GO_LIVE = {"nulmeting", "eigenaar", "pilotteam", "meten"}
FAILING = {"doelen": ["leads"], "extra_leads_per_maand": 0, "aantal_gebruikers": 12}


def _case(**answers: Any) -> tuple[dict[str, Any], BusinessCase]:
    benchmarks = load_benchmarks()
    inputs = dict(Engine(load_default_flow(), benchmarks, {**BASE, **answers}).inputs())
    return inputs, compute_business_case(inputs, benchmarks, draws=200)


def _advise(**answers: Any) -> AdviceResult:
    inputs, case = _case(**answers)
    return evaluate_advice(load_advice_rules(), inputs, case)


def _ids(result: AdviceResult) -> set[str]:
    return {advice.id for advice in result.advices}


def _text(result: AdviceResult, rule_id: str) -> str:
    advice = next(a for a in result.advices if a.id == rule_id)
    return f"{advice.title} {advice.text}"


def test_a_case_that_does_not_pay_back_gets_no_go_live_advice() -> None:
    result = _advise(**FAILING)
    assert _ids(result) & GO_LIVE == set()
    assert {"sluitend_maken", "opnieuw_doorrekenen"} <= _ids(result)
    assert len(result.top(3)) == 3


def test_what_makes_a_failing_case_work_names_its_shortfall_and_costs() -> None:
    inputs, case = _case(**FAILING)
    text = _text(evaluate_advice(load_advice_rules(), inputs, case), "sluitend_maken")
    shortfall = round(case.method_a.required_yearly_benefit) - round(
        case.method_a.expected_average_yearly_benefit
    )
    assert f"{formatting.euro(shortfall)} per jaar te weinig" in text
    assert f"nu {formatting.euro(case.costs[0])}" in text


def test_a_case_that_pays_back_gets_its_go_live_advice() -> None:
    assert GO_LIVE - {"pilotteam"} <= _ids(_advise())
    assert "opnieuw_doorrekenen" not in _ids(_advise())


def test_a_goal_without_any_change_gets_no_zero_target() -> None:
    result = _advise(extra_leads_per_maand=0)
    leads = next(kpi for kpi in result.kpis if kpi.goal == "leads")
    assert " 0 per maand" not in leads.target and "met 0 " not in leads.target
    assert leads.target == "Meer opgevolgde leads per maand bij een gelijke of hogere conversie."


def test_kpi_amounts_are_the_ones_the_benefit_table_shows() -> None:
    inputs, case = _case()
    result = evaluate_advice(load_advice_rules(), inputs, case)
    efficiency = next(kpi for kpi in result.kpis if kpi.goal == "efficientie")
    line = next(line for line in case.benefit_lines if line.goal == "efficientie")
    assert formatting.euro(line.amounts[-1]) in efficiency.target
    assert "na risicocorrectie" in efficiency.target and f"jaar {case.horizon}" in efficiency.target


@pytest.mark.parametrize(("horizon", "warned"), [(5, False), (6, True), (8, True)])
def test_the_software_lifetime_warning_comes_with_every_horizon_above_five(
    horizon: int, warned: bool
) -> None:
    result = _advise(horizon_jaren=horizon, extra_leads_per_maand=20)
    assert ("lange_horizon" in _ids(result)) is warned
    if warned:
        assert result.advices[0].severity != "info"
        assert f"{horizon} jaar" in _text(result, "lange_horizon")


def test_the_uncertainty_advice_quotes_the_case_own_risk_correction() -> None:
    result = _advise(zekerheid="onzeker", geavanceerd=True, risico_baten=15, risico_kosten=8)
    text = _text(result, "onzeker")
    assert "met 15% en verhoogt de kosten met 8%" in text
    assert "20%" not in text and "10%" not in text


def test_the_licence_share_is_the_share_of_all_costs_shown_in_the_costs_table() -> None:
    inputs, case = _case(licentie_per_gebruiker_per_maand=150.0, beheer_uren_per_maand=1.0)
    text = _text(evaluate_advice(load_advice_rules(), inputs, case), "licenties_grootste_post")
    share = build_figures(case).value("kosten.licenties.aandeel")  # the costs table's figure
    licences = next(line for line in case.cost_lines if line.key == "licenties")
    assert share == pytest.approx(licences.total / case.analysis.total_costs)
    assert f"gaat {formatting.fraction_percent(share, decimals=0)} naar licenties" in text


def test_small_numbers_are_words() -> None:
    result = _advise(
        doelen=["efficientie", "leads", "conversie", "klantbehoud"],
        omzet_per_jaar=2_000_000.0,
        aantal_klanten=300,
        omzet_per_klant_per_jaar=4000.0,
    )
    assert "U rekent met vier doelen tegelijk." in _text(result, "veel_doelen")


def test_a_label_inside_a_sentence_starts_lower_case() -> None:
    result = _advise(extra_leads_per_maand=40)
    assert "uit één doel: meer leads." in _text(result, "leunt_op_een_doel")
    assert formatting.in_sentence("NPS-score van klanten") == "NPS-score van klanten"
    assert formatting.in_sentence("CRM-pakket") == "CRM-pakket"
    assert formatting.in_sentence("Daling van het klantverloop") == "daling van het klantverloop"


def test_rules_of_thumb_are_quoted_from_the_benchmarks() -> None:
    result = _advise(interne_projecturen=0.0, beheer_uren_per_maand=0.0)
    benchmarks = load_benchmarks()
    base = formatting.hours(benchmarks.value("interne_projecturen_basis", {}))
    assert f"vuistregel is {base} plus" in _text(result, "geen_projecturen")
    monthly = formatting.hours(benchmarks.value("beheer_uren_per_maand", {}))
    assert f"vuistregel is {monthly} functioneel beheer" in _text(result, "geen_beheer")


def _texts() -> list[tuple[str, str]]:
    """Every Dutch text of the advice rules file with the id of its rule or KPI."""
    data = yaml.safe_load(advice_rules_path().read_text(encoding="utf-8"))
    fields = ("title", "text", "name", "baseline", "target", "fallback_target", "how")
    texts = [
        (str(item.get("id") or item.get("goal")), str(item[field]))
        for item in [*data["advices"], *data["kpis"]]
        for field in fields
        if field in item
    ]
    return texts + [("global_kpi", str(text)) for text in data["global_kpi"].values()]


# The only typed numbers: studies quoted with their source and year (rule geen_training).
SOURCED = {"geen_training": {"2001", "2009", "18", "70", "2006", "40", "90"}}


def test_no_number_is_typed_into_an_advice_text() -> None:
    typed = {
        (rule, number)
        for rule, text in _texts()
        for number in re.findall(r"\d+", re.sub(r"\{[^{}]*\}", "", text))
        if number not in SOURCED.get(rule, set())
    }
    assert typed == set()


def test_an_unknown_rule_of_thumb_is_a_dutch_error(tmp_path: Path) -> None:
    path = tmp_path / "advice.yaml"
    path.write_text(
        "version: '1'\nkpis: []\nadvices:\n"
        '  - {id: r, when: "True", severity: info, title: T, text: "{hours:bm.onbekend}"}\n',
        encoding="utf-8",
    )
    with pytest.raises(AdviceError) as caught:
        load_advice_rules_file(path)
    assert caught.value.message == "Adviesregel 'r': onbekende richtwaarde 'bm.onbekend'."
