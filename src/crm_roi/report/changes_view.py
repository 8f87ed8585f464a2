"""The chapter "Wat is er veranderd sinds ...": the changed inputs, the headline results
before and after, and the NCW change per changed input, as rows of figures.

Every amount is a figure of `crm_roi.figures.changes`: the effects on the NCW are the
differences of the running NCWs as shown, so the rows add up on the page to the change, and
the last running NCW is the NCW of the rest of the report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crm_roi import formatting
from crm_roi.figures import Figure, Figures
from crm_roi.figures.changes import (
    HEADLINES,
    NPV,
    before_id,
    difference_id,
    effect_id,
    step_id,
)
from crm_roi.history.changes import OTHER_CHANGES
from crm_roi.report.filters import shown

if TYPE_CHECKING:
    from crm_roi.history import Changes


@dataclass(frozen=True)
class ChangedInputRow:
    label: str
    kind: str  # eigen, standaard, nieuw, vervallen (the template says it in Dutch)
    before: str  # as the flow shows the answer ("€ 29", "1,5 uur per gebruiker per week")
    after: str
    source_before: str | None  # "eigen antwoord", "standaardwaarde (CBS, 2024)"
    source_after: str | None


@dataclass(frozen=True)
class HeadlineRow:
    key: str  # ncw, roi, irr, terugverdientijd_maanden, totale_kosten, totale_baten, advies
    label: str
    before: Figure | None  # None for the recommendation (a word)
    after: Figure | None
    difference: Figure | None  # None when one side does not exist (no IRR, no payback)
    before_word: str | None = None  # the recommendation's verdict id
    after_word: str | None = None


@dataclass(frozen=True)
class StepRow:
    """One step of the attribution: its effect, and the NCW after it."""

    key: str  # the input's id, "eigen_posten" or "overige_wijzigingen"
    label: str  # the input's label
    together: tuple[str, ...]  # labels of inputs that only make a valid case with this one
    effect: Figure
    running: Figure  # the NCW after this step; the last step's is the report's NCW

    @property
    def other(self) -> bool:
        return self.key == OTHER_CHANGES


@dataclass(frozen=True)
class WaterfallBar:
    """A bar of the waterfall chart, in whole euros as the figures show them."""

    label: str
    start: float
    end: float
    text: str  # the figure's text ("€ 2.406", "€ −2.707")
    total: bool  # the NCW before or after (from zero), not a step


@dataclass(frozen=True)
class ChangesView:
    since: str  # "versie 1 van 12 maart 2026", "het interview 'voor.yaml'"
    since_version: int | None
    since_date: dt.date | None  # the version's date
    inputs: tuple[ChangedInputRow, ...]
    headlines: tuple[HeadlineRow, ...]
    npv_before: Figure
    npv_after: Figure
    npv_change: Figure
    steps: tuple[StepRow, ...]

    @property
    def largest(self) -> StepRow | None:
        """The step that moved the NCW most (first in flow order on a tie)."""
        return max(self.steps, key=lambda step: abs(step.effect.value or 0.0), default=None)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(row.kind for row in self.inputs)


def build_changes_view(changes: Changes, figures: Figures) -> ChangesView:
    headlines = []
    for headline in changes.headlines:
        if headline.id not in HEADLINES:
            headlines.append(
                HeadlineRow(
                    key=headline.id,
                    label=headline.label,
                    before=None,
                    after=None,
                    difference=None,
                    before_word=None if headline.before is None else str(headline.before),
                    after_word=None if headline.after is None else str(headline.after),
                )
            )
            continue
        suffix, _unit, after = HEADLINES[headline.id]
        headlines.append(
            HeadlineRow(
                key=headline.id,
                label=headline.label,
                before=figures[before_id(suffix)],
                after=figures[after],
                difference=figures.get(difference_id(suffix)),
            )
        )
    labels = {item.id: item.label for item in changes.inputs}
    steps = []
    for index, line in enumerate(changes.attribution):
        last = index == len(changes.attribution) - 1
        steps.append(
            StepRow(
                key=line.id,
                label=labels.get(line.id, line.label),
                together=tuple(labels.get(i, i) for i in line.together_with),
                effect=figures[effect_id(line.id)],
                running=figures[NPV if last else step_id(line.id)],
            )
        )
    return ChangesView(
        since=changes.since,
        since_version=changes.since_version,
        since_date=changes.since_date,
        inputs=tuple(
            ChangedInputRow(
                label=item.label,
                kind=item.kind,
                before=item.before_text,
                after=item.after_text,
                source_before=item.source_before,
                source_after=item.source_after,
            )
            for item in changes.inputs
        ),
        headlines=tuple(headlines),
        npv_before=figures[before_id("ncw")],
        npv_after=figures[NPV],
        npv_change=figures[difference_id("ncw")],
        steps=tuple(steps),
    )


def waterfall_bars(view: ChangesView, before_label: str, after_label: str) -> list[WaterfallBar]:
    """From the NCW before, through each step, to the NCW after (labels from the template)."""

    def whole(figure: Figure) -> float:
        return float(formatting.rounded(figure.value or 0.0))

    bars = [WaterfallBar(before_label, 0.0, whole(view.npv_before), shown(view.npv_before), True)]
    previous = whole(view.npv_before)
    for step in view.steps:
        current = whole(step.running)
        if current != previous:  # a step without effect is a row of the table, not a bar
            label = step.label + (" e.a." if step.together else "")
            bars.append(WaterfallBar(label, previous, current, shown(step.effect), False))
        previous = current
    bars.append(WaterfallBar(after_label, 0.0, whole(view.npv_after), shown(view.npv_after), True))
    return bars
