"""Reading the trace screen in tests: the texts of its page and of its rows."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Static

from crm_roi.tui.screens.trace import TraceItem, TraceScreen


def plain(widget: Static) -> str:
    """The text shown, with ordinary spaces (amounts have a no-break space: "€ 29")."""
    return str(widget.render()).replace("\xa0", " ")


def text(screen: object, selector: str) -> str:
    """A text of the page ("" when it is not shown)."""
    assert isinstance(screen, TraceScreen)
    widget = screen.query_one(selector, Static)
    return plain(widget) if widget.display else ""


def rows(screen: object) -> list[str]:
    """Every row of the page as one text: label | value | working | what it rests on."""
    assert isinstance(screen, TraceScreen)
    return [
        " | ".join(plain(static) for static in item.query(Static))
        for item in screen.query(TraceItem)
    ]


async def settle(pilot: Pilot[None]) -> None:
    """A page is filled after it is mounted: wait for both."""
    await pilot.pause()
    await pilot.pause()
