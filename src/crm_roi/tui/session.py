"""The one doorway between the app and the domain: what the screens may ask of an interview.

`InterviewSession` (``interview_session.py``) implements it on the flow engine, the business
case and the interview file; tests can hand the app any other implementation.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from crm_roi.errors import UserError
from crm_roi.tui.view_models import (
    AnswerFeedback,
    CaseFigures,
    Given,
    LockView,
    MadeReport,
    OverviewSection,
    ProgressView,
    QuestionView,
    RecordedVersion,
    ReportDetails,
    SaveStatus,
    SummaryView,
    TranscriptEntry,
    VersionChanges,
)

if TYPE_CHECKING:
    from crm_roi.tui.realisation_session import RealisationSession

# Renders the report of an evaluation to a PDF file; injected by the CLI (tui never imports
# crm_roi.report).
MakePdf = Callable[[Any, Path], object]


class SaveFailed(UserError):
    """Saving the interview failed; the message is Dutch and says why."""

    names_its_place = True


class OpenFailed(UserError):
    """An interview file could not be opened; the message is Dutch and says why."""

    names_its_place = True


class Session(Protocol):
    """A running interview as the app sees it."""

    @property
    def title(self) -> str: ...

    @property
    def intro(self) -> str: ...

    @property
    def outro(self) -> str:
        """Said when every question is answered."""

    @property
    def saved_path(self) -> Path | None:
        """Where the user saved the interview (None: only autosaved so far)."""

    @property
    def locked_by(self) -> LockView | None:
        """Who has this interview open elsewhere; then this session is read-only: it
        refuses answers and saves nothing. None: this window may change it."""

    def close(self) -> None:
        """Let go of the interview (its locks); called when the app ends."""

    def current(self) -> QuestionView | None:
        """The question to ask now; None when every relevant question is answered."""

    def question(self, question_id: str) -> QuestionView:
        """Any relevant question, with its current answer, for editing."""

    def validate(self, question_id: str, text: str) -> str | None:
        """The Dutch message when `text` is not a valid answer, else None (live validation)."""

    def answer(self, question_id: str, given: Given) -> AnswerFeedback:
        """Answer (or change the answer to) a question; "" accepts its default."""

    def back(self) -> QuestionView | None:
        """Go back one question; returns the question that is current now."""

    def progress(self) -> ProgressView: ...

    def figures(self) -> CaseFigures | None:
        """The live business case; None while a required answer without default is missing."""

    def overview(self) -> tuple[OverviewSection, ...]: ...

    def transcript(self) -> tuple[TranscriptEntry, ...]:
        """The questions answered so far in flow order, for showing a resumed conversation."""

    def prepare_summary(self) -> Callable[[], SummaryView]:
        """Freeze the answers now; the returned function computes the full evaluation's key
        figures, verdict and top advice (NumPy). It runs in a worker thread and never reads
        the live session; it raises the domain's errors (Dutch messages)."""

    def prepare_pdf(self, make_pdf: MakePdf, path: Path) -> Callable[[], MadeReport]:
        """Freeze the answers now; the returned function renders their report to `path`
        through `make_pdf` (in a worker thread), with what changed since the last version
        when there is one. It returns notices for the chat (Dutch), e.g. that the logo was
        not found and left out, and the version the report records."""

    def record_version(self, made: MadeReport) -> RecordedVersion | None:
        """Add the version of a report that was written to the interview (saved with the
        next `prepare_autosave`); None when this session records none (read-only)."""

    def prepare_changes(self) -> Callable[[], VersionChanges] | None:
        """Freeze the answers now; the returned function says what moved since the last
        version (in a worker thread; it raises the domain's errors, Dutch). None when the
        interview has no version."""

    def keep_version_value(self, question_id: str, number: int) -> AnswerFeedback:
        """Make the value version `number` used for a moved default the user's own answer."""

    def report_details(self) -> ReportDetails:
        """The consultant's name, company, logo and accent colour from the metadata."""

    def report_detail_problem(self, field: str, text: str) -> str | None:
        """The Dutch message when `text` is not valid for that field of ReportDetails."""

    def set_report_details(self, details: ReportDetails) -> None:
        """Store valid details in the interview metadata (saved with the next autosave)."""

    def default_pdf_path(self) -> Path:
        """Where the next PDF goes: a file that does not exist yet ("naam (2).pdf" if taken)."""

    def prepare_autosave(self) -> Callable[[], SaveStatus | None]:
        """Freeze the answers now; the returned function saves them atomically to the user's
        own file, if any, and the autosave file. It runs in a worker thread and never reads
        the live session. It returns how it went (a file that cannot be written is named in
        the status, not raised), or None when a newer save came first: a save never
        overwrites a newer one."""

    def save_status(self) -> SaveStatus:
        """How the newest save went (thread-safe)."""

    def save_as(self, path: Path) -> Path:
        """Save atomically to `path` (overwriting it: the dialog asked); later autosaves also
        go there. Raises SaveFailed, also when another program has that file open."""

    def realisation(self) -> RealisationSession | None:
        """Plan against actual (nacalculatie) of this interview as it is now: what it
        stores goes into this session, saved with the next autosave. None: not available."""


SessionFactory = Callable[[Path | None], Session]
"""Opens a new interview (None) or an interview file; raises OpenFailed."""
