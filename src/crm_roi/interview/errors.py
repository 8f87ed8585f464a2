"""The interview layer's one exception type for user errors."""

from __future__ import annotations

from pathlib import Path

from crm_roi.errors import UserError


class InterviewError(UserError):
    """A saved interview or an answer cannot be used; carries where and a Dutch message."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        line: int | None = None,
        question_id: str | None = None,
    ) -> None:
        super().__init__(message, path=path, line=line, question_id=question_id)


class NotRelevantError(InterviewError):
    """An answer (such as a --set override) to a question that does not count now."""


class NewerFormatError(InterviewError):
    """The file was written by a newer crm-roi (a later format): not damaged, not readable here."""
