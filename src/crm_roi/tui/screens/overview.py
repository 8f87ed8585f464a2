"""All answers per section; any answer can be changed from here."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.session import Session
from crm_roi.tui.view_models import OverviewRow, QuestionView
from crm_roi.tui.widgets.answer_input import AnswerInput, keeps
from crm_roi.tui.widgets.chat_messages import QuestionMessage, RefusalMessage, RemarkMessage
from crm_roi.tui.widgets.plain_text import PlainText

Edit = tuple[str, str]  # question text, new answer text

CELL_PADDING = 2  # DataTable: one space either side of every cell
SCROLLBAR = 2
MIN_QUESTION, MAX_QUESTION = 18, 40
MIN_ANSWER = 16
INDENT = "  "


def indented(label: str, width: int) -> str:
    """The question label under its section, wrapped with every line indented."""
    lines = textwrap.wrap(label, max(width - len(INDENT), 1)) or [""]
    return "\n".join(INDENT + line for line in lines)


def column_widths(width: int, labels: list[str]) -> tuple[int, int, int]:
    """Widths of Vraag, Antwoord and Bron so the table fits `width` columns (longer texts
    wrap onto more lines)."""
    available = max(width - SCROLLBAR - 3 * CELL_PADDING, MIN_QUESTION + MIN_ANSWER)
    sources = (*msg.SOURCE_LABELS.values(), msg.NOT_YET_ASKED, msg.OVERVIEW_COLUMNS[2])
    source = max(len(text) for text in sources)
    longest = max((len(label) for label in labels), default=MIN_QUESTION)
    question = min(longest, MAX_QUESTION, (available - source) // 2)
    question = max(question, MIN_QUESTION)
    answer = max(available - source - question, MIN_ANSWER)
    return question, answer, source


def source_label(row: OverviewRow) -> str:
    """Where the answer comes from; "nog niet gevraagd" before the question was reached."""
    return msg.SOURCE_LABELS[row.source] if row.asked else msg.NOT_YET_ASKED


class OverviewScreen(Screen[list[Edit]]):
    """Returns the edits made, so the chat can mention them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+o", "close", msg.KEY_CLOSE, key_display="Esc"),
        Binding("enter", "change", msg.CHANGE, show=True),
    ]

    def __init__(self, session: Session, *, read_only: bool = False) -> None:
        """`read_only`: the interview is open elsewhere; answers are shown, not changed."""
        super().__init__()
        self.session = session
        self._read_only = read_only
        self._edits: list[Edit] = []
        self._width = 0

    def compose(self) -> ComposeResult:
        yield PlainText(msg.OVERVIEW_TITLE, id="overview-title")
        yield PlainText(msg.OVERVIEW_HINT, id="overview-hint")
        yield DataTable(id="overview-table", cursor_type="row", zebra_stripes=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self._fill()

    def _fill(self) -> None:
        """(Re)build the table for the current answers and width."""
        table = self.query_one(DataTable)
        keep = table.cursor_row
        sections = self.session.overview()
        labels = [INDENT + row.label for section in sections for row in section.rows]
        widths = column_widths(self._width or self.app.size.width, labels)
        table.clear(columns=True)
        for label, width in zip(msg.OVERVIEW_COLUMNS, widths, strict=True):
            table.add_column(label, width=width, key=label)
        for number, section in enumerate(sections):
            title = Text(terminal_safe(section.title), style="bold")
            table.add_row(title, "", "", key=f"section:{number}")
            for row in section.rows:
                table.add_row(
                    Text(indented(terminal_safe(row.label), widths[0])),
                    Text(terminal_safe(row.answer_text), style="" if row.asked else "dim italic"),
                    Text(source_label(row), style="dim"),
                    key=row.question_id,
                    height=None,  # long answers (three goals) wrap instead of pushing Bron away
                )
        if table.row_count:
            table.move_cursor(row=min(max(keep, 1), table.row_count - 1))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._edit(event.row_key.value)

    def action_change(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            self._edit(key.value)

    def _edit(self, key: str | None) -> None:
        if key is None or key.startswith("section:"):
            return
        if self._read_only:
            self.notify(msg.READ_ONLY, markup=False)
            return
        question = self.session.question(key)
        self.app.push_screen(EditAnswerScreen(self.session, question), self._edited)

    def _edited(self, edit: Edit | None) -> None:
        if edit is not None:
            self._edits.append(edit)
            self._fill()

    def action_close(self) -> None:
        self.dismiss(self._edits)


class EditAnswerScreen(ModalScreen[Edit | None]):
    """Change one answer; the engine's Dutch message shows when it is refused."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", msg.CANCEL, key_display="Esc")
    ]

    def __init__(self, session: Session, question: QuestionView) -> None:
        super().__init__()
        self.session = session
        self.question = question
        self._held: Edit | None = None  # a warned answer, kept on Enter

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-box"):
            yield PlainText(msg.EDIT_TITLE, classes="dialog-title")
            yield QuestionMessage(self.question)
            yield Vertical(id="edit-feedback")
            yield AnswerInput(self.question, self.session.validate)

    @on(AnswerInput.Given)
    def _given(self, event: AnswerInput.Given) -> None:
        event.stop()
        held = self._held
        if held is not None and keeps(event.given, self.question):
            self.dismiss(held)  # the warned answer stays
            return
        feedback = self.session.answer(event.question_id, event.given)
        box = self.query_one("#edit-feedback", Vertical)
        box.remove_children()
        if not feedback.ok:
            box.mount(RefusalMessage(feedback.message))
            return
        edit = (self.question.text, feedback.answer_text)
        if not feedback.warnings:
            self.dismiss(edit)
            return
        # Stay, pre-filled with the warned answer: Enter keeps it, another answer replaces it.
        self._held = edit
        box.mount(*[RemarkMessage(text) for text in feedback.warnings])
        self.question = self.session.question(self.question.id)
        typed = self.question.kind not in ("choice", "multichoice", "yesno")
        self.query_one(AnswerInput).remove()
        self.query_one("#edit-box", Vertical).mount(
            AnswerInput(
                self.question,
                self.session.validate,
                hint=msg.KEEP_TYPED if typed else msg.KEEP_CHOICE,
            )
        )

    @on(AnswerInput.HelpRequested)
    def _help(self) -> None:
        box = self.query_one("#edit-feedback", Vertical)
        box.remove_children()
        box.mount(RemarkMessage(self.question.help or msg.HELP_NOT_AVAILABLE))

    def action_cancel(self) -> None:
        self.dismiss(self._held)  # a warned answer is already stored
