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
