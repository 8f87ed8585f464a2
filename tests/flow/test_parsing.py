"""Dutch input: numbers, percentages, ja/nee, choices; never raises; round-trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.flow import Flow, Question, coerce_value, format_answer, parse_answer
from crm_roi.flow.numbers import parse_number


def _question(qtype: str, **extra: object) -> Question:
    return Question.model_validate({"id": "q", "type": qtype, "text": "Vraag?", **extra})


EURO = _question("euro")
INT = _question("int")
PERCENT = _question("percent")
HOURS = _question("hours")
YESNO = _question("yesno")
TEXT = _question("text")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.250", 1250.0),
        ("1250,50", 1250.5),
        ("€ 2.000,-", 2000.0),
        ("€2.000,--", 2000.0),
        ("2k", 2000.0),
        ("2,5k", 2500.0),
        ("1,5 mln", 1_500_000.0),
        ("1,5 miljoen", 1_500_000.0),
        ("€ 1.234,56", 1234.56),
        ("1.234.567", 1234567.0),
        ("ca. 300", 300.0),
        ("-50", -50.0),
        ("€ -1.234,50", -1234.5),
        ("29 euro", 29.0),
        ("29 per gebruiker per maand", 29.0),
        ("1 250", 1250.0),
        ("12.5", 12.5),
        ("0,5", 0.5),
    ],
)
def test_dutch_amounts(text: str, expected: float) -> None:
    assert parse_answer(EURO, text).value == pytest.approx(expected)


@pytest.mark.parametrize("text", ["15%", "15 procent", "15", "15,0 %", "15 pct"])
def test_percentages_in_percent_units(text: str) -> None:
    assert parse_answer(PERCENT, text).value == 15.0


def test_hours_with_unit_word() -> None:
    assert parse_answer(HOURS, "1,5 uur").value == 1.5


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1.25.0", "€", "--", "1.2.3,4"])
def test_nonsense_numbers_are_refused(text: str) -> None:
    assert parse_number(text) is None


def test_whole_number_required_for_int() -> None:
    parsed = parse_answer(INT, "12,5")
    assert not parsed.ok
    assert parsed.message == "Vul een geheel getal in, zonder komma; bijvoorbeeld 12."


def test_int_accepts_thousands_and_k() -> None:
    assert parse_answer(INT, "1.250").value == 1250
    assert parse_answer(INT, "2k").value == 2000


@pytest.mark.parametrize(
    ("text", "expected"), [("ja", True), ("J", True), ("nee", False), ("n", False)]
)
def test_yes_and_no(text: str, expected: bool) -> None:
    assert parse_answer(YESNO, text).value is expected


def test_yesno_refuses_other_words() -> None:
    assert parse_answer(YESNO, "misschien").message == "Dat kan ik niet lezen. Vul ja of nee in."


def test_choice_by_number_label_start_and_value(default_flow: Flow) -> None:
    package = default_flow.question("crm_pakket")
    assert parse_answer(package, "1").value == "pipedrive"
    assert parse_answer(package, "zoho").value == "zoho"
    assert parse_answer(package, "Teamleader").value == "teamleader"
    assert parse_answer(package, "salesforce sales cloud ent").value == "salesforce_enterprise"


def test_ambiguous_choice_asks_for_more(default_flow: Flow) -> None:
    message = parse_answer(default_flow.question("crm_pakket"), "salesforce").message
    assert message is not None and "past bij meer dan één keuze" in message


def test_choice_number_out_of_range(default_flow: Flow) -> None:
    message = parse_answer(default_flow.question("crm_pakket"), "42").message
    assert message == "Er is geen keuze 42; kies een nummer van 1 tot en met 8."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,3", ["efficientie", "conversie"]),
        ("1 3", ["efficientie", "conversie"]),
        ("efficiëntie en leads", ["efficientie", "leads"]),
        ("leads, cross-selling", ["leads", "crossselling"]),
        ("klantbehoud", ["klantbehoud"]),
        ("alle", ["efficientie", "leads", "conversie", "klantbehoud", "crossselling"]),
        ("5, 1", ["efficientie", "crossselling"]),
    ],
)
def test_multichoice(default_flow: Flow, text: str, expected: list[str]) -> None:
    assert parse_answer(default_flow.question("doelen"), text).value == expected


def test_multichoice_names_the_unknown_part(default_flow: Flow) -> None:
    message = parse_answer(default_flow.question("doelen"), "leads en golf").message
    assert message is not None and message.startswith("'golf' staat niet tussen de keuzes.")


def test_text_is_trimmed() -> None:
    assert parse_answer(TEXT, "  Acme   BV ").value == "Acme BV"


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=40))
def test_parser_never_raises(default_flow: Flow, text: str) -> None:
    for question in default_flow.questions:
        parsed = parse_answer(question, text)
        assert parsed.ok or parsed.message


@settings(max_examples=100, deadline=None)
@given(cents=st.integers(min_value=-(10**11), max_value=10**11))
def test_euro_round_trip(cents: int) -> None:
    value = cents / 100
    assert parse_answer(EURO, format_answer(EURO, value)).value == pytest.approx(value, abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(hundredths=st.integers(min_value=0, max_value=100_000))
def test_percent_round_trip(hundredths: int) -> None:
    value = hundredths / 100
    assert parse_answer(PERCENT, format_answer(PERCENT, value)).value == pytest.approx(value)


@settings(max_examples=100, deadline=None)
@given(tenths=st.integers(min_value=0, max_value=100_000))
def test_hours_round_trip(tenths: int) -> None:
    value = tenths / 10
    assert parse_answer(HOURS, format_answer(HOURS, value)).value == pytest.approx(value)


@settings(max_examples=100, deadline=None)
@given(value=st.integers(min_value=-(10**9), max_value=10**9))
def test_int_round_trip(value: int) -> None:
    assert parse_answer(INT, format_answer(INT, value)).value == value


@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_choice_and_multichoice_round_trip(default_flow: Flow, data: st.DataObject) -> None:
    for question in default_flow.questions:
        values = [c.value for c in question.choices]
        if question.type == "choice":
            value: object = data.draw(st.sampled_from(values))
        elif question.type == "multichoice":
            chosen = data.draw(st.sets(st.sampled_from(values), min_size=1))
            value = [v for v in values if v in chosen]
        elif question.type == "yesno":
            value = data.draw(st.booleans())
        else:
            continue
        assert parse_answer(question, format_answer(question, value)).value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 mensen", 12),
        ("12 gebruikers", 12),
        ("5 jaar", 5),
        ("ongeveer 10", 10),
        ("ca. 10", 10),
        ("zo'n 10 uur", 10),
        ("zo’n 10", 10),
        ("ik denk 10", 10),
        ("5 leads per maand", 5),
        ("1 250", 1250),
    ],
)
def test_one_number_among_a_few_words_is_read(text: str, expected: int) -> None:
    assert parse_answer(INT, text).value == expected


@pytest.mark.parametrize("text", ["10 of 12", "10-12", "10 tot 12", "10 12", "tussen 10 en 12"])
def test_two_numbers_ask_for_one(text: str) -> None:
    parsed = parse_answer(INT, text)
    assert not parsed.ok
    assert parsed.message is not None and "Kies één getal" in parsed.message


def test_a_long_sentence_with_a_number_is_not_guessed() -> None:
    assert not parse_answer(INT, "dat weet ik echt niet maar misschien wel 10").ok


@pytest.mark.parametrize(
    ("question_id", "value", "expected"),
    [
        ("werkweken_per_jaar", 46, "46 weken"),
        ("horizon_jaren", 3, "3 jaar"),
        ("aantal_gebruikers", 12, "12 gebruikers"),
        ("aantal_gebruikers", 1, "1 gebruiker"),
        ("extra_leads_per_maand", 5, "5 leads per maand"),
        ("beheer_uren_per_maand", 8.0, "8 uur per maand"),
        ("interne_projecturen", 64.0, "64 uur"),
        ("opleiding_uren_per_gebruiker", 8.0, "8 uur per gebruiker"),
    ],
)
def test_counts_and_hours_show_their_unit(
    default_flow: Flow, question_id: str, value: float, expected: str
) -> None:
    assert format_answer(default_flow.question(question_id), value) == expected


def test_every_count_and_hours_question_has_a_unit(default_flow: Flow) -> None:
    for question in default_flow.questions:
        if question.type in ("int", "hours"):
            assert question.unit, question.id


@settings(max_examples=40, deadline=None)
@given(tenths=st.integers(min_value=0, max_value=100_000))
def test_answers_with_units_round_trip(default_flow: Flow, tenths: int) -> None:
    for question in default_flow.questions:
        if question.type == "hours":
            value: float = tenths / 10
        elif question.type == "int":
            value = tenths
        else:
            continue
        assert parse_answer(question, format_answer(question, value)).value == value


def test_a_stored_goal_that_is_not_a_choice_lists_the_ids(default_flow: Flow) -> None:
    parsed = coerce_value(default_flow.question("doelen"), ["leads", "golf"])
    assert parsed.message == (
        "'golf' staat niet tussen de keuzes. "
        "Kies uit: efficientie, leads, conversie, klantbehoud, crossselling."
    )


def test_a_stored_choice_that_is_not_a_choice_lists_the_ids(default_flow: Flow) -> None:
    parsed = coerce_value(default_flow.question("methode"), "precies")
    assert (
        parsed.message == "'precies' staat niet tussen de keuzes. Kies uit: gedetailleerd, globaal."
    )


def test_a_stored_choice_id_is_accepted(default_flow: Flow) -> None:
    assert coerce_value(default_flow.question("sector"), "ict").value == "ict"


def test_percentage_points_are_written_as_such(default_flow: Flow) -> None:
    question = default_flow.question("churn_daling")
    assert format_answer(question, 2.5) == "2,5 procentpunt"
    assert parse_answer(question, "2,5 procentpunt").value == 2.5


# --- read as meant, or refused ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "hours"), [("4:30", "4,5"), ("0:15", "0,25"), ("12:00", "12")])
def test_hours_as_a_clock_time_are_refused_with_the_number_to_write(text: str, hours: str) -> None:
    parsed = parse_answer(HOURS, text)

    assert not parsed.ok
    assert parsed.message is not None and f"{hours} voor {text}" in parsed.message


@pytest.mark.parametrize("text", ["Bakker\x1b[2J", "Bakker\x00", "Bakker\ud800", "Bak\x07ker"])
def test_a_text_with_a_control_character_or_lone_surrogate_is_refused(text: str) -> None:
    assert not parse_answer(TEXT, text).ok


@pytest.mark.parametrize("word", ["on", "yes", "y", "onz", "2", True])
def test_a_stored_choice_must_be_its_id_or_whole_label(default_flow: Flow, word: object) -> None:
    parsed = coerce_value(default_flow.question("zekerheid"), word)

    assert not parsed.ok
    shown = {True: "true"}.get(word, word) if isinstance(word, bool) else word
    assert parsed.message == (
        f"'{shown}' staat niet tussen de keuzes. Kies uit: zeker, redelijk, onzeker."
    )


def test_a_stored_choice_by_its_whole_label_is_read(default_flow: Flow) -> None:
    assert coerce_value(default_flow.question("zekerheid"), "Onzeker").value == "onzeker"


def test_stored_goals_as_text_must_be_whole_ids_or_labels(default_flow: Flow) -> None:
    goals = default_flow.question("doelen")

    assert coerce_value(goals, "efficientie, leads").value == ["efficientie", "leads"]
    assert not coerce_value(goals, "eff, lead").ok


@pytest.mark.parametrize("value", [10**400, -(10**400)])
def test_a_number_beyond_floats_is_refused_not_a_crash(value: int) -> None:
    assert not coerce_value(EURO, value).ok
    assert not coerce_value(PERCENT, value).ok
