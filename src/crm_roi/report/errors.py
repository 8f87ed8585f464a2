"""The one exception type of the report layer."""

from __future__ import annotations


class ReportError(Exception):
    """A user error while making a report; `message` is Dutch and shown as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
