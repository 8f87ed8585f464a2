"""The app's Dutch about versions: what moved since the last one, and the panel's difference.

Made from the history domain's values (`crm_roi.history.Changes`, a recorded `Version`);
the sentence templates live in ``messages.py``. Signs are the true minus sign and a plus,
amounts go through `crm_roi.formatting` (Babel).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from crm_roi import formatting
from crm_roi.interview.model import Version
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import CaseFigures, MovedDefault, VersionChanges, VersionDifference

if TYPE_CHECKING:
    from crm_roi.history import ChangedInput, Changes

SPACE = "\xa0"  # the sign stays with its amount: "+ € 3.609" never breaks after the "+"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def moved(change: ChangedInput) -> str:
    """ "gestegen van € 29 naar € 32", "gedaald van ...", or "veranderd van ... in ..."."""
    before, after = change.before, change.after
    template = msg.MOVED_OTHER
    if _is_number(before) and _is_number(after) and before != after:
        template = msg.MOVED_UP if after > before else msg.MOVED_DOWN
    return template.format(before=change.before_text, after=change.after_text)


def moved_default(
    change: ChangedInput, *, date: str, by_own_edits: bool, source: str | None
) -> MovedDefault:
    """An accepted default that moved: why (a benchmark, or the user's own edits) and how."""
    label = formatting.in_sentence(change.label)
    template = msg.DEFAULT_MOVED_BY_EDITS if by_own_edits else msg.DEFAULT_MOVED
    sentence = template.format(label=label, date=date, moved=moved(change))
    if source:
        sentence += " " + msg.DEFAULT_SOURCE_NOW.format(source=source)
    return MovedDefault(change.id, label, sentence, change.before_text, change.after_text)


def _line(change: ChangedInput) -> str:
    label = formatting.in_sentence(change.label)
    if change.kind == "nieuw":
        return msg.QUESTION_NEW.format(label=change.label, after=change.after_text)
    if change.kind == "vervallen":
        return msg.QUESTION_GONE.format(label=change.label, before=change.before_text)
    return msg.OWN_ANSWER_MOVED.format(label=label, moved=moved(change))


def _euro(amount: float) -> str:
    return formatting.print_minus(formatting.euro(amount))


def changes_view(
    changes: Changes,
    *,
    next_number: int | None,
    by_own_edits: Collection[str],
    sources: Mapping[str, str | None],
) -> VersionChanges:
    """The chat's account of what moved since the version `changes` compares with.

    `next_number`: the version the next report records (None: this window records none).
    `by_own_edits`: the moved defaults that moved because of the user's own edits (today's
    rules give the old value for the version's answers); `sources`: where each input's value
    comes from now (question id → Dutch source).
    """
    assert changes.since_version is not None and changes.since_date is not None
    number = changes.since_version
    date = formatting.date(changes.since_date)
    items: list[str] = []
    defaults: list[MovedDefault] = []
    for change in changes.inputs:
        if change.kind == "standaard":
            default = moved_default(
                change,
                date=date,
                by_own_edits=change.id in by_own_edits,
                source=sources.get(change.id),
            )
            defaults.append(default)
            items.append(default.sentence)
        else:
            items.append(_line(change))
    before, after = _euro(changes.npv_before), _euro(changes.npv_after)
    npv = [msg.SINCE_NPV.format(before=before, after=after, number=number)]
    if before == after:
        npv = []
    if not changes.inputs:
        return VersionChanges(number, (msg.SINCE_NOTHING.format(number=number, date=date), *npv))
    report = (
        []
        if next_number is None
        else [msg.SINCE_NEXT_REPORT.format(next=next_number, number=number)]
    )
    lines = (
        msg.SINCE_HEADING.format(number=number, date=date),
        *(msg.SINCE_ITEM.format(text=item) for item in items),
        *npv,
        *report,
    )
    return VersionChanges(number, lines, tuple(defaults))


def _signed(change: float, text: str) -> str:
    """ "+ € 3.609" or "− € 3.609" (`text` is the amount without sign)."""
    return f"{'+' if change > 0 else formatting.MINUS_SIGN}{SPACE}{text}"


def npv_change_text(change: float) -> str:
    if not formatting.rounded(change):
        return msg.PANEL_SAME
    return _signed(change, formatting.euro(abs(change)))


def _points_text(now: float | None, before: float | None) -> str | None:
    """The ROI's change in percentage points, as whole points like the ROI is shown."""
    if now is None or before is None or not math.isfinite(now) or not math.isfinite(before):
        return None
    change = now * 100 - before
    if not formatting.rounded(change):
        return msg.PANEL_SAME
    return msg.PANEL_POINTS.format(change=_signed(change, formatting.number(abs(change))))


def _payback_text(now: float | None, before: float | None) -> str | None:
    if now is None or before is None:
        return None
    change = now - before
    if not formatting.rounded(change, 1):
        return msg.PANEL_SAME
    template = msg.PANEL_LATER if change > 0 else msg.PANEL_EARLIER
    return template.format(months=formatting.months(abs(change)))


def difference(figures: CaseFigures, version: Version) -> VersionDifference | None:
    """The live figures against the results `version` recorded; None without an NCW."""
    results = version.resultaten
    npv = figures.npv.value
    if npv is None:
        return None
    return VersionDifference(
        number=version.nummer,
        npv=npv_change_text(npv - results.ncw),
        roi=_points_text(figures.roi.value, results.roi),
        payback=_payback_text(figures.payback.value, results.terugverdientijd_maanden),
    )
