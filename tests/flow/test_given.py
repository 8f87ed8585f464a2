"""`given`: values the caller supplies to a flow, read by its expressions like earlier answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import Engine, Flow, FlowError, check_flow_file, load_flow

HEAD = "id: vervolg\nversion: 1\ntitle: Vervolg\n"
GIVEN = """given:
  - name: jaar
    type: int
  - name: doelen
    type: multichoice
    choices:
      - {value: efficientie, label: "Kostenefficiënt werken"}
      - {value: leads, label: "Meer leads"}
  - {name: plan_licenties, type: euro}
"""
QUESTIONS = """sections:
  - title: Kosten
    questions:
      - id: tijdwinst
        type: hours
        text: Hoeveel tijd wint u?
        when: "jaar >= 1 and 'efficientie' in doelen"
      - id: licenties
        type: euro
        text: Wat kostten de licenties?
        when: "jaar >= 1"
        default: {expr: "plan_licenties"}
        warn:
          - when: "value > 2 * plan_licenties"
            message: "Meer dan twee keer het plan ({plan_licenties}) in jaar {jaar}."
      - id: eenmalig
        type: euro
        text: Wat kostte de invoering?
        when: "jaar == 0"
"""
PLAN = {"jaar": 1, "doelen": ["efficientie"], "plan_licenties": 1000}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vervolg.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def flow(tmp_path: Path) -> Flow:
    return load_flow(write(tmp_path, HEAD + GIVEN + QUESTIONS))


def messages_of(path: Path) -> list[str]:
    return [finding.message for finding in check_flow_file(path)]


def test_a_flow_with_given_names_is_checked_clean(tmp_path: Path) -> None:
    assert check_flow_file(write(tmp_path, HEAD + GIVEN + QUESTIONS)) == []


def test_without_given_the_same_names_are_unknown(tmp_path: Path) -> None:
    messages = messages_of(write(tmp_path, HEAD + QUESTIONS))

    assert any("onbekende vraag 'jaar'" in message for message in messages)
    assert any("onbekende vraag 'plan_licenties'" in message for message in messages)
    assert any("{plan_licenties}" in message for message in messages)


def test_a_comparison_with_a_value_that_is_not_a_given_choice_is_reported(
    tmp_path: Path,
) -> None:
    text = HEAD + GIVEN + QUESTIONS.replace("'efficientie' in doelen", "'efficiency' in doelen")

    [finding] = check_flow_file(write(tmp_path, text))

    assert finding.question_id == "tijdwinst"
    assert "'doelen' wordt vergeleken met 'efficiency'" in finding.message


def test_a_condition_on_given_names_that_never_holds_is_reported(tmp_path: Path) -> None:
    text = HEAD + GIVEN + QUESTIONS.replace('when: "jaar == 0"', 'when: "jaar == 0 and jaar > 1"')

    [finding] = check_flow_file(write(tmp_path, text))

    assert finding.question_id == "eenmalig"
    assert "nooit gesteld" in finding.message


def test_a_question_with_the_id_of_a_given_name_is_reported(tmp_path: Path) -> None:
    text = HEAD + GIVEN + QUESTIONS.replace("id: eenmalig", "id: jaar")

    [finding] = check_flow_file(write(tmp_path, text))

    assert finding.question_id == "jaar"
    assert finding.line == 28
    assert "ook een naam onder 'given' (regel 5)" in finding.message


def test_a_name_given_twice_is_reported(tmp_path: Path) -> None:
    text = HEAD + GIVEN + "  - {name: jaar, type: euro}\n" + QUESTIONS

    [finding] = check_flow_file(write(tmp_path, text))

    assert finding.line == 13
    assert "'jaar' staat twee keer onder 'given' (eerder op regel 5)" in finding.message


def test_a_given_name_with_an_unknown_type_or_key_is_reported(tmp_path: Path) -> None:
    text = HEAD + GIVEN + "  - {name: extra, type: nummer, tekst: x}\n" + QUESTIONS

    messages = messages_of(write(tmp_path, text))

    assert any("Onbekend vraagtype 'nummer'" in message for message in messages)
    assert any("Onbekende sleutel 'tekst'" in message for message in messages)


def test_the_engine_reads_given_names_in_conditions_and_defaults(
    flow: Flow, benchmarks: Benchmarks
) -> None:
    engine = Engine(flow, benchmarks, given=PLAN)

    assert [q.id for q in engine.relevant_questions()] == ["tijdwinst", "licenties"]
    engine.answer("2")
    asked = engine.current()
    assert asked is not None
    assert asked.question.id == "licenties"
    assert asked.default == 1000.0
    assert engine.answer("").value == 1000.0


def test_other_given_values_ask_other_questions(flow: Flow, benchmarks: Benchmarks) -> None:
    engine = Engine(flow, benchmarks, given={**PLAN, "jaar": 0, "doelen": ["leads"]})

    assert [q.id for q in engine.relevant_questions()] == ["eenmalig"]


def test_a_message_shows_given_values_with_their_type(flow: Flow, benchmarks: Benchmarks) -> None:
    engine = Engine(flow, benchmarks, given=PLAN)
    engine.answer("2")

    outcome = engine.answer("2500")

    assert outcome.ok
    assert outcome.warnings == ("Meer dan twee keer het plan (€\xa01.000) in jaar 1.",)


def test_given_values_are_not_answers_or_inputs(flow: Flow, benchmarks: Benchmarks) -> None:
    engine = Engine(flow, benchmarks, given=PLAN)
    engine.answer("2")
    engine.answer("")

    assert dict(engine.answers) == {"tijdwinst": 2.0, "licenties": 1000.0}
    assert set(engine.inputs()) == {"tijdwinst", "licenties"}
    assert engine.given["jaar"] == 1


def test_a_computed_given_number_is_rounded_to_its_type(flow: Flow, benchmarks: Benchmarks) -> None:
    engine = Engine(flow, benchmarks, given={**PLAN, "jaar": 1.0, "plan_licenties": 999.999})

    assert engine.given["jaar"] == 1
    assert engine.given["plan_licenties"] == 1000.0


def test_a_missing_unknown_or_mistyped_given_value_is_a_dutch_flow_error(
    flow: Flow, benchmarks: Benchmarks
) -> None:
    with pytest.raises(FlowError) as caught:
        Engine(flow, benchmarks, given={"jaar": "vorig jaar", "doelen": ["x"], "extra": 1})

    problems = {finding.question_id: finding.message for finding in caught.value.findings}
    assert "past niet bij zijn type" in problems["jaar"]
    assert "past niet bij zijn type" in problems["doelen"]
    assert "niet meegegeven" in problems["plan_licenties"]
    assert "staat niet onder 'given'" in problems["extra"]


def test_a_flow_without_given_runs_as_before(small_flow: Flow, benchmarks: Benchmarks) -> None:
    assert small_flow.given == ()
    assert Engine(small_flow, benchmarks).current() is not None
    assert Engine(small_flow, benchmarks, given={}).current() is not None
