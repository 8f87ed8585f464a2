"""Random interview files: read, or refused with an InterviewError; never another exception."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from crm_roi.flow import load_default_flow
from crm_roi.interview import InterviewError, interview_from_yaml
from crm_roi.pipeline import evaluate

from .support import USER_ERRORS, fuzz, run_cli

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "groothandel-dynamics.yaml"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
QUESTION_IDS = [question.id for question in load_default_flow().questions]

# Pieces of YAML that have caused trouble somewhere: syntax, YAML 1.1 words, aliases, escapes.
FRAGMENTS = [
    "answers:",
    "metadata:",
    "flow:",
    "  id: crm_roi",
    "  version: 1",
    "format_version: 1",
    "\n",
    "\n  ",
    "- ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "'",
    '"',
    "#",
    "&a ",
    "*a",
    "<<: ",
    "!!str ",
    "!!python/object ",
    "~",
    "null",
    "yes",
    "no",
    "on",
    "true",
    "4:30",
    "010",
    "1e999",
    "-.inf",
    ".nan",
    "45.000",
    "\\ud800",
    "\\0",
    "\t",
    "---",
    "...",
    "%YAML 1.1",
    "\ufeff",
    "€ 1.250,-",
    "9" * 400,
    "aantal_gebruikers",
    "doelen",
    "organisatie",
]


@fuzz(150)
@given(st.text(max_size=300))
def test_any_text_is_read_or_refused(text: str) -> None:
    with contextlib.suppress(InterviewError):
        interview_from_yaml(text)


@fuzz(150)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_yaml_shaped_text_is_read_or_refused(pieces: list[str]) -> None:
    with contextlib.suppress(InterviewError):
        interview_from_yaml("".join(pieces))


@fuzz(100)
@given(st.integers(0, len(EXAMPLE_TEXT)), st.lists(st.sampled_from(FRAGMENTS), max_size=4))
def test_the_example_with_something_put_in_is_read_or_refused(
    position: int, pieces: list[str]
) -> None:
    text = EXAMPLE_TEXT[:position] + "".join(pieces) + EXAMPLE_TEXT[position:]
    try:
        loaded = interview_from_yaml(text)
    except InterviewError:
        return
    with contextlib.suppress(USER_ERRORS):
        evaluate(loaded, uncertainty=False)


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["ja", "nee", "pipedrive", "efficientie", "leads", "4:30", "1.250", "yes"])
)
_VALUES: st.SearchStrategy[Any] = (
    _SCALARS
    | st.lists(_SCALARS, max_size=4)
    | st.dictionaries(st.text(max_size=5), _SCALARS, max_size=2)
)


@fuzz(40)
@given(
    st.dictionaries(st.sampled_from(QUESTION_IDS) | st.text(max_size=10), _VALUES, max_size=8),
    st.dictionaries(
        st.sampled_from(["organisatie", "adviseur", "logo", "accentkleur", "onbekend"]),
        _SCALARS,
        max_size=3,
    ),
)
def test_random_answers_give_a_report_or_a_dutch_error_never_a_traceback(
    changes: dict[str, Any], metadata: dict[str, Any]
) -> None:
    document = yaml.safe_load(EXAMPLE_TEXT)
    document["answers"].update(changes)
    document["metadata"].update(metadata)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "interview.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        code, _, err = run_cli(["report", str(path), "--format", "json", "-o", f"{folder}/x.json"])
    assert code in (0, 2), err
    assert "Traceback" not in err
