"""The conversation: the adviser asks, the user answers, the live business case follows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.screens import chat_jobs, dialogs
from crm_roi.tui.screens.chat_texts import default_now, given_text, progress_text, verdict
from crm_roi.tui.screens.chat_versions import VersionDesk
from crm_roi.tui.screens.help import HelpScreen
from crm_roi.tui.screens.overview import OverviewScreen
from crm_roi.tui.screens.report_details import ReportDetailsScreen
from crm_roi.tui.screens.save_as import SaveAsScreen
from crm_roi.tui.screens.trace import TraceScreen
from crm_roi.tui.session import MakePdf, SaveFailed, Session
from crm_roi.tui.view_models import (
    CaseFigures,
    QuestionView,
    ReportDetails,
    SaveStatus,
    SummaryView,
)
from crm_roi.tui.widgets.answer_input import AnswerInput, keeps
from crm_roi.tui.widgets.case_panel import CasePanel, CaseStrip, FigureList
from crm_roi.tui.widgets.chat_messages import (
    AdviserMessage,
    HelpMessage,
    PdfBusy,
    QuestionMessage,
    QuietMessage,
    RefusalMessage,
    RemarkMessage,
    SectionMessage,
    SummaryMessage,
    UserMessage,
)
from crm_roi.tui.widgets.plain_text import PlainText
from crm_roi.tui.widgets.session_notice import SessionNotice

AUTOSAVE_GROUP = chat_jobs.AUTOSAVE_GROUP
NARROW = 100  # columns: below this the panel becomes one line and the footer compact


class ChatScreen(Screen[None]):
    """One interview as a conversation."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", msg.KEY_HELP, key_display="F1"),
        Binding("ctrl+b", "back", msg.KEY_BACK, key_display="^B"),
        Binding("ctrl+o", "overview", msg.KEY_OVERVIEW, key_display="^O"),
        Binding("ctrl+s", "save_as", msg.KEY_SAVE_AS, key_display="^S"),
        Binding("ctrl+r", "make_report", msg.KEY_REPORT, key_display="^R"),
        # not in the footer: it does not fit at 80 columns (help and palette list it)
        Binding("f2", "report_details", msg.KEY_DETAILS, key_display="F2", show=False),
        # priority: the text field's own Ctrl+E (end of line) would take it otherwise
        Binding("ctrl+e", "explain", msg.KEY_EXPLAIN, show=False, priority=True),
        Binding("ctrl+l", "toggle_panel", msg.KEY_PANEL, show=False),
        # "Hoe is dit berekend?": in the footer where it fits (wide); below that the second
        # binding of the key still works (the summary, the help and the palette name it).
        Binding("f3", "trace(True)", msg.KEY_TRACE, key_display="F3"),
        Binding("f3", "trace", msg.KEY_TRACE, show=False),
    ]

    def __init__(
        self,
        session: Session,
        make_pdf: MakePdf | None,
        *,
        resumed: bool,
        notices: tuple[str, ...] = (),
    ) -> None:
        """`notices` (Dutch) open the conversation, e.g. that a damaged autosave was set
        aside. A session that is `locked_by` another program is shown read-only."""
        super().__init__()
        self.session = session
        self._make_pdf = make_pdf
        self._resumed = resumed
        self._notices = notices
        self._read_only = session.locked_by is not None
        self._asked: QuestionView | None = None
        self._holding: QuestionView | None = None  # a warned answer: Enter keeps it
        self._complete = False
        # The PDF is made by itself only when the interview is completed in this session.
        self._pdf_when_complete = True
        self._pdf_busy = False
        self._pdf_unavailable = False
        self._details_hinted = False
        self._figures: CaseFigures | None = None  # of the panel, as last shown

    def compose(self) -> ComposeResult:
        yield PlainText("", id="progress")
        yield SessionNotice()
        yield CaseStrip()
        with Horizontal(id="main"):
            with Vertical(id="conversation"):
                yield VerticalScroll(id="chat")
                yield Vertical(id="answer-slot")
            yield CasePanel()
        yield VersionDesk(self.session, read_only=self._read_only)
        yield Footer()

    def on_mount(self) -> None:
        chat = self.query_one("#chat", VerticalScroll)
        chat.anchor()
        self._pdf_when_complete = self.session.current() is not None and not self._read_only
        self._say(*[RemarkMessage(notice) for notice in self._notices])
        if (self._resumed or self._read_only) and (transcript := self.session.transcript()):
            self._say(AdviserMessage(msg.RESUMED))
            for entry in transcript:
                if entry.question.first_in_section:
                    self._say(SectionMessage(entry.question.section))
                self._say(QuestionMessage(entry.question))
                self._say(UserMessage(entry.answer_text))
        else:
            self._say(AdviserMessage(self.session.intro))
        self._refresh_figures()
        if self._read_only:
            self._show_read_only()
        else:
            self._show_save_status()
            self._continue()
        if self.session.current() is not None:  # else after the summary, below it
            self.query_one(VersionDesk).start()

    def _show_read_only(self) -> None:
        """Who has the interview open; the user chooses to look here or to quit."""
        lock = self.session.locked_by
        assert lock is not None
        self.query_one(SessionNotice).show_read_only(lock)
        self._refresh_progress()
        if self.session.current() is None:
            self._finish()
        self.app.push_screen(dialogs.locked_dialog(lock), self._after_locked)

    def _after_locked(self, choice: str | None) -> None:
        if choice == "quit":
            self.app.exit()

    def _show_save_status(self) -> None:
        self.query_one(SessionNotice).show_save_status(self.session.save_status())

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
        self._set_complete(False)
        slot = self.query_one("#answer-slot", Vertical)
        slot.remove_children()
        slot.mount(AnswerInput(question, self.session.validate, hint=hint))
        if hint is None:  # a held answer keeps the progress of its own question
            self._refresh_progress()

    def _hold(self, question_id: str) -> None:
        """Stay on a warned answer, pre-filled: Enter keeps it, another answer replaces it."""
        question = self.session.question(question_id)
        self._holding = question
        typed = question.kind not in ("choice", "multichoice", "yesno")
        self._show_input(question, hint=msg.KEEP_TYPED if typed else msg.KEEP_CHOICE)

    def _set_complete(self, complete: bool) -> None:
        if complete != self._complete:
            self._complete = complete
            self.refresh_bindings()

    def _continue(self) -> None:
        """Ask the current question, or finish when there is none."""
        question = self.session.current()
        if question is None:
            self._finish()
        elif self._asked is None or question.id != self._asked.id:
            self._ask(question)
        else:
            self._default_changed(self._asked, question)
            self._refresh_progress()

    def _default_changed(self, shown: QuestionView, question: QuestionView) -> None:
        """After an edit elsewhere: say so when the open question's default changed, and
        show the new default in its input."""
        if (shown.default_text, shown.default_source, shown.default_values) == (
            question.default_text,
            question.default_source,
            question.default_values,
        ):
            return
        self._asked = question
        self._say(AdviserMessage(default_now(question)))
        for answer_input in self.query(AnswerInput):
            answer_input.retarget(question)

    def _refresh_progress(self) -> None:
        self.query_one("#progress", Static).update(progress_text(self.session.progress()))

    def _refresh_figures(self) -> None:
        figures = self._figures = self.session.figures()
        self.query_one(CasePanel).figures = figures
        self.query_one(CaseStrip).figures = figures
        self.refresh_bindings()  # F3 appears with the first figures

    @on(AnswerInput.Given)
    def _answered(self, event: AnswerInput.Given) -> None:
        holding, self._holding = self._holding, None
        if holding is not None and holding.id == event.question_id and keeps(event.given, holding):
            self._continue()  # the warned answer stays
            return
        feedback = self.session.answer(event.question_id, event.given)
        if not feedback.ok:
            self._holding = holding
            if event.given == "":  # Enter on an empty field without a default: say it quietly
                self.query_one(AnswerInput).show_problem(feedback.message)
                return
            self._say(UserMessage(given_text(event.given)), RefusalMessage(feedback.message))
            return
        self._say(UserMessage(feedback.answer_text))
        self._autosave()
        self._refresh_figures()
        if feedback.warnings:
            self._say(*[RemarkMessage(text) for text in feedback.warnings])
            self._hold(event.question_id)
            return
        self._continue()

    @on(AnswerInput.HelpRequested)
    def _help_requested(self) -> None:
        self.action_explain()

    def _autosave(self) -> None:
        self._write_autosave(self.session.prepare_autosave())

    @work(thread=True, group=AUTOSAVE_GROUP)
    def _write_autosave(self, write: Callable[[], SaveStatus | None]) -> None:
        """The atomic save (with fsync) off the UI thread, so the next question is not held up."""
        chat_jobs.autosave(self, write)

    @on(chat_jobs.Autosaved)
    def _autosaved(self) -> None:
        self._show_save_status()

    @on(VersionDesk.Say)
    def _desk_says(self, event: VersionDesk.Say) -> None:
        self._say(*event.widgets)

    @on(VersionDesk.AnswerKept)
    def _old_value_kept(self) -> None:
        self._autosave()
        self._refresh_figures()

    @on(VersionDesk.AllDecided)
    def _old_values_decided(self) -> None:
        self._continue()

    @on(VersionDesk.FiguresChanged)
    def _version_recorded(self) -> None:
        self._refresh_figures()

    # -- the end ----------------------------------------------------------------------------

    def _finish(self) -> None:
        self._asked = None
        self._holding = None
        self._set_complete(True)
        self.query_one("#answer-slot", Vertical).remove_children()
        self._refresh_progress()
        self.query_one(VersionDesk).interview_complete()
        make_pdf, self._pdf_when_complete = self._pdf_when_complete, False
        if make_pdf:
            self._pdf_busy = True
            self._say(AdviserMessage(self.session.outro or msg.ALL_ANSWERED))
        else:
            opened_finished = not self.query(SummaryMessage)
            self._say(
                AdviserMessage(msg.ALREADY_FINISHED if opened_finished else msg.SUMMARY_UPDATED)
            )
        pdf = self._pdf_job() if make_pdf else None
        self._pdf_busy = pdf is not None
        self._pdf_unavailable = make_pdf and pdf is None  # said after the summary
        self._conclude(self.session.prepare_summary(), pdf)

    def _pdf_job(self) -> tuple[chat_jobs.WritePdf, Path] | None:
        """The frozen report job and its new file (never over an existing one)."""
        if self._make_pdf is None:
            return None
        path = self.session.default_pdf_path()
        return self.session.prepare_pdf(self._make_pdf, path), path

    @work(thread=True, exclusive=True, group="conclude")
    def _conclude(
        self,
        summarise: Callable[[], SummaryView],
        pdf: tuple[chat_jobs.WritePdf, Path] | None,
    ) -> None:
        """Full evaluation (NumPy) and, when asked, the PDF (WeasyPrint) off the UI thread."""
        chat_jobs.conclude(self, summarise, pdf)

    @on(chat_jobs.SummaryReady)
    def _summary_ready(self, event: chat_jobs.SummaryReady) -> None:
        self._show_summary(event.summary)
        self.query_one(VersionDesk).start()  # what moved since the last version, if any
        if event.pdf_follows:
            self._show_pdf_busy()
        elif self._pdf_unavailable:
            self._pdf_unavailable = False
            self.post_message(chat_jobs.PdfWritten(msg.PDF_UNAVAILABLE))
        elif not self._read_only:  # the hint names changing answers: not here
            self._say(AdviserMessage(msg.REPORT_HINT))
            self._hint_report_details()
            self._offer_realisation()

    @on(chat_jobs.SummaryFailed)
    def _summary_failed(self, event: chat_jobs.SummaryFailed) -> None:
        self._pdf_busy = False
        self._say(RefusalMessage(event.text))
        self.query_one(VersionDesk).start()

    def _hint_report_details(self) -> None:
        """Once: how to put the consultant's name on the report, while it has none."""
        if self._details_hinted or self._read_only or self.session.report_details().adviseur:
            return
        self._details_hinted = True
        self._say(QuietMessage(msg.DETAILS_HINT))

    def _offer_realisation(self) -> None:
        """After go-live, while a completed year has no realisation: say how to enter it."""
        realisation = self.session.realisation()
        offer = None if realisation is None else realisation.offer()
        if offer:
            self._say(AdviserMessage(offer))

    @work(thread=True, group="report")
    def _make_report(self, write: chat_jobs.WritePdf, path: Path) -> None:
        chat_jobs.write_pdf(self, write, path)

    def _show_summary(self, summary: SummaryView) -> None:
        advice = [(item.title, item.text) for item in summary.advice]
        self._say(SummaryMessage(summary.figures, verdict(summary), advice))

    def _show_pdf_busy(self) -> None:
        self._say(PdfBusy(id="pdf-busy"))

    @on(chat_jobs.PdfWritten)
    def _pdf_done(self, event: chat_jobs.PdfWritten) -> None:
        self._pdf_busy = False
        for busy in self.query("#pdf-busy"):
            busy.remove()
        self._say(*[AdviserMessage(text) for text in event.texts])
        if event.made is not None:
            self._say(*self.query_one(VersionDesk).record(event.made))
        self._hint_report_details()
        # the path must be seen, also when the user had scrolled up meanwhile
        self.query_one("#chat", VerticalScroll).scroll_end(animate=False)

    # -- actions ----------------------------------------------------------------------------

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self._asked))

    def _tell(self, text: str, *, error: bool = False) -> None:
        """A passing message; its text (a path, a reason) is never read as markup."""
        self.notify(terminal_safe(text), severity="error" if error else "information", markup=False)

    def action_explain(self) -> None:
        if self._asked is None:
            self._tell(msg.EXPLAIN_NOT_NOW)
        else:
            self._say(HelpMessage(self._asked.help or msg.HELP_NOT_AVAILABLE))

    def action_back(self) -> None:
        question = self.session.back()
        if question is None:
            self._tell(msg.NO_EARLIER)
            return
        self._say(AdviserMessage(msg.BACK_TO))
        self._ask(question, announce_section=False)

    def action_overview(self) -> None:
        overview = OverviewScreen(self.session, read_only=self._read_only)
        self.app.push_screen(overview, self._after_overview)

    def _after_overview(self, edits: list[tuple[str, str]] | None) -> None:
        if not edits:
            return
        for question_text, answer_text in edits:
            self._say(AdviserMessage(msg.EDITED.format(question=question_text, answer=answer_text)))
        self._autosave()
        self._refresh_figures()
        self._continue()

    def action_save_as(self) -> None:
        self.save_elsewhere()

    def save_elsewhere(self, then: Callable[[], object] | None = None) -> None:
        """Ask where to save, and save there; `then` runs once that succeeded."""
        self.app.push_screen(
            SaveAsScreen(self.session.saved_path), lambda path: self._save_to(path, then)
        )

    def _save_to(self, path: Path | None, then: Callable[[], object] | None = None) -> None:
        if path is None:
            return
        try:
            saved = self.session.save_as(path)
        except SaveFailed as exc:
            self._tell(msg.SAVE_FAILED.format(reason=exc), error=True)
            return
        self._show_save_status()
        self._tell(msg.SAVED.format(path=saved))
        if then is not None:
            then()

    def action_report_details(self) -> None:
        self.app.push_screen(
            ReportDetailsScreen(self.session.report_details(), self.session.report_detail_problem),
            self._store_details,
        )

    def _store_details(self, details: ReportDetails | None) -> None:
        if details is None or details == self.session.report_details():
            return
        self.session.set_report_details(details)
        self._autosave()
        self._tell(msg.DETAILS_SAVED_REMAKE if self._complete else msg.DETAILS_SAVED)

    def action_trace(self, in_footer: bool = False) -> None:
        """How a figure was computed: the chosen row of a figure list, else the key figures.

        `in_footer` only tells the two F3 bindings apart (see `check_action`).
        """
        focused = self.focused
        if isinstance(focused, FigureList) and focused.figures is not None:
            chosen = focused.highlighted_figure
            figure_id = None if chosen is None else chosen.id
            self.app.push_screen(TraceScreen(focused.figures, figure_id))
            return
        if self._figures is None:
            self._tell(msg.TRACE_NOT_YET)
        else:
            self.app.push_screen(TraceScreen(self._figures))

    @on(FigureList.TraceRequested)
    def _trace_requested(self, event: FigureList.TraceRequested) -> None:
        self.app.push_screen(TraceScreen(event.figures, event.figure_id))

    @on(FigureList.Left)
    def _left_figures(self) -> None:
        """Escape on a figure list: back to the answer (or nowhere at the end)."""
        for answer_input in self.query(AnswerInput):
            answer_input.focus_control()
            return
        self.set_focus(None)

    def action_toggle_panel(self) -> None:
        self.toggle_class("-hide-panel")

    def action_make_report(self) -> None:
        if self._pdf_busy:
            self._tell(msg.PDF_ALREADY_BUSY)
            return
        pdf = self._pdf_job()
        if pdf is None:
            self.post_message(chat_jobs.PdfWritten(msg.PDF_UNAVAILABLE))
            return
        self._pdf_busy = True
        self._show_pdf_busy()
        self._make_report(*pdf)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The report key shows once every question is answered; then answers are changed
        in the overview, not by going back. The palette offers both always (`unavailable`)."""
        if action == "trace":
            # F3 shows in the footer once there are figures, where there is room; the hidden
            # binding (no parameters) always works, and says when there is nothing to show.
            return not parameters or (self._figures is not None and self.size.width >= NARROW)
        return self.unavailable(action) is None

    def unavailable(self, action: str) -> str | None:
        """Why `action` cannot be done now (Dutch), or None when it can."""
        if self._read_only and action in ("back", "save_as", "report_details"):
            return msg.READ_ONLY
        if action == "trace" and self._figures is None:
            return msg.TRACE_NOT_YET
        if action == "make_report" and not self._complete:
            return msg.REPORT_NOT_YET
        if action == "back" and self._complete:
            return msg.BACK_NOT_NOW
        return None

    def on_resize(self, event: events.Resize) -> None:
        self.query_one(Footer).compact = event.size.width < NARROW
        self.refresh_bindings()
