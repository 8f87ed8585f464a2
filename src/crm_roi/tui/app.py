"""The Textual app: picks the first screen and otherwise leaves the work to the screens."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import ClassVar, cast

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg
from crm_roi.tui.commands import ScreenCommands
from crm_roi.tui.screens import dialogs
from crm_roi.tui.screens.chat import AUTOSAVE_GROUP, ChatScreen
from crm_roi.tui.screens.realisation import RealisationScreen
from crm_roi.tui.screens.welcome import CopyScenario, WelcomeScreen
from crm_roi.tui.session import MakePdf, OpenFailed, Session, SessionFactory
from crm_roi.tui.view_models import LibraryView

_HERE = Path(__file__).parent
# The slow imports the end of the interview needs; warmed after the first paint.
WARM_MODULES = ("numpy",)
WARM_MODULES_PDF = ("weasyprint",)


class CrmRoiApp(App[None]):
    TITLE = msg.APP_TITLE
    CSS_PATH: ClassVar[list[str | PurePath]] = [
        _HERE / "app.tcss",
        _HERE / "widgets" / "chat_messages.tcss",
        _HERE / "widgets" / "answer_input.tcss",
        _HERE / "widgets" / "case_panel.tcss",
        _HERE / "screens" / "chat.tcss",
        _HERE / "screens" / "overview.tcss",
        _HERE / "screens" / "help.tcss",
        _HERE / "screens" / "save_as.tcss",
        _HERE / "screens" / "report_details.tcss",
        _HERE / "screens" / "welcome.tcss",
        _HERE / "screens" / "choice_dialog.tcss",
        _HERE / "screens" / "realisation.tcss",
    ]
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ScreenCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", msg.KEY_QUIT, key_display="^Q", priority=True),
        Binding(
            "ctrl+p",
            "command_palette",
            msg.KEY_PALETTE,
            key_display="^P",
            show=False,
            priority=True,
        ),
        # Nacalculatie: not in the footer (no room); the palette, the help and the chat's
        # offer after go-live name it.
        Binding("ctrl+n", "realisation", msg.KEY_REALISATION, key_display="^N", show=False),
    ]

    def __init__(
        self,
        open_session: SessionFactory,
        *,
        session: Session | None = None,
        path: Path | None = None,
        make_pdf: MakePdf | None = None,
        find_library: Callable[[], LibraryView] = LibraryView,
        copy_scenario: CopyScenario | None = None,
        warm_up: bool = True,
    ) -> None:
        """`find_library` lists the saved interviews for the welcome screen (none: a new
        interview starts at once); `copy_scenario` makes a new scenario of one of them."""
        super().__init__()
        self._open_session = open_session
        self._session = session  # opened before the app started (`crm-roi open FILE`)
        self._path = path
        self._make_pdf = make_pdf
        self._find_library = find_library
        self._copy_scenario = copy_scenario
        self._warm_up = warm_up

    def on_mount(self) -> None:
        if self._session is not None:
            self.push_screen(ChatScreen(self._session, self._make_pdf, resumed=True))
        elif self._path is not None:
            self._start(self._path)
        else:
            library = self._find_library()
            if library.entries:
                welcome = WelcomeScreen(msg.APP_TITLE, library, self._copy_scenario)
                self.push_screen(welcome, self._start)
            else:
                self._start(None, library.notices)
        if self._warm_up:
            self.call_after_refresh(self._warm_slow_imports)

    def _start(self, path: Path | None, notices: tuple[str, ...] = ()) -> None:
        try:
            session = self._open_session(path)
        except OpenFailed as exc:  # e.g. the file changed since the welcome screen
            notices = (*notices, str(exc))
            session, path = self._open_session(None), None
        self._session = session
        chat = ChatScreen(session, self._make_pdf, resumed=path is not None, notices=notices)
        self.push_screen(chat)

    def on_unmount(self) -> None:
        self.close_session()

    def close_session(self) -> None:
        """Let go of the interview's locks: another window may open it now (idempotent)."""
        if self._session is not None:
            self._session.close()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nacalculatie belongs to an opened interview: not offered on the welcome screen."""
        if action == "realisation":
            return self._session is not None
        return True

    def action_realisation(self) -> None:
        """Plan against actual: the measured KPIs and actual costs of a completed year."""
        if self._session is None or any(
            isinstance(screen, RealisationScreen) for screen in self.screen_stack
        ):
            return
        realisation = self._session.realisation()
        problem = msg.REALISATION_UNAVAILABLE if realisation is None else realisation.problem()
        if problem is not None or realisation is None:
            self.notify(terminal_safe(problem or ""), markup=False)
            return
        self.push_screen(RealisationScreen(realisation, self._session))

    def action_command_palette(self) -> None:
        if not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(
                CommandPalette(placeholder=msg.PALETTE_PLACEHOLDER, id="--command-palette")
            )

    async def action_quit(self) -> None:
        """Quit once a running autosave has reached the disk (a PDF in progress is dropped).

        When the newest answers could not be saved anywhere, quitting is a choice made
        knowingly: the dialog offers to save them elsewhere first.
        """
        for worker in list(self.workers):
            if worker.group == AUTOSAVE_GROUP and not worker.is_finished:
                await worker.wait()
        if self._confirm_unstored_year():
            return
        status = self._session.save_status() if self._session is not None else None
        if status is None or status.safe:
            self.exit()
        elif not any(screen.id == dialogs.UNSAVED for screen in self.screen_stack):
            self.push_screen(dialogs.unsaved_dialog(status), self._after_unsaved)

    def _confirm_unstored_year(self) -> bool:
        """A nacalculatie year is half entered: ask before its figures are dropped (True)."""
        screen = self.screen
        if not isinstance(screen, RealisationScreen):
            return False
        year = screen.unstored_year()
        if year is None:
            return False
        again = screen.realisation.has_realisation(year)

        def after(choice: str | None) -> None:
            if choice == "quit":
                screen.forget_unstored_year()
                self.call_later(self.action_quit)

        self.push_screen(dialogs.unstored_year_dialog(year, again), after)
        return True

    def _after_unsaved(self, choice: str | None) -> None:
        if choice == "quit":
            self.exit()
        elif choice == "save_as":
            chat = next((s for s in self.screen_stack if isinstance(s, ChatScreen)), None)
            if chat is not None:
                chat.save_elsewhere(then=self.exit)

    def action_help_quit(self) -> None:
        status = self._session.save_status() if self._session is not None else None
        text = msg.HOW_TO_QUIT if status is None or status.safe else msg.HOW_TO_QUIT_UNSAVED
        self.notify(text, title=msg.KEY_QUIT, markup=False)

    @work(thread=True, exclusive=True, group="warm-up")
    def _warm_slow_imports(self) -> None:
        """Import what the summary and the PDF need while the user reads the first question."""
        names = WARM_MODULES + (WARM_MODULES_PDF if self._make_pdf is not None else ())
        for name in names:
            try:
                importlib.import_module(name)
            except ImportError:
                continue
