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
from typing import Annotated, Literal

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
    startdatum: dt.date | None = None  # go-live: year t of the plan ends t years after it

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


InputSourceName = Literal["eigen", "standaard", "benchmark"]


class VersionInput(_Frozen):
    """One resolved input as a version used it: its value and where the value came from."""

    waarde: AnswerValue
    bron: InputSourceName  # eigen: the user's answer; standaard/benchmark: an accepted default
    toelichting: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH * 5)  # the source


class VersionResults(_Frozen):
    """The headline results of a version; percentages in percent units like the answers."""

    ncw: float
    roi: float | None = None  # percent units (TEI: (PV(B) - PV(C)) / PV(C))
    irr: float | None = None  # percent units; None when the flows do not change sign
    terugverdientijd_maanden: float | None = None  # None: not within the horizon
    totale_kosten: float
    totale_baten: float
    advies: Literal["doorgaan", "doorgaan_onder_voorwaarden", "niet_doorgaan"] | None = None


class Version(_Frozen):
    """A report as it was made: what went in and what came out (docs/METHOD.md §14, Versions).

    `invoer` holds every relevant question's value and source as used, keyed by question id,
    whatever the flow of today asks: a newer flow that renames or drops a question keeps
    the version readable.
    """

    nummer: int = Field(ge=1)
    datum: dt.datetime
    flow: FlowReference
    benchmarks: str = Field(min_length=1, max_length=MAX_VERSION_LENGTH)  # their version
    rapport: str | None = Field(default=None, max_length=MAX_PATH_LENGTH)  # the file's name
    invoer: dict[str, VersionInput]
    eigen_posten: tuple[EigenPost, ...] = ()
    resultaten: VersionResults

    @field_validator("benchmarks", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int | float) else value


RealisedNumber = Annotated[float, Field(ge=0, allow_inf_nan=False, strict=True)]
"""A measured value or an actual amount: a number 0 or more (no bool, no text)."""


class RealisedYear(_Frozen):
    """What a completed year really brought (docs/METHOD.md §14, Plan against actual).

    `metingen`: measured KPI drivers by question id, in answer units; `kosten`: actual
    amounts by line id, euro. Which ids are allowed is checked against the case
    (`crm_roi.history.actuals`), with the file's line.
    """

    metingen: dict[str, RealisedNumber] = Field(default_factory=dict)
    kosten: dict[str, RealisedNumber] = Field(default_factory=dict)


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
    versies: tuple[Version, ...] = ()  # oldest first; numbers ascending
    realisatie: dict[int, RealisedYear] = Field(default_factory=dict)  # by year 0..N

    @field_validator("versies")
    @classmethod
    def _ascending_numbers(cls, value: tuple[Version, ...]) -> tuple[Version, ...]:
        numbers = [version.nummer for version in value]
        if numbers != sorted(set(numbers)):
            raise ValueError("version numbers")
        return value

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

    def with_version(self, version: Version) -> Interview:
        """A copy with this version recorded after the others."""
        return self.model_copy(update={"versies": (*self.versies, version), "updated": _now()})

    def version(self, number: int) -> Version | None:
        return next((v for v in self.versies if v.nummer == number), None)

    @property
    def next_version_number(self) -> int:
        return max((v.nummer for v in self.versies), default=0) + 1

    def client_name(self) -> str | None:
        """The organisation the report is for: the metadata's, else the answer's."""
        answer = self.answers.get("organisatie")
        return self.metadata.organisatie or (answer if isinstance(answer, str) else None)


def new_interview(flow_id: str, flow_version: str | int) -> Interview:
    """An empty interview for this flow."""
    return Interview(flow=FlowReference(id=flow_id, version=str(flow_version)))
