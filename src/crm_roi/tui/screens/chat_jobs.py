"""The chat's slow work, run in worker threads: the autosave, the full evaluation, the PDF.

A worker gets only frozen jobs, made by the session on the UI thread (`prepare_autosave`,
`prepare_summary`, `prepare_pdf`); it never reads the live session and never touches a
widget. It reports by posting a message to the screen (Textual's `post_message` is
thread-safe), which the screen handles on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.message import Message
from textual.message_pump import MessagePump

from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import MadeReport, SaveStatus, SummaryView

AUTOSAVE_GROUP = "autosave"  # the app waits for these workers before it quits
WritePdf = Callable[[], MadeReport]


class Autosaved(Message):
    """A save reached its end; the screen shows the newest status (`session.save_status`)."""


class SummaryReady(Message):
    def __init__(self, summary: SummaryView, *, pdf_follows: bool) -> None:
        super().__init__()
        self.summary = summary
        self.pdf_follows = pdf_follows


class SummaryFailed(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class PdfWritten(Message):
    """The PDF is done or failed; `texts` say so (Dutch), with notices such as a lost logo.
    `made`: the report that was written (None when it failed)."""

    def __init__(self, *texts: str, made: MadeReport | None = None) -> None:
        super().__init__()
        self.texts = texts
        self.made = made


def autosave(screen: MessagePump, write: Callable[[], SaveStatus | None]) -> None:
    if write() is not None:
        screen.post_message(Autosaved())


def conclude(
    screen: MessagePump,
    summarise: Callable[[], SummaryView],
    pdf: tuple[WritePdf, Path] | None,
) -> None:
    """The summary, then (when asked) the PDF."""
    try:
        summary = summarise()
    except Exception as exc:  # the domain's Dutch message reaches the user, not a traceback
        screen.post_message(SummaryFailed(msg.SUMMARY_FAILED.format(reason=exc)))
        return
    screen.post_message(SummaryReady(summary, pdf_follows=pdf is not None))
    if pdf is not None:
        write_pdf(screen, *pdf)


def write_pdf(screen: MessagePump, write: WritePdf, path: Path) -> None:
    """Render the report to `path` (a file that did not exist: never over another)."""
    try:
        made = write()
    except Exception as exc:  # any failure of the renderer reaches the user as a message
        screen.post_message(PdfWritten(msg.PDF_FAILED.format(reason=exc)))
    else:
        texts = (*made.notices, msg.PDF_DONE.format(path=path))
        screen.post_message(PdfWritten(*texts, made=made))
