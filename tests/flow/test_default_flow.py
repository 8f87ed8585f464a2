"""The bundled CRM interview: ids of docs/METHOD.md (Inputs), choices that match the benchmarks, and
completion on defaults alone for every goal combination and both methods."""

from __future__ import annotations

import itertools
import re

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import Engine, Flow, format_answer

GOALS = ("efficientie", "leads", "conversie", "klantbehoud", "crossselling")
COMBINATIONS = [
    list(combo) for size in range(1, 6) for combo in itertools.combinations(GOALS, size)
]
DOMAIN_IDS = {
    "organisatie", "sector", "aantal_gebruikers", "crm_pakket", "doelen", "methode",
    "licentie_per_gebruiker_per_maand", "eenmalige_setupkosten", "implementatiekosten",
    "datamigratiekosten", "koppelingen", "integratiekosten", "opleiding_uren_per_gebruiker",
    "opleiding_extern", "interne_projecturen", "loonkosten_per_uur", "beheer_uren_per_maand",
    "overige_kosten_per_jaar", "prijsstijging", "tijdwinst_uren_per_week", "werkweken_per_jaar",
    "benutting", "extra_leads_per_maand", "conversieratio", "gemiddelde_orderwaarde",
    "omzet_per_jaar", "omzetgroei", "aantal_klanten", "omzet_per_klant_per_jaar", "churn_daling",
    "crosssell_aandeel", "crosssell_orderwaarde", "brutomarge", "verwachte_jaarlijkse_baten",
    "vervangen_kosten_per_jaar", "horizon_jaren", "disconteringsvoet", "zekerheid",
    "risico_baten", "risico_kosten", "adoptie_jaar_1", "adoptie_jaar_2", "adoptie_daarna",
    "doel_terugverdientijd_jaren",
}  # fmt: skip
ALWAYS_NEEDED = {
    "aantal_gebruikers", "licentie_per_gebruiker_per_maand", "eenmalige_setupkosten",
    "implementatiekosten", "datamigratiekosten", "opleiding_uren_per_gebruiker",
    "opleiding_extern", "interne_projecturen", "loonkosten_per_uur", "beheer_uren_per_maand",
    "overige_kosten_per_jaar", "prijsstijging", "vervangen_kosten_per_jaar", "horizon_jaren",
    "disconteringsvoet", "zekerheid", "doel_terugverdientijd_jaren", "doelen", "methode",
    "koppelingen",
}  # fmt: skip
NEEDED_BY_GOAL = {
    "efficientie": {"tijdwinst_uren_per_week", "werkweken_per_jaar", "benutting"},
    "leads": {"extra_leads_per_maand", "conversieratio", "gemiddelde_orderwaarde", "brutomarge"},
    "conversie": {"omzet_per_jaar", "omzetgroei", "brutomarge"},
    "klantbehoud": {"aantal_klanten", "churn_daling", "omzet_per_klant_per_jaar", "brutomarge"},
    "crossselling": {"aantal_klanten", "crosssell_aandeel", "crosssell_orderwaarde", "brutomarge"},
}
NO_DEFAULT = {
    "organisatie": "Acme BV",
    "aantal_gebruikers": "12",
    "crm_pakket": "pipedrive",
    "extra_leads_per_maand": "5",
    "gemiddelde_orderwaarde": "2.500",
    "omzet_per_jaar": "1,5 mln",
    "aantal_klanten": "300",
    "omzet_per_klant_per_jaar": "5000",
    "verwachte_jaarlijkse_baten": "40k",
}


def _run_on_defaults(flow: Flow, benchmarks: Benchmarks, goals: list[str], method: str) -> Engine:
    engine = Engine(flow, benchmarks)
    given = {**NO_DEFAULT, "doelen": ",".join(goals), "methode": method}
    for _ in range(len(flow.questions) + 1):
        asked = engine.current()
        if asked is None:
            break
        outcome = engine.answer(given.get(asked.question.id, ""))
        assert outcome.ok, f"{asked.question.id}: {outcome.message}"
    return engine


@pytest.mark.parametrize("method", ["gedetailleerd", "globaal"])
@pytest.mark.parametrize("goals", COMBINATIONS, ids=["+".join(c) for c in COMBINATIONS])
def test_every_goal_combination_completes_on_defaults(
    default_flow: Flow, benchmarks: Benchmarks, goals: list[str], method: str
) -> None:
    engine = _run_on_defaults(default_flow, benchmarks, goals, method)
    assert engine.is_complete()
    inputs = engine.inputs()
    needed = set(ALWAYS_NEEDED)
    if method == "globaal":
        needed.add("verwachte_jaarlijkse_baten")
    else:
        for goal in goals:
            needed |= NEEDED_BY_GOAL[goal]
    assert needed <= set(inputs), needed - set(inputs)
    assert inputs["doelen"] == goals


