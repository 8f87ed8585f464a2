"""Opening a saved interview in a flow: typed answers, hand edits, older flow versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.benchmarks import Benchmarks, load_benchmarks
from crm_roi.flow import Flow, load_flow
from crm_roi.interview import (
    Interview,
    InterviewError,
    interview_from_yaml,
    interview_to_yaml,
    new_interview,
    read_interview,
)
from crm_roi.interview.migration import interview_with_engine, open_interview

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def flow_v1() -> Flow:
    return load_flow(FIXTURES / "flow_v1.yaml")


@pytest.fixture(scope="module")
def flow_v2() -> Flow:
    return load_flow(FIXTURES / "flow_v2.yaml")


@pytest.fixture(scope="module")
def benchmarks() -> Benchmarks:
    return load_benchmarks()


def _v1_interview() -> Interview:
    return new_interview("proef", 1).with_answers(
        {
            "naam": "Jansen B.V.",
            "aantal": 3,
            "bedrag": 29.5,
            "marge": 35.0,
            "uren": 1.5,
            "pakket": "salesforce",
            "doelen": ["efficientie", "leads"],
            "koppeling": True,
            "oud_veld": 7,
        }
    )


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "klant.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_answer_type_opens_typed(flow_v1: Flow, benchmarks: Benchmarks) -> None:
    opened = open_interview(_v1_interview(), flow_v1, benchmarks)

    assert opened.notices == ()
    assert opened.interview.answers == _v1_interview().answers
    assert opened.engine.resolved()["koppeling"].value is True


def test_answers_are_put_in_flow_order(flow_v1: Flow, benchmarks: Benchmarks) -> None:
    shuffled = new_interview("proef", 1).with_answers({"uren": 3.0, "naam": "X", "aantal": 2})

    opened = open_interview(shuffled, flow_v1, benchmarks)

    assert list(opened.interview.answers) == ["naam", "aantal", "uren"]


def test_hand_typed_dutch_amount_is_read_as_typed(
    flow_v1: Flow, benchmarks: Benchmarks, tmp_path: Path
) -> None:
    path = _write(tmp_path, "flow:\n  id: proef\n  version: 1\nanswers:\n  bedrag: € 1.250,50\n")

    opened = open_interview(read_interview(path), flow_v1, benchmarks)

    assert opened.interview.answers["bedrag"] == 1250.5


def test_hand_edited_bad_value_names_file_line_id_and_expectation(
    flow_v1: Flow, benchmarks: Benchmarks, tmp_path: Path
) -> None:
    text = "flow:\n  id: proef\n  version: 1\nanswers:\n  naam: Jansen\n  aantal: veel\n"
    path = _write(tmp_path, text)

    with pytest.raises(InterviewError) as caught:
        open_interview(read_interview(path), flow_v1, benchmarks)

    error = caught.value
    assert (error.path, error.line, error.question_id) == (path, 6, "aantal")
    assert "ongeldig antwoord" in error.message
    assert str(path) in str(error) and "regel 6" in str(error)


def test_hand_edited_value_breaking_a_rule_is_an_error(
    flow_v1: Flow, benchmarks: Benchmarks, tmp_path: Path
) -> None:
    path = _write(tmp_path, "flow:\n  id: proef\n  version: 1\nanswers:\n  aantal: 0\n")

    with pytest.raises(InterviewError) as caught:
        open_interview(read_interview(path), flow_v1, benchmarks)

    assert (caught.value.line, caught.value.question_id) == (5, "aantal")


def test_unknown_question_under_the_same_version_is_an_error(
    flow_v1: Flow, benchmarks: Benchmarks, tmp_path: Path
) -> None:
    path = _write(tmp_path, "flow:\n  id: proef\n  version: 1\nanswers:\n  aantl: 4\n")

    with pytest.raises(InterviewError, match="bestaat niet in deze vragenlijst") as caught:
        open_interview(read_interview(path), flow_v1, benchmarks)

    assert (caught.value.line, caught.value.question_id) == (5, "aantl")


def test_interview_of_another_flow_is_refused(flow_v1: Flow, benchmarks: Benchmarks) -> None:
    with pytest.raises(InterviewError, match="hoort bij vragenlijst 'crm_roi'"):
        open_interview(new_interview("crm_roi", 1), flow_v1, benchmarks)


def test_older_version_opens_with_notice_for_removed_question(
    flow_v2: Flow, benchmarks: Benchmarks
) -> None:
    opened = open_interview(_v1_interview(), flow_v2, benchmarks)

    assert "oud_veld" not in opened.interview.answers
    assert any("'oud_veld' bestaat niet meer in versie 2" in n for n in opened.notices)


def test_older_version_drops_an_answer_the_new_rules_refuse(
    flow_v2: Flow, benchmarks: Benchmarks
) -> None:
    opened = open_interview(_v1_interview(), flow_v2, benchmarks)

    assert "aantal" not in opened.interview.answers
    assert any("'aantal' past niet bij versie 2" in n for n in opened.notices)


def test_older_version_gives_new_questions_their_default(
    flow_v2: Flow, benchmarks: Benchmarks
) -> None:
    opened = open_interview(_v1_interview(), flow_v2, benchmarks)

    resolved = opened.engine.resolved()["nieuw_veld"]
    assert (resolved.value, resolved.source) == (100.0, "default")
    assert opened.interview.flow.version == "2"
    assert opened.interview.answers["pakket"] == "salesforce"


def test_accepted_default_keeps_its_source_after_save_and_load(
    flow_v1: Flow, benchmarks: Benchmarks
) -> None:
    engine = open_interview(new_interview("proef", 1), flow_v1, benchmarks).engine
    engine.answer("Jansen B.V.")
    engine.answer("4")
    engine.answer("")  # bedrag: accept the default

    saved = interview_with_engine(new_interview("proef", 1), engine)
    reopened = open_interview(interview_from_yaml(interview_to_yaml(saved)), flow_v1, benchmarks)

    assert saved.accepted_defaults == ("bedrag",)
    assert "bedrag" not in saved.answers
    assert reopened.engine.resolved()["bedrag"].source == "default"
