"""'Hoe is dit berekend?': a figure's working with the numbers filled in, and what it rests on.

A page shows one figure: its label, value and formula, then each figure or input it rests
on with its own working (or, for an input, where the value came from) and, one level
further, what that rests on. Enter on a row opens that figure's page; Backspace goes back
up; the first page lists the key figures. Every text comes from the figures (the domain);
the same figures are shown in the panel and the summary, so the values are the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, ListItem, ListView, Static

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import CaseFigures, FigureView
from crm_roi.tui.widgets.case_panel import provisional_text
from crm_roi.tui.widgets.plain_text import PlainText

BRANCH, LAST_BRANCH = "├ ", "└ "


def working(figure: FigureView) -> str:
    """A figure's formula; for an input where its value came from (or that it is still open)."""
    if figure.open_input:
        return msg.TRACE_OPEN_INPUT.format(value=figure.value_text)
    return figure.formula


def rested_on(figure: FigureView, figures: CaseFigures) -> list[FigureView]:
    """The traced figures `figure` rests on, in the order of its formula."""
    found = (figures.figure(figure_id) for figure_id in figure.inputs)
    return [item for item in found if item is not None]


def branch_lines(figure: FigureView, figures: CaseFigures) -> list[tuple[str, str]]:
    """What `figure` rests on as (tree glyph, text): a figure with its value, an input with
    where its value came from."""
    below = rested_on(figure, figures)
    lines = []
    for number, item in enumerate(below, start=1):
        glyph = LAST_BRANCH if number == len(below) else BRANCH
        if item.is_input:
            text = msg.TRACE_BRANCH_INPUT.format(label=item.label, source=working(item))
        else:
            text = msg.TRACE_BRANCH_FIGURE.format(label=item.label, value=item.value_text)
        lines.append((glyph, text))
    return lines


def path_text(figures: CaseFigures, path: list[str]) -> str:
    """Where the page is: "Kerncijfers › NCW › Contante waarde baten"."""
    labels = [msg.TRACE_INDEX]
    labels.extend(found.label for i in path if (found := figures.figure(i)) is not None)
    return msg.TRACE_PATH_SEPARATOR.join(labels)


class TraceItem(ListItem):
    """A figure on a page: label and value, its working, and (optionally) what it rests on."""

    def __init__(self, figure: FigureView, figures: CaseFigures, *, branches: bool) -> None:
        super().__init__(classes="-input" if figure.is_input else "-figure")
        self.figure = figure
        self._figures = figures
        self._branches = branches

    def compose(self) -> ComposeResult:
        with Horizontal(classes="trace-item-head"):
            yield PlainText(self.figure.label, classes="trace-item-label")
            yield PlainText(self.figure.value_text, classes="trace-item-value")
        formula = PlainText(working(self.figure), classes="trace-item-formula")
        formula.set_class(self.figure.open_input, "-open")
        yield formula
        if self._branches and not self.figure.is_input:
            for glyph, text in branch_lines(self.figure, self._figures):
                with Horizontal(classes="trace-branch"):
                    yield PlainText(glyph, classes="trace-branch-glyph")
                    yield PlainText(text, classes="trace-branch-text")


class TraceList(ListView):
    """The figures a page rests on; Enter opens the chosen one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", msg.KEY_TRACE_OPEN, key_display="Enter"),
        Binding("right", "select_cursor", msg.KEY_TRACE_OPEN, show=False),
    ]


@dataclass
class _Visit:
    figure_id: str | None  # None: the key figures
    index: int = 0  # the row that was chosen, to come back to


class TraceScreen(ModalScreen[None]):
    """How a figure was computed, and what it rests on, as far down as the user goes."""

    CSS_PATH = Path(__file__).with_suffix(".tcss")  # beside the screen: no change to the app
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("backspace,left", "back", msg.KEY_TRACE_BACK, key_display="⌫"),
        Binding("escape", "close", msg.KEY_CLOSE, key_display="Esc"),
    ]

    def __init__(self, figures: CaseFigures, figure_id: str | None = None) -> None:
        super().__init__()
        self.figures = figures
        key_ids = [figure.id for figure in figures.key]
        # Back from a key figure's page goes to the key figures, with that one chosen.
        self._visits = [_Visit(None, key_ids.index(figure_id) if figure_id in key_ids else 0)]
        if figure_id is not None and figures.figure(figure_id) is not None:
            self._visits.append(_Visit(figure_id))

    @property
    def figure_id(self) -> str | None:
        """The figure on the page (None: the key figures)."""
        return self._visits[-1].figure_id

    def compose(self) -> ComposeResult:
        with Vertical(id="trace-box"):
            with Vertical(id="trace-top"):
                yield PlainText(msg.TRACE_TITLE, id="trace-title")
                yield PlainText("", id="trace-path")
                with Horizontal(id="trace-head"):
                    yield PlainText("", id="trace-label")
                    yield PlainText("", id="trace-value")
                yield PlainText("", id="trace-formula")
                yield PlainText("", id="trace-note")
                yield PlainText("", id="trace-heading")
            yield TraceList(id="trace-rows")
        yield Footer()

    async def on_mount(self) -> None:
        await self._show()

    async def _show(self, index: int = 0) -> None:
        """Fill the page of the last visit; the cursor on row `index`."""
        figure = None if self.figure_id is None else self.figures.figure(self.figure_id)
        path = [visit.figure_id for visit in self._visits if visit.figure_id is not None]
        self._text("#trace-path", path_text(self.figures, path) if path else "")
        if figure is None:
            self._text("#trace-label", msg.TRACE_INDEX)
            self._text("#trace-value", "")
            self._text("#trace-formula", msg.TRACE_INDEX_INTRO)
            self._text("#trace-note", provisional_text(self.figures))
            self._text("#trace-heading", "")
            rows = [TraceItem(item, self.figures, branches=False) for item in self.figures.key]
        else:
            below = rested_on(figure, self.figures)
            self._text("#trace-label", figure.label)
            self._text("#trace-value", figure.value_text)
            self._text("#trace-formula", working(figure))
            self._text("#trace-note", provisional_text(self.figures) if figure.provisional else "")
            self._text("#trace-heading", msg.TRACE_RESTS_ON if below else msg.TRACE_NO_INPUTS)
            rows = [TraceItem(item, self.figures, branches=True) for item in below]
        listed = self.query_one(TraceList)
        await listed.clear()
        await listed.extend(rows)
        listed.display = bool(rows)
        listed.index = min(index, len(rows) - 1) if rows else None
        listed.focus()
        self.refresh_bindings()  # "Terug" only below the key figures

    def _text(self, selector: str, text: str) -> None:
        widget = self.query_one(selector, Static)
        widget.update(text)
        widget.display = bool(text)

    @on(ListView.Selected, "#trace-rows")
    async def _chosen(self, event: ListView.Selected) -> None:
        event.stop()
        item = event.item
        if not isinstance(item, TraceItem):
            return
        if item.figure.is_input:
            # the label may hold a name from the interview file: shown literally
            label = terminal_safe(item.figure.label)
            self.notify(msg.TRACE_IS_INPUT.format(label=label), markup=False)
            return
        self._visits[-1].index = event.list_view.index or 0
        self._visits.append(_Visit(item.figure.id))
        await self._show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "back" or len(self._visits) > 1

    async def action_back(self) -> None:
        if len(self._visits) == 1:
            return
        self._visits.pop()
        await self._show(self._visits[-1].index)

    def action_close(self) -> None:
        self.dismiss(None)
