"""The flow file's schema: what a consultant may write in a question-flow YAML file.

Validated with pydantic (unknown keys are errors). The models are frozen and double as the
public description of a question: the engine and the UI read `Question` directly.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from crm_roi.limits import MAX_ID_LENGTH, MAX_VERSION_LENGTH

QuestionType = Literal["text", "int", "euro", "percent", "hours", "choice", "multichoice", "yesno"]
NUMERIC_TYPES: frozenset[str] = frozenset({"int", "euro", "percent", "hours"})
CHOICE_TYPES: frozenset[str] = frozenset({"choice", "multichoice"})

AnswerValue = bool | int | float | str | list[str]
"""An answer in answer units: text/choice str, int, euro/percent/hours float, list, bool."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Choice(_Frozen):
    """One option of a choice or multichoice question."""

    value: str = Field(min_length=1)
    label: str = Field(min_length=1)


class Rule(_Frozen):
    """A validation rule: `check` must be true for the answer (`value`) to be accepted."""

    check: str
    message: str


class Warning_(_Frozen):
    """A plausibility remark: when `when` is true the answer is kept and `message` is shown."""

    when: str
    message: str


class Default(_Frozen):
    """Where a question's default comes from: exactly one of value, benchmark or expr.

    In YAML a bare scalar or list is a literal (`default: 0`); a mapping names a benchmark
    (`default: {benchmark: brutomarge}`) or an expression (`default: {expr: "a * 12"}`), with
    an optional Dutch `source` that the user sees as the origin of the default.
    """

    value: Any = None
    benchmark: str | None = None
    expr: str | None = None
    source: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _literal_shorthand(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return data
        return {"value": data}

    @model_validator(mode="after")
    def _exactly_one(self) -> Default:
        given = [self.value is not None, self.benchmark is not None, self.expr is not None]
        if sum(given) != 1:
            raise ValueError("default_one_kind")
        return self

    @property
    def kind(self) -> Literal["literal", "benchmark", "expression"]:
        if self.benchmark is not None:
            return "benchmark"
        if self.expr is not None:
            return "expression"
        return "literal"


class Question(_Frozen):
    """One question of the interview, as written in the flow file."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_ID_LENGTH)
    type: QuestionType
    text: str = Field(min_length=1)
    label: str | None = None  # short Dutch name for overviews and the report
    help: str = ""
    unit: str | None = None  # after a number: "gebruikers", "uur per maand", "per jaar"
    unit_one: str | None = None  # the unit after exactly 1, when it differs: "gebruiker"
    choices: tuple[Choice, ...] = ()
    default: Default | None = None
    min: float | None = None
    max: float | None = None
    rules: tuple[Rule, ...] = ()
    warn: tuple[Warning_, ...] = ()
    when: str | None = None

    @property
    def short_label(self) -> str:
        """The label for overviews: `label`, else the question text."""
        return self.label or self.text

    def unit_for(self, number: float) -> str | None:
        """The unit to write after `number` (`unit_one` after exactly 1)."""
        if number == 1 and self.unit_one:
            return self.unit_one
        return self.unit

    def choice_label(self, value: str) -> str:
        """The label of a choice value (the value itself when unknown)."""
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return value


class IntroAlternative(_Frozen):
    """A section intro said instead of `intro` when `when` holds for the earlier answers."""

    when: str
    text: str = Field(min_length=1)


class Section(_Frozen):
    """A titled group of questions (profile, goals, costs, ...).

    `intro` is said when the section starts. `intro_if` lists alternatives: the first whose
    `when` holds (over questions before the section) replaces `intro`, e.g.::

        intro: "Ik vraag alleen naar de doelen die u hebt gekozen."
        intro_if:
          - when: "methode == 'globaal'"
            text: "U schat de opbrengst met één bedrag per jaar."
    """

    title: str = Field(min_length=1)
    intro: str | None = None
    intro_if: tuple[IntroAlternative, ...] = ()
    questions: tuple[Question, ...] = Field(min_length=1)


class GivenName(_Frozen):
    """A value the program that runs the flow supplies (`Engine(..., given={...})`).

    Expressions read it like an earlier answer: `when: "'efficientie' in doelen"`,
    `default: {expr: "plan_licenties"}`, `{plan_licenties}` in a message. `type` (and
    `choices`, `unit`) describe it as they would a question, so the checker knows what it
    holds and the engine can show it.
    """

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_ID_LENGTH)
    type: QuestionType
    choices: tuple[Choice, ...] = ()
    unit: str | None = None

    def as_question(self) -> Question:
        """The given described as a question without text (for checks and formatting)."""
        return Question(
            id=self.name, type=self.type, text=self.name, choices=self.choices, unit=self.unit
        )


class FlowFile(_Frozen):
    """The whole flow file."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_ID_LENGTH)
    version: str = Field(max_length=MAX_VERSION_LENGTH)
    title: str = Field(min_length=1)
    intro: str = ""
    outro: str = ""
    given: tuple[GivenName, ...] = ()
    sections: tuple[Section, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _version_as_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("version"), int | float):
            return {**data, "version": str(data["version"])}
        return data
