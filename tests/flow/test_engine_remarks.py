"""The engine's remarks and texts: percentage slips, section intros, default sources."""

from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import AskedQuestion, Engine, Flow
from crm_roi.flow.messages import benchmark_source

PROFILE = {
    "organisatie": "Acme BV",
    "aantal_gebruikers": "12",
    "crm_pakket": "pipedrive",
    "doelen": "leads",
    "extra_leads_per_maand": "5",
    "gemiddelde_orderwaarde": "2.500",
    "verwachte_jaarlijkse_baten": "40k",
}


def _ask_until(engine: Engine, given: dict[str, str], section: str) -> AskedQuestion:
    for _ in range(100):
        asked = engine.current()
        assert asked is not None
        if asked.section.title == section:
            return asked
        assert engine.answer(given.get(asked.question.id, "")).ok
    raise AssertionError(section)


@pytest.fixture
def default_engine(default_flow: Flow, benchmarks: Benchmarks) -> Engine:
    return Engine(default_flow, benchmarks)


def test_percentage_below_one_gets_a_remark(default_engine: Engine) -> None:
    outcome = default_engine.answer_question("disconteringsvoet", "0,35")
    assert outcome.ok and outcome.value == 0.35
    assert outcome.warnings[0] == (
        "U vulde 0,35% in. Bedoelt u 35%? Percentages vult u in als 35 voor 35%."
    )


def test_percentage_typed_with_a_percent_sign_gets_no_remark(default_engine: Engine) -> None:
    assert default_engine.answer_question("prijsstijging", "0,5%").warnings == ()


def test_stored_fraction_gets_the_remark_too(default_engine: Engine) -> None:
    outcome = default_engine.set_value("disconteringsvoet", 0.1)
    assert outcome.warnings[0].startswith("U vulde 0,1% in. Bedoelt u 10%?")


@pytest.mark.parametrize("text", ["0", "1", "12"])
def test_ordinary_percentages_get_no_remark(default_engine: Engine, text: str) -> None:
    assert default_engine.answer_question("disconteringsvoet", text).warnings == ()


def test_benefits_intro_speaks_of_goals_in_the_detailed_method(default_engine: Engine) -> None:
    asked = _ask_until(default_engine, PROFILE, "Baten")
    assert asked.first_in_section
    assert asked.section.intro is not None and "doelen die u hebt gekozen" in asked.section.intro


def test_benefits_intro_follows_the_global_method(default_engine: Engine) -> None:
    asked = _ask_until(default_engine, {**PROFILE, "methode": "globaal"}, "Baten")
    assert asked.question.id == "verwachte_jaarlijkse_baten"
    assert asked.section.intro is not None
    assert "één bedrag per jaar" in asked.section.intro
    assert "doelen" not in asked.section.intro


def test_literal_default_without_a_source_has_no_source_text(default_engine: Engine) -> None:
    _ask_until(default_engine, PROFILE, "Eenmalige kosten")
    resolved = default_engine.resolved()["overige_kosten_per_jaar"]
    assert (resolved.source, resolved.source_text) == ("default", None)
    _, source = default_engine.default_of("overige_kosten_per_jaar")
    assert source is not None and source.text == ""


def test_count_default_text_has_its_unit(default_engine: Engine) -> None:
    asked = _ask_until(default_engine, PROFILE, "Uitgangspunten van de berekening")
    assert asked.question.id == "horizon_jaren"
    assert asked.default_text == "3 jaar"


@pytest.mark.parametrize(
    ("source", "date", "expected"),
    [
        ("prijslijst Pipedrive (€ 15–29)", "2025", "prijslijst Pipedrive (€ 15–29), 2025"),
        ("Tourniaire, Just Enough CRM, 2003", "2003", "Tourniaire, Just Enough CRM, 2003"),
        ("vuistregel crm-roi,", "2025", "vuistregel crm-roi, 2025"),
        ("vuistregel crm-roi", "", "vuistregel crm-roi"),
    ],
)
def test_source_and_date_are_joined_once(source: str, date: str, expected: str) -> None:
    assert benchmark_source(source, date) == expected


def test_a_small_difference_in_percentage_points_gets_no_remark(
    default_engine: Engine,
) -> None:
    _ask_until(
        default_engine,
        {
            **PROFILE,
            "doelen": "klantbehoud",
            "aantal_klanten": "300",
            "omzet_per_klant_per_jaar": "5000",
        },
        "Uitgangspunten van de berekening",
    )
    assert default_engine.answer_question("churn_daling", "0,5").warnings == ()
