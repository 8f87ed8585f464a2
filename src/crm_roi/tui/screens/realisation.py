"""Nacalculatie: after go-live, per completed year the measured KPIs and the actual costs.

A conversation like the chat (the same message widgets and answer input): the go-live date
when the interview has none, the year, then the questions of `nacalculatie.yaml` with the
plan's figures as defaults. The year is stored in the interview and saved the way the chat
saves; then plan against actual of that year is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static

from crm_roi import formatting
from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.realisation_result import RealisationResult
from crm_roi.tui.realisation_session import GO_LIVE_ID, YEAR_ID, RealisationSession
from crm_roi.tui.screens.chat import AUTOSAVE_GROUP
from crm_roi.tui.screens.chat_texts import given_text
from crm_roi.tui.session import Session
from crm_roi.tui.view_models import QuestionView, SaveStatus
from crm_roi.tui.widgets.answer_input import AnswerInput, keeps
from crm_roi.tui.widgets.chat_messages import (
    AdviserMessage,
    HelpMessage,
    QuestionMessage,
    QuietMessage,
    RefusalMessage,
    RemarkMessage,
    SectionMessage,
    UserMessage,
)
from crm_roi.tui.widgets.plain_text import PlainText
from crm_roi.tui.widgets.session_notice import SessionNotice


class ResultMessage(Vertical):
    """Plan against actual of the year just stored (styles in realisation.tcss)."""

    def __init__(self, result: RealisationResult) -> None:
        super().__init__()
        self.result = result

    def compose(self) -> ComposeResult:
        yield PlainText(self.result.title, classes="result-title")
        for part in self.result.parts:
            if part.title:
                yield PlainText(part.title, classes="result-heading")
            for line in part.lines:
                yield PlainText(line.text, classes=f"result-line -{line.status}")
        yield PlainText(msg.RESULT_REPORT_HINT, classes="result-hint")


class Stored(Message):
    """A save of the session came to its end: of a year, or (year None) of the go-live date.

    `status` None: a newer save came first."""

    def __init__(self, status: SaveStatus | None, year: int | None) -> None:
        super().__init__()
        self.status = status
        self.year = year


class Compared(Message):
    """Plan against actual of the stored year, or why it could not be computed."""

    def __init__(self, result: RealisationResult | None, problem: str = "") -> None:
        super().__init__()
        self.result = result
        self.problem = problem


class RealisationScreen(Screen[None]):
    """The nacalculatie conversation, over the chat; Esc goes back to it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", msg.KEY_BACK_TO_CHAT, key_display="Esc"),
        Binding("f1", "explain", msg.KEY_HELP, key_display="F1"),
        Binding("ctrl+b", "back", msg.KEY_BACK, key_display="^B"),
        # priority: the text field's own Ctrl+E (end of line) would take it otherwise
        Binding("ctrl+e", "explain", msg.KEY_EXPLAIN, show=False, priority=True),
    ]

    def __init__(self, realisation: RealisationSession, session: Session) -> None:
        """`session` is the interview's: it holds what is stored and saves it."""
        super().__init__()
        self.realisation = realisation
        self.session = session
        self._asked: QuestionView | None = None
        self._holding: QuestionView | None = None  # a warned answer: Enter keeps it
        self._dropping = False  # quitting without the half-entered year, knowingly

    def compose(self) -> ComposeResult:
        yield PlainText(msg.REALISATION_PROGRESS_START, id="progress")
        yield SessionNotice()
        yield VerticalScroll(id="chat")
        yield Vertical(id="answer-slot")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#chat", VerticalScroll).anchor()
        self._say(AdviserMessage(self.realisation.intro))
        start = self.realisation.start
        if start is None:
            self._ask(self.realisation.go_live_question())
            return
        self._say(AdviserMessage(msg.GO_LIVE_KNOWN.format(date=formatting.date(start))))
        self._ask(self.realisation.year_question())

    # -- conversation ---------------------------------------------------------------------

    def _say(self, *widgets: Widget) -> None:
        self.query_one("#chat", VerticalScroll).mount(*widgets)

    def _ask(self, question: QuestionView, *, announce_section: bool = True) -> None:
        if announce_section and question.first_in_section:
            self._say(SectionMessage(question.section))
            if question.section_intro:
                self._say(AdviserMessage(question.section_intro))
        self._say(QuestionMessage(question))
        self._show_input(question)

    def _show_input(self, question: QuestionView, *, hint: str | None = None) -> None:
        self._asked = question
        if hint is None and question.id not in (GO_LIVE_ID, YEAR_ID):
            own = question.current_text is not None and not question.current_is_default
            hint = msg.REALISATION_ANSWER_HINT_OWN if own else msg.REALISATION_ANSWER_HINT
        slot = self.query_one("#answer-slot", Vertical)
        slot.remove_children()
        answer_input = AnswerInput(question, self.realisation.validate, hint=hint)
        slot.mount(answer_input)
        if question.id == GO_LIVE_ID:
            answer_input.call_after_refresh(self._date_placeholder, answer_input)
        self._refresh_progress()

    @staticmethod
    def _date_placeholder(answer_input: AnswerInput) -> None:
        for field in answer_input.query(Input):
            field.placeholder = msg.GO_LIVE_PLACEHOLDER

    def _refresh_progress(self) -> None:
        year = self.realisation.year
        text = msg.REALISATION_PROGRESS_START
        if year is not None and self._asked is not None and self._asked.id != YEAR_ID:
            number, total = self.realisation.progress()
            text = msg.REALISATION_PROGRESS.format(year=year, number=number, total=total)
        self.query_one("#progress", Static).update(text)

    @on(AnswerInput.Given)
    def _given(self, event: AnswerInput.Given) -> None:
        if event.question_id == GO_LIVE_ID:
            self._go_live(event.given)
        elif event.question_id == YEAR_ID:
            self._year(event)
        else:
            self._answered(event)

    def _go_live(self, given: object) -> None:
        typed = given if isinstance(given, str) else ""
        feedback = self.realisation.set_start(typed)
        if not feedback.ok and not typed.strip():  # Enter on the empty field: say it quietly
            self.query_one(AnswerInput).show_problem(feedback.message)
            return
        if not feedback.ok:
            self._say(UserMessage(typed), RefusalMessage(feedback.message))
            return
        self._say(UserMessage(feedback.answer_text))
        self._save(self.session.prepare_autosave())
        self._ask(self.realisation.year_question())

    def _year(self, event: AnswerInput.Given) -> None:
        question = self._asked
        year = self.realisation.choose_year(event.given)
        if year is None:
            self.dismiss()
            return
        if question is not None:
            picked = next((c.label for c in question.choices if c.value == str(year)), "")
            self._say(UserMessage(picked or msg.YEAR_CHOSEN.format(year=year)))
        self._say(QuietMessage(msg.REALISATION_STORED_AT_END))
        self._continue()

    def _answered(self, event: AnswerInput.Given) -> None:
        holding, self._holding = self._holding, None
        if holding is not None and holding.id == event.question_id and keeps(event.given, holding):
            self._continue()  # the warned answer stays
            return
        feedback = self.realisation.answer(event.question_id, event.given)
        if not feedback.ok:
            self._holding = holding
            self._say(UserMessage(given_text(event.given)), RefusalMessage(feedback.message))
            return
        self._say(UserMessage(feedback.answer_text))
        if feedback.warnings:
            self._say(*[RemarkMessage(text) for text in feedback.warnings])
            self._hold(event.question_id)
            return
        self._continue()

    def _hold(self, question_id: str) -> None:
        """Stay on a warned answer, pre-filled: Enter keeps it, another answer replaces it."""
        held = self.realisation.question(question_id)
        self._holding = held
        self._show_input(held, hint=msg.KEEP_TYPED)

    @on(AnswerInput.HelpRequested)
    def _help_requested(self) -> None:
        self.action_explain()

    def _continue(self) -> None:
        question = self.realisation.current()
        if question is None:
            self._store()
        else:
            self._ask(question)

    # -- the end of a year ------------------------------------------------------------------

    def _store(self) -> None:
        self._asked = None
        self.query_one("#answer-slot", Vertical).remove_children()
        year = self.realisation.year
        self.realisation.finish()
        self.query_one("#progress", Static).update(msg.REALISATION_PROGRESS_DONE.format(year=year))
        self._say(AdviserMessage(self.realisation.outro), QuietMessage(msg.REALISATION_COMPUTING))
        write, compare = self.session.prepare_autosave(), self.realisation.prepare_result()
        self._save_and_compare(write, compare, year)

    @work(thread=True, group=AUTOSAVE_GROUP)
    def _save_and_compare(
        self,
        write: Callable[[], SaveStatus | None],
        compare: Callable[[], RealisationResult],
        year: int | None,
    ) -> None:
        """The save, then plan against actual, off the UI thread (messages keep that order)."""
        self.post_message(Stored(write(), year))
        try:
            result = compare()
        except Exception as exc:  # the domain's Dutch message reaches the user, not a traceback
            self.post_message(Compared(None, msg.REALISATION_FAILED.format(reason=exc)))
        else:
            self.post_message(Compared(result))

    @work(thread=True, group=AUTOSAVE_GROUP)
    def _save(self, write: Callable[[], SaveStatus | None]) -> None:
        """The save of the go-live date, off the UI thread."""
        self.post_message(Stored(write(), None))

    @on(Stored)
    def _stored(self, event: Stored) -> None:
        status = self.session.save_status()
        self.query_one(SessionNotice).show_save_status(status)
        year = event.year
        if status.problems and not status.safe:
            problems = " ".join(status.problems)
            failed = msg.GO_LIVE_SAVE_FAILED if year is None else msg.REALISATION_SAVE_FAILED
            self._say(RefusalMessage(failed.format(year=year, problems=problems)))
            return
        if year is None:
            return  # the date is said; that it was saved needs no line of its own
        path = status.saved_to or self.session.saved_path
        text = msg.REALISATION_AUTOSAVED if path is None else msg.REALISATION_SAVED
        self._say(QuietMessage(text.format(year=year, path=path)))

    @on(Compared)
    def _compared(self, event: Compared) -> None:
        if event.result is None:
            self._say(RefusalMessage(event.problem))
        else:
            self._say(ResultMessage(event.result))
        self._say(AdviserMessage(msg.REALISATION_NEXT))
        self._ask(self.realisation.year_question(after_storing=True))

    # -- actions ----------------------------------------------------------------------------

    def unstored_year(self) -> int | None:
        """The year being entered whose last question was not reached (its figures would be
        lost on leaving), or None."""
        asked = self._asked
        if self._dropping or asked is None or asked.id in (GO_LIVE_ID, YEAR_ID):
            return None
        return self.realisation.year

    def forget_unstored_year(self) -> None:
        """The user chose to quit without the year's figures: do not ask again."""
        self._dropping = True

    def action_close(self) -> None:
        """Back to the chat; a year whose last question was not reached is not stored."""
        year = self.unstored_year()
        if year is not None:
            again = self.realisation.has_realisation(year)
            text = msg.REALISATION_NOT_STORED_AGAIN if again else msg.REALISATION_NOT_STORED
            self.notify(text.format(year=year), markup=False)
        self.dismiss()

    def action_explain(self) -> None:
        if self._asked is None:
            self.notify(terminal_safe(msg.EXPLAIN_NOT_NOW), markup=False)
        else:
            self._say(HelpMessage(self._asked.help or msg.HELP_NOT_AVAILABLE))

    def action_back(self) -> None:
        asked = self._asked
        question = None
        if asked is not None and asked.id not in (GO_LIVE_ID, YEAR_ID):
            question = self.realisation.back()
        if question is None:
            self.notify(msg.REALISATION_NO_EARLIER, markup=False)
            return
        self._holding = None
        self._say(AdviserMessage(msg.BACK_TO))
        self._ask(question, announce_section=False)
