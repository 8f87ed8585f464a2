"""Advice built on the case's own figures: it outranks the general advice when it applies."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from crm_roi.advice import AdviceResult, evaluate_advice, load_advice_rules
from crm_roi.benchmarks import load_benchmarks
from crm_roi.business_case import BusinessCase, compute_business_case
from crm_roi.flow import Engine, load_default_flow
from crm_roi.formatting import in_sentence
from crm_roi.interview import load_interview

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GENERAL = {"nulmeting", "eigenaar", "pilotteam", "meten"}
BASE = {
    "organisatie": "Acme",
    "aantal_gebruikers": 12,
    "crm_pakket": "pipedrive",
    "doelen": ["efficientie", "leads"],
    "extra_leads_per_maand": 5,
    "gemiddelde_orderwaarde": 2500.0,
}


def _case(**answers: Any) -> tuple[dict[str, Any], BusinessCase]:
    benchmarks = load_benchmarks()
    inputs = dict(Engine(load_default_flow(), benchmarks, {**BASE, **answers}).inputs())
    return inputs, compute_business_case(inputs, benchmarks, draws=200)


def _advice(inputs: dict[str, Any], case: BusinessCase, rule_id: str) -> str | None:
    result = evaluate_advice(load_advice_rules(), inputs, case)
    found = [a for a in result.advices if a.id == rule_id]
    return f"{found[0].title} {found[0].text}" if found else None


def _example(name: str) -> AdviceResult:
    from crm_roi.pipeline import evaluate

    return evaluate(load_interview(EXAMPLES / name)).advice


def test_a_tight_margin_on_method_a_is_named_with_its_amount() -> None:
    inputs, case = _case()
    tight = replace(
        case,
        method_a=replace(
            case.method_a,
            required_yearly_benefit=20_000.4,
            expected_average_yearly_benefit=21_234.3,
            reached=True,
            gap=-1234.4,
        ),
    )
    text = _advice(inputs, tight, "krappe_marge")
    assert text is not None and "De marge is krap: €\xa01.234 per jaar" in text


def test_a_wide_margin_on_method_a_is_not_called_tight() -> None:
    inputs, case = _case()
    required = case.method_a.required_yearly_benefit
    wide = replace(
        case,
        method_a=replace(
            case.method_a,
            expected_average_yearly_benefit=required * 1.5,
            reached=True,
            gap=-required * 0.5,
        ),
    )
    assert _advice(inputs, wide, "krappe_marge") is None


def test_the_shortfall_is_the_difference_of_the_amounts_shown() -> None:
    inputs, case = _case()
    short = replace(
        case,
        method_a=replace(
            case.method_a,
            required_yearly_benefit=196_589.4,
            expected_average_yearly_benefit=109_315.6,
            reached=False,
            gap=87_273.8,
        ),
        analysis=replace(case.analysis, npv=10.0),
    )
    text = _advice(inputs, short, "methode_a_niet_gehaald")
    assert text is not None and "Het verschil is €\xa087.273 per jaar" in text


def test_the_assumption_that_weighs_most_is_named_with_its_npv_range() -> None:
    inputs, case = _case()
    top = case.sensitivity[0]
    low = min(top.npv_low, top.npv_high)
    rule = "gevoeligste_aanname" if low >= 0 else "gevoeligste_aanname_kantelt"
    text = _advice(inputs, case, rule)
    label = load_default_flow().question(top.input_id).short_label
    assert text is not None and f"Toets eerst deze aanname: {in_sentence(label)}" in text


def test_an_assumption_that_can_turn_the_npv_negative_is_a_warning() -> None:
    inputs, case = _case()
    top = replace(case.sensitivity[0], npv_low=-5000.0, npv_high=80_000.0)
    shaky = replace(case, sensitivity=(top, *case.sensitivity[1:]))
    text = _advice(inputs, shaky, "gevoeligste_aanname_kantelt")
    assert text is not None and "tussen €\xa0\u22125.000 en €\xa080.000" in text


def test_licences_as_the_bulk_of_the_recurring_costs_are_named() -> None:
    inputs, case = _case(licentie_per_gebruiker_per_maand=150.0, beheer_uren_per_maand=1.0)
    text = _advice(inputs, case, "licenties_grootste_post")
    assert text is not None and "naar licenties" in text


def test_cheap_licences_give_no_licence_advice() -> None:
    inputs, case = _case(licentie_per_gebruiker_per_maand=5.0)
    assert _advice(inputs, case, "licenties_grootste_post") is None


def test_benefits_leaning_on_one_goal_name_that_goal() -> None:
    inputs, case = _case(extra_leads_per_maand=40)
    text = _advice(inputs, case, "leunt_op_een_doel")
    assert text is not None and "uit één doel: meer leads." in text


def test_balanced_goals_give_no_single_goal_advice() -> None:
    inputs, case = _case(extra_leads_per_maand=30, tijdwinst_uren_per_week=3.0)
    assert _advice(inputs, case, "leunt_op_een_doel") is None


@pytest.mark.parametrize(
    "name",
    [
        "zakelijke-dienstverlener-salesforce.yaml",
        "groothandel-dynamics.yaml",
        "installatiebedrijf-pipedrive.yaml",
    ],
)
def test_each_example_leads_with_advice_on_its_own_figures(name: str) -> None:
    top = _example(name).top(3)
    assert top[0].id not in GENERAL


def test_the_examples_get_different_top_threes() -> None:
    tops = {
        tuple(a.id for a in _example(name).top(3))
        for name in (
            "zakelijke-dienstverlener-salesforce.yaml",
            "groothandel-dynamics.yaml",
            "installatiebedrijf-pipedrive.yaml",
        )
    }
    assert len(tops) == 3
