"""The input below the chat, shaped to the question: typed text, a list, a multi-select, yes/no.

Every shape ends in one message, `AnswerInput.Given`, so the screen need not know which
widget the user used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.strip import Strip
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from crm_roi.tui import messages as msg
from crm_roi.tui.printable import one_line, plain
from crm_roi.tui.view_models import ChoiceView, Given, QuestionView
from crm_roi.tui.widgets.plain_text import PlainText

TYPED_KINDS = frozenset({"text", "int", "euro", "percent", "hours"})

# question id, text → Dutch message or None
ValidateFn = Callable[[str, str], str | None]


class FlowValidator(Validator):
    """Live validation through the flow's own parser: shows the engine's Dutch message."""

    def __init__(self, question_id: str, validate: ValidateFn) -> None:
        super().__init__()
        self._question_id = question_id
        self._validate = validate

    def validate(self, value: str) -> ValidationResult:
        if not value.strip() or value.strip() == "?":
            return self.success()  # empty takes the default; "?" asks for help
        problem = self._validate(self._question_id, value)
        return self.success() if problem is None else self.failure(problem)


def at_end(options: OptionList, direction: int) -> bool:
    """True when the highlight cannot move further that way (the lists do not wrap around)."""
    if options.highlighted is None:
        return False
    return options.highlighted == (0 if direction < 0 else options.option_count - 1)


class ChoiceList(OptionList):
    """A list to pick one answer from; ↑/↓ stop at the ends instead of wrapping around.

    `moved` tells whether the user moved the cursor from where it started.
    """

    moved = False

    def __init__(self, *options: Option, id: str | None = None) -> None:
        super().__init__(*options, id=id)
        self.moved = False  # OptionList's own start on the first option does not count

    def _move(self, move: Callable[[], None]) -> None:
        before = self.highlighted
        move()
        self.moved = self.moved or self.highlighted != before

    def action_cursor_up(self) -> None:
        if not at_end(self, -1):
            self._move(super().action_cursor_up)

    def action_cursor_down(self) -> None:
        if not at_end(self, 1):
            self._move(super().action_cursor_down)

    def action_first(self) -> None:
        self._move(super().action_first)

    def action_last(self) -> None:
        self._move(super().action_last)

    def action_page_up(self) -> None:
        self._move(super().action_page_up)

    def action_page_down(self) -> None:
        self._move(super().action_page_down)


class ConfirmingSelectionList(SelectionList[str]):
    """A multi-select where Space toggles and Enter confirms; ↑/↓ stop at the ends.

    An unticked row shows an empty box (▐ ▌), a ticked one the cross (▐X▌): Textual's own
    list shows the cross on every row and only changes its colour.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "confirm", "Bevestigen", show=False)]

    def action_cursor_up(self) -> None:
        if not at_end(self, -1):
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        if not at_end(self, 1):
            super().action_cursor_down()

    class Confirmed(Message):
        def __init__(self, values: tuple[str, ...]) -> None:
            super().__init__()
            self.values = values

    def action_confirm(self) -> None:
        self.post_message(self.Confirmed(tuple(self.selected)))

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        try:
            option = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        segments = list(line)
        if option.value in self.selected or len(segments) < 2:
            return line
        inner = segments[1]  # Textual draws ▐X▌ as three segments: the cross is the second
        segments[1] = Segment(" " * len(inner.text), inner.style)
        return Strip(segments, line.cell_length)


def keeps(given: Given, question: QuestionView) -> bool:
    """Whether `given` repeats the answer the question holds (Enter on the pre-filled answer)."""
    if isinstance(given, str):
        return given.strip() in ("", question.current_text)
    if isinstance(given, bool):
        return (("ja",) if given else ("nee",)) == question.current_values
    return tuple(given) == question.current_values


def default_pick(question: QuestionView) -> tuple[str, ...]:
    """The value(s) a list starts on that stand for the default ("" answers them).

    That is the default itself, or an earlier answer that was an accepted default; an earlier
    answer of the user's own is never turned into a default.
    """
    if question.current_values:
        return question.current_values if question.current_is_default else ()
    return question.default_values


def placeholder(question: QuestionView) -> str:
    hint = msg.PLACEHOLDERS.get(question.kind, msg.PLACEHOLDERS["text"])
    if question.default_text is None:
        return hint
    return msg.PLACEHOLDER_WITH_DEFAULT.format(hint=hint, default=question.default_text)


