"""The live business case beside the chat, and its one-line form for narrow terminals."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Static

from crm_roi import formatting
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import CaseFigures
from crm_roi.tui.widgets.cash_flow_chart import CashFlowChart
from crm_roi.tui.widgets.plain_text import PlainText


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
        (msg.PANEL_YEARLY_COSTS, formatting.euro(figures.yearly_costs)),
        (msg.PANEL_BENEFIT, formatting.euro(figures.yearly_benefit)),
        (msg.PANEL_NPV, formatting.euro(figures.npv)),
        (msg.PANEL_ROI, roi_text(figures)),
        (msg.PANEL_PAYBACK, payback_text(figures)),
    ]


def provisional_text(figures: CaseFigures) -> str:
    """Which benefits are still missing ("" when the figures are not provisional)."""
    if figures.no_benefits_yet:
        return msg.PANEL_PROVISIONAL_NO_BENEFITS
    if not figures.open_goals:
        return ""
    goals = [msg.PANEL_PROVISIONAL_GOAL.format(goal=goal) for goal in figures.open_goals]
    heading = msg.PANEL_PROVISIONAL_GOALS.format(zero=formatting.euro(0))
    return "\n".join([heading, *goals])


def note_text(figures: CaseFigures | None) -> str:
    """What the other unanswered questions count as ("" when nothing is shown or open).

    Only the goals named by `provisional_text` count as € 0; everything else that is still
    open counts with its default, as the figures do.
    """
    if figures is None or figures.complete:
        return ""
    return msg.PANEL_NOTE_PROVISIONAL if figures.provisional else msg.PANEL_NOTE


def strip_text(figures: CaseFigures | None) -> str:
    if figures is None:
        return msg.PANEL_NOT_ENOUGH.splitlines()[0]
    if figures.no_benefits_yet:
        return msg.PANEL_COMPACT_COSTS_ONLY.format(
            investment=formatting.euro(figures.investment),
            yearly=formatting.euro(figures.yearly_costs),
        )
    template = msg.PANEL_COMPACT_PROVISIONAL if figures.provisional else msg.PANEL_COMPACT
    return template.format(
        npv=formatting.euro(figures.npv), roi=roi_text(figures), payback=payback_text(figures)
    )


def _show(widget: Static, text: str) -> None:
    widget.update(text)
    widget.display = bool(text)


class CasePanel(Vertical):
    """Investment, yearly costs and benefit, NPV, ROI, payback and the cash flow chart."""

    figures: reactive[CaseFigures | None] = reactive(None, always_update=True, init=False)

    def compose(self) -> ComposeResult:
        yield PlainText(msg.PANEL_TITLE, classes="panel-title")
        yield PlainText("", id="panel-provisional")
        yield PlainText(msg.PANEL_NOT_ENOUGH, id="panel-figures")
        yield PlainText(msg.PANEL_CASHFLOW, id="panel-cashflow-label")
        yield CashFlowChart(id="panel-chart")
        yield PlainText("", classes="panel-note")

    def on_mount(self) -> None:
        self.watch_figures(None)

    def watch_figures(self, figures: CaseFigures | None) -> None:
        text = self.query_one("#panel-figures", Static)
        self.set_class(figures is None, "-empty")
        _show(self.query_one(".panel-note", Static), note_text(figures))
        if figures is None:
            _show(self.query_one("#panel-provisional", Static), "")
            text.update(msg.PANEL_NOT_ENOUGH)
            self.query_one(CashFlowChart).values = ()
            return
        _show(self.query_one("#panel-provisional", Static), provisional_text(figures))
        lines = figure_lines(figures)
        width = max(len(label) for label, _ in lines)
        text.update("\n".join(f"{label:<{width}}  {value}" for label, value in lines))
        self.query_one(CashFlowChart).values = figures.cumulative_by_month
        self.set_class(figures.npv < 0, "-negative")


class CaseStrip(Static):
    """The same figures on one line, shown instead of the panel below 100 columns."""

    figures: reactive[CaseFigures | None] = reactive(None, always_update=True, init=False)

    def __init__(self) -> None:
        super().__init__(strip_text(None), markup=False)

    def watch_figures(self, figures: CaseFigures | None) -> None:
        self.update(strip_text(figures))
