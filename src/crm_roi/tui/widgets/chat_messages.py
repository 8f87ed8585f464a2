"""The chat's message widgets, one class per speaker (styles in chat_messages.tcss)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import ProgressBar, Static

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import CaseFigures, QuestionView
from crm_roi.tui.widgets.case_panel import FigureList
from crm_roi.tui.widgets.plain_text import PlainText


def default_line(question: QuestionView) -> str | None:
    """'Standaard: € 29 — prijslijst Pipedrive, 2025', or None without a default."""
    if question.default_text is None:
        return None
    if question.default_source:
        return msg.DEFAULT_LINE_WITH_SOURCE.format(
            default=question.default_text, source=question.default_source
        )
    return msg.DEFAULT_LINE.format(default=question.default_text)


class ChatMessage(PlainText):
    """A plain message (text is never read as markup, control characters never reach the
    terminal)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)


class SectionMessage(ChatMessage):
    """The name of a section, when it starts."""


class AdviserMessage(ChatMessage):
    """A remark or explanation from the adviser."""


class UserMessage(ChatMessage):
    """An answer the user gave, formatted Dutch."""


class RemarkMessage(ChatMessage):
    """A plausibility remark from the flow's rules (does not block)."""


class RefusalMessage(ChatMessage):
    """Why an answer was not accepted."""


class QuietMessage(ChatMessage):
    """A side remark of the adviser, in one quiet line (e.g. how to add report details)."""


class HelpMessage(ChatMessage):
    """The explanation of a question, on request."""


QUIET = "italic $text-muted"


class QuestionMessage(Static):
    """The adviser asks a question; the default and its source follow, quieter.

    One widget per message (not a container): the chat stays quick to lay out as it grows.
    """

    def __init__(self, question: QuestionView) -> None:
        parts: list[str | tuple[str, str]] = [terminal_safe(question.text)]
        line = default_line(question)
        if line is not None:
            parts.append(("\n" + terminal_safe(line), QUIET))
        if question.current_text is not None:
            earlier = msg.EARLIER_ANSWER.format(answer=question.current_text)
            parts.append(("\n" + terminal_safe(earlier), QUIET))
        super().__init__(Content.assemble(*parts))
        self.question = question


class SummaryMessage(Vertical):
    """The end of the interview: key figures (each can show how it was computed), verdict
    and top advice (title, text)."""

    def __init__(self, figures: CaseFigures, verdict: str, advice: list[tuple[str, str]]) -> None:
        super().__init__()
        self.figures = figures
        self._verdict = verdict
        self._advice = advice

    def compose(self) -> ComposeResult:
        yield PlainText(msg.SUMMARY_TITLE, classes="summary-title")
        yield FigureList(self.figures, classes="summary-figures")
        yield PlainText(msg.SUMMARY_TRACE_HINT, classes="summary-trace-hint")
        yield PlainText(self._verdict, classes="summary-verdict")
        if self._advice:
            yield PlainText(msg.TOP_ADVICE, classes="summary-title summary-advice-title")
            for title, text in self._advice:
                content = Content.assemble(
                    ("• " + terminal_safe(title), "bold"), "\n" + terminal_safe(text)
                )
                yield Static(content, classes="summary-advice")


class PdfBusy(Vertical):
    """The report is being made: a line and a bar that moves until it is done."""

    def compose(self) -> ComposeResult:
        yield PlainText(msg.PDF_BUSY)
        yield ProgressBar(total=None, show_eta=False, show_percentage=False)
