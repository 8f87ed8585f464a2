"""Dutch input: numbers, percentages, ja/nee, choices; never raises; round-trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.flow import Flow, Question, format_answer, parse_answer
from crm_roi.flow.parsing import parse_number


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
