"""The first screen when there are saved interviews: open one, copy one as a new scenario,
or start anew. The library itself is `crm_roi.interview.library`; this screen shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.file_names import scenario_path
from crm_roi.tui.printable import one_line
from crm_roi.tui.screens.save_as import SaveAsScreen
from crm_roi.tui.session import OpenFailed
from crm_roi.tui.view_models import LibraryEntryView, LibraryView
from crm_roi.tui.widgets.plain_text import PlainText

NEW = "new"
CopyScenario = Callable[[Path, Path], Path]
"""Copies the interview at the first path to the second as a new scenario; OpenFailed."""

SEPARATOR = " — "
_STATUS_STYLE = {"afgerond": "$text-success", "onderbroken": "$text-accent"}


def entry_prompt(entry: LibraryEntryView) -> Content:
    """Two lines: who and how far; then when, versions, NCW and advice (or the problem)."""
    name = one_line(entry.organisation) or (
        msg.UNNAMED_ORGANISATION if not entry.problem else one_line(entry.path.name)
    )
    status_style = _STATUS_STYLE.get(entry.status, "$text-error")
    first = Content.assemble((name, "bold"), SEPARATOR, (entry.status, status_style))
    if entry.problem:
        second = Content.styled(one_line(entry.problem), "$text-error")
    else:
        parts = [entry.changed, msg.versions_text(entry.versions)]
        if entry.npv:
            template = msg.WELCOME_NPV if entry.npv_of_version else msg.WELCOME_NPV_NOW
            parts.append(template.format(npv=entry.npv))
        if entry.advice:
            parts.append(msg.WELCOME_ADVICE.format(advice=entry.advice))
        second = Content.styled(" · ".join(parts), "$text-muted")
    return Content.assemble(first, "\n  ", second)


class WelcomeScreen(Screen[Path | None]):
    """Returns the interview file to open, or None for a new interview."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: before the list's own Enter, so that the footer names it
        Binding("enter", "open", msg.KEY_OPEN, key_display="Enter", priority=True),
        Binding("s", "scenario", msg.KEY_SCENARIO, key_display="S"),
        Binding("n", "new", msg.KEY_NEW, key_display="N"),
    ]

    def __init__(
        self,
        title: str,
        library: LibraryView,
        copy_scenario: CopyScenario | None = None,
    ) -> None:
        """`library.notices` (Dutch) stand above the list, e.g. that an autosave was set
        aside. Without `copy_scenario` no scenario can be made (a test's fake session)."""
        super().__init__()
        self._title = title
        self._library = library
        self._copy_scenario = copy_scenario

    def compose(self) -> ComposeResult:
        with Vertical(id="welcome-box"):
            yield PlainText(self._title, id="welcome-title")
            for notice in self._library.notices:
                yield PlainText(notice, classes="welcome-notice")
            yield PlainText(msg.WELCOME_HEADING)
            options = [
                Option(entry_prompt(entry), id=str(number))
                for number, entry in enumerate(self._library.entries)
            ]
            yield OptionList(*options, Option(msg.WELCOME_NEW, id=NEW), id="welcome-choices")
            yield PlainText("", id="welcome-path")
            if self._library.more:
                yield PlainText(msg.WELCOME_MORE, id="welcome-more")
            yield PlainText(msg.WELCOME_HINT, id="welcome-hint")
        yield Footer()

    @property
    def library(self) -> LibraryView:
        return self._library

    @property
    def highlighted(self) -> LibraryEntryView | None:
        """The interview the cursor is on; None on "new"."""
        option = self.query_one(OptionList).highlighted_option
        if option is None or option.id in (None, NEW):
            return None
        return self._library.entries[int(str(option.id))]

    @on(OptionList.OptionHighlighted)
    def _show_path(self) -> None:
        entry = self.highlighted
        text = ""
        if entry is not None:
            path = one_line(str(entry.path))
            text = msg.WELCOME_AUTOSAVE.format(path=path) if entry.autosave else path
        self.query_one("#welcome-path", PlainText).update(text)

    @on(OptionList.OptionSelected)
    def _chosen(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        entry = self.highlighted
        if entry is None:
            self.dismiss(None)
        elif entry.problem:
            self._tell(msg.WELCOME_CANNOT_OPEN.format(problem=entry.problem), error=True)
        else:
            self.dismiss(entry.path)

    def action_new(self) -> None:
        self.dismiss(None)

    def action_scenario(self) -> None:
        reason = self.unavailable("scenario")
        entry = self.highlighted
        if reason is not None or entry is None or self._copy_scenario is None:
            self._tell(reason or msg.WELCOME_CHOOSE_FIRST, error=True)
            return
        suggestion = scenario_path(entry.path, entry.organisation, autosave=entry.autosave)
        dialog = SaveAsScreen(suggestion, title=msg.SCENARIO_TITLE, prompt=msg.SCENARIO_PROMPT)
        self.app.push_screen(dialog, lambda target: self._copy(entry, target))

    def _copy(self, entry: LibraryEntryView, target: Path | None) -> None:
        if target is None or self._copy_scenario is None:
            return
        try:
            copied = self._copy_scenario(entry.path, target)
        except OpenFailed as exc:
            self._tell(msg.SCENARIO_FAILED.format(reason=exc), error=True)
            return
        self._tell(msg.SCENARIO_SAVED.format(path=copied))
        self.dismiss(copied)

    def unavailable(self, action: str) -> str | None:
        """Why `action` cannot be done now (Dutch), or None (the palette asks this too)."""
        if action != "scenario":
            return None
        entry = self.highlighted
        if entry is None or self._copy_scenario is None:
            return msg.WELCOME_CHOOSE_FIRST
        if entry.problem:
            return msg.WELCOME_CANNOT_OPEN.format(problem=entry.problem)
        return None

    def _tell(self, text: str, *, error: bool = False) -> None:
        self.notify(terminal_safe(text), severity="error" if error else "information", markup=False)
