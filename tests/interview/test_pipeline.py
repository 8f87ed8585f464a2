"""pipeline.evaluate: answers in, business case out; defaults, overrides and round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.flow import Flow, load_default_flow
from crm_roi.interview import InterviewError, load_interview, read_interview, save_interview
from crm_roi.pipeline import evaluate, parse_overrides

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PIPEDRIVE = EXAMPLES / "installatiebedrijf-pipedrive.yaml"

MINIMAL = {
    "organisatie": "Jansen B.V.",
    "aantal_gebruikers": 10,
    "crm_pakket": "pipedrive",
    "doelen": ["efficientie"],
}


@pytest.fixture(scope="module")
def flow() -> Flow:
    return load_default_flow()


def test_plain_answers_are_completed_with_defaults() -> None:
    evaluation = evaluate(MINIMAL, uncertainty=False)

    licence = evaluation.resolved["licentie_per_gebruiker_per_maand"]
    assert licence.source == "benchmark" and licence.value == 29
    assert evaluation.resolved["aantal_gebruikers"].source == "user"
    assert evaluation.case.horizon == 3


def test_saved_and_loaded_interview_gives_the_same_result(tmp_path: Path) -> None:
    first = evaluate(read_interview(PIPEDRIVE), uncertainty=False)
    path = save_interview(first.interview, tmp_path / "kopie.yaml")

    again = evaluate(load_interview(path), uncertainty=False)

    assert again.interview == first.interview
    assert again.case.analysis == first.case.analysis


def test_overrides_change_the_case() -> None:
    base = evaluate(MINIMAL, uncertainty=False)
    more_users = evaluate(MINIMAL, overrides={"aantal_gebruikers": 20}, uncertainty=False)

    assert more_users.case.costs[1] > base.case.costs[1]
    assert more_users.interview.answers["aantal_gebruikers"] == 20


def test_override_breaking_a_rule_names_the_question() -> None:
    with pytest.raises(InterviewError) as caught:
        evaluate(MINIMAL, overrides={"aantal_gebruikers": 0}, uncertainty=False)
    assert caught.value.question_id == "aantal_gebruikers"


@pytest.mark.parametrize(
    ("question_id", "text", "expected"),
    [
        ("organisatie", "Bakker & Zn.", "Bakker & Zn."),
        ("aantal_gebruikers", "1.250", 1250),
        ("licentie_per_gebruiker_per_maand", "€ 35,50", 35.5),
        ("prijsstijging", "2,5%", 2.5),
        ("beheer_uren_per_maand", "6,5", 6.5),
        ("zekerheid", "onzeker", "onzeker"),
        ("doelen", "efficientie, leads", ["efficientie", "leads"]),
        ("geavanceerd", "ja", True),
    ],
)
def test_override_texts_are_read_the_dutch_way(
    flow: Flow, question_id: str, text: str, expected: object
) -> None:
    assert parse_overrides(flow, {question_id: text}) == {question_id: expected}


def test_override_of_unknown_question_names_it(flow: Flow) -> None:
    with pytest.raises(InterviewError, match="'aantal_gebruiker' bestaat niet") as caught:
        parse_overrides(flow, {"aantal_gebruiker": "5"})
    assert caught.value.question_id == "aantal_gebruiker"


def test_unreadable_override_says_what_is_expected(flow: Flow) -> None:
    with pytest.raises(InterviewError, match="ongeldig antwoord") as caught:
        parse_overrides(flow, {"aantal_gebruikers": "heel veel"})
    assert caught.value.question_id == "aantal_gebruikers"
