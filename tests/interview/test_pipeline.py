"""pipeline.evaluate: answers in, business case out; defaults, overrides and round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.flow import Flow, load_default_flow
from crm_roi.interview import InterviewError, load_interview, read_interview, save_interview
from crm_roi.interview.errors import NotRelevantError
from crm_roi.pipeline import evaluate, open_file, override_texts, parse_overrides

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

    # Saving stamps `updated` with the time of the save; everything else comes back as it was.
    same_time = {"updated": first.interview.updated}
    assert again.interview.model_copy(update=same_time) == first.interview
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


def test_override_order_does_not_matter() -> None:
    loaded = read_interview(PIPEDRIVE)
    revenue_first = {"omzet_per_jaar": "1,5 mln", "doelen": "efficientie, conversie"}
    goals_first = dict(reversed(list(revenue_first.items())))

    first = evaluate(loaded, overrides=revenue_first, uncertainty=False)
    second = evaluate(loaded, overrides=goals_first, uncertainty=False)

    assert first.resolved["omzet_per_jaar"].value == 1_500_000
    assert first.case.analysis == second.case.analysis


def test_override_of_a_question_that_does_not_count_says_why() -> None:
    with pytest.raises(NotRelevantError) as caught:
        evaluate(read_interview(PIPEDRIVE), overrides={"omzet_per_jaar": 1_500_000.0})

    assert caught.value.question_id == "omzet_per_jaar"
    assert "alleen mee als u bij 'Doelen' (doelen) kiest voor" in caught.value.message


def test_override_breaking_a_rule_of_a_later_saved_answer_names_the_file() -> None:
    loaded = read_interview(PIPEDRIVE)

    with pytest.raises(InterviewError) as caught:
        evaluate(loaded, overrides={"horizon_jaren": 1}, uncertainty=False)

    assert caught.value.question_id == "doel_terugverdientijd_jaren"
    assert caught.value.path == PIPEDRIVE
    assert caught.value.line == loaded.answer_line("doel_terugverdientijd_jaren")


def test_override_refreshes_the_warnings_of_later_saved_answers() -> None:
    loaded = read_interview(PIPEDRIVE)

    evaluation = evaluate(
        loaded, overrides={"crm_pakket": "salesforce_enterprise"}, uncertainty=False
    )

    assert [w.question_id for w in evaluation.warnings] == ["licentie_per_gebruiker_per_maand"]


def test_warnings_of_saved_answers_and_overrides_are_collected() -> None:
    evaluation = evaluate(
        read_interview(PIPEDRIVE),
        overrides={"brutomarge": "0,35", "licentie_per_gebruiker_per_maand": 300.0},
        uncertainty=False,
    )

    ids = [warning.question_id for warning in evaluation.warnings]
    assert ids[0] == "licentie_per_gebruiker_per_maand"  # flow order
    assert "brutomarge" in ids
    assert any("U vulde 0,35% in. Bedoelt u 35%?" in w.text for w in evaluation.warnings)


def test_a_percent_sign_typed_in_an_override_is_no_slip() -> None:
    evaluation = evaluate(
        read_interview(PIPEDRIVE), overrides={"brutomarge": "0,35%"}, uncertainty=False
    )

    assert not any("Bedoelt u" in warning.text for warning in evaluation.warnings)


def test_a_warning_of_an_answer_that_no_longer_counts_is_dropped() -> None:
    interview = read_interview(PIPEDRIVE).interview
    slipped = interview.with_answers({**interview.answers, "benutting": 0.4})

    counted = evaluate(slipped, uncertainty=False)
    dropped = evaluate(slipped, overrides={"doelen": "leads"}, uncertainty=False)

    assert [w.question_id for w in counted.warnings] == ["benutting"]
    assert dropped.warnings == ()


def test_client_name_on_the_command_line_replaces_metadata_and_answer() -> None:
    evaluation = evaluate(
        read_interview(PIPEDRIVE), metadata={"organisatie": "Bakker B.V."}, uncertainty=False
    )

    assert evaluation.interview.metadata.organisatie == "Bakker B.V."
    assert evaluation.resolved["organisatie"].value == "Bakker B.V."
    assert evaluation.interview.client_name() == "Bakker B.V."


def test_overriding_the_client_answer_replaces_the_metadata_too() -> None:
    evaluation = evaluate(
        read_interview(PIPEDRIVE), overrides={"organisatie": "Bakker B.V."}, uncertainty=False
    )

    assert evaluation.interview.metadata.organisatie == "Bakker B.V."


@pytest.mark.parametrize(("text", "expected"), [("Ja", True), ("Nee", False), ("nee", False)])
def test_yes_no_overrides_read_capitalised_answers(flow: Flow, text: str, expected: bool) -> None:
    assert parse_overrides(flow, {"geavanceerd": text}) == {"geavanceerd": expected}


def test_open_file_checks_the_answers_against_the_flow(tmp_path: Path) -> None:
    edited = tmp_path / "klant.yaml"
    edited.write_text(
        PIPEDRIVE.read_text(encoding="utf-8").replace("brutomarge: 35", "brutomarge: 350"),
        encoding="utf-8",
    )

    with pytest.raises(InterviewError) as caught:
        open_file(edited)

    assert caught.value.path == edited and caught.value.question_id == "brutomarge"
    assert (
        caught.value.line
        == PIPEDRIVE.read_text(encoding="utf-8").splitlines().index("  brutomarge: 35") + 1
    )


# --- nothing dropped without a word ----------------------------------------------------------


def test_an_override_given_twice_is_refused_even_with_the_same_value(flow: Flow) -> None:
    for second in ("20", "15"):
        with pytest.raises(InterviewError) as caught:
            parse_overrides(flow, [("aantal_gebruikers", "15"), ("aantal_gebruikers", second)])
        assert caught.value.question_id == "aantal_gebruikers"
        assert "staat er twee keer in" in caught.value.message


def test_override_texts_keep_their_order_and_refuse_a_repeat() -> None:
    assert override_texts([("b", "1"), ("a", "2")]) == {"b": "1", "a": "2"}
    with pytest.raises(InterviewError, match="--set a staat er twee keer in \\('2' en '3'\\)"):
        override_texts([("a", "2"), ("a", "3")])


def test_two_different_client_names_are_refused() -> None:
    with pytest.raises(InterviewError, match="twee verschillende waarden") as caught:
        evaluate(
            read_interview(PIPEDRIVE),
            overrides={"organisatie": "Bakker B.V."},
            metadata={"organisatie": "Jansen B.V."},
            uncertainty=False,
        )
    assert caught.value.question_id == "organisatie"


def test_the_same_client_name_twice_is_fine() -> None:
    evaluation = evaluate(
        read_interview(PIPEDRIVE),
        overrides={"organisatie": "Bakker  B.V."},
        metadata={"organisatie": "Bakker B.V."},
        uncertainty=False,
    )

    assert evaluation.interview.client_name() == "Bakker B.V."


def _with_answers(tmp_path: Path, **changes: object) -> Path:
    interview = read_interview(PIPEDRIVE).interview
    answers = {**interview.answers, **changes}
    path = tmp_path / "klant.yaml"
    save_interview(interview.with_answers(answers), path)
    return path


def test_an_answer_whose_question_is_not_asked_is_named_not_dropped(tmp_path: Path) -> None:
    path = _with_answers(tmp_path, geavanceerd=False, risico_baten=30.0)

    evaluation = evaluate(read_interview(path), uncertainty=False)

    assert [item.question_id for item in evaluation.ignored] == ["risico_baten"]
    assert evaluation.ignored[0].value == 30.0
    assert "'Eigen risicocorrectie en ingroei' (geavanceerd) kiest voor 'Ja'" in (
        evaluation.ignored[0].reason
    )
    assert evaluation.notices == (
        "Het antwoord '30%' bij 'Risicocorrectie baten' (risico_baten) telt niet mee: "
        + evaluation.ignored[0].reason,
    )
    assert evaluation.case.risk_benefits != 0.30


def test_a_driver_of_a_goal_not_chosen_is_named_not_dropped(tmp_path: Path) -> None:
    path = _with_answers(tmp_path, doelen=["efficientie"], extra_leads_per_maand=20)

    evaluation = evaluate(read_interview(path), uncertainty=False)

    assert "extra_leads_per_maand" in [item.question_id for item in evaluation.ignored]
    assert any("'Extra leads per maand' (extra_leads_per_maand)" in n for n in evaluation.notices)
    assert any("kiest voor 'Meer leads'" in n for n in evaluation.notices)


def test_an_answer_made_irrelevant_by_an_override_is_named(tmp_path: Path) -> None:
    evaluation = evaluate(
        read_interview(PIPEDRIVE),
        overrides={"methode": "globaal", "verwachte_jaarlijkse_baten": "50.000"},
        uncertainty=False,
    )

    assert "tijdwinst_uren_per_week" in [item.question_id for item in evaluation.ignored]


def test_the_examples_have_no_ignored_answers() -> None:
    assert evaluate(read_interview(PIPEDRIVE), uncertainty=False).ignored == ()


def test_a_missing_organisation_is_refused_not_a_report_for_nobody(tmp_path: Path) -> None:
    text = PIPEDRIVE.read_text(encoding="utf-8")
    text = text.replace("  organisatie: Van Dijk Installatietechniek B.V.\n", "")
    path = tmp_path / "zonder-naam.yaml"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(InterviewError) as caught:
        evaluate(read_interview(path), uncertainty=False)

    assert caught.value.question_id == "organisatie"
    assert caught.value.path == path
    assert "'Organisatie' (organisatie) ontbreekt" in caught.value.message


def test_every_missing_answer_is_named_at_once() -> None:
    with pytest.raises(InterviewError) as caught:
        evaluate({"doelen": ["efficientie"]}, uncertainty=False)

    message = caught.value.message
    for question_id in ("organisatie", "aantal_gebruikers", "crm_pakket"):
        assert f"({question_id})" in message
    assert caught.value.question_id is None


def test_the_organisation_in_the_metadata_answers_the_question(tmp_path: Path) -> None:
    text = PIPEDRIVE.read_text(encoding="utf-8")
    answer = "answers:\n  organisatie: Van Dijk Installatietechniek B.V.\n"
    assert answer in text
    text = text.replace(answer, "answers:\n")
    path = tmp_path / "klant.yaml"
    path.write_text(text, encoding="utf-8")

    evaluation = evaluate(read_interview(path), uncertainty=False)

    assert evaluation.inputs["organisatie"] == "Van Dijk Installatietechniek B.V."


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("adviseur", "B" * 201, "'--adviseur' is te lang; houd het korter dan 200 tekens."),
        ("adviesbureau", "Kompas\x1b[2J", "'--adviesbureau' bevat een stuurteken"),
    ],
)
def test_names_on_the_command_line_are_held_to_the_files_limits(
    field: str, value: str, expected: str
) -> None:
    with pytest.raises(InterviewError) as caught:
        evaluate(read_interview(PIPEDRIVE), metadata={field: value}, uncertainty=False)

    assert caught.value.message.startswith(expected)
