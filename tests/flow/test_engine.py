"""The engine: asking, defaults and their sources, back, edit, progress, completion."""

from __future__ import annotations

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import Engine, Flow, FlowError


def _answer_profile(engine: Engine, users: str = "10", package: str = "pipedrive") -> None:
    for text in ("Acme", users, package):
        assert engine.answer(text).ok


def _current_id(engine: Engine) -> str | None:
    asked = engine.current()
    return asked.question.id if asked else None


def test_first_question_is_the_first_in_the_flow(engine: Engine) -> None:
    asked = engine.current()
    assert asked is not None
    assert asked.question.id == "naam"
    assert asked.first_in_section
    assert asked.default is None and asked.default_text is None


def test_answer_moves_to_the_next_question(engine: Engine) -> None:
    outcome = engine.answer("Acme BV")
    assert outcome.ok and outcome.value == "Acme BV"
    assert _current_id(engine) == "aantal_gebruikers"


def test_unreadable_answer_is_refused_in_dutch(engine: Engine) -> None:
    engine.answer("Acme")
    outcome = engine.answer("heel veel")
    assert not outcome.ok
    assert outcome.message == "Dat kan ik niet lezen. Vul een geheel getal in, bijvoorbeeld 12."
    assert _current_id(engine) == "aantal_gebruikers"


def test_empty_answer_without_default_says_so(engine: Engine) -> None:
    outcome = engine.answer("")
    assert not outcome.ok
    assert outcome.message is not None
    assert outcome.message.startswith("Deze vraag heeft geen standaardwaarde; vul ")


def test_minimum_is_enforced_with_the_bound_in_dutch(engine: Engine) -> None:
    engine.answer("Acme")
    outcome = engine.answer("0")
    assert outcome.message == "Dat is te laag: vul minimaal 1 in."


def test_rule_message_is_shown_when_the_rule_fails(engine: Engine) -> None:
    engine.answer("Acme")
    assert (
        engine.answer("13").message == "Dertien gebruikers brengt ongeluk; kies een ander aantal."
    )


def test_warning_does_not_block_and_names_the_value(engine: Engine) -> None:
    engine.answer("Acme")
    outcome = engine.answer("250")
    assert outcome.ok
    assert outcome.warnings == ("Dat zijn er veel: 250.",)


def test_benchmark_default_depends_on_the_package(engine: Engine) -> None:
    _answer_profile(engine, package="zoho")
    asked = engine.current()
    assert asked is not None and asked.question.id == "licentie_per_gebruiker_per_maand"
    assert asked.default == 14.0
    assert asked.default_text == "€\xa014"
    assert asked.default_source is not None
    assert asked.default_source.kind == "benchmark"
    assert asked.default_source.text.startswith("prijslijst Zoho CRM")
    assert asked.default_source.text.endswith(", 2025")


def test_empty_answer_accepts_the_default(engine: Engine) -> None:
    _answer_profile(engine)
    outcome = engine.answer("")
    assert outcome.ok and outcome.value == 29.0
    assert engine.resolved()["licentie_per_gebruiker_per_maand"].source == "benchmark"


def test_expression_default_uses_an_unanswered_earlier_default(engine: Engine) -> None:
    _answer_profile(engine, users="10")
    engine.answer_question("naam", "Acme")  # licentie still unanswered
    _, source = engine.default_of("implementatiekosten")
    value, _ = engine.default_of("implementatiekosten")
    assert value == 10 * 29 * 12 * 1.0
    assert source is not None and source.kind == "benchmark"


def test_accepted_default_follows_an_edit_of_what_it_depends_on(engine: Engine) -> None:
    _answer_profile(engine, users="10")
    engine.answer("")  # licentie 29
    engine.answer("")  # implementatiekosten from 10 users
    engine.answer_question("aantal_gebruikers", "20")
    assert engine.inputs()["implementatiekosten"] == 20 * 29 * 12
    assert "implementatiekosten" in engine.accepted_defaults


def test_typed_answer_has_source_user(engine: Engine) -> None:
    _answer_profile(engine)
    engine.answer("€ 35,50")
    resolved = engine.resolved()["licentie_per_gebruiker_per_maand"]
    assert (resolved.value, resolved.source, resolved.source_text) == (35.5, "user", None)


def test_literal_default_source(engine: Engine) -> None:
    _answer_profile(engine)
    for _ in range(3):
        engine.answer("")
    resolved = engine.resolved()["koppelingen"]
    assert (resolved.value, resolved.source) == (False, "default")


def test_gated_question_is_asked_only_when_its_condition_holds(engine: Engine) -> None:
    _answer_profile(engine)
    engine.answer("")
    engine.answer("")
    engine.answer("ja")
    assert _current_id(engine) == "integratiekosten"


