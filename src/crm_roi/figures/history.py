"""The figures of coming back to an interview: what changed (`wijziging.*`) and plan against
actual (`realisatie.*`), added to a case's own figures by `crm_roi.history.with_history`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from crm_roi.business_case import BusinessCase
from crm_roi.figures.changes import add_change_figures
from crm_roi.figures.context import Builder
from crm_roi.figures.model import Figure, Figures
from crm_roi.figures.realisation import add_realisation_figures
from crm_roi.figures.texts import FigureTexts, load_figure_texts

if TYPE_CHECKING:  # the history imports the pipeline, which builds figures: types only
    from crm_roi.history import Actuals, Changes
    from crm_roi.interview.model import RealisedYear

PREFIXES = ("wijziging.", "realisatie.")  # the ids of the history's figures


def case_figures(figures: Figures) -> Figures:
    """`figures` without those of an earlier comparison or realisation (the case's own)."""
    if not any(figure_id.startswith(PREFIXES) for figure_id in figures):
        return figures
    return Figures(f for f in figures.values() if not f.id.startswith(PREFIXES))


def history_figures(
    figures: Figures,
    case: BusinessCase,
    *,
    changes: Changes | None,
    actuals: Actuals | None,
    realised: Mapping[int, RealisedYear],
    plan: str | None,
    labels: Mapping[str, str],
    texts: FigureTexts | None = None,
) -> tuple[Figure, ...]:
    """The new figures only (the case's own `figures` are read, not repeated; see
    `case_figures` for figures that may hold an earlier history's).

    `plan` names the version the decision was taken on ("versie 1 van 12 maart 2026"); None
    when the plan is this case. `realised` is the interview's `realisatie`.
    """
    texts = texts or load_figure_texts()
    b = Builder.extending(case, texts, labels, figures.values())
    if changes is not None:
        add_change_figures(b, changes)
    if actuals is not None:
        add_realisation_figures(b, actuals, realised, plan or texts.label("plan_case"))
    return tuple(b.figures)
