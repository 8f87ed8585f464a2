"""A small dialog for the house style on the report: consultant, company, logo, colour."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from crm_roi.tui import messages as msg
from crm_roi.tui.printable import one_line
from crm_roi.tui.view_models import ReportDetails
from crm_roi.tui.widgets.plain_text import PlainText

FIELDS = ("adviseur", "adviesbureau", "logo", "accentkleur")


class ReportDetailsScreen(ModalScreen[ReportDetails | None]):
    """Prefilled with the interview's details; returns the new ones, or None when cancelled.

    Every field is checked as it is typed (`problem(field, text)` gives the Dutch message);
    the details are returned only when no field has a problem.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", msg.CANCEL, key_display="Esc")
    ]

    def __init__(self, details: ReportDetails, problem: Callable[[str, str], str | None]) -> None:
        super().__init__()
        self._details = details
        self._problem = problem

    def compose(self) -> ComposeResult:
        with Vertical(id="details-box"):
            yield PlainText(msg.DETAILS_TITLE, classes="dialog-title")
            with VerticalScroll(id="details-fields"):
                yield PlainText(msg.DETAILS_PROMPT)
                for field in FIELDS:
                    with Horizontal(classes="details-row"):
                        yield Label(msg.DETAILS_LABELS[field], markup=False)
                        yield Input(
                            value=one_line(getattr(self._details, field)),
                            placeholder=msg.DETAILS_PLACEHOLDERS[field],
                            id=f"details-{field}",
                        )
                    yield PlainText("", id=f"details-{field}-problem", classes="problem")
            yield PlainText(msg.DETAILS_FIX_FIRST, id="details-problem", classes="problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button(msg.OK, variant="primary", id="details-ok")
                yield Button(msg.CANCEL, id="details-cancel")

    def on_mount(self) -> None:
        self.query_one(f"#details-{FIELDS[0]}", Input).focus()

    def _check(self, field: str) -> bool:
        """Show the field's problem (or clear it); True when the field is valid."""
        text = self.query_one(f"#details-{field}", Input).value
        problem = self._problem(field, text)
        shown = self.query_one(f"#details-{field}-problem", Static)
        shown.update(problem or "")
        shown.display = problem is not None
        return problem is None

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        field = (event.input.id or "").removeprefix("details-")
        if field in FIELDS:
            self._check(field)
            self.query_one("#details-problem", Static).display = False

    @on(Input.Submitted)
    @on(Button.Pressed, "#details-ok")
    def _save(self) -> None:
        if not all([self._check(field) for field in FIELDS]):
            self.query_one("#details-problem", Static).display = True
            return
        values = {field: self.query_one(f"#details-{field}", Input).value for field in FIELDS}
        self.dismiss(ReportDetails(**values))

    @on(Button.Pressed, "#details-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
