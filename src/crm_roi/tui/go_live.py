"""The go-live date as a Dutch user types it: `1 maart 2026`, `1 mrt. 2026`, `1-3-2026`,
`01/03/26` or `2026-03-01`. A date after today is refused: plan against actual is about a
go-live that happened."""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import get_month_names

from crm_roi import formatting
from crm_roi.tui import messages as msg

_NUMERIC = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WRITTEN = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})")


def _month_numbers() -> dict[str, int]:
    """Dutch month names, Babel's abbreviations and the first three letters: `maart`,
    `mrt`, `maa`, `sept`."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=formatting.LOCALE).items():
            names[str(name).lower().rstrip(".")] = int(number)
    for name, number in list(names.items()):
        names.setdefault(name[:3], number)
    names.setdefault("sept", 9)
    return names


def read_go_live(text: str, today: dt.date) -> dt.date | str:
    """The date, or the Dutch message that says what is expected."""
    typed = " ".join(text.strip().lower().split())
    parts = _parts(typed)
    if parts is None:
        return msg.GO_LIVE_UNREADABLE
    day, month, year = parts
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return msg.GO_LIVE_NO_SUCH_DAY.format(text=text.strip())
    if date > today:
        return msg.GO_LIVE_FUTURE.format(today=formatting.date(today))
    return date


def go_live_problem(text: str, today: dt.date) -> str | None:
    """The Dutch message when `text` is no valid go-live date, else None (live validation)."""
    found = read_go_live(text, today)
    return found if isinstance(found, str) else None


def _parts(typed: str) -> tuple[int, int, int] | None:
    """(day, month, year) as typed; a two-digit year is in this century."""
    if match := _ISO.fullmatch(typed):
        year, month, day = (int(group) for group in match.groups())
        return day, month, year
    if match := _NUMERIC.fullmatch(typed):
        day, month, year = (int(group) for group in match.groups())
        return day, month, year + 2000 if year < 100 else year
    match = _WRITTEN.fullmatch(typed)
    named = None if match is None else _month_numbers().get(match.group(2))
    if match is None or named is None:
        return None
    return int(match.group(1)), named, int(match.group(3))
