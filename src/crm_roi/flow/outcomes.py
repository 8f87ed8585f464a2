"""The values the engine hands to the app, the CLI and the pipeline (all frozen)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crm_roi.flow.schema import AnswerValue, Question, Section

AnswerSource = Literal["user", "default", "benchmark"]
DefaultKind = Literal["literal", "benchmark", "expression"]


@dataclass(frozen=True)
class DefaultSource:
    """Where a default comes from; `text` is Dutch, e.g. "prijslijst Pipedrive (...), 2025"."""

    kind: DefaultKind
    text: str


@dataclass(frozen=True)
class AskedQuestion:
    """The question to show now, with its resolved default."""

    question: Question
    section: Section
    default: AnswerValue | None  # in answer units; None when the question has none
    default_text: str | None  # the default in Dutch, e.g. "€ 29"
    default_source: DefaultSource | None
    first_in_section: bool  # the first relevant question of its section: show the title
    current_answer: AnswerValue | None  # the answer given earlier (after back or edit)


@dataclass(frozen=True)
class AnswerOutcome:
    """What happened to an answer: stored (ok) or refused with a Dutch message."""

    ok: bool
    value: AnswerValue | None = None
    message: str | None = None
    warnings: tuple[str, ...] = ()  # Dutch remarks that do not block (plausibility)


@dataclass(frozen=True)
class Progress:
    """How far the interview is; `total` counts the questions relevant so far."""

    answered: int
    total: int
    section_index: int  # 0-based, of the current question (last section when complete)
    section_count: int
    section_title: str
    question_number: int  # 1-based position of the current question among relevant ones


@dataclass(frozen=True)
class ResolvedAnswer:
    """An input's value and where it comes from (for the report's list of assumptions)."""

    value: AnswerValue
    source: AnswerSource
    source_text: str | None  # benchmark source and date, or how a default is computed