class AnswerInput(Vertical):
    """The answer control for one question.

    Enter on what a list starts on, when that is the default (see `default_pick`) and the
    user has not moved or toggled anything, accepts the default: the same as Enter on an
    empty text field, so the answer keeps its source ("standaard", "richtwaarde"). Once the
    cursor has moved (even back to the default) or a box was toggled, the pick is the user's
    own answer. A text field holding an accepted default starts empty, its placeholder
    showing the default.
    """

    class Given(Message):
        """The user gave an answer (typed text, chosen value(s) or yes/no)."""

        def __init__(self, question_id: str, given: Given) -> None:
            super().__init__()
            self.question_id = question_id
            self.given = given

    class HelpRequested(Message):
        """The user typed "?"."""

    def __init__(
        self, question: QuestionView, validate: ValidateFn, *, hint: str | None = None
    ) -> None:
        """`hint` replaces the usual line below the control (e.g. after a warning)."""
        super().__init__()
        self.question = question
        self._validate = validate
        self._hint = hint
        self._toggled_any = False  # a box of the multi-select was toggled

    def compose(self) -> ComposeResult:
        question = self.question
        if question.kind in TYPED_KINDS:
            yield Input(
                value="" if question.current_is_default else one_line(question.current_text or ""),
                placeholder=one_line(placeholder(question)),
                validators=[FlowValidator(question.id, self._validate)],
                validate_on=["changed"],
                id="answer-text",
            )
            yield self._problem()
            if self._hint:
                yield PlainText(self._hint, classes="answer-hint")
        elif question.kind == "multichoice":
            chosen = set(question.current_values or question.default_values)
            yield ConfirmingSelectionList(
                *[(plain(one_line(c.label)), c.value, c.value in chosen) for c in question.choices],
                id="answer-multi",
            )
            yield self._problem()
            yield PlainText(self._hint or msg.MULTI_HINT, classes="answer-hint")
        else:
            options = [Option(plain(one_line(c.label)), id=c.value) for c in self._choices()]
            yield ChoiceList(*options, id="answer-list")
            yield PlainText(self._hint or msg.LIST_HINT, classes="answer-hint")

    @staticmethod
    def _problem() -> Static:
        problem = PlainText("", id="answer-problem")
        problem.display = False
        return problem

    def on_mount(self) -> None:
        if self.question.kind not in TYPED_KINDS and self.question.kind != "multichoice":
            options = self.query_one(OptionList)
            preferred = self.question.current_values or self.question.default_values
            values = [c.value for c in self._choices()]
            first = preferred[0] if preferred else None
            options.highlighted = values.index(first) if first in values else 0
        self.focus_control()

    def retarget(self, question: QuestionView) -> None:
        """Show `question` again with a changed default, keeping what was typed or picked."""
        self.question = question
        for field in self.query("#answer-text").results(Input):
            field.placeholder = one_line(placeholder(question))

    def focus_control(self) -> None:
        for control in self.query("Input, OptionList, SelectionList"):
            control.focus()
            return

    def _choices(self) -> list[ChoiceView]:
        if self.question.kind == "yesno":
            return [ChoiceView("ja", msg.YES), ChoiceView("nee", msg.NO)]
        return list(self.question.choices)

    @on(Input.Changed, "#answer-text")
    def _validated(self, event: Input.Changed) -> None:
        result = event.validation_result
        problem = "" if result is None or result.is_valid else result.failure_descriptions[0]
        self.show_problem(problem)

    def show_problem(self, problem: str) -> None:
        """Show (or with "" hide) a Dutch message right below a typed answer or multi-select."""
        for shown in self.query("#answer-problem").results(Static):
            shown.update(problem)
            shown.display = bool(problem)

    @on(Input.Submitted, "#answer-text")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip() == "?":
            event.input.clear()
            self.post_message(self.HelpRequested())
            return
        self.post_message(self.Given(self.question.id, event.value))

    @on(SelectionList.SelectionToggled, "#answer-multi")
    def _toggled(self) -> None:
        self._toggled_any = True
        self.show_problem("")

    @on(OptionList.OptionSelected, "#answer-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        value = event.option.id or ""
        moved = self.query_one(ChoiceList).moved
        if not moved and (value,) == default_pick(self.question):
            self.post_message(self.Given(self.question.id, ""))
        elif self.question.kind == "yesno":
            self.post_message(self.Given(self.question.id, value == "ja"))
        else:
            self.post_message(self.Given(self.question.id, (value,)))

    @on(ConfirmingSelectionList.Confirmed)
    def _confirmed(self, event: ConfirmingSelectionList.Confirmed) -> None:
        event.stop()
        if not event.values:
            self.show_problem(msg.NOTHING_CHOSEN)
            return
        pick = default_pick(self.question)
        if not self._toggled_any and pick and set(event.values) == set(pick):
            self.post_message(self.Given(self.question.id, ""))
            return
        self.post_message(self.Given(self.question.id, event.values))

    def clear_typed(self) -> None:
        for control in self.query(Input):
            control.clear()
