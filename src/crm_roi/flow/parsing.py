"""Dutch answers as people type them, and answers formatted back the Dutch way.

`parse_answer` understands `1.250`, `1250,50`, `€ 2.000,-`, `15%`, `15 procent`, `2k`,
`1,5 mln`, `ja/nee/j/n`, a choice by number or by (the start of) its label, and several
choices as `1,3` or `leads en cross-selling`. It never raises: a failure is a ParsedAnswer
with a Dutch message saying what is expected.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from crm_roi import formatting
from crm_roi.flow import messages
from crm_roi.flow.numbers import read_number
from crm_roi.flow.schema import CHOICE_TYPES, NUMERIC_TYPES, AnswerValue, Question
from crm_roi.limits import FORBIDDEN_CHARACTERS, MAX_TEXT_LENGTH

HOURS_WORD = "uur"
POINTS_WORD = "procentpunt"


@dataclass(frozen=True)
class ParsedAnswer:
    """The outcome of reading one answer: a value in answer units, or a Dutch message."""

    ok: bool
    value: AnswerValue | None = None
    message: str | None = None


def _fail(message: str) -> ParsedAnswer:
    return ParsedAnswer(ok=False, message=message)


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to single spaces: for matching labels."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


def _match_choice(question: Question, token: str) -> tuple[str | None, str | None]:
    """(value, None) for a recognised choice, else (None, Dutch message)."""
    folded, compact = fold(token), _compact(token)
    choices = question.choices
    if folded.isdigit():
        number = int(folded)
        if 1 <= number <= len(choices):
            return choices[number - 1].value, None
        return None, messages.choice_number_out_of_range(number, len(choices))
    if not compact:
        return None, messages.choice_unknown(token, question)
    for choice in choices:
        if compact in (_compact(choice.value), _compact(choice.label)):
            return choice.value, None
    starts = [
        c
        for c in choices
        if _compact(c.label).startswith(compact) or _compact(c.value).startswith(compact)
    ]
    if not starts and len(compact) >= 3:
        starts = [c for c in choices if any(w.startswith(folded) for w in fold(c.label).split())]
    if len(starts) == 1:
        return starts[0].value, None
    if len(starts) > 1:
        return None, messages.choice_ambiguous(token, [c.label for c in starts])
    return None, messages.choice_unknown(token, question)


_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/+&]|\sen\s|\sof\s)\s*")


def _parse_multichoice(question: Question, text: str) -> ParsedAnswer:
    lowered = " " + fold_keep_punctuation(text) + " "
    if fold(text) in messages.ALL_WORDS:
        return ParsedAnswer(ok=True, value=[c.value for c in question.choices])
    chosen: set[str] = set()
    for choice in sorted(question.choices, key=lambda c: -len(c.label)):
        label = fold_keep_punctuation(choice.label)
        if (" en " in label or "," in label) and f" {label} " in lowered:
            chosen.add(choice.value)
            lowered = lowered.replace(f" {label} ", " , ")
    tokens = [t for t in _LIST_SEPARATORS.split(lowered.strip()) if t.strip()]
    expanded: list[str] = []
    for token in tokens:
        words = token.split()
        expanded.extend(words if len(words) > 1 and all(w.isdigit() for w in words) else [token])
    for token in expanded:
        value, message = _match_choice(question, token)
        if value is None:
            return _fail(message or messages.not_understood(question.type))
        chosen.add(value)
    if not chosen:
        return _fail(messages.not_understood(question.type))
    return ParsedAnswer(ok=True, value=[c.value for c in question.choices if c.value in chosen])


def fold_keep_punctuation(text: str) -> str:
    """Lower case and accents removed, but commas and other separators kept."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


_CLOCK_TIME = re.compile(r"([0-9]{1,3}):([0-5][0-9])")


def _parse_number_answer(question: Question, text: str) -> ParsedAnswer:
    clock = _CLOCK_TIME.fullmatch(text)
    if clock is not None and question.type == "hours":  # `4:30`: hours and minutes
        hours = int(clock[1]) + int(clock[2]) / 60
        return _fail(messages.hours_as_number(text, formatting.number(hours, decimals=2)))
    reading = read_number(text)
    if reading.ambiguous:
        return _fail(messages.ONE_NUMBER)
    number = reading.value
    if number is None:
        return _fail(messages.not_understood(question.type))
    if question.type == "int":
        rounded = round(number)
        if abs(number - rounded) > 1e-9:
            return _fail(messages.WHOLE_NUMBER)
        return ParsedAnswer(ok=True, value=int(rounded))
    return ParsedAnswer(ok=True, value=float(number))


def parse_answer(question: Question, text: str) -> ParsedAnswer:
    """Read what the user typed for this question; never raises."""
    try:
        return _parse(question, str(text))
    except (ValueError, ArithmeticError, IndexError, re.error):
        return _fail(messages.not_understood(question.type))


