"""The live business case beside the chat, and its one-line form for narrow terminals."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Sparkline, Static

from crm_roi import formatting
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import CaseFigures


def payback_text(figures: CaseFigures) -> str:
    if figures.payback_months is None:
        return msg.PANEL_NOT_WITHIN.format(years=formatting.years(figures.horizon, decimals=0))
    return formatting.months(figures.payback_months)


def roi_text(figures: CaseFigures) -> str:
    return "–" if figures.roi is None else formatting.fraction_percent(figures.roi, decimals=0)


def figure_lines(figures: CaseFigures) -> list[tuple[str, str]]:
    """The key figures as (label, formatted value), in the panel's order."""
    return [
        (msg.PANEL_INVESTMENT, formatting.euro(figures.investment)),
        (msg.PANEL_BENEFIT, formatting.euro(figures.yearly_benefit)),
        (msg.PANEL_NPV, formatting.euro(figures.npv)),
        (msg.PANEL_ROI, roi_text(figures)),
        (msg.PANEL_PAYBACK, payback_text(figures)),
    ]


class CasePanel(Vertical):
    """Investment, yearly benefit, NPV, ROI, payback and a sparkline of the cash flow."""

    figures: reactive[CaseFigures | None] = reactive(None, always_update=True, init=False)

    def compose(self) -> ComposeResult:
        yield Static(msg.PANEL_TITLE, classes="panel-title", markup=False)
        yield Static(msg.PANEL_NOT_ENOUGH, id="panel-figures", markup=False)
        yield Static(msg.PANEL_CASHFLOW, id="panel-cashflow-label", markup=False)
        yield Sparkline([], id="panel-sparkline")
        yield Static(msg.PANEL_NOTE, classes="panel-note", markup=False)

    def watch_figures(self, figures: CaseFigures | None) -> None:
        text = self.query_one("#panel-figures", Static)
        sparkline = self.query_one(Sparkline)
        self.set_class(figures is None, "-empty")
        if figures is None:
            text.update(msg.PANEL_NOT_ENOUGH)
            sparkline.data = []
            return
        lines = figure_lines(figures)
        width = max(len(label) for label, _ in lines)
        text.update("\n".join(f"{label:<{width}}  {value}" for label, value in lines))
        sparkline.data = list(figures.cumulative_by_month)
        self.set_class(figures.npv < 0, "-negative")


class CaseStrip(Static):
    """The same figures on one line, shown instead of the panel below 100 columns."""

    figures: reactive[CaseFigures | None] = reactive(None, always_update=True, init=False)

    def __init__(self) -> None:
        super().__init__(msg.PANEL_NOT_ENOUGH.splitlines()[0], markup=False)

    def watch_figures(self, figures: CaseFigures | None) -> None:
        if figures is None:
            self.update(msg.PANEL_NOT_ENOUGH.splitlines()[0])
            return
        self.update(
            msg.PANEL_COMPACT.format(
                npv=formatting.euro(figures.npv),
                roi=roi_text(figures),
                payback=payback_text(figures),
            )
        )
