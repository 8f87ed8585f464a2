"""Help: the explanation of the current question and how to use the app."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen

from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import QuestionView
from crm_roi.tui.widgets.plain_text import PlainText


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
            yield PlainText(msg.HELP_TITLE, classes="help-title")
            with VerticalScroll(id="help-body"):
                yield from self._body()
            yield PlainText(msg.HELP_CLOSE, classes="help-close")

    def _body(self) -> ComposeResult:
        if self.question is not None:
            yield PlainText(msg.HELP_QUESTION, classes="help-heading")
            yield PlainText(self.question.text, classes="help-question")
            yield PlainText(self.question.help or msg.HELP_NOT_AVAILABLE)
        yield PlainText(msg.HELP_KEYS, classes="help-heading")
        yield PlainText(msg.HELP_ANSWERING)
        width = max(len(key) for key, _ in msg.HELP_KEY_LINES)
        yield PlainText(
            "\n".join(f"{key:<{width}}  {what}" for key, what in msg.HELP_KEY_LINES),
            classes="help-keys",
        )
        yield PlainText(msg.HELP_CTRL, classes="help-ctrl")

    def on_mount(self) -> None:
        self.query_one("#help-body", VerticalScroll).focus()  # ↑/↓ and PgUp/PgDn scroll
