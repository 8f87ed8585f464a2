"""The interview file as data: who it is for, which flow it answers and the answers.

Answers are stored in answer units (percent units: 12.5 means 12,5%) and keyed by the flow's
question ids. `answers` holds the user's own answers only; a question answered by accepting
its default is listed in `accepted_defaults` without a value, so that it keeps its source
(default or benchmark) and follows the benchmark when the interview is re-run. An id in both
counts as the user's own answer.

The model knows nothing about a particular flow; `crm_roi.interview.migration` checks the
answers against one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from crm_roi.house_style import HouseStyleError, parse_accent
from crm_roi.limits import (
    FORBIDDEN_CHARACTERS,
    MAX_ID_LENGTH,
    MAX_PATH_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_VERSION_LENGTH,
)
from crm_roi.locations import FLOW_ID_PATTERN

FORMAT_VERSION = 1

AnswerValue = bool | int | float | str | list[str]
"""One stored answer: text/choice str, int, euro/percent/hours float, multichoice, yesno."""


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _plain_text(value: str | None) -> str | None:
    """No control characters or lone surrogates: the file could not be read back."""
    if value is not None and FORBIDDEN_CHARACTERS.search(value):
        raise ValueError("control character")
    return value


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FlowReference(_Frozen):
    """Which question flow, in which version, the answers belong to."""

    id: str = Field(min_length=1, max_length=MAX_ID_LENGTH, pattern=FLOW_ID_PATTERN)  # never a path
    version: str = Field(min_length=1, max_length=MAX_VERSION_LENGTH)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int | float) else value


class InterviewMetadata(_Frozen):
    """The report's client and house style; each field is optional."""

    organisatie: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH)
    adviseur: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH)
    adviesbureau: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH)
    # path to an image, relative to the interview file
    logo: str | None = Field(default=None, max_length=MAX_PATH_LENGTH)
    accentkleur: str | None = None  # a colour as "#1F6FEB" (read as parse_accent reads it)

    @field_validator("organisatie", "adviseur", "adviesbureau", "logo")
    @classmethod
    def _plain_text(cls, value: str | None) -> str | None:
        return _plain_text(value)

    @field_validator("accentkleur")
    @classmethod
    def _hex_colour(cls, value: str | None) -> str | None:
        """The house style's one rule for a colour (`crm_roi.house_style.parse_accent`)."""
        if value is None:
            return None
        try:
            return parse_accent(value)
        except HouseStyleError:
            raise ValueError("accentkleur") from None


class EigenPost(_Frozen):
    """A consultant's own cost or benefit line: one amount per year 0..N, taken as given."""

    naam: str = Field(min_length=1, max_length=MAX_TEXT_LENGTH)
    soort: Literal["kosten", "baten"]
    bedragen: tuple[float, ...] = Field(min_length=1)

    @field_validator("naam")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        return _plain_text(value) or value


class Interview(_Frozen):
    """One interview: the unit that is autosaved, saved, reopened and reported."""

    format_version: int = FORMAT_VERSION
    id: str = Field(default_factory=_new_id, pattern=r"^[0-9A-Za-z_-]+$", max_length=MAX_ID_LENGTH)
    flow: FlowReference
    created: dt.datetime = Field(default_factory=_now)
    updated: dt.datetime = Field(default_factory=_now)
    metadata: InterviewMetadata = Field(default_factory=InterviewMetadata)
    answers: dict[str, AnswerValue] = Field(default_factory=dict)
    accepted_defaults: tuple[str, ...] = ()  # questions the user answered by taking the default
    eigen_posten: tuple[EigenPost, ...] = ()

    @field_validator("answers", mode="before")
    @classmethod
    def _drop_blank_answers(cls, value: object) -> object:
        """A blanked answer (`id:` with nothing after it) means: not answered."""
        if isinstance(value, dict):
            return {key: item for key, item in value.items() if item is not None}
        return value

    def with_answers(
        self, answers: dict[str, AnswerValue], accepted_defaults: tuple[str, ...] = ()
    ) -> Interview:
        """A copy with these answers (in this order) and a fresh `updated` time."""
        accepted = tuple(qid for qid in accepted_defaults if qid not in answers)
        return self.model_copy(
            update={"answers": dict(answers), "accepted_defaults": accepted, "updated": _now()}
        )

    def touched(self) -> Interview:
        """A copy with a fresh `updated` time."""
        return self.model_copy(update={"updated": _now()})

    def client_name(self) -> str | None:
        """The organisation the report is for: the metadata's, else the answer's."""
        answer = self.answers.get("organisatie")
        return self.metadata.organisatie or (answer if isinstance(answer, str) else None)


def new_interview(flow_id: str, flow_version: str | int) -> Interview:
    """An empty interview for this flow."""
    return Interview(flow=FlowReference(id=flow_id, version=str(flow_version)))