def _parse(question: Question, text: str) -> ParsedAnswer:
    stripped = text.strip()
    if not stripped:
        return _fail(messages.not_understood(question.type))
    if question.type in NUMERIC_TYPES:
        return _parse_number_answer(question, stripped)
    if question.type == "yesno":
        word = fold(stripped)
        if word in messages.YES_WORDS:
            return ParsedAnswer(ok=True, value=True)
        if word in messages.NO_WORDS:
            return ParsedAnswer(ok=True, value=False)
        return _fail(messages.not_understood("yesno"))
    if question.type == "choice":
        value, message = _match_choice(question, stripped)
        if value is None:
            return _fail(message or messages.not_understood("choice"))
        return ParsedAnswer(ok=True, value=value)
    if question.type == "multichoice":
        return _parse_multichoice(question, stripped)
    if len(stripped) > MAX_TEXT_LENGTH:
        return _fail(messages.text_too_long(MAX_TEXT_LENGTH))
    if FORBIDDEN_CHARACTERS.search(stripped):
        return _fail(messages.TEXT_CONTROL_CHARACTER)
    return ParsedAnswer(ok=True, value=" ".join(stripped.split()))


def coerce_value(question: Question, value: object) -> ParsedAnswer:
    """Check an already typed value (from YAML or a saved interview) against the type.

    Choices are expected as their ids; a refusal lists the ids (not the numbered labels that
    suit someone typing in the app).
    """
    try:
        return _coerce(question, value)
    except (ValueError, ArithmeticError):  # a number beyond float's range
        return _fail(messages.not_understood(question.type))


def _coerce(question: Question, value: object) -> ParsedAnswer:
    kind = question.type
    if kind in CHOICE_TYPES:
        return _coerce_choice(question, value)
    if isinstance(value, str):
        return parse_answer(question, value)
    if kind in NUMERIC_TYPES:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return _fail(messages.not_understood(kind))
        if not math.isfinite(value):
            return _fail(messages.not_understood(kind))
        if kind == "int":
            if abs(value - round(value)) > 1e-9:
                return _fail(messages.WHOLE_NUMBER)
            return ParsedAnswer(ok=True, value=round(value))
        return ParsedAnswer(ok=True, value=float(value))
    if kind == "yesno":
        return (
            ParsedAnswer(ok=True, value=value)
            if isinstance(value, bool)
            else _fail(messages.not_understood(kind))
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ParsedAnswer(ok=True, value=str(value))
    return _fail(messages.not_understood(kind))


def _coerce_choice(question: Question, value: object) -> ParsedAnswer:
    """A stored choice: its id or its whole label, never a prefix or a number.

    What suits someone typing (`on` for "Onzeker", `2` for the second choice) would misread
    a hand-edited file, where `on` or `yes` is a YAML habit, not an abbreviation.
    """
    ids = [c.value for c in question.choices]
    if question.type == "choice":
        found = _exact_choice(question, value)
        if found is not None:
            return ParsedAnswer(ok=True, value=found)
        return _fail(messages.stored_choice_unknown(value, ids))
    items: object = value
    if isinstance(value, str):
        items = [part for part in _STORED_LIST_SEPARATORS.split(value) if part.strip()]
    if not isinstance(items, list | tuple) or not items:
        return _fail(messages.stored_choice_unknown(value, ids))
    chosen = set()
    for item in items:
        found = _exact_choice(question, item)
        if found is None:
            return _fail(messages.stored_choice_unknown(item, ids))
        chosen.add(found)
    return ParsedAnswer(ok=True, value=[v for v in ids if v in chosen])


_STORED_LIST_SEPARATORS = re.compile(r"\s*[,;]\s*")


def _exact_choice(question: Question, value: object) -> str | None:
    """The id of the choice whose id or label is `value` (case and accents aside)."""
    if not isinstance(value, str):
        return None
    compact = _compact(value)
    for choice in question.choices:
        if value == choice.value or (
            compact and compact in (_compact(choice.value), _compact(choice.label))
        ):
            return choice.value
    return None


def format_answer(question: Question, value: object) -> str:
    """The value as Dutch text (via crm_roi.formatting), readable back by parse_answer."""
    kind = question.type
    if kind == "euro" and isinstance(value, int | float):
        whole = float(value).is_integer()
        return formatting.euro(float(value), cents=not whole)
    if kind == "percent" and isinstance(value, int | float):
        if is_percentage_points(question):  # "2 procentpunt", not "2%"
            return f"{formatting.number(float(value), decimals=2)} {POINTS_WORD}"
        return formatting.percent(float(value), decimals=2)
    if kind in ("int", "hours") and isinstance(value, int | float):
        return _with_unit(question, float(value))
    if kind == "yesno" and isinstance(value, bool):
        return messages.YES if value else messages.NO
    if kind == "choice" and isinstance(value, str):
        return question.choice_label(value)
    if kind == "multichoice" and isinstance(value, list | tuple):
        return messages.join_labels([question.choice_label(str(v)) for v in value])
    return str(value)


def _with_unit(question: Question, value: float) -> str:
    """`12 gebruikers`, `1 gebruiker`, `8 uur per maand`: a count or hours with its unit."""
    if question.type == "hours":
        text = formatting.hours(value)  # "8 uur"
        unit = question.unit or ""
        if unit == HOURS_WORD or unit.startswith(HOURS_WORD + " "):
            unit = unit[len(HOURS_WORD) :].strip()
    else:
        text = formatting.number(value)
        unit = question.unit_for(value) or ""
    return f"{text} {unit}" if unit else text


def is_percentage_points(question: Question) -> bool:
    """A percent question about a difference in percentage points (unit `procentpunt`)."""
    return question.type == "percent" and (question.unit or "").startswith(POINTS_WORD)
