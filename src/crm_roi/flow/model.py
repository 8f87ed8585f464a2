"""A loaded flow: the validated questions with their expressions compiled once."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from crm_roi.flow.expressions import Expression
from crm_roi.flow.schema import NUMERIC_TYPES, GivenName, Question, Section


@dataclass(frozen=True)
class CompiledRule:
    """A rule or warning with its compiled expression and Dutch message."""

    expression: Expression
    message: str


@dataclass(frozen=True)
class CompiledIntro:
    """A section's alternative intro: said instead of `intro` when `expression` holds."""

    expression: Expression
    text: str


@dataclass(frozen=True)
class NumberBounds:
    """A numeric question's `min` and `max` in answer units (None: open on that side)."""

    minimum: float | None
    maximum: float | None


@dataclass(frozen=True)
class CompiledQuestion:
    """A question and everything the engine evaluates for it."""

    question: Question
    index: int  # position in the flow
    section_index: int
    when: Expression | None
    default_expression: Expression | None  # only for `default: {expr: ...}`
    rules: tuple[CompiledRule, ...]
    warnings: tuple[CompiledRule, ...]


@dataclass(frozen=True)
class Flow:
    """A checked question flow, ready for the engine."""

    id: str
    version: str
    title: str
    intro: str
    outro: str
    sections: tuple[Section, ...]
    compiled: tuple[CompiledQuestion, ...]
    path: Path | None = None
    intro_alternatives: tuple[tuple[CompiledIntro, ...], ...] = ()  # per section, in order
    given: tuple[GivenName, ...] = ()  # values the caller supplies to the engine
    _by_id: dict[str, CompiledQuestion] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({entry.question.id: entry for entry in self.compiled})

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(entry.question for entry in self.compiled)

    @functools.cached_property
    def number_bounds(self) -> Mapping[str, NumberBounds]:
        """The `min` and `max` of every numeric question, by question id.

        The one definition of the valid range of these answers: the engine accepts an answer
        within them, and the business case validates its inputs with the same bounds.
        """
        return MappingProxyType(
            {
                question.id: NumberBounds(question.min, question.max)
                for question in self.questions
                if question.type in NUMERIC_TYPES
            }
        )

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._by_id

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError when unknown)."""
        return self._by_id[question_id].question

    def entry(self, question_id: str) -> CompiledQuestion:
        return self._by_id[question_id]

    def section_of(self, question_id: str) -> Section:
        return self.sections[self._by_id[question_id].section_index]
