"""The one exception type of the business-case layer for bad user input."""

from __future__ import annotations

from crm_roi.errors import UserError


class InputError(UserError):
    """An input cannot be used; carries the question id and a Dutch message saying what is expected.

    ``question_id`` is None only when the inputs as a whole are unusable (not a mapping).
    """

    def __init__(self, question_id: str | None, message: str) -> None:
        super().__init__(message, question_id=question_id)
        self.question_id = question_id
        self.message = message

    def __str__(self) -> str:
        return self.message
