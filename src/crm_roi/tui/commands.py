"""The command palette (Ctrl+P): every action of the current screen, in Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

from crm_roi.terminal_text import terminal_safe
from crm_roi.tui import messages as msg

# Actions shown in the palette with a help line; key = the action name without namespace.
_APP_ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("app.quit", msg.KEY_QUIT, msg.PALETTE_HELP["quit"]),
)


class ScreenCommands(Provider):
    """Offers every action of the screen the palette was opened from, plus quit.

    Also the actions that cannot be done yet (the report before the last answer): chosen,
    they say why, through the screen's `unavailable(action)`. Only actions with a Dutch
    help line are offered; Textual's own commands (in English) are not.
    """

    def _bindings(self) -> Iterator[tuple[bool, Binding]]:
        """(on the app, binding): the screen's own first, also disabled ones; then the rest."""
        for binding in type(self.screen).BINDINGS:
            if isinstance(binding, Binding):
                yield False, binding
        for active in self.screen.active_bindings.values():
            yield active.node is self.app, active.binding

    def _commands(self) -> Iterator[tuple[str, str, str]]:
        seen: set[str] = set()
        for on_app, binding in self._bindings():
            action = binding.action
            name = action.removeprefix("app.")
            if name not in msg.PALETTE_HELP or action in seen:
                continue  # Textual's own keys (focus, cursor, copy) are not commands here
            seen.add(action)
            namespace = "app." if on_app else ""
            title = msg.PALETTE_TITLES.get(name, binding.description)
            yield namespace + action, title, msg.PALETTE_HELP[name]
        for action, title, help_text in _APP_ACTIONS:
            if action.removeprefix("app.") not in seen and action not in seen:
                yield action, title, help_text

    async def _run(self, action: str) -> None:
        if action.startswith("app."):
            await self.app.run_action(action.removeprefix("app."))
            return
        unavailable = getattr(self.screen, "unavailable", None)
        reason = unavailable(action) if callable(unavailable) else None
        if reason:
            self.screen.notify(terminal_safe(str(reason)), markup=False)
        else:
            await self.screen.run_action(action)

    async def discover(self) -> Hits:
        for action, title, help_text in self._commands():
            yield DiscoveryHit(title, partial(self._run, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = False
        for action, title, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                found = True
                command = partial(self._run, action)
                yield Hit(score, matcher.highlight(title), command, help=help_text)
        if not found:  # in Dutch, instead of Textual's own "No matches found"
            yield Hit(0.01, msg.PALETTE_NO_MATCH, _nothing, help=msg.PALETTE_NO_MATCH_HELP)


def _nothing() -> None:
    """Choosing "no command found" only closes the palette."""
