"""A small dialog that asks where to save the interview."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from crm_roi.tui import messages as msg


class SaveAsScreen(ModalScreen[Path | None]):
    """Returns the chosen path (with ~ expanded), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", msg.CANCEL, key_display="Esc")
    ]

    def __init__(self, current: Path | None) -> None:
        super().__init__()
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="save-box"):
            yield Static(msg.SAVE_AS_TITLE, classes="dialog-title", markup=False)
            yield Static(msg.SAVE_AS_PROMPT, markup=False)
            yield Input(
                value=str(self._current) if self._current else "",
                placeholder=msg.SAVE_AS_PLACEHOLDER,
                id="save-path",
            )
            yield Static("", id="save-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(msg.OK, variant="primary", id="save-ok")
                yield Button(msg.CANCEL, id="save-cancel")

    @on(Input.Submitted, "#save-path")
    @on(Button.Pressed, "#save-ok")
    def _save(self) -> None:
        text = self.query_one("#save-path", Input).value.strip()
        if not text:
            self.query_one("#save-problem", Static).update(msg.SAVE_AS_EMPTY)
            return
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_suffix(".yaml")
        self.dismiss(path)

    @on(Button.Pressed, "#save-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
