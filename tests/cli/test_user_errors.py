"""The CLI catches user errors by their one base class; anything else is an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi import pipeline
from crm_roi.cli import run
from crm_roi.errors import UserError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "installatiebedrijf-pipedrive.yaml"


class _SomeLayersError(UserError):
    """A user error of a layer the CLI has never heard of."""


def test_a_user_error_of_any_layer_is_one_dutch_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refusing(*_args: object, **_kwargs: object) -> None:
        raise _SomeLayersError("dit antwoord kan niet.", line=7, question_id="x")

    monkeypatch.setattr(pipeline, "evaluate", refusing)

    assert run(["report", str(EXAMPLE), "--format", "json"]) == 2

    assert capsys.readouterr().err == f"Fout: {EXAMPLE}: vraag 'x': dit antwoord kan niet.\n"


def test_an_error_that_is_no_user_error_is_an_internal_error_even_in_a_batch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bug is not blamed on the user's file: the batch stops with the Dutch apology."""

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("metadata")

    monkeypatch.setattr(pipeline, "evaluate", broken)

    assert run(["report", str(EXAMPLE), "--format", "json", "-o", str(tmp_path / "r.json")]) == 1

    err = capsys.readouterr().err
    assert err.startswith("Interne fout in crm-roi: KeyError: 'metadata'\nDit is niet uw schuld.")
    assert "Traceback" not in err


def test_the_apology_shows_no_escape_sequences_from_the_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("\x1b]0;PWNED\x07kapot")

    monkeypatch.setattr(pipeline, "evaluate", broken)

    assert run(["report", str(EXAMPLE), "--format", "json"]) == 1

    assert "ValueError: kapot" in capsys.readouterr().err
