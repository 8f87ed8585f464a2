"""build_figures: every figure of one business case, named, with its working."""

from __future__ import annotations

from collections.abc import Mapping

from crm_roi.business_case import BusinessCase
from crm_roi.figures.context import Builder
from crm_roi.figures.goals import add_goal_figures
from crm_roi.figures.inputs import InputSource, add_input_figures
from crm_roi.figures.lines import add_line_figures
from crm_roi.figures.methods import add_method_figures
from crm_roi.figures.model import Figures
from crm_roi.figures.results import add_result_figures
from crm_roi.figures.texts import FigureTexts, load_figure_texts
from crm_roi.figures.uncertainty import add_uncertainty_figures


def build_figures(
    case: BusinessCase,
    *,
    labels: Mapping[str, str] | None = None,
    sources: Mapping[str, InputSource] | None = None,
    texts: FigureTexts | None = None,
) -> Figures:
    """The figures of a case, in the order a reader meets them.

    `labels` names questions and goals (the flow's Dutch labels); `sources` says where each
    input came from. Both are optional: an id without a label is shown as it is, an input
    without a source counts as an own answer.
    """
    b = Builder(case=case, texts=texts or load_figure_texts(), labels=labels or {})
    add_input_figures(b, sources or {})
    add_line_figures(b)
    add_result_figures(b)
    add_method_figures(b)
    add_goal_figures(b)
    add_uncertainty_figures(b)
    return Figures(b.figures)