def test_global_method_asks_no_goal_drivers(default_flow: Flow, benchmarks: Benchmarks) -> None:
    engine = _run_on_defaults(default_flow, benchmarks, list(GOALS), "globaal")
    drivers = set().union(*NEEDED_BY_GOAL.values())
    assert not drivers & set(engine.inputs())


def test_detailed_method_asks_only_the_chosen_goals(
    default_flow: Flow, benchmarks: Benchmarks
) -> None:
    engine = _run_on_defaults(default_flow, benchmarks, ["efficientie"], "gedetailleerd")
    others = NEEDED_BY_GOAL["leads"] | NEEDED_BY_GOAL["klantbehoud"]
    assert not others & set(engine.inputs())


def test_flow_covers_every_domain_input(default_flow: Flow) -> None:
    ids = {q.id for q in default_flow.questions}
    assert ids >= DOMAIN_IDS


def test_every_question_has_help_and_a_label(default_flow: Flow) -> None:
    for question in default_flow.questions:
        assert len(question.help) > 40, question.id
        assert question.label, question.id


def test_package_choices_match_the_licence_benchmark(
    default_flow: Flow, benchmarks: Benchmarks
) -> None:
    choices = {c.value for c in default_flow.question("crm_pakket").choices}
    assert choices == set(benchmarks.benchmarks["licentie_per_gebruiker_per_maand"].options)


def test_sector_choices_match_the_margin_benchmark(
    default_flow: Flow, benchmarks: Benchmarks
) -> None:
    choices = {c.value for c in default_flow.question("sector").choices}
    assert choices == set(benchmarks.benchmarks["brutomarge"].options)


def test_implementation_default_is_first_year_licences(
    default_flow: Flow, benchmarks: Benchmarks
) -> None:
    engine = _run_on_defaults(default_flow, benchmarks, ["efficientie"], "gedetailleerd")
    assert engine.inputs()["implementatiekosten"] == 12 * 29 * 12
    assert engine.inputs()["interne_projecturen"] == 40 + 2 * 12


def test_advanced_overrides_are_asked_only_on_request(
    default_flow: Flow, benchmarks: Benchmarks
) -> None:
    engine = _run_on_defaults(default_flow, benchmarks, ["leads"], "gedetailleerd")
    assert "risico_baten" not in engine.inputs()
    engine.answer_question("zekerheid", "onzeker")
    engine.answer_question("geavanceerd", "ja")
    asked = engine.current()
    assert asked is not None and asked.question.id == "risico_baten"
    assert asked.default == 20.0


def test_licence_far_above_list_price_warns(default_flow: Flow, benchmarks: Benchmarks) -> None:
    engine = _run_on_defaults(default_flow, benchmarks, ["leads"], "gedetailleerd")
    outcome = engine.answer_question("licentie_per_gebruiker_per_maand", "120")
    assert outcome.ok
    assert outcome.warnings[0].startswith(
        "Dat is hoog voor Pipedrive: de lijstprijs is ongeveer €\xa029"
    )


PROPER_NOUNS = ("CBS", "Forrester", "Tourniaire", "Salesforce", "Gartner", "Teamleader", "Dynamics")


def _all_benchmark_sources(benchmarks: Benchmarks) -> list[tuple[str, str, str]]:
    found = []
    for bench_id, bench in benchmarks.benchmarks.items():
        if bench.source is not None and bench.date is not None:
            found.append((bench_id, bench.source, bench.date))
        for option in bench.options.values():
            found.append((bench_id, option.source, option.date))
    return found


def test_benchmark_sources_read_well_after_a_dash(benchmarks: Benchmarks) -> None:
    for bench_id, source, date in _all_benchmark_sources(benchmarks):
        first = source.split()[0].rstrip(",:")
        assert first[0].islower() or first[0].isdigit() or first.startswith(PROPER_NOUNS), (
            bench_id,
            source,
        )
        assert re.fullmatch(r"\d{4}", date), (bench_id, date)
        assert not re.search(r"\d,0\b", source), (bench_id, source)


def test_literal_default_sources_add_something(default_flow: Flow) -> None:
    for question in default_flow.questions:
        default = question.default
        if default is None or default.kind != "literal" or default.source is None:
            continue
        shown = format_answer(question, default.value).lower()
        source = default.source.lower()
        assert shown not in source and not source.startswith("standaard"), question.id


def test_setup_costs_have_one_name(default_flow: Flow, benchmarks: Benchmarks) -> None:
    label = default_flow.question("eenmalige_setupkosten").label
    assert label == benchmarks.line_labels["eenmalige_setupkosten"]


def test_warnings_are_remarks_not_questions(default_flow: Flow) -> None:
    for question in default_flow.questions:
        for warning in question.warn:
            assert "?" not in warning.message, question.id
