"""The valid range of every numeric input is the range its question in the flow accepts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import InputError, compute_business_case
from crm_roi.business_case.bounds import MAX_MAGNITUDE, NUMBER_KINDS, number_specs
from crm_roi.flow import NumberBounds, Question, load_default_flow, load_flow
from crm_roi.locations import default_flow_path
from crm_roi.pipeline import evaluate

from .cases import installateur

NUMERIC_QUESTIONS = [
    question
    for question in load_default_flow().questions
    if question.type in ("int", "euro", "percent", "hours")
]
ALL_GOALS = ["efficientie", "leads", "conversie", "klantbehoud", "crossselling"]


def _reading(question_id: str, value: float) -> dict[str, Any]:
    """A case that reads this input (every goal, or the global mode), the input at `value`."""
    inputs = installateur() | {"doelen": ALL_GOALS, "koppelingen": "ja"}
    del inputs["eigen_posten"]
    if question_id == "verwachte_jaarlijkse_baten":
        inputs["methode"] = "globaal"
    if question_id == "horizon_jaren":
        inputs["doel_terugverdientijd_jaren"] = 1
    if question_id == "doel_terugverdientijd_jaren":
        inputs["horizon_jaren"] = 10
    return inputs | {question_id: value}


def test_the_default_flow_asks_every_numeric_input() -> None:
    assert {question.id for question in NUMERIC_QUESTIONS} == set(NUMBER_KINDS)


@pytest.mark.parametrize("question", NUMERIC_QUESTIONS, ids=lambda q: q.id)
def test_business_case_bounds_are_the_questions_bounds(question: Question) -> None:
    spec = number_specs()[question.id]

    assert (spec.kind, spec.minimum, spec.maximum) == (question.type, question.min, question.max)


@pytest.mark.parametrize("question", NUMERIC_QUESTIONS, ids=lambda q: q.id)
def test_business_case_accepts_exactly_what_the_question_accepts(
    benchmarks: Benchmarks, question: Question
) -> None:
    """A bare mapping (no flow given) is validated with the default flow's own bounds."""
    assert question.min is not None and question.max is not None
    for inside in (question.min, question.max):
        compute_business_case(_reading(question.id, inside), benchmarks, uncertainty=False)
    for outside in (question.min - 1, question.max + 1):
        with pytest.raises(InputError) as caught:
            compute_business_case(_reading(question.id, outside), benchmarks, uncertainty=False)
        assert caught.value.question_id == question.id


def test_the_flows_number_bounds_are_its_questions_min_and_max() -> None:
    flow = load_default_flow()

    assert flow.number_bounds == {
        question.id: NumberBounds(question.min, question.max) for question in NUMERIC_QUESTIONS
    }


def test_inputs_a_flow_does_not_bound_take_the_default_or_the_technical_limit() -> None:
    specs = number_specs({"tijdwinst_uren_per_week": NumberBounds(None, 2)})

    hours = specs["tijdwinst_uren_per_week"]
    assert (hours.minimum, hours.maximum) == (-MAX_MAGNITUDE, 2)
    users = specs["aantal_gebruikers"]  # not in the given bounds: the default flow's
    assert (users.minimum, users.maximum) == (1, 100_000)


def test_a_bound_beyond_the_technical_limit_is_held_to_it() -> None:
    spec = number_specs({"omzet_per_jaar": NumberBounds(0, 1e15)})["omzet_per_jaar"]

    assert spec.maximum == MAX_MAGNITUDE


def test_method_a_target_maximum_is_the_questions_maximum(benchmarks: Benchmarks) -> None:
    """Extra leads: the question accepts at most 100.000 a month."""
    case = compute_business_case(installateur(), benchmarks, uncertainty=False)

    (leads,) = (t for t in case.method_a.targets if t.input_id == "extra_leads_per_maand")
    assert leads.maximum == load_default_flow().question("extra_leads_per_maand").max == 100_000


def test_method_a_target_the_question_refuses_is_not_feasible(benchmarks: Benchmarks) -> None:
    """Orders of € 1 at 5% conversion: the gap takes more leads than the question accepts."""
    inputs = installateur() | {
        "doelen": ["leads"],
        "gemiddelde_orderwaarde": 1,
        "conversieratio": 5,
    }
    (leads,) = compute_business_case(inputs, benchmarks, uncertainty=False).method_a.targets

    assert 100_000 < leads.required < 1_000_000
    assert not leads.feasible


@pytest.fixture
def narrow_flow(tmp_path: Path) -> Any:
    """The default flow, but at most 2 hours saved per user per week."""
    text = default_flow_path().read_text(encoding="utf-8")
    block = text.index("- id: tijdwinst_uren_per_week")
    start = text.index("max: 40", block)
    path = tmp_path / "crm_roi.yaml"
    path.write_text(text[:start] + "max: 2" + text[start + len("max: 40") :], encoding="utf-8")
    return load_flow(path)


def test_the_pipeline_computes_with_its_flows_bounds(narrow_flow: Any) -> None:
    answers = {
        "organisatie": "Jansen B.V.",
        "aantal_gebruikers": 10,
        "crm_pakket": "pipedrive",
        "doelen": ["efficientie"],
        "tijdwinst_uren_per_week": 1.8,
        "doel_terugverdientijd_jaren": 1,
    }
    case = evaluate(answers, flow=narrow_flow).case

    (target,) = case.method_a.targets
    assert target.maximum == 2
    assert target.feasible == (target.required <= 2)
    optimistic = {s.name: s for s in case.scenarios}["optimistisch"]
    assert optimistic.inputs["tijdwinst_uren_per_week"] == 2  # 1,8 × 1,5 held to the bound
