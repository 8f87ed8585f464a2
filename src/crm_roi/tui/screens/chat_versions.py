"""Versions in the chat (DOMAIN §9): what moved since the last one, and recording a new one.

`VersionDesk` is a widget without a face in the chat screen. Asked by the screen, it has
the session compare the interview with its last version (in a worker) and tells the chat
what moved; for every moved default it asks whether to keep the old value, which then
becomes the user's own answer. After a report it records the version and saves it, and
says how that went. It reaches the chat only through messages.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from crm_roi.tui import messages as msg
from crm_roi.tui.screens.chat_jobs import AUTOSAVE_GROUP, Autosaved
from crm_roi.tui.screens.choice_dialog import Choice, ChoiceDialog
from crm_roi.tui.session import Session
from crm_roi.tui.view_models import (
    MadeReport,
    MovedDefault,
    RecordedVersion,
    SaveStatus,
    VersionChanges,
)
from crm_roi.tui.widgets.chat_messages import (
    AdviserMessage,
    QuietMessage,
    RefusalMessage,
    RemarkMessage,
)

KEEP_DIALOG = "keep-old-value"
USE_NEW = "new"
KEEP_OLD = "old"


def keep_dialog(moved: MovedDefault, index: int, count: int) -> ChoiceDialog:
    """Keep the old value of a moved default ("old"), or use the new one ("new", also Esc)."""
    title = msg.KEEP_TITLE if count == 1 else msg.KEEP_TITLE_OF.format(index=index, count=count)
    question = msg.KEEP_QUESTION.format(before=moved.before_text, after=moved.after_text)
    choices = (Choice(USE_NEW, msg.USE_NEW, "primary"), Choice(KEEP_OLD, msg.KEEP_OLD))
    text = f"{moved.sentence}\n\n{question}"
    return ChoiceDialog(title, text, choices, on_escape=USE_NEW, id=KEEP_DIALOG)


def save_problem(number: int, status: SaveStatus) -> str | None:
    """Where the new version could not be saved, Dutch; None when it is saved everywhere."""
    problems = " ".join(status.problems)
    if not problems:
        return None
    if status.safe and status.saved_to is not None:
        return msg.VERSION_SAVED_PARTLY.format(
            number=number, path=status.saved_to, problems=problems
        )
    return msg.VERSION_NOT_SAVED.format(number=number, problems=problems)


class VersionDesk(Widget):
    """Compares with the last version, offers old values, records new versions."""

    DEFAULT_CSS = "VersionDesk { display: none; }"

    class Say(Message):
        """Messages for the chat."""

        def __init__(self, *widgets: Widget) -> None:
            super().__init__()
            self.widgets = widgets

    class AnswerKept(Message):
        """An old value became the user's own answer: save it and show the new figures."""

    class AllDecided(Message):
        """Every moved default is decided and an answer changed: the conversation goes on
        (the summary of a finished interview is made again)."""

    class FiguresChanged(Message):
        """A version was recorded: the panel compares with it now."""

    class _Compared(Message, bubble=False):
        def __init__(self, changes: VersionChanges) -> None:
            super().__init__()
            self.changes = changes

    class _CompareFailed(Message, bubble=False):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class _Saved(Message, bubble=False):
        def __init__(self, recorded: RecordedVersion, status: SaveStatus | None) -> None:
            super().__init__()
            self.recorded = recorded
            self.status = status

    def __init__(self, session: Session, *, read_only: bool) -> None:
        super().__init__()
        self.session = session
        self._read_only = read_only
        self._started = False
        self._waiting = False  # the comparison waits until every question is answered
        self._kept = False  # an old value was kept in the current round of questions

    # -- what moved since the last version --------------------------------------------------

    def start(self) -> None:
        """Once per chat: say what moved since the last version, if there is one."""
        if not self._started:
            self._started = True
            self.compare()

    def compare(self) -> None:
        """Say what moved since the last version, if the interview has one."""
        self._waiting = False
        job = self.session.prepare_changes()
        if job is not None:
            self._compare(job)

    def interview_complete(self) -> None:
        """Every question is answered: the comparison that had to wait can be made now."""
        if self._waiting:
            self.compare()

    @work(thread=True, exclusive=True, group="versions")
    def _compare(self, job: Callable[[], VersionChanges]) -> None:
        try:
            changes = job()
        except Exception as exc:  # the domain's Dutch message reaches the user, not a traceback
            self.post_message(self._CompareFailed(str(exc)))
        else:
            self.post_message(self._Compared(changes))

    @on(_CompareFailed)
    def _compare_failed(self, event: _CompareFailed) -> None:
        if self.session.current() is not None:  # a question without default is still open
            self._waiting = True
            self.post_message(self.Say(QuietMessage(msg.SINCE_LATER)))
        else:
            self.post_message(
                self.Say(RefusalMessage(msg.SINCE_FAILED.format(reason=event.reason)))
            )

    @on(_Compared)
    def _compared(self, event: _Compared) -> None:
        changes = event.changes
        self.post_message(self.Say(AdviserMessage("\n".join(changes.lines))))
        if not self._read_only and changes.moved_defaults:
            self._kept = False
            self._offer(changes, 0)

    def _offer(self, changes: VersionChanges, index: int) -> None:
        moved = changes.moved_defaults
        dialog = keep_dialog(moved[index], index + 1, len(moved))
        self.app.push_screen(dialog, lambda choice: self._decided(changes, index, choice))

    def _decided(self, changes: VersionChanges, index: int, choice: str | None) -> None:
        moved = changes.moved_defaults[index]
        if choice == KEEP_OLD:
            self._keep(moved, changes.number)
        else:
            used = msg.USING_NEW.format(after=moved.after_text, label=moved.label)
            self.post_message(self.Say(AdviserMessage(used)))
        if index + 1 < len(changes.moved_defaults):
            self._offer(changes, index + 1)
        elif self._kept:
            self.post_message(self.AllDecided())

    def _keep(self, moved: MovedDefault, number: int) -> None:
        feedback = self.session.keep_version_value(moved.question_id, number)
        if not feedback.ok:
            refused = msg.KEEP_NOT_POSSIBLE.format(label=moved.label, reason=feedback.message)
            self.post_message(self.Say(RefusalMessage(refused)))
            return
        self._kept = True
        kept = msg.KEPT_OLD.format(before=feedback.answer_text, label=moved.label)
        remarks = [RemarkMessage(text) for text in feedback.warnings]
        self.post_message(self.Say(AdviserMessage(kept), *remarks))
        self.post_message(self.AnswerKept())

    # -- recording a version ----------------------------------------------------------------

    def record(self, made: MadeReport) -> tuple[Widget, ...]:
        """Record the version of a report that was written, and save it; returns what the
        chat says at once (a failed save is said when it is known)."""
        recorded = self.session.record_version(made)
        if recorded is None:
            return (QuietMessage(msg.VERSION_NOT_RECORDED),) if self._read_only else ()
        self.post_message(self.FiguresChanged())
        self._save(self.session.prepare_autosave(), recorded)
        said = msg.VERSION_RECORDED.format(number=recorded.number, report=recorded.report)
        return (AdviserMessage(said),)

    @work(thread=True, group=AUTOSAVE_GROUP)
    def _save(self, write: Callable[[], SaveStatus | None], recorded: RecordedVersion) -> None:
        """The save of the new version, through the session's own (atomic, locked) saving."""
        self.post_message(self._Saved(recorded, write()))

    @on(_Saved)
    def _saved(self, event: _Saved) -> None:
        # None: a newer save came first; it holds the version too and its outcome counts
        status = event.status or self.session.save_status()
        problem = save_problem(event.recorded.number, status)
        if problem is not None:
            self.post_message(self.Say(RefusalMessage(problem)))
        self.post_message(Autosaved())
