"""Bad input gives one InputError with the question id and a Dutch message, nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.business_case import InputError, compute_business_case
from crm_roi.business_case.bounds import number_specs
from crm_roi.business_case.inputs import validate_inputs
from crm_roi.business_case.messages import INPUT_NAMES

from .cases import adviesbureau, installateur


def _error(benchmarks: Benchmarks, inputs: object) -> InputError:
    with pytest.raises(InputError) as caught:
        compute_business_case(inputs, benchmarks, uncertainty=False)  # type: ignore[arg-type]
    return caught.value


@pytest.mark.parametrize("value", [0, -3, 2.5, "12", True, None, float("nan"), 10**400])
def test_bad_user_count(benchmarks: Benchmarks, value: object) -> None:
    error = _error(benchmarks, adviesbureau(aantal_gebruikers=value))
    assert error.question_id == "aantal_gebruikers"
    assert "Het aantal gebruikers" in error.message


def test_user_count_message_says_what_is_expected(benchmarks: Benchmarks) -> None:
    error = _error(benchmarks, adviesbureau(aantal_gebruikers=0))
    assert error.message == (
        "Het aantal gebruikers moet een geheel getal van minimaal 1 en hoogstens 100.000 zijn."
    )
    assert str(error) == error.message


@pytest.mark.parametrize(
    ("question_id", "value"),
    [
        ("benutting", 120),
        ("benutting", -1),
        ("disconteringsvoet", 150),
        ("risico_baten", 101),
        ("risico_kosten", -5),
        ("adoptie_jaar_1", 101),
        ("prijsstijging", 250),
    ],
)
def test_percentage_outside_its_range(
    benchmarks: Benchmarks, question_id: str, value: float
) -> None:
    error = _error(benchmarks, adviesbureau(**{question_id: value}))
    assert error.question_id == question_id
    assert "percentage" in error.message and "%" in error.message


def test_risk_message_names_the_bounds_of_the_question(benchmarks: Benchmarks) -> None:
    error = _error(benchmarks, adviesbureau(risico_kosten=201))
    assert error.message == (
        "De risicocorrectie op de kosten moet een percentage van minimaal 0% "
        "en hoogstens 200% zijn."
    )


@pytest.mark.parametrize("value", [0, 11, 3.5])
def test_horizon_outside_one_to_ten_years(benchmarks: Benchmarks, value: float) -> None:
    assert _error(benchmarks, adviesbureau(horizon_jaren=value)).question_id == "horizon_jaren"


def test_target_years_beyond_horizon(benchmarks: Benchmarks) -> None:
    error = _error(benchmarks, adviesbureau(doel_terugverdientijd_jaren=5))
    assert error.question_id == "doel_terugverdientijd_jaren"
    assert "3 jaar" in error.message


@pytest.mark.parametrize(
    "question_id", ["licentie_per_gebruiker_per_maand", "horizon_jaren", "tijdwinst_uren_per_week"]
)
def test_missing_required_input(benchmarks: Benchmarks, question_id: str) -> None:
    inputs = adviesbureau()
    del inputs[question_id]
    error = _error(benchmarks, inputs)
    assert error.question_id == question_id
    assert "ontbreekt" in error.message


def test_missing_certainty_without_risk_overrides(benchmarks: Benchmarks) -> None:
    inputs = adviesbureau()
    del inputs["zekerheid"], inputs["risico_baten"]
    assert _error(benchmarks, inputs).question_id == "zekerheid"


def test_string_where_a_number_belongs(benchmarks: Benchmarks) -> None:
    error = _error(benchmarks, adviesbureau(loonkosten_per_uur="45 euro"))
    assert error.question_id == "loonkosten_per_uur"
    assert "bedrag" in error.message


@pytest.mark.parametrize(
    ("question_id", "value"),
    [
        ("doelen", ["marketing"]),
        ("doelen", "efficientie"),
        ("methode", "snel"),
        ("zekerheid", "misschien"),
        ("koppelingen", "soms"),
    ],
)
def test_unknown_choice(benchmarks: Benchmarks, question_id: str, value: object) -> None:
    assert _error(benchmarks, adviesbureau(**{question_id: value})).question_id == question_id


def test_unknown_goal_names_the_options(benchmarks: Benchmarks) -> None:
    message = _error(benchmarks, adviesbureau(doelen=["marketing"])).message
    assert "marketing" in message and "klantbehoud" in message


@pytest.mark.parametrize(
    "own",
    [
        "Website",
        ["Website"],
        [{"soort": "kosten", "bedragen": [100]}],
        [{"naam": "Website", "soort": "inkomsten", "bedragen": [100]}],
        [{"naam": "Website", "soort": "kosten", "bedragen": [1, 2, 3, 4, 5]}],
        [{"naam": "Website", "soort": "kosten", "bedragen": []}],
        [{"naam": "Website", "soort": "kosten", "bedragen": [-100]}],
        [{"naam": "Website", "soort": "kosten", "bedragen": "veel"}],
        [{"naam": "Website", "soort": "kosten", "bedragen": [100]}] * 2,
    ],
)
def test_malformed_own_items(benchmarks: Benchmarks, own: object) -> None:
    assert _error(benchmarks, adviesbureau(eigen_posten=own)).question_id == "eigen_posten"


def test_inputs_that_are_not_a_mapping(benchmarks: Benchmarks) -> None:
    error = _error(benchmarks, ["aantal_gebruikers", 5])
    assert error.question_id is None


def test_irrelevant_inputs_are_ignored(benchmarks: Benchmarks) -> None:
    """omzetgroei belongs to the goal conversie, which this case does not pursue."""
    compute_business_case(adviesbureau(omzetgroei="veel"), benchmarks, uncertainty=False)


def test_every_number_message_starts_with_the_dutch_name(benchmarks: Benchmarks) -> None:
    inputs = installateur()
    for question_id in validate_inputs(inputs, benchmarks).numbers:
        error = _error(benchmarks, inputs | {question_id: "?"})
        assert error.question_id == question_id
        assert error.message.lower().startswith(INPUT_NAMES[question_id])


# Arbitrary input mappings: never anything but InputError.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["ja", "nee", "globaal", "gedetailleerd", "zeker", "onzeker", "leads"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
own_items = st.lists(
    st.fixed_dictionaries(
        {"naam": st.text(max_size=8), "soort": st.sampled_from(["kosten", "baten", "x"])},
        optional={
            "bedragen": st.lists(st.one_of(st.floats(), st.integers(), st.text()), max_size=12)
        },
    ),
    max_size=3,
)
known_ids = st.sampled_from(sorted(installateur()))


def _assert_only_input_errors(inputs: dict[str, Any], uncertainty: bool) -> None:
    try:
        compute_business_case(inputs, load_benchmarks(), uncertainty=uncertainty, draws=50)
    except InputError as error:
        assert error.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.one_of(known_ids, st.text(max_size=8)), values, max_size=12))
def test_arbitrary_mappings_raise_only_input_errors(inputs: dict[str, Any]) -> None:
    _assert_only_input_errors(inputs, uncertainty=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(known_ids, values | scalars, max_size=4),
    st.lists(known_ids, max_size=3),
    own_items,
    st.booleans(),
)
def test_perturbed_valid_cases_raise_only_input_errors(
    changes: dict[str, Any], removed: list[str], own: list[dict[str, Any]], uncertainty: bool
) -> None:
    inputs = installateur() | changes | {"eigen_posten": own}
    for key in removed:
        inputs.pop(key, None)
    _assert_only_input_errors(inputs, uncertainty)


@settings(max_examples=100, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            key: st.floats(min_value=spec.minimum, max_value=spec.maximum)
            for key, spec in number_specs().items()
            if spec.kind != "int"
        },
    ),
    st.lists(st.sampled_from(["efficientie", "leads", "conversie", "klantbehoud", "crossselling"])),
    st.sampled_from(["gedetailleerd", "globaal"]),
)
def test_extreme_valid_numbers_compute(
    changes: dict[str, float], goals: list[str], method: str
) -> None:
    """Any number inside its valid range gives a finite business case."""
    inputs = installateur() | changes | {"doelen": goals, "methode": method}
    case = compute_business_case(inputs, load_benchmarks(), draws=50)
    assert case.monte_carlo is not None
