"""Text from files made harmless for a terminal: no escape sequences, no control characters.

An interview, a flow or a file name may hold anything, such as an organisation called
"\\x1b]0;PWNED\\x07\\x1b[2J" that sets the window title and clears the screen when printed.
Every text that came from outside passes `terminal_safe` before it is shown.
"""

from __future__ import annotations

import re

_SEQUENCE = re.compile(
    r"""
      \x1b\[ [0-?]* [ -/]* [@-~]?              # CSI (colours, cursor, clear screen)
    | \x1b[\]PX^_] [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)?   # OSC, DCS, SOS, PM, APC
    | \x1b [ -/]* [0-~]?                       # the other escape sequences, or a lone ESC
    | \x9b [0-?]* [ -/]* [@-~]?                # CSI as one 8-bit character
    | [\x90\x98\x9d\x9e\x9f] [^\x07\x1b\x9c]* (?:\x07|\x9c)?   # 8-bit OSC, DCS, SOS, PM, APC
    """,
    re.VERBOSE,
)
_SURROGATE = re.compile("[\ud800-\udfff]")  # a file name's bytes that are not UTF-8
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 and C1 controls except tab and newline
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"  # bidi controls that reorder what is shown
)


def terminal_safe(text: str) -> str:
    """`text` without terminal escape sequences and control characters (tab, newline kept).

    A carriage return would let a text overwrite what is printed before it on the line; a
    Windows line end becomes a plain newline. A lone surrogate (how Python reads bytes of a
    file name that are not UTF-8) becomes U+FFFD, which every terminal can print.
    """
    text = _SURROGATE.sub("\ufffd", text.replace("\r\n", "\n"))
    return _CONTROL.sub("", _SEQUENCE.sub("", text))
