"""The full evaluation of one frozen state of an interview, for a worker thread.

The session hands a worker an `EvaluationJob` made on the UI thread: a frozen interview, the
flow and the benchmarks (frozen models too). The worker evaluates that, never the live
engine the user keeps changing meanwhile. The summary and the PDF of one state share the
job, so the business case is computed once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from crm_roi.advice import SUMMARY_ADVICES
from crm_roi.benchmarks import Benchmarks
from crm_roi.flow import Flow
from crm_roi.interview import Interview
from crm_roi.tui.live_case import case_figures
from crm_roi.tui.view_models import AdviceView, SummaryView

if TYPE_CHECKING:
    from crm_roi.pipeline import Evaluation


def _advices(result: Any) -> Sequence[Any]:
    """The advices of an AdviceResult, most important first; none without advice rules."""
    return () if result is None else tuple(result.advices)


class EvaluationJob:
    """Evaluates one frozen interview on first use; safe to share between threads."""

    def __init__(
        self, interview: Interview, flow: Flow, benchmarks: Benchmarks, notices: tuple[str, ...]
    ) -> None:
        self.interview = interview
        self.notices = notices  # Dutch, for the report: e.g. the logo was not found
        self._flow = flow
        self._benchmarks = benchmarks
        self._lock = threading.Lock()
        self._evaluation: Evaluation | None = None

    def evaluation(self) -> Evaluation:
        """The full evaluation (NumPy; may take a moment). Raises the domain's errors."""
        with self._lock:
            if self._evaluation is None:
                from crm_roi.pipeline import evaluate

                self._evaluation = evaluate(
                    self.interview, flow=self._flow, benchmarks=self._benchmarks
                )
            return self._evaluation

    def summary(self) -> SummaryView:
        """Key figures (with all they rest on, for "Hoe is dit berekend?"), verdict and advice.

        The figures are the evaluation's own (`Evaluation.figures`), the ones the report shows.
        """
        evaluation = self.evaluation()
        figures = case_figures(evaluation.case, evaluation.figures)
        advice = tuple(
            AdviceView(title=str(item.title), text=str(item.text))
            for item in _advices(evaluation.advice)[:SUMMARY_ADVICES]
        )
        positive = figures.npv.value is not None and figures.npv.value >= 0
        return SummaryView(figures=figures, positive=positive, advice=advice)
