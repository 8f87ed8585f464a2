"""Random `--set` values: read, or refused in Dutch; never a traceback or an internal error."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from crm_roi.flow import load_default_flow, parse_answer
from crm_roi.interview import read_interview
from crm_roi.pipeline import evaluate

from .support import USER_ERRORS, fuzz, run_cli

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "groothandel-dynamics.yaml"
FLOW = load_default_flow()
QUESTIONS = list(FLOW.questions)

_TYPED = st.text(max_size=40) | st.sampled_from(
    [
        "4:30",
        "1.250",
        "€ 2.000,-",
        "1,5 mln",
        "35%",
        "0,35",
        "ja",
        "nee",
        "1,3",
        "alle",
        "10 of 12",
        "-5",
        "9" * 400,
        "1e999",
        "\x00",
        "\ud800",
        "\x1b[2J",
        "  ",
        "leads en 2",
    ]
)


@fuzz(300)
@given(st.sampled_from(QUESTIONS), _TYPED)
def test_any_typed_answer_is_parsed_or_refused_with_a_message(question: object, text: str) -> None:
    parsed = parse_answer(question, text)  # type: ignore[arg-type]

    assert parsed.ok or parsed.message


@fuzz(60)
@given(st.sampled_from([q.id for q in QUESTIONS]), _TYPED)
def test_any_override_gives_a_case_or_a_user_error(question_id: str, text: str) -> None:
    with contextlib.suppress(USER_ERRORS):
        evaluate(read_interview(EXAMPLE), overrides={question_id: text}, uncertainty=False)


@fuzz(25)
@given(
    st.lists(st.tuples(st.sampled_from([q.id for q in QUESTIONS] + ["x", ""]), _TYPED), max_size=3)
)
def test_any_set_options_exit_0_or_2(options: list[tuple[str, str]]) -> None:
    args = ["report", str(EXAMPLE), "--format", "json"]
    for question_id, text in options:
        args += ["--set", f"{question_id}={text}"]

    code, _, err = run_cli(args)

    assert code in (0, 2), err
    assert "Traceback" not in err
