"""Figures of what changed since a version or another interview (`wijziging.*`).

The headline results before come from the version (as it reported them); after is this
case's own figure. The attribution's running NCWs are the domain's, to the cent; each step's
effect is the difference of two running NCWs as shown in whole euros, so the effects on the
page add up exactly to the change of the NCW shown (a telescoping sum), and the last running
NCW is the case's own NCW.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from crm_roi import formatting
from crm_roi.business_case.bounds import NUMBER_KINDS
from crm_roi.figures.context import Builder
from crm_roi.figures.model import FigureUnit
from crm_roi.figures.shown import euro, input_text, input_unit, value_text

if TYPE_CHECKING:  # the history imports the pipeline, which builds figures: types only
    from crm_roi.history import Attribution, Changes

PREFIX = "wijziging"
NPV = "ncw"
PERCENT = 100

# headline id → (figure suffix, unit, this case's own figure)
HEADLINES: dict[str, tuple[str, FigureUnit, str]] = {
    "ncw": ("ncw", "euro", "ncw"),
    "roi": ("roi", "fraction", "roi"),
    "irr": ("irr", "fraction", "irr"),
    "terugverdientijd_maanden": ("terugverdientijd", "months", "terugverdientijd"),
    "totale_kosten": ("kosten", "euro", "kosten.totaal"),
    "totale_baten": ("baten", "euro", "baten.totaal"),
}


def before_id(suffix: str) -> str:
    """The figure of a headline result before: `wijziging.voor.ncw`."""
    return f"{PREFIX}.voor.{suffix}"


def difference_id(suffix: str) -> str:
    return f"{PREFIX}.verschil.{suffix}"


def input_id(question_id: str, side: str) -> str:
    """An input's value before (`voor`) or now (`na`): `wijziging.invoer.<id>.voor`."""
    return f"{PREFIX}.invoer.{question_id}.{side}"


def effect_id(attribution_id: str) -> str:
    return f"{PREFIX}.effect.{attribution_id}"


def step_id(attribution_id: str) -> str:
    """The running NCW after a step (the last step's is the case's own `ncw`)."""
    return f"{PREFIX}.stap.{attribution_id}"


def whole(value: float) -> float:
    """An amount as the report shows it, in whole euros (commercial rounding)."""
    return float(formatting.rounded(value))


def add_change_figures(b: Builder, changes: Changes) -> None:
    _inputs(b, changes)
    _headlines(b, changes)
    _attribution(b, changes)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _inputs(b: Builder, changes: Changes) -> None:
    """The before and after value of each changed number, with where it came from."""
    for item in changes.inputs:
        if item.id not in NUMBER_KINDS:
            continue
        sides = (
            ("voor", item.before, item.source_before, changes.since, "change_input_before"),
            ("na", item.after, item.source_after, "nu", "change_input_after"),
        )
        for side, raw, source, when, label in sides:
            value = _number(raw)
            if value is None:
                continue
            values = {"wanneer": when, "waarde": input_text(item.id, value), "bron": source or ""}
            b.add(
                input_id(item.id, side),
                b.texts.label(label, {"regel": item.label, "sinds": changes.since}),
                value,
                input_unit(item.id),
                b.texts.formula("change_input", values),
                (item.id,),
            )


def _headlines(b: Builder, changes: Changes) -> None:
    for headline in changes.headlines:
        if headline.id not in HEADLINES:
            continue  # the recommendation is a word, not a figure
        suffix, unit, after_id = HEADLINES[headline.id]
        before = _number(headline.before)
        if unit == "fraction" and before is not None:
            before /= PERCENT  # a version keeps ROI and IRR in percent units
        if headline.id == "ncw":
            before = changes.npv_before
        names = {"kop": headline.label, "sinds": changes.since}
        b.add(
            before_id(suffix),
            b.texts.label("change_before", names),
            before,
            unit,
            b.texts.formula(
                "change_result", {"sinds": changes.since, "na": value_text(before, unit)}
            ),
        )
        if b.has(after_id):
            _difference(b, suffix, unit, after_id, names)


def _difference(
    b: Builder, suffix: str, unit: FigureUnit, after_id: str, names: dict[str, str]
) -> None:
    """After minus before, as a reader computes it from the two values shown."""
    after, before = b.get(after_id).value, b.get(before_id(suffix)).value
    if after is None or before is None:
        return
    label = b.texts.label("change_difference", names)
    used = (after_id, before_id(suffix))
    if unit == "fraction":  # whole percentages: the difference in percentage points
        now, then = (float(formatting.rounded(v * PERCENT)) for v in (after, before))
        values = {
            "nu": formatting.number(now),
            "voor": formatting.number(then),
            "na": formatting.print_minus(formatting.number(now - then)),
        }
        formula = b.texts.formula("change_points", values)
        b.add(difference_id(suffix), label, now - then, "number", formula, used)
        return
    if unit == "months":
        change = float(formatting.rounded(after, 1) - formatting.rounded(before, 1))
    else:
        change = whole(after) - whole(before)
    values = {
        "eerste": b.shown(after_id),
        "tweede": b.shown(before_id(suffix)),
        "na": value_text(change, unit),
    }
    b.add(difference_id(suffix), label, change, unit, b.texts.formula("difference", values), used)


def running_npvs(changes: Changes, npv_after: float) -> list[float]:
    """The NCW before, after each step, and the case's own NCW after the last step."""
    running = [changes.npv_before]
    for line in changes.attribution:
        running.append(round(running[-1] + line.npv_effect, 2))
    if changes.attribution:  # the domain's effects add up to the change to the cent
        running[-1] = npv_after
    return running


def _attribution(b: Builder, changes: Changes) -> None:
    lines: Sequence[Attribution] = changes.attribution
    if not lines or not b.has(NPV):
        return
    running = running_npvs(changes, b.get(NPV).value or 0.0)
    previous = before_id("ncw")
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        current = NPV if last else step_id(line.id)
        if not last:
            values = {"sinds": changes.since, "na": euro(running[index + 1])}
            b.add(
                current,
                b.texts.label("change_step", {"regel": formatting.in_sentence(line.label)}),
                running[index + 1],
                "euro",
                b.texts.formula("change_step", values),
                (previous, *(i for i in [input_id(line.id, "na")] if b.has(i))),
            )
        effect = whole(running[index + 1]) - whole(running[index])
        values = {"eerste": b.shown(current), "tweede": b.shown(previous), "na": euro(effect)}
        b.add(
            effect_id(line.id),
            b.texts.label("change_effect", {"regel": line.label}),
            effect,
            "euro",
            b.texts.formula("difference", values),
            (current, previous),
        )
        previous = current
