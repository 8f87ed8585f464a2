"""One base class for every user error: where (file, line, question) and what, in Dutch."""

from __future__ import annotations

from pathlib import Path

from crm_roi.errors import UserError


def test_describe_puts_file_line_and_question_before_the_message() -> None:
    error = UserError("ongeldig antwoord.", path=Path("klant.yaml"), line=12, question_id="x")

    assert error.describe() == "klant.yaml, regel 12: vraag 'x': ongeldig antwoord."
    assert str(error) == error.describe()


def test_describe_leaves_out_what_is_unknown() -> None:
    assert UserError("kapot.").describe() == "kapot."
    assert UserError("kapot.", path="a.yaml").describe() == "a.yaml: kapot."
    assert UserError("kapot.", question_id="x").describe() == "vraag 'x': kapot."


def _error_classes() -> list[type[Exception]]:
    from crm_roi.advice import AdviceError
    from crm_roi.benchmarks import BenchmarkError
    from crm_roi.business_case import InputError
    from crm_roi.cli.errors import CliError
    from crm_roi.flow import FlowError
    from crm_roi.house_style import HouseStyleError
    from crm_roi.interview import InterviewError
    from crm_roi.interview.errors import NotRelevantError
    from crm_roi.report import ReportError
    from crm_roi.tui.session import OpenFailed, SaveFailed

    return [
        AdviceError,
        BenchmarkError,
        InputError,
        CliError,
        FlowError,
        HouseStyleError,
        InterviewError,
        NotRelevantError,
        ReportError,
        OpenFailed,
        SaveFailed,
    ]


def test_every_layers_user_error_is_a_user_error() -> None:
    for error_class in _error_classes():
        assert issubclass(error_class, UserError), error_class.__name__


def test_each_layer_keeps_what_it_carries() -> None:
    from crm_roi.business_case import InputError
    from crm_roi.flow import FlowError
    from crm_roi.flow.findings import Finding
    from crm_roi.interview import InterviewError

    interview = InterviewError("ongeldig.", path=Path("a.yaml"), line=3, question_id="x")
    assert str(interview) == "a.yaml, regel 3: vraag 'x': ongeldig."
    case = InputError("x", "te groot.")
    assert (case.question_id, case.message, case.describe()) == (
        "x",
        "te groot.",
        "vraag 'x': te groot.",
    )
    flow = FlowError([Finding("f.yaml", 2, "q", "kapot.")])
    assert flow.message == "f.yaml:2: [q] kapot." == flow.describe()
