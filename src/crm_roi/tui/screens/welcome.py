"""Offered on start when an unfinished interview was autosaved: resume it or start anew."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from crm_roi.tui import messages as msg
from crm_roi.tui.printable import one_line, plain
from crm_roi.tui.view_models import ResumeCandidate
from crm_roi.tui.widgets.plain_text import PlainText

NEW = "new"


class WelcomeScreen(Screen[Path | None]):
    """Returns the autosave to resume, or None for a new interview."""

    def __init__(
        self,
        title: str,
        candidates: tuple[ResumeCandidate, ...],
        notices: tuple[str, ...] = (),
    ) -> None:
        """`notices` (Dutch) stand above the choices, e.g. that an autosave was set aside."""
        super().__init__()
        self._title = title
        self._candidates = candidates
        self._notices = notices

    def compose(self) -> ComposeResult:
        with Vertical(id="welcome-box"):
            yield PlainText(self._title, id="welcome-title")
            for notice in self._notices:
                yield PlainText(notice, classes="welcome-notice")
            yield PlainText(msg.WELCOME_RESUME_HEADING)
            options = [
                Option(
                    plain(
                        msg.WELCOME_RESUME.format(
                            organisation=one_line(c.organisation) or msg.UNNAMED_ORGANISATION,
                            answered=c.answered,
                            updated=c.updated,
                        )
                    ),
                    id=str(number),
                )
                for number, c in enumerate(self._candidates)
            ]
            yield OptionList(*options, Option(msg.WELCOME_NEW, id=NEW), id="welcome-choices")
            yield PlainText(msg.WELCOME_HINT, id="welcome-hint")
        yield Footer()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NEW or event.option.id is None:
            self.dismiss(None)
        else:
            self.dismiss(self._candidates[int(event.option.id)].path)
