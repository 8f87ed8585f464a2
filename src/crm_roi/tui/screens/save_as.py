"""A small dialog that asks where to save the interview."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.printable import one_line
from crm_roi.tui.screens import dialogs
from crm_roi.tui.widgets.plain_text import PlainText


class SaveAsScreen(ModalScreen[Path | None]):
    """Returns the chosen path (with ~ expanded), or None when cancelled.

    `current` is the interview's own file (saving there again asks nothing) or, with
    another `title` and `prompt`, a proposed new file.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", msg.CANCEL, key_display="Esc")
    ]

    def __init__(
        self,
        current: Path | None,
        *,
        title: str = msg.SAVE_AS_TITLE,
        prompt: str = msg.SAVE_AS_PROMPT,
    ) -> None:
        super().__init__()
        self._current = current
        self._title = title
        self._prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="save-box"):
            yield PlainText(self._title, classes="dialog-title")
            yield PlainText(self._prompt)
            yield Input(
                value=one_line(str(self._current)) if self._current else "",
                placeholder=msg.SAVE_AS_PLACEHOLDER,
                id="save-path",
            )
            yield PlainText("", id="save-problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button(msg.OK, variant="primary", id="save-ok")
                yield Button(msg.CANCEL, id="save-cancel")

    @on(Input.Submitted, "#save-path")
    @on(Button.Pressed, "#save-ok")
    def _save(self) -> None:
        text = self.query_one("#save-path", Input).value.strip()
        path, problem = chosen_path(text)
        if path is None:
            self.query_one("#save-problem", PlainText).update(problem)
            return
        if _exists(path) and not self._is_current(path):
            self._ask_overwrite(path)
            return
        self.dismiss(path)

    def _ask_overwrite(self, path: Path) -> None:
        self.app.push_screen(
            dialogs.overwrite_dialog(path), lambda choice: self._overwrite(choice, path)
        )

    def _is_current(self, path: Path) -> bool:
        """Saving again to the interview's own file needs no question."""
        try:
            return self._current is not None and path.resolve() == self._current.resolve()
        except OSError:
            return False

    def _overwrite(self, choice: str | None, path: Path) -> None:
        if choice == "replace":
            self.dismiss(path)
        else:
            self.query_one("#save-path", Input).focus()

    @on(Button.Pressed, "#save-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def chosen_path(text: str) -> tuple[Path | None, str]:
    """The file to save to (".yaml" added when the name has no extension), or None and the
    Dutch reason why `text` cannot be one."""
    if not text:
        return None, msg.SAVE_AS_EMPTY
    if terminal_safe(text) != text:
        return None, msg.SAVE_AS_CONTROL
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone" without such a user
        return None, msg.SAVE_AS_NO_HOME.format(path=text)
    if _is_dir(path):
        return None, msg.SAVE_AS_FOLDER.format(path=path)
    if not path.suffix:
        path = path.with_suffix(".yaml")
    return path, ""


def _exists(path: Path) -> bool:
    """Whether something is at `path`; a name the system refuses (too long) is not there:
    saving to it fails, and says why."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False