def test_back_makes_the_previous_question_current(engine: Engine) -> None:
    _answer_profile(engine, users="10")
    asked = engine.back()
    assert asked is not None and asked.question.id == "crm_pakket"
    assert asked.current_answer == "pipedrive"
    assert _current_id(engine) == "crm_pakket"
    assert engine.back() is not None and _current_id(engine) == "aantal_gebruikers"


def test_answer_after_back_returns_to_the_first_open_question(engine: Engine) -> None:
    _answer_profile(engine, users="10")
    engine.back()
    engine.back()
    assert engine.answer("12").ok
    assert engine.inputs()["aantal_gebruikers"] == 12
    assert _current_id(engine) == "licentie_per_gebruiker_per_maand"


def test_back_at_the_first_question_returns_none(engine: Engine) -> None:
    assert engine.back() is None
    assert _current_id(engine) == "naam"


def test_edit_that_turns_a_condition_false_keeps_but_ignores_the_answer(engine: Engine) -> None:
    _answer_profile(engine)
    for text in ("", "", "ja", "7500", ""):
        assert engine.answer(text).ok
    assert engine.is_complete()
    assert engine.answer_question("koppelingen", "nee").ok
    assert engine.answers["integratiekosten"] == 7500.0
    assert "integratiekosten" not in engine.inputs()
    assert "integratiekosten" not in engine.resolved()
    assert engine.is_complete()


def test_edit_that_makes_a_question_relevant_asks_it(engine: Engine) -> None:
    _answer_profile(engine)
    for text in ("", "", "nee", ""):
        engine.answer(text)
    assert engine.is_complete()
    engine.answer_question("koppelingen", "ja")
    assert not engine.is_complete()
    assert _current_id(engine) == "integratiekosten"


def test_answering_an_irrelevant_question_is_refused(engine: Engine) -> None:
    outcome = engine.answer_question("integratiekosten", "5000")
    assert not outcome.ok
    assert outcome.message == "Deze vraag is nu niet van toepassing, door een eerder antwoord."


def test_unknown_question_is_refused(engine: Engine) -> None:
    assert engine.answer_question("bestaat_niet", "1").message == (
        "Er is geen vraag 'bestaat_niet' in deze vragenlijst."
    )


def test_set_value_checks_type_and_bounds(engine: Engine) -> None:
    assert engine.set_value("aantal_gebruikers", 12).ok
    assert not engine.set_value("aantal_gebruikers", 0).ok
    assert not engine.set_value("aantal_gebruikers", 2.5).ok


def test_progress_counts_relevant_questions(engine: Engine) -> None:
    _answer_profile(engine)
    progress = engine.progress()
    assert (progress.answered, progress.total) == (3, 7)
    assert (progress.section_index, progress.section_count) == (1, 2)
    assert progress.section_title == "Kosten"
    assert progress.question_number == 4


def test_progress_total_grows_when_a_gate_opens(engine: Engine) -> None:
    _answer_profile(engine)
    engine.answer("")
    engine.answer("")
    engine.answer("ja")
    assert engine.progress().total == 8


def test_complete_engine_has_no_current_question(engine: Engine) -> None:
    _answer_profile(engine)
    for _ in range(4):
        engine.answer("")
    assert engine.is_complete()
    assert engine.current() is None
    assert not engine.answer("1").ok
    assert engine.progress().answered == engine.progress().total == 7


def test_back_from_the_end_goes_to_the_last_question(engine: Engine) -> None:
    _answer_profile(engine)
    for _ in range(4):
        engine.answer("")
    asked = engine.back()
    assert asked is not None and asked.question.id == "korting"


def test_saved_answers_are_picked_up(small_flow: Flow, benchmarks: Benchmarks) -> None:
    engine = Engine(
        small_flow,
        benchmarks,
        {"naam": "Acme", "aantal_gebruikers": 5, "crm_pakket": "zoho", "oud_veld": 1},
        accepted_defaults=["licentie_per_gebruiker_per_maand"],
    )
    assert _current_id(engine) == "implementatiekosten"
    assert engine.answers["oud_veld"] == 1
    assert engine.resolved()["licentie_per_gebruiker_per_maand"].source == "benchmark"


def test_bad_saved_answer_raises_flow_error(small_flow: Flow, benchmarks: Benchmarks) -> None:
    with pytest.raises(FlowError) as caught:
        Engine(small_flow, benchmarks, {"aantal_gebruikers": "veel"})
    assert caught.value.findings[0].question_id == "aantal_gebruikers"


def test_first_in_section_marks_a_new_section(engine: Engine) -> None:
    _answer_profile(engine)
    asked = engine.current()
    assert asked is not None and asked.first_in_section
    assert asked.section.title == "Kosten"
