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
from crm_roi.flow.schema import NUMERIC_TYPES, AnswerValue, Question


@dataclass(frozen=True)
class ParsedAnswer:
    """The outcome of reading one answer: a value in answer units, or a Dutch message."""

    ok: bool
    value: AnswerValue | None = None
    message: str | None = None


def _fail(message: str) -> ParsedAnswer:
    return ParsedAnswer(ok=False, message=message)


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_APPROX = re.compile(r"^(?:ca\.?|circa|ongeveer|zo'?n|±|~|\+/-)\s*")
_MULTIPLIERS = (
    (re.compile(r"(miljard|mld\.?)$"), 1e9),
    (re.compile(r"(miljoen|mln\.?|mio\.?|m)$"), 1e6),
    (re.compile(r"(duizend|k)$"), 1e3),
)
_UNIT_WORDS = re.compile(
    r"(euro's|euros|euro|eur|€|procentpunten|procentpunt|procent|pct\.?|%|uren|uur|u|h|"
    r"gebruikers|stuks|jaar|jaren|weken|keer)$"
)
_PER_SUFFIX = re.compile(r"\s+(?:per|p/|/)\s*\S.*$|\s*/\s*\S+$")
_NUMBER = re.compile(r"^\d[\d.,]*$|^[.,]\d+$")
_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMAS = re.compile(r"^\d{1,3}(,\d{3}){2,}$")


def parse_number(text: str) -> float | None:
    """A Dutch number with optional €, %, unit word, `k`/`mln`; None when it is not one."""
    s = _SPACES.sub(" ", text).strip().lower()
    s = _APPROX.sub("", s)
    s = _PER_SUFFIX.sub("", s).strip()
    s = re.sub(r"[,.]-{1,2}$|[,.]=$", "", s).strip()  # "€ 2.000,-"
    s = s.replace("−", "-").replace("–", "-")
    s = s.lstrip("€").strip()
    sign = 1.0
    if s[:1] in "-+" and s:
        sign = -1.0 if s[0] == "-" else 1.0
        s = s[1:].strip()
    s = s.lstrip("€").strip()
    for _ in range(2):  # "15 procent", "2,5 uur", "€" after the number
        s = _UNIT_WORDS.sub("", s).strip()
    multiplier = 1.0
    for pattern, factor in _MULTIPLIERS:
        if pattern.search(s):
            candidate = pattern.sub("", s).strip()
            if candidate and candidate[-1].isdigit():
                s, multiplier = candidate, factor
                break
    s = s.replace(" ", "")
    if not _NUMBER.match(s):
        return None
    value = _read_separators(s)
    if value is None:
        return None
    result = sign * value * multiplier
    return result if math.isfinite(result) else None


def _read_separators(s: str) -> float | None:
    """Decide which of `.` and `,` is the decimal separator, the Dutch way first."""
    if "." in s and "," in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, fraction = s.rpartition(decimal)
        if decimal in whole or not re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})*", whole):
            return None
        return float(whole.replace(thousands, "") + "." + fraction)
    if "," in s:
        if s.count(",") > 1:
            return float(s.replace(",", "")) if _THOUSANDS_COMMAS.match(s) else None
        return float(s.replace(",", "."))
    if "." in s:
        if _THOUSANDS_DOTS.match(s):
            return float(s.replace(".", ""))
        return float(s) if s.count(".") == 1 else None
    return float(s)


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


def _parse_number_answer(question: Question, text: str) -> ParsedAnswer:
    number = parse_number(text)
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
    if len(stripped) > messages.MAX_TEXT_LENGTH:
        return _fail(messages.text_too_long(messages.MAX_TEXT_LENGTH))
    return ParsedAnswer(ok=True, value=" ".join(stripped.split()))


def coerce_value(question: Question, value: object) -> ParsedAnswer:
    """Check an already typed value (from YAML or a saved interview) against the type."""
    kind = question.type
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
    if kind == "choice":
        return _fail(messages.not_understood(kind))
    if kind == "multichoice":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return _fail(messages.not_understood(kind))
        values = {c.value for c in question.choices}
        unknown = [v for v in value if v not in values]
        if unknown or not value:
            return _fail(messages.choice_unknown(str(unknown[0]) if unknown else "", question))
        return ParsedAnswer(ok=True, value=[c.value for c in question.choices if c.value in value])
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ParsedAnswer(ok=True, value=str(value))
    return _fail(messages.not_understood(kind))


def format_answer(question: Question, value: object) -> str:
    """The value as Dutch text (via crm_roi.formatting), readable back by parse_answer."""
    kind = question.type
    if kind == "euro" and isinstance(value, int | float):
        whole = float(value).is_integer()
        return formatting.euro(float(value), cents=not whole)
    if kind == "percent" and isinstance(value, int | float):
        return formatting.percent(float(value), decimals=2)
    if kind == "hours" and isinstance(value, int | float):
        return formatting.hours(float(value))
    if kind == "int" and isinstance(value, int | float):
        return formatting.number(float(value))
    if kind == "yesno" and isinstance(value, bool):
        return messages.YES if value else messages.NO
    if kind == "choice" and isinstance(value, str):
        return question.choice_label(value)
    if kind == "multichoice" and isinstance(value, list | tuple):
        return messages.join_labels([question.choice_label(str(v)) for v in value])
    return str(value)
