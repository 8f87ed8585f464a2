"""The app's questions at a crossroads, each a ChoiceDialog with Dutch text and buttons."""

from __future__ import annotations

from pathlib import Path

from crm_roi.tui import messages as msg
from crm_roi.tui.screens.choice_dialog import Choice, ChoiceDialog
from crm_roi.tui.view_models import LockView, SaveStatus

LOCKED = "locked"  # ids: a dialog is not stacked twice
UNSAVED = "unsaved"
OVERWRITE = "overwrite"
UNSTORED_YEAR = "unstored-year"


def locked_dialog(lock: LockView) -> ChoiceDialog:
    """The interview is open elsewhere: look here ("view"), or quit ("quit"). Esc: look."""
    text = "\n\n".join(
        (
            msg.LOCKED_TEXT.format(holder=lock.holder),
            msg.LOCKED_STALE_HINT.format(lock=lock.lock_file),
        )
    )
    choices = (Choice("view", msg.LOCKED_VIEW, "primary"), Choice("quit", msg.LOCKED_QUIT))
    return ChoiceDialog(msg.LOCKED_TITLE, text, choices, on_escape="view", id=LOCKED)


def unsaved_dialog(status: SaveStatus) -> ChoiceDialog:
    """Quitting with unsaved answers: "save_as" first, "quit" anyway, or "cancel"."""
    choices = (
        Choice("save_as", msg.QUIT_SAVE_AS, "primary"),
        Choice("quit", msg.QUIT_ANYWAY, "error"),
        Choice("cancel", msg.CANCEL),
    )
    text = msg.QUIT_TEXT.format(problems="\n".join(status.problems))
    return ChoiceDialog(msg.QUIT_TITLE, text, choices, on_escape="cancel", id=UNSAVED)


def overwrite_dialog(path: Path) -> ChoiceDialog:
    """Save as onto an existing file: "replace" it, or "cancel"."""
    choices = (Choice("replace", msg.OVERWRITE, "warning"), Choice("cancel", msg.CANCEL))
    text = msg.OVERWRITE_TEXT.format(path=path)
    return ChoiceDialog(msg.OVERWRITE_TITLE, text, choices, on_escape="cancel", id=OVERWRITE)


def unstored_year_dialog(year: int, again: bool) -> ChoiceDialog:
    """Quitting in the middle of a nacalculatie year: "stay" to finish it, or "quit"."""
    choices = (
        Choice("stay", msg.UNSTORED_YEAR_STAY, "primary"),
        Choice("quit", msg.QUIT_ANYWAY, "error"),
    )
    text = (msg.UNSTORED_YEAR_TEXT_AGAIN if again else msg.UNSTORED_YEAR_TEXT).format(year=year)
    title = msg.UNSTORED_YEAR_TITLE.format(year=year)
    return ChoiceDialog(title, text, choices, on_escape="stay", id=UNSTORED_YEAR)
