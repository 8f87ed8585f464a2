"""Advice rules: the required advices fire on their condition, sorted by importance, and
every chosen goal gets its KPI with baseline, target and how to measure."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from crm_roi.advice import AdviceError, AdviceResult, evaluate_advice, load_advice_rules
from crm_roi.advice.rules import load_advice_rules_file
from crm_roi.benchmarks import load_benchmarks
from crm_roi.business_case import compute_business_case
from crm_roi.flow import Engine, load_default_flow

BASE = {
    "organisatie": "Acme",
    "aantal_gebruikers": 12,
    "crm_pakket": "pipedrive",
    "doelen": ["efficientie", "leads"],
    "extra_leads_per_maand": 5,
    "gemiddelde_orderwaarde": 2500.0,
}
NO_COSTS_BUT_LICENCES = dict.fromkeys(
    (
        "eenmalige_setupkosten",
        "implementatiekosten",
        "datamigratiekosten",
        "opleiding_extern",
        "opleiding_uren_per_gebruiker",
        "interne_projecturen",
        "beheer_uren_per_maand",
        "overige_kosten_per_jaar",
    ),
    0.0,
)


def _advise(**answers: Any) -> AdviceResult:
    benchmarks = load_benchmarks()
    engine = Engine(load_default_flow(), benchmarks, {**BASE, **answers})
    inputs = engine.inputs()
    case = compute_business_case(inputs, benchmarks, uncertainty=False)
    return evaluate_advice(load_advice_rules(), inputs, case)


def _ids(result: AdviceResult) -> list[str]:
    return [advice.id for advice in result.advices]


def test_no_training_hours_warns_about_adoption() -> None:
    result = _advise(opleiding_uren_per_gebruiker=0.0)
    advice = next(a for a in result.advices if a.id == "geen_training")
    assert advice.severity == "warning"
    assert "opleidingsuren" in advice.text
    assert "8 uur opleiding per gebruiker" in advice.text  # the rule of thumb, from benchmarks


def test_training_hours_give_no_adoption_warning() -> None:
    assert "geen_training" not in _ids(_advise())


def test_only_licence_costs_names_the_forgotten_costs() -> None:
    result = _advise(**NO_COSTS_BUT_LICENCES)
    advice = next(a for a in result.advices if a.id == "alleen_licenties")
    assert "€\xa04.385" in advice.text  # 12 users × € 29 × 12 + 5% risk, as the table shows
    assert "implementatie" in advice.text and "datamigratie" in advice.text


def test_payback_beyond_the_horizon() -> None:
    result = _advise(doelen=["leads"], extra_leads_per_maand=0, horizon_jaren=2)
    advice = next(a for a in result.advices if a.id == "niet_terugverdiend")
    assert advice.severity == "critical"
    assert "2 jaar" in advice.text


def test_roi_above_500_percent_asks_to_check_assumptions() -> None:
    result = _advise(extra_leads_per_maand=400)
    assert "roi_te_hoog" in _ids(result)


def test_advices_are_sorted_by_severity_then_priority() -> None:
    result = _advise(doelen=["leads"], extra_leads_per_maand=0, opleiding_uren_per_gebruiker=0.0)
    ranks = [{"critical": 0, "warning": 1, "info": 2}[a.severity] for a in result.advices]
    assert ranks == sorted(ranks)
    assert result.top(3)[0].severity == "critical"


def test_kpis_only_for_the_chosen_goals() -> None:
    result = _advise()
    assert [kpi.goal for kpi in result.kpis] == ["efficientie", "leads"]


def test_kpi_target_is_filled_in_with_the_inputs() -> None:
    leads = next(k for k in _advise().kpis if k.goal == "leads")
    assert leads.target == (
        "Het aantal opgevolgde leads stijgt met 5 per maand. Bij een conversie van 10% zijn dat "
        "ongeveer 6 nieuwe klanten per jaar."
    )
    assert leads.baseline and leads.how


def test_global_method_keeps_a_kpi_per_chosen_goal() -> None:
    result = _advise(
        methode="globaal", verwachte_jaarlijkse_baten=50_000.0, doelen=["efficientie", "conversie"]
    )
    assert [kpi.goal for kpi in result.kpis] == ["efficientie", "conversie"]
    assert "globaal_geschat" in _ids(result)


def test_global_method_derives_the_target_from_the_expected_benefits() -> None:
    result = _advise(methode="globaal", verwachte_jaarlijkse_baten=50_000.0)
    efficiency = next(k for k in result.kpis if k.goal == "efficientie")
    assert efficiency.target.startswith(
        "Af te leiden uit de verwachte baten van €\xa050.000 per jaar"
    )


def test_global_method_baseline_is_a_measurement_before_the_start() -> None:
    result = _advise(methode="globaal", verwachte_jaarlijkse_baten=50_000.0, doelen=["conversie"])
    (conversion,) = result.kpis
    assert conversion.baseline == "Nulmeting vóór de start van het project."


def test_amounts_in_kpi_texts_keep_their_no_break_space() -> None:
    efficiency = next(k for k in _advise().kpis if k.goal == "efficientie")
    assert "€\xa0" in efficiency.target and "€ " not in efficiency.target


def test_every_rule_renders_without_placeholders_left() -> None:
    scenarios = [
        _advise(),
        _advise(**NO_COSTS_BUT_LICENCES),
        _advise(extra_leads_per_maand=400, zekerheid="onzeker"),
        _advise(doelen=["leads"], extra_leads_per_maand=0),
    ]
    for result in scenarios:
        for advice in result.advices:
            assert "{" not in advice.text and "{" not in advice.title


def _rules_file(tmp_path: Path, when: str, text: str = "Tekst.") -> Path:
    path = tmp_path / "advice.yaml"
    path.write_text(
        "version: '1'\nkpis: []\nadvices:\n"
        f'  - {{id: r, when: "{when}", severity: info, title: T, text: "{text}"}}\n',
        encoding="utf-8",
    )
    return path


def test_unknown_name_in_a_rule_is_a_dutch_error(tmp_path: Path) -> None:
    with pytest.raises(AdviceError) as caught:
        load_advice_rules_file(_rules_file(tmp_path, "nvp < 0"))
    assert caught.value.message == (
        "Adviesregel 'r': onbekende naam 'nvp' (geen invoer en geen uitkomst)."
    )


def test_bad_placeholder_is_a_dutch_error(tmp_path: Path) -> None:
    with pytest.raises(AdviceError) as caught:
        load_advice_rules_file(_rules_file(tmp_path, "npv < 0", "NCW {npv}"))
    assert "de plaatshouder '{npv}' klopt niet" in caught.value.message


def _kpi_target(result: AdviceResult, goal: str) -> str:
    return next(k.target for k in result.kpis if k.goal == goal)


def test_kept_customers_are_a_whole_number_of_people() -> None:
    result = _advise(
        doelen=["klantbehoud"], aantal_klanten=285, omzet_per_klant_per_jaar=5000.0
    )  # 285 × 2% = 5,7
    target = _kpi_target(result, "klantbehoud")
    assert target.endswith("daalt met ongeveer 6.")
    assert "2 procentpunt lager" in target


def test_extra_orders_are_a_whole_number() -> None:
    result = _advise(doelen=["crossselling"], aantal_klanten=304)  # 304 × 5% = 15,2
    assert "ongeveer 15 extra orders" in _kpi_target(result, "crossselling")


def test_a_count_above_zero_is_at_least_one() -> None:
    result = _advise(doelen=["klantbehoud"], aantal_klanten=10, omzet_per_klant_per_jaar=5000.0)
    assert _kpi_target(result, "klantbehoud").endswith("daalt met ongeveer 1.")


def test_small_chance_of_a_positive_npv_is_a_whole_percentage_as_in_the_report() -> None:
    benchmarks = load_benchmarks()
    inputs = Engine(load_default_flow(), benchmarks, BASE).inputs()
    case = compute_business_case(inputs, benchmarks, draws=200)
    assert case.monte_carlo is not None and case.analysis.npv >= 0
    unsure = replace(case, monte_carlo=replace(case.monte_carlo, chance_positive_npv=0.435))
    advice = next(
        a
        for a in evaluate_advice(load_advice_rules(), inputs, unsure).advices
        if a.id == "kleine_kans_op_winst"
    )
    assert "de kans op een positieve NCW is in de simulatie maar 44%" in advice.text


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {"aantal_gebruikers": 3},
        {"methode": "globaal", "verwachte_jaarlijkse_baten": 50_000.0},
        {"doelen": ["efficientie"], "aantal_gebruikers": 40},
    ],
    ids=["typical", "small team", "global", "large team"],
)
def test_there_are_always_three_advices_for_the_summary(answers: dict[str, Any]) -> None:
    top = _advise(**answers).top(3)
    assert len(top) == 3
    assert len({a.id for a in top}) == 3
