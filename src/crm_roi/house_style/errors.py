"""The house style's one exception type."""

from __future__ import annotations

from typing import Literal

from crm_roi.errors import UserError

Field = Literal["adviseur", "adviesbureau", "logo", "accentkleur"]
Problem = Literal[
    "accent",
    "type",
    "missing",
    "unreadable",
    "not_a_file",
    "outside",
    "too_big",
    "not_png",
    "not_svg",
]


class HouseStyleError(UserError):
    """A value of the house style cannot be used; says which field and what is wrong (Dutch).

    `problem` lets a screen choose its own short wording; `message` is the full sentence.
    """

    def __init__(self, message: str, *, field: Field, problem: Problem) -> None:
        super().__init__(message)
        self.field: Field = field
        self.problem: Problem = problem
