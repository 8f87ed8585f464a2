"""The command line's user error, and any layer's user error as one Dutch line."""

from __future__ import annotations

from crm_roi.cli import messages
from crm_roi.errors import UserError
from crm_roi.terminal_text import terminal_safe


class CliError(UserError):
    """A user error the command line reports without a traceback (exit code 2 by default)."""

    names_its_place = True  # its messages name the file or option themselves

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def user_error_message(error: UserError, *, source: str | None = None) -> str:
    """The Dutch message of a user error of any layer, ready for the terminal.

    `source` (the interview file of a batch) goes in front when the error does not say where
    it is. The operating system's and Python's English reasons behind the error are replaced
    by Dutch ones; control sequences from the files are removed.
    """
    text = error.describe()
    if source is not None and error.path is None and not error.names_its_place:
        text = f"{source}: {text}"
    return terminal_safe(_with_dutch_reasons(text, error))


def _with_dutch_reasons(text: str, error: BaseException) -> str:
    """`text` with the English reason of each OSError or UnicodeDecodeError behind `error`
    (as the layers put it in: `strerror` or the whole exception) said in Dutch."""
    seen: set[int] = set()
    cause = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError):
            dutch = messages.os_reason(cause)
            for english in (str(cause), cause.strerror):
                if english:
                    text = text.replace(english, dutch)
        elif isinstance(cause, UnicodeDecodeError):
            text = text.replace(str(cause), messages.not_utf8_reason(cause))
        cause = cause.__cause__ or cause.__context__
    return text
