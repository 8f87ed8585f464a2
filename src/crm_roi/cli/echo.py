"""Everything the command line prints goes through here, made safe for a terminal.

Messages may hold text from files (an organisation, an answer, a file name): `say` strips
escape sequences and control characters from them. The JSON document keeps every character:
the invisible ones a terminal could act on are written as JSON escapes (`\\u009b`), which
read back as the same text.
"""

from __future__ import annotations

import re

import click

from crm_roi.terminal_text import terminal_safe

_INVISIBLE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def say(message: str, *, err: bool = False, nl: bool = True) -> None:
    """Print `message` (standard error with `err`) without control sequences."""
    click.echo(terminal_safe(message), err=err, nl=nl)


def json_for_terminal(text: str) -> str:
    """JSON text with C1 controls and bidi marks escaped (the same JSON, nothing lost)."""
    return _INVISIBLE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
