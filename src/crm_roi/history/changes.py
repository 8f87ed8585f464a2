"""What changed between a before and a now, and how much each change moved the NPV.

The before is a recorded version (its inputs as used, its results as reported) or another
interview file (computed now). The attribution applies the changed inputs one at a time in
flow order, each effect measured from the state before it (docs/METHOD.md §14). A step whose
state is not a valid case on its own (a new goal without its drivers yet) takes the new
inputs it needs along, else the next change. Whatever no input explains (a changed formula,
a changed benchmark behind an input the case completes itself) is one line "overige
wijzigingen", so the effects add up exactly to the change.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import InputError, compute_business_case
from crm_roi.flow import Flow, format_answer
from crm_roi.history import messages
from crm_roi.history.versions import SOURCE_NAMES, headline_results
from crm_roi.interview.model import Version, VersionResults
from crm_roi.pipeline import Evaluation

ChangeKind = Literal["eigen", "standaard", "nieuw", "vervallen"]
OWN_ITEMS = "eigen_posten"
OTHER_CHANGES = "overige_wijzigingen"
CENT = 0.005


@dataclass(frozen=True)
class ChangedInput:
    """One input that differs; `kind`: own edit, accepted default that moved, new, removed."""

    id: str
    label: str
    kind: ChangeKind
    before: Any  # answer units; None when not asked before
    after: Any
    before_text: str  # Dutch, with unit ("€ 29", "1,5 uur")
    after_text: str
    source_before: str | None  # Dutch: "eigen antwoord", "standaardwaarde (bron, 2025)"
    source_after: str | None


@dataclass(frozen=True)
class Attribution:
    """The NPV effect of one change (or of changes that only count together)."""

    id: str  # the input's id, "eigen_posten" or "overige_wijzigingen"
    label: str
    npv_effect: float  # euro, rounded to cents so the effects add up to the change
    together_with: tuple[str, ...] = ()  # ids applied in the same step


@dataclass(frozen=True)
class Headline:
    id: str  # ncw, roi, irr, terugverdientijd_maanden, totale_kosten, totale_baten, advies
    label: str
    before: float | str | None  # percent units for roi/irr; verdict id for advies
    after: float | str | None


@dataclass(frozen=True)
class Changes:
    since: str  # Dutch: "versie 1 van 12 maart 2026" or "het interview 'voor.yaml'"
    since_version: int | None
    since_date: dt.date | None
    inputs: tuple[ChangedInput, ...]
    npv_before: float
    npv_after: float
    headlines: tuple[Headline, ...]
    attribution: tuple[Attribution, ...]

    @property
    def npv_change(self) -> float:
        return round(self.npv_after - self.npv_before, 2)


@dataclass(frozen=True)
class _Side:
    inputs: dict[str, Any]  # question id → value as used (answer units)
    own: dict[str, bool]  # question id → the user's own answer
    sources: dict[str, str | None]  # question id → source detail (benchmark and year)
    own_items: list[dict[str, Any]]
    results: VersionResults


def compare_with_version(now: Evaluation, version: Version, benchmarks: Benchmarks) -> Changes:
    """What changed since a recorded version of this interview."""
    before = _Side(
        inputs={qid: item.waarde for qid, item in version.invoer.items()},
        own={qid: item.bron == "eigen" for qid, item in version.invoer.items()},
        sources={qid: item.toelichting for qid, item in version.invoer.items()},
        own_items=[post.model_dump() for post in version.eigen_posten],
        results=version.resultaten,
    )
    since = messages.since_version(version.nummer, version.datum.date())
    return _compare(now, before, benchmarks, since, version.nummer, version.datum.date())


def compare_with_file(
    now: Evaluation, other: Evaluation, benchmarks: Benchmarks, name: str
) -> Changes:
    """What changed against another interview (`crm-roi report NU --vergelijk VOOR`)."""
    before = _side(other)
    return _compare(now, before, benchmarks, messages.since_file(name), None, None)


def _side(evaluation: Evaluation) -> _Side:
    resolved = evaluation.resolved
    return _Side(
        inputs={qid: answer.value for qid, answer in resolved.items()},
        own={qid: SOURCE_NAMES[answer.source] == "eigen" for qid, answer in resolved.items()},
        sources={qid: answer.source_text for qid, answer in resolved.items()},
        own_items=[post.model_dump() for post in evaluation.interview.eigen_posten],
        results=headline_results(evaluation.case),
    )


def _compare(
    now: Evaluation,
    before: _Side,
    benchmarks: Benchmarks,
    since: str,
    number: int | None,
    date: dt.date | None,
) -> Changes:
    after = _side(now)
    flow = now.flow
    changed = _changed_inputs(flow, before, after)
    npv_before = round(before.results.ncw, 2)
    npv_after = round(after.results.ncw, 2)

    def npv(inputs: Mapping[str, Any]) -> float:
        case = compute_business_case(
            inputs, benchmarks, uncertainty=False, bounds=flow.number_bounds
        )
        return case.analysis.npv

    attribution = _attribute(
        flow,
        _with_own_items(before.inputs, before.own_items),
        _with_own_items(after.inputs, after.own_items),
        changed,
        npv_before,
        npv_after,
        npv,
    )
    return Changes(
        since=since,
        since_version=number,
        since_date=date,
        inputs=tuple(changed),
        npv_before=npv_before,
        npv_after=npv_after,
        headlines=_headlines(before.results, after.results),
        attribution=attribution,
    )


def _with_own_items(inputs: Mapping[str, Any], own_items: list[dict[str, Any]]) -> dict[str, Any]:
    result = dict(inputs)
    if own_items:
        result[OWN_ITEMS] = own_items
    return result


def _same(before: Any, after: Any) -> bool:
    if isinstance(before, bool) or isinstance(after, bool):
        return before is after
    if isinstance(before, int | float) and isinstance(after, int | float):
        return math.isclose(before, after, rel_tol=1e-12, abs_tol=1e-9)
    if isinstance(before, list | tuple) and isinstance(after, list | tuple):
        return list(before) == list(after)
    return bool(before == after)


def _in_flow_order(flow: Flow, ids: set[str]) -> list[str]:
    order = [question.id for question in flow.questions if question.id in ids]
    return order + sorted(ids - set(order))


def _text(flow: Flow, question_id: str, value: Any) -> str:
    if value is None:
        return messages.NOT_ASKED
    if question_id in flow:
        try:
            return format_answer(flow.question(question_id), value)
        except (TypeError, ValueError):
            pass
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _label(flow: Flow, question_id: str) -> str:
    if question_id == OWN_ITEMS:
        return messages.OWN_ITEMS_LABEL
    return flow.question(question_id).short_label if question_id in flow else question_id


def _changed_inputs(flow: Flow, before: _Side, after: _Side) -> list[ChangedInput]:
    ids = set(before.inputs) | set(after.inputs)
    changed: list[ChangedInput] = []
    for question_id in _in_flow_order(flow, ids):
        old = before.inputs.get(question_id)
        new = after.inputs.get(question_id)
        in_before, in_after = question_id in before.inputs, question_id in after.inputs
        if in_before and in_after and _same(old, new):
            continue
        kind: ChangeKind
        if not in_before:
            kind = "nieuw"
        elif not in_after:
            kind = "vervallen"
        elif before.own[question_id] or after.own[question_id]:
            kind = "eigen"
        else:
            kind = "standaard"
        changed.append(
            ChangedInput(
                id=question_id,
                label=_label(flow, question_id),
                kind=kind,
                before=old,
                after=new,
                before_text=_text(flow, question_id, old),
                after_text=_text(flow, question_id, new),
                source_before=(
                    messages.source_text(before.own[question_id], before.sources[question_id])
                    if in_before
                    else None
                ),
                source_after=(
                    messages.source_text(after.own[question_id], after.sources[question_id])
                    if in_after
                    else None
                ),
            )
        )
    if not _same(before.own_items, after.own_items):
        changed.append(
            ChangedInput(
                id=OWN_ITEMS,
                label=messages.OWN_ITEMS_LABEL,
                kind="eigen",
                before=before.own_items,
                after=after.own_items,
                before_text=_own_items_text(before.own_items),
                after_text=_own_items_text(after.own_items),
                source_before=messages.OWN_ANSWER if before.own_items else None,
                source_after=messages.OWN_ANSWER if after.own_items else None,
            )
        )
    return changed


def _own_items_text(items: Sequence[Mapping[str, Any]]) -> str:
    return ", ".join(str(item["naam"]) for item in items) or messages.NOT_ASKED


def _attribute(
    flow: Flow,
    before: dict[str, Any],
    after: dict[str, Any],
    changed: Sequence[ChangedInput],
    npv_before: float,
    npv_after: float,
    npv: Callable[[Mapping[str, Any]], float],
) -> tuple[Attribution, ...]:
    """One line per step; the running NPVs are rounded to cents and each effect is the
    difference of two of them, so the effects add up to the change to the cent."""
    steps: list[tuple[list[ChangedInput], float]] = []
    state = dict(before)
    try:
        running = npv(state)
    except InputError:
        running = None  # the before no longer makes a case with today's rules: no steps
    start = running
    pending: list[ChangedInput] = []
    queue = list(changed)
    while running is not None and queue:
        pending.append(_apply(state, after, queue.pop(0)))
        value = _npv_or_none(npv, state)
        # Not a case on its own (a new goal without its drivers): take the new inputs
        # it needs with it first, then, if that is not enough, the next change.
        for change in [item for item in queue if item.kind == "nieuw"]:
            if value is not None:
                break
            queue.remove(change)
            pending.append(_apply(state, after, change))
            value = _npv_or_none(npv, state)
        if value is None:
            continue
        steps.append((pending, value))
        pending = []
    lines: list[Attribution] = []
    previous = npv_before
    if start is not None and steps and not pending:
        previous = _cents(start)
        other = previous - npv_before
        for group, value in steps:
            current = _cents(value)
            first = group[0]
            lines.append(
                Attribution(
                    id=first.id,
                    label=messages.together([item.label for item in group]),
                    npv_effect=round(current - previous, 2),
                    together_with=tuple(item.id for item in group[1:]),
                )
            )
            previous = current
        other += npv_after - previous
    else:
        other = npv_after - npv_before
    if abs(other) >= CENT:
        lines.append(Attribution(OTHER_CHANGES, messages.OTHER_CHANGES_LABEL, round(other, 2)))
    return tuple(lines)


def _apply(state: dict[str, Any], after: Mapping[str, Any], change: ChangedInput) -> ChangedInput:
    if change.id in after:
        state[change.id] = after[change.id]
    else:
        state.pop(change.id, None)
    return change


def _npv_or_none(
    npv: Callable[[Mapping[str, Any]], float], state: Mapping[str, Any]
) -> float | None:
    try:
        return npv(state)
    except InputError:
        return None


def _cents(value: float) -> float:
    return round(value, 2)


def _headlines(before: VersionResults, after: VersionResults) -> tuple[Headline, ...]:
    old, new = before.model_dump(), after.model_dump()
    return tuple(
        Headline(key, label, old.get(key), new.get(key))
        for key, label in messages.HEADLINE_LABELS.items()
    )
