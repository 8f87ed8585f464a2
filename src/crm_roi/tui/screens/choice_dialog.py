"""A small dialog that explains a situation and lets the user pick one way on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button

from crm_roi.tui import messages as msg
from crm_roi.tui.widgets.plain_text import PlainText


@dataclass(frozen=True)
class Choice:
    """One button: `key` is what the dialog returns when it is pressed."""

    key: str
    label: str
    variant: Literal["default", "primary", "success", "warning", "error"] = "default"


class ChoiceDialog(ModalScreen[str]):
    """Returns the key of the chosen button; Esc returns `on_escape`.

    The text scrolls when the terminal is small; the buttons stay in view.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "escape", msg.CANCEL, key_display="Esc"),
        # Buttons side by side: the arrow keys move between them, as Tab does.
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]

    def __init__(
        self, title: str, text: str, choices: tuple[Choice, ...], *, on_escape: str, id: str
    ) -> None:
        super().__init__(id=id)
        self._title = title
        self._text = text
        self._choices = choices
        self._on_escape = on_escape

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield PlainText(self._title, classes="dialog-title")
            with VerticalScroll(classes="dialog-text"):
                yield PlainText(self._text)
            with Horizontal(classes="dialog-buttons"):
                for choice in self._choices:
                    yield Button(choice.label, variant=choice.variant, id=f"choice-{choice.key}")

    def on_mount(self) -> None:
        self.query_one(f"#choice-{self._choices[0].key}", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("choice-"))

    def action_escape(self) -> None:
        self.dismiss(self._on_escape)
