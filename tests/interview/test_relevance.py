"""Why a question does not count, told from its `when` condition (any flow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.benchmarks import load_benchmarks
from crm_roi.flow import Engine, Flow, load_default_flow, load_flow
from crm_roi.interview.relevance import why_not_relevant


@pytest.fixture(scope="module")
def flow() -> Flow:
    return load_default_flow()


def _engine(flow: Flow, **answers: object) -> Engine:
    return Engine(flow, load_benchmarks(), answers)  # type: ignore[arg-type]


def test_a_goal_not_chosen_is_named_with_its_label(flow: Flow) -> None:
    engine = _engine(flow, methode="gedetailleerd", doelen=["efficientie"])

    assert why_not_relevant(engine, "omzet_per_jaar") == (
        "deze vraag telt alleen mee als u bij 'Doelen' (doelen) kiest voor "
        "'Meer omzet door betere conversie'."
    )


def test_only_the_parts_that_do_not_hold_are_told(flow: Flow) -> None:
    engine = _engine(flow, methode="globaal", doelen=["conversie"])

    reason = why_not_relevant(engine, "omzet_per_jaar")

    assert "(methode) kiest voor 'Gedetailleerd, per doel'" in reason
    assert "doelen" not in reason


def test_alternatives_are_joined_with_or(flow: Flow) -> None:
    engine = _engine(flow, methode="gedetailleerd", doelen=["efficientie"])

    reason = why_not_relevant(engine, "gemiddelde_orderwaarde")

    assert "'Meer leads' of u bij 'Doelen' (doelen) kiest voor 'Cross-selling" in reason


def test_a_yes_no_question_is_told_with_its_answer(flow: Flow) -> None:
    engine = _engine(flow, geavanceerd=False)

    assert why_not_relevant(engine, "risico_baten").endswith("(geavanceerd) kiest voor 'Ja'.")


def test_another_condition_names_the_questions_it_depends_on(tmp_path: Path) -> None:
    path = tmp_path / "klein.yaml"
    path.write_text(
        "id: klein\nversion: 1\ntitle: Klein\nsections:\n"
        "  - title: Alles\n    questions:\n"
        "      - {id: aantal, type: int, text: Hoeveel?, label: Aantal mensen}\n"
        "      - {id: extra, type: int, text: Extra?, when: 'aantal > 10'}\n",
        encoding="utf-8",
    )
    engine = _engine(load_flow(path), aantal=3)

    assert why_not_relevant(engine, "extra") == (
        "deze vraag telt nu niet mee door uw antwoord bij 'Aantal mensen' (aantal)."
    )
