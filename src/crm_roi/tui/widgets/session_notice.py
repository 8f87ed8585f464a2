"""The line below the progress that stays while something is wrong with this session:
it is shown read-only, or its answers could not (all) be saved."""

from __future__ import annotations

from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import LockView, SaveStatus
from crm_roi.tui.widgets.plain_text import PlainText

KINDS = ("-read-only", "-unsaved", "-partly-saved")


class SessionNotice(PlainText):
    """Hidden while there is nothing to say; styled per kind (chat.tcss)."""

    def __init__(self) -> None:
        super().__init__("", id="notice")

    def _set(self, text: str, kind: str = "") -> None:
        self.update(text)
        self.display = bool(text)
        for name in KINDS:
            self.set_class(name == kind, name)

    def show_read_only(self, lock: LockView) -> None:
        self._set(msg.READ_ONLY_BANNER.format(holder=lock.holder), "-read-only")

    def show_save_status(self, status: SaveStatus) -> None:
        problems = " ".join(status.problems)
        if not status.problems:
            self._set("")
        elif status.safe:
            text = msg.PARTLY_SAVED_BANNER.format(problems=problems, path=status.saved_to)
            self._set(text, "-partly-saved")
        else:
            self._set(msg.UNSAVED_BANNER.format(problems=problems), "-unsaved")
