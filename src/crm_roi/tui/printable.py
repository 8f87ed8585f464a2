"""Text from files made safe for the terminal: no control character reaches the screen.

Names, answers and paths come from interview files the user may have been sent. Textual
strips a few control characters (bell, backspace, carriage return) but passes ESC on, so
an organisation named "\\x1b]0;...\\x07" or "\\x1b[2J" would drive the terminal itself.
Every widget of the app that shows such text passes it through `printable` first; markup
is never read from it (`markup=False`, or a `Content` built from plain text).
"""

from __future__ import annotations

import re

from textual.content import Content

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"

# C0 controls except tab and newline, DEL, and the C1 controls (0x9b is a one-byte CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with every terminal control character shown as �; tab and newline stay."""
    return _CONTROL.sub(REPLACEMENT, text)


def one_line(text: str) -> str:
    """`printable(text)` on one line: newlines and tabs become spaces (lists, fields)."""
    return printable(text).replace("\n", " ").replace("\t", " ")


def plain(text: str) -> Content:
    """Content that shows `text` literally: never markup, never a control sequence."""
    return Content(printable(text))
