"""Text from files as the app shows it: literally, never as markup, never as a control.

Names, answers and paths come from interview files the user may have been sent. Textual
strips a few control characters (bell, backspace, carriage return) but passes ESC on, so an
organisation named "\\x1b]0;...\\x07" or "\\x1b[2J" would drive the terminal itself. Escape
sequences and control characters are removed by the project's one sanitiser,
`crm_roi.terminal_text.terminal_safe` (the command line's too). What is the app's own is
here: Textual markup is never read from such text (`plain`, or `markup=False`), and a field
or a list shows it on one line.
"""

from __future__ import annotations

from textual.content import Content

from crm_roi.terminal_text import terminal_safe


def one_line(text: str) -> str:
    """`terminal_safe(text)` on one line: newlines and tabs become spaces (lists, fields)."""
    return terminal_safe(text).replace("\n", " ").replace("\t", " ")


def plain(text: str) -> Content:
    """Content that shows `text` literally: never markup, never a control sequence."""
    return Content(terminal_safe(text))
