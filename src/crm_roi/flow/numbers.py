"""Numbers as Dutch people type them: `1.250`, `€ 2.000,-`, `15%`, `2k`, `zo'n 10 uur`.

`read_number` first reads the whole text as one amount (with €, %, a unit word, `k`/`mln`).
When that fails it looks for exactly one number among a few words ("12 mensen", "ik denk
10"); two or more numbers ("10 of 12", "10-12") are reported as ambiguous, never guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "−": "-", "–": "-", "—": "-"})
_APPROX = re.compile(r"^(?:ca\.?|circa|ongeveer|zo'?n|rond de|rond|±|~|\+/-)\s*")
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
_SPACED_THOUSANDS = re.compile(r"^\d{1,3}( \d{3})+([.,]\d+)?$")
_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMAS = re.compile(r"^\d{1,3}(,\d{3}){2,}$")
_NUMBER_IN_TEXT = re.compile(
    r"(?<![\w.,])[-+]?(?:€\s?)?\d(?:[\d.,]*\d)?(?:,-{1,2})?"
    r"(?:\s?(?:k|mln\.?|miljoen|miljard|mld\.?|duizend)(?![a-z]))?"
)
_MAX_EXTRA_WORDS = 5


@dataclass(frozen=True)
class NumberReading:
    """A number read from text; `ambiguous` when the text holds more than one number."""

    value: float | None
    ambiguous: bool = False


def normalise(text: str) -> str:
    """Lower case, one kind of space, apostrophe and minus sign."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip().lower()


def read_number(text: str) -> NumberReading:
    """The one number in `text` (see the module docstring)."""
    s = normalise(text)
    whole = _read_amount(s)
    if whole is not None:
        return NumberReading(whole)
    found = list(_NUMBER_IN_TEXT.finditer(s))
    if len(found) > 1:
        return NumberReading(None, ambiguous=True)
    if not found:
        return NumberReading(None)
    rest = (s[: found[0].start()] + " " + s[found[0].end() :]).split()
    if len(rest) > _MAX_EXTRA_WORDS or any(ch.isdigit() for word in rest for ch in word):
        return NumberReading(None)
    return NumberReading(_read_amount(found[0].group()))


def parse_number(text: str) -> float | None:
    """A Dutch number, alone or among a few words; None when there is not exactly one."""
    return read_number(text).value


def _read_amount(s: str) -> float | None:
    """The whole (normalised) text as one amount with its €, %, unit word and multiplier."""
    s = _APPROX.sub("", s)
    s = _PER_SUFFIX.sub("", s).strip()
    s = re.sub(r"[,.]-{1,2}$|[,.]=$", "", s).strip()  # "€ 2.000,-"
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
    if " " in s:
        if not _SPACED_THOUSANDS.match(s):  # "1 250" is a number, "10 12" is two
            return None
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
