"""The bounds on everything crm-roi reads, defined once.

Any file, answer or expression a user hands in is refused (with a Dutch message of its
layer) when it exceeds these, so that reading it ends within seconds and modest memory.
The numbers are generous: a real interview file is a few KB, the bundled flow some 30 KB.
"""

from __future__ import annotations

import re

# Files -------------------------------------------------------------------------------------

MAX_INTERVIEW_FILE_BYTES = 1_000_000
"""An interview file; checked before reading, and never more than this (+1 byte) is read."""

MAX_FLOW_FILE_BYTES = 2_000_000
"""A question flow (and the bundled benchmarks and advice rules)."""

# YAML structure -----------------------------------------------------------------------------

MAX_YAML_DEPTH = 32
"""Nesting of lists and mappings (an interview needs 4 levels, a flow 6)."""

MAX_YAML_NODES = 200_000
"""Values in one YAML document, counted after every alias (`*name`) is expanded."""

MAX_SCALAR_LENGTH = 10_000
"""Characters of any one value in a YAML file (a flow's longest help text is ~600)."""

# Texts ----------------------------------------------------------------------------------

MAX_TEXT_LENGTH = 200
"""A text answer and each name on the report (organisatie, adviseur, adviesbureau, a post)."""

MAX_PATH_LENGTH = 1_000
"""A path in an interview file (the logo)."""

MAX_ID_LENGTH = 64
"""An interview's id and a flow's id (the id of an interview names its autosave file)."""

MAX_VERSION_LENGTH = 32
"""A flow version as an interview file names it."""

FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters no text may hold: control characters (tab and line breaks are fine), lone
surrogates (which cannot be written as UTF-8) and the non-characters U+FFFE and U+FFFF."""

MAX_SHOWN_LENGTH = 60
"""How much of a refused value a message repeats (the rest is shown as '…')."""

# Flow expressions -----------------------------------------------------------------------

MAX_EXPRESSION_LENGTH = 1_000
"""Characters of one expression in a flow (`when`, a default, a rule, an advice condition)."""

MAX_EXPRESSION_DEPTH = 40
"""Nesting of one expression's syntax tree (`a + b * c` is 3 deep)."""

MAX_EXPRESSION_SIZE = 10_000
"""Longest text or list an expression may build (`'a' * n`)."""

MAX_EXPRESSION_NUMBER = 1e300
"""Largest magnitude of a number an expression may compute (beyond it: an error, not inf)."""


def clipped(text: str, limit: int = MAX_SHOWN_LENGTH) -> str:
    """`text` as a message may repeat it: at most `limit` characters, then '…'."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown_size(size: int) -> str:
    """A file size for a message: `52,4 MB`, or `1.002 kB` below 10 MB (so that a file just
    over a limit never reads as the limit itself)."""
    from crm_roi import formatting

    if size % 1_000_000 == 0:
        return f"{formatting.number(size // 1_000_000)} MB"
    if size >= 10_000_000:
        return f"{formatting.number(size / 1_000_000, decimals=1)} MB"
    return f"{formatting.number(-(-size // 1000))} kB"
