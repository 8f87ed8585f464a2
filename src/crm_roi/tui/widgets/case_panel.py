"""The live business case beside the chat, and its one-line form for narrow terminals.

The key figures are rows of a list: Enter on a row (or a click) asks for "Hoe is dit
berekend?" of that figure. The summary at the end of the interview uses the same list.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import ListItem, ListView, Static

from crm_roi import formatting
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import CaseFigures, FigureView
from crm_roi.tui.widgets.cash_flow_chart import CashFlowChart
from crm_roi.tui.widgets.plain_text import PlainText

LABEL_WIDTH = 17  # the label column of the figures (case_panel.tcss, .figure-label)
KEY_LABELS = (
    msg.PANEL_INVESTMENT,
    msg.PANEL_YEARLY_COSTS,
    msg.PANEL_BENEFIT,
    msg.PANEL_NPV,
    msg.PANEL_ROI,
    msg.PANEL_PAYBACK,
)


def figure_lines(figures: CaseFigures) -> list[tuple[str, FigureView]]:
    """The key figures with the panel's short label, in the panel's order."""
    return list(zip(KEY_LABELS, figures.key, strict=True))


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


def since_text(figures: CaseFigures | None) -> str:
    """The figures against the last version, in the panel's columns ("" without a version)."""
    since = None if figures is None else figures.since
    if since is None:
        return ""
    rows = [
        (msg.PANEL_NPV, since.npv),
        (msg.PANEL_ROI, since.roi),
        (msg.PANEL_PAYBACK, since.payback),
    ]
    lines = [msg.PANEL_SINCE.format(number=since.number)]
    lines += [label.ljust(LABEL_WIDTH) + value for label, value in rows if value is not None]
    return "\n".join(lines)


def strip_text(figures: CaseFigures | None, width: int = 0) -> str:
    """The figures on one line; with a version, its difference too when it fits `width`."""
    if figures is None:
        return msg.PANEL_NOT_ENOUGH.splitlines()[0]
    if figures.no_benefits_yet:
        return msg.PANEL_COMPACT_COSTS_ONLY.format(
            investment=figures.investment.value_text, yearly=figures.yearly_costs.value_text
        )
    values = {
        "npv": figures.npv.value_text,
        "roi": figures.roi.value_text,
        "payback": figures.payback.value_text,
    }
    template = msg.PANEL_COMPACT_PROVISIONAL if figures.provisional else msg.PANEL_COMPACT
    plain = template.format(**values)
    if figures.since is None or figures.provisional:
        return plain
    since = {"change": figures.since.npv, "number": figures.since.number}
    for longer in (msg.PANEL_COMPACT_SINCE, msg.PANEL_COMPACT_SINCE_SHORT):
        text = longer.format(**values, **since)
        if len(text) <= width:
            return text
    return plain


def _show(widget: Static, text: str) -> None:
    widget.update(text)
    widget.display = bool(text)


class FigureRow(ListItem):
    """One key figure: the panel's short label and the figure's value."""

    def __init__(self, label: str, figure: FigureView | None = None) -> None:
        super().__init__()
        self.label = label
        self.figure = figure

    def compose(self) -> ComposeResult:
        yield PlainText(self.label, classes="figure-label")
        yield PlainText(self._value(), classes="figure-value")

    def show(self, figure: FigureView) -> None:
        self.figure = figure
        if self.is_mounted:
            self.query_one(".figure-value", Static).update(self._value())

    def _value(self) -> str:
        return "" if self.figure is None else self.figure.value_text


class FigureList(ListView):
    """The key figures as rows; choosing one asks for how it was computed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", msg.KEY_CLOSE, show=False),
    ]

    class TraceRequested(Message):
        """Show how `figure_id` of `figures` was computed."""

        def __init__(self, figures: CaseFigures, figure_id: str) -> None:
            super().__init__()
            self.figures = figures
            self.figure_id = figure_id

    class Left(Message):
        """The user leaves the list (Escape): the screen puts the focus back."""

    def __init__(
        self,
        figures: CaseFigures | None = None,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        self._rows = tuple(FigureRow(label) for label in KEY_LABELS)
        super().__init__(*self._rows, id=id, classes=classes)
        self.figures: CaseFigures | None = None
        if figures is not None:
            self.show(figures)

    def show(self, figures: CaseFigures) -> None:
        self.figures = figures
        for row, (_, figure) in zip(self._rows, figure_lines(figures), strict=True):
            row.show(figure)

    @property
    def highlighted_figure(self) -> FigureView | None:
        item = self.highlighted_child
        return item.figure if isinstance(item, FigureRow) else None

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        event.stop()
        figure = event.item.figure if isinstance(event.item, FigureRow) else None
        if self.figures is not None and figure is not None:
            self.post_message(self.TraceRequested(self.figures, figure.id))

    def action_leave(self) -> None:
        self.post_message(self.Left())


class CasePanel(Vertical):
    """Investment, yearly costs and benefit, NPV, ROI, payback and the cash flow chart."""

    figures: reactive[CaseFigures | None] = reactive(None, always_update=True, init=False)

    def compose(self) -> ComposeResult:
        yield PlainText(msg.PANEL_TITLE, classes="panel-title")
        yield PlainText("", id="panel-provisional")
        yield PlainText(msg.PANEL_NOT_ENOUGH, id="panel-empty")
        yield FigureList(id="panel-figures")
        yield PlainText(msg.PANEL_TRACE_HINT, id="panel-trace-hint")
        yield PlainText("", id="panel-since")
        yield PlainText(msg.PANEL_CASHFLOW, id="panel-cashflow-label")
        yield CashFlowChart(id="panel-chart")
        yield PlainText("", classes="panel-note")

    def on_mount(self) -> None:
        self.watch_figures(None)

    def watch_figures(self, figures: CaseFigures | None) -> None:
        self.set_class(figures is None, "-empty")
        _show(self.query_one(".panel-note", Static), note_text(figures))
        _show(self.query_one("#panel-since", Static), since_text(figures))
        if figures is None:
            _show(self.query_one("#panel-provisional", Static), "")
            self.query_one(CashFlowChart).values = ()
            return
        _show(self.query_one("#panel-provisional", Static), provisional_text(figures))
        self.query_one(FigureList).show(figures)
        self.query_one(CashFlowChart).values = figures.cumulative_by_month
        self.set_class(figures.npv.value is not None and figures.npv.value < 0, "-negative")


class CaseStrip(Static):
    """The same figures on one line, shown instead of the panel below 100 columns."""

    figures: reactive[CaseFigures | None] = reactive(None, always_update=True, init=False)

    def __init__(self) -> None:
        super().__init__(strip_text(None), markup=False)

    def watch_figures(self, figures: CaseFigures | None) -> None:
        self.update(strip_text(figures, self.content_size.width))

    def on_resize(self) -> None:
        self.watch_figures(self.figures)
