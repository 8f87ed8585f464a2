"""The one base class of every user error, whatever layer finds it.

A user error is something the user can put right: a file, an answer, an option. It carries a
Dutch message and, where known, the file, line and question id. Each layer has its own
subclass (InterviewError, FlowError, InputError, ReportError, CliError, ...); the command line
and the app catch `UserError` and nothing broader, so anything else is an internal error
(a bug) that is reported as such, never blamed on the user.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar


class UserError(Exception):
    """A mistake the user can fix; `message` is Dutch and shown as is (after where it is)."""

    names_its_place: ClassVar[bool] = False
    """True when the message itself says where (a flow's findings, a named option); a batch
    then does not put the interview file's name in front."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        question_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.question_id = question_id

    def describe(self) -> str:
        """`pad, regel 12: vraag 'x': bericht` with the parts that are known."""
        from crm_roi.messages import located

        return located(
            self.message,
            path=str(self.path) if self.path is not None else None,
            line=self.line,
            question_id=self.question_id,
        )

    def __str__(self) -> str:
        return self.describe()
