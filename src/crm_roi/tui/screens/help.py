"""Help: the explanation of the current question and how to use the app."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import QuestionView


class HelpScreen(ModalScreen[None]):
    """A modal with the question's help text and the keys; it scrolls when it does not fit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1", "dismiss", msg.KEY_CLOSE, key_display="Esc"),
    ]

    def __init__(self, question: QuestionView | None) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(msg.HELP_TITLE, classes="help-title", markup=False)
            with VerticalScroll(id="help-body"):
                yield from self._body()
            yield Static(msg.HELP_CLOSE, classes="help-close", markup=False)

    def _body(self) -> ComposeResult:
        if self.question is not None:
            yield Static(msg.HELP_QUESTION, classes="help-heading", markup=False)
            yield Static(self.question.text, classes="help-question", markup=False)
            yield Static(self.question.help or msg.HELP_NOT_AVAILABLE, markup=False)
        yield Static(msg.HELP_KEYS, classes="help-heading", markup=False)
        yield Static(msg.HELP_ANSWERING, markup=False)
        width = max(len(key) for key, _ in msg.HELP_KEY_LINES)
        yield Static(
            "\n".join(f"{key:<{width}}  {what}" for key, what in msg.HELP_KEY_LINES),
            classes="help-keys",
            markup=False,
        )
        yield Static(msg.HELP_CTRL, classes="help-ctrl", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-body", VerticalScroll).focus()  # ↑/↓ and PgUp/PgDn scroll
