"""Plan against actual in the app: the nacalculatie conversation on the domain.

The counterpart of ``interview_session.py`` for the nacalculatie screen, and like it the
screen's only way to the domain: the go-live date, the completed years, the engine of
``question_flows/nacalculatie.yaml`` with the plan's figures of the chosen year
(`crm_roi.history.realisation_flow`), and plan against actual of what was stored. The
screen sees view models. The interview session hands one out (`Session.realisation`) and
stores what it returns (`store`), then saves as it always does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from crm_roi import formatting
from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import BusinessCase
from crm_roi.errors import UserError
from crm_roi.flow import AskedQuestion, Engine, Flow, format_answer, load_flow, parse_answer
from crm_roi.flow.schema import AnswerValue, Question, Section
from crm_roi.history.actuals import plan_case
from crm_roi.history.realisation_flow import (
    FLOW_ID,
    completed_years,
    given_values,
    kept_with,
    open_years,
    realised_year,
    stored_answers,
    with_go_live,
    with_realisation,
    year_end,
)
from crm_roi.interview import Interview
from crm_roi.interview.model import RealisedYear
from crm_roi.locations import bundled_flow_path
from crm_roi.pipeline import Evaluation, evaluate
from crm_roi.tui import messages as msg
from crm_roi.tui.go_live import go_live_problem, read_go_live
from crm_roi.tui.realisation_result import RealisationResult, realisation_result
from crm_roi.tui.view_models import AnswerFeedback, ChoiceView, Given, QuestionView

GO_LIVE_ID = "startdatum"
YEAR_ID = "jaar"
STOP = "klaar"

# Takes the go-live date and the realisation of every year into the running interview.
StoreRealisation = Callable[[dt.date, Mapping[int, RealisedYear]], None]


class RealisationSession:
    """One visit to the nacalculatie screen: a go-live date, then one year at a time."""

    def __init__(
        self,
        interview: Interview,
        flow: Flow,
        benchmarks: Benchmarks,
        store: StoreRealisation,
        *,
        complete: bool,
        read_only: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        """`interview` as it is now; `complete`: every question of it is answered."""
        self._interview = interview
        self._flow = flow
        self._benchmarks = benchmarks
        self._store = store
        self._complete = complete
        self._read_only = read_only
        self._today = today
        self._start = interview.metadata.startdatum
        self._evaluation: Evaluation | None = None
        self._plan: BusinessCase | None = None
        self._realisation_flow: Flow | None = None
        self._engine: Engine | None = None
        self._year: int | None = None
        self._year_default = STOP

    # -- before the questions -------------------------------------------------------------

    def problem(self) -> str | None:
        """Why plan against actual cannot be entered now (Dutch), or None."""
        if self._read_only:
            return msg.REALISATION_READ_ONLY
        if not self._complete:
            return msg.REALISATION_NOT_COMPLETE
        try:
            self._plan_case()
        except UserError as exc:
            return msg.REALISATION_FAILED.format(reason=exc)
        return None

    def offer(self) -> str | None:
        """The chat's invitation after go-live, while a completed year has no realisation."""
        start = self._start
        if start is None or start > self._today() or self.problem() is not None:
            return None
        years = open_years(self._interview, self._today(), self._horizon())
        if not years:
            return None
        names = [
            msg.REALISATION_YEAR_ZERO if year == 0 else msg.REALISATION_YEAR.format(year=year)
            for year in years
        ]
        listed = msg.REALISATION_AND.join(
            [", ".join(names[:-1]), names[-1]] if names[1:] else names
        )
        return msg.REALISATION_OFFER.format(date=formatting.date(start), years=listed)

    @property
    def start(self) -> dt.date | None:
        """The go-live date: from the interview, or as typed in this visit."""
        return self._start

    def go_live_question(self) -> QuestionView:
        return QuestionView(
            id=GO_LIVE_ID,
            kind="text",
            text=msg.GO_LIVE_QUESTION,
            help=msg.GO_LIVE_HELP,
            section=msg.GO_LIVE_SECTION,
        )

    def set_start(self, text: str) -> AnswerFeedback:
        """Store the go-live date as typed (saved with the next autosave); refused with a
        Dutch message when it is no date."""
        found = read_go_live(text, self._today())
        if isinstance(found, str):
            return AnswerFeedback(ok=False, message=found)
        self._start = found
        self._interview = with_go_live(self._interview, found)
        self._store(found, self._interview.realisatie)
        return AnswerFeedback(ok=True, answer_text=formatting.date(found))

    def year_question(self, *, after_storing: bool = False) -> QuestionView:
        """Which completed year to enter: the first without realisation by default (after
        storing the last of them: done)."""
        start = self._start
        assert start is not None
        years = completed_years(start, self._today(), self._horizon())
        choices = [ChoiceView(str(year), self._year_label(start, year)) for year in years]
        choices.append(ChoiceView(STOP, msg.YEAR_STOP))
        todo = [year for year in years if year not in self._interview.realisatie]
        last = STOP if after_storing or not years else str(years[-1])
        default = self._year_default = str(todo[0]) if todo else last
        label = next(choice.label for choice in choices if choice.value == default)
        return QuestionView(
            id=YEAR_ID,
            kind="choice",
            text=msg.YEAR_QUESTION,
            help=msg.YEAR_HELP,
            section=msg.YEAR_SECTION,
            choices=tuple(choices),
            default_text=label,
            default_values=(default,),
        )

    def _year_label(self, start: dt.date, year: int) -> str:
        if year == 0:
            label = msg.YEAR_ZERO_CHOICE.format(date=formatting.date(start))
        else:
            label = msg.YEAR_CHOICE.format(
                year=year,
                start=formatting.date(year_end(start, year - 1)),
                end=formatting.date(year_end(start, year)),
            )
        return msg.YEAR_DONE.format(choice=label) if year in self._interview.realisatie else label

    def choose_year(self, given: Given) -> int | None:
        """Start the questions of the chosen year ("" takes the default); None: done."""
        value = given if isinstance(given, str) else ""
        if isinstance(given, tuple) and given:
            value = given[0]
        if value == "":  # the default of the year question as it was asked
            value = self._year_default
        if value == STOP:
            self._engine = self._year = None
            return None
        year = int(value)
        plan = self._plan_case()
        self._engine = Engine(self._questions(), self._benchmarks, given=given_values(plan, year))
        self._year = year
        return year

    # -- the questions of one year --------------------------------------------------------

    @property
    def year(self) -> int | None:
        return self._year

    def has_realisation(self, year: int) -> bool:
        """Whether `year` was stored before (in the file, or earlier in this visit)."""
        return year in self._interview.realisatie

    @property
    def intro(self) -> str:
        return self._questions().intro

    @property
    def outro(self) -> str:
        return self._questions().outro

    def current(self) -> QuestionView | None:
        """The question to ask now; None when the year is complete."""
        asked = self._running().current()
        return None if asked is None else self._view(asked)

    def validate(self, question_id: str, text: str) -> str | None:
        """Live validation: the go-live date, or an answer of the nacalculatie flow."""
        if question_id == GO_LIVE_ID:
            return go_live_problem(text, self._today())
        engine = self._engine
        if engine is None or question_id not in engine.flow:
            return None
        parsed = parse_answer(engine.flow.question(question_id), text)
        return None if parsed.ok else parsed.message

    def answer(self, question_id: str, given: Given) -> AnswerFeedback:
        """Answer a question of the year; "" keeps the plan's figure (not measured)."""
        engine = self._running()
        question = engine.flow.question(question_id)
        text = given if isinstance(given, str) else ""
        current = engine.current()
        if current is not None and current.question.id == question_id:
            outcome = engine.answer(text)
        else:
            outcome = engine.answer_question(question_id, text)
        if not outcome.ok or outcome.value is None:
            return AnswerFeedback(ok=False, message=outcome.message or "")
        shown = format_answer(question, outcome.value)
        if question_id in engine.accepted_defaults:
            shown = msg.REALISATION_KEPT_PLAN.format(answer=shown)
        return AnswerFeedback(ok=True, answer_text=shown, warnings=outcome.warnings)

    def question(self, question_id: str) -> QuestionView:
        """Any relevant question of the year with its current answer (to hold a warned one)."""
        engine = self._running()
        question = engine.flow.question(question_id)
        default, source = engine.default_of(question_id)
        current = engine.answers.get(question_id)
        return self._question_view(
            question,
            section=engine.flow.section_of(question_id),
            first_in_section=False,
            default=default,
            source=None if source is None else source.text,
            current=current,
        )

    def back(self) -> QuestionView | None:
        asked = self._running().back()
        return None if asked is None else self._view(asked)

    def progress(self) -> tuple[int, int]:
        """(the number of the question asked now, the number of questions) of this year."""
        progress = self._running().progress()
        return progress.question_number, max(progress.total, progress.question_number)

    def finish(self) -> None:
        """Store the year's realisation in the interview (saved with the next autosave)."""
        engine, year, start = self._running(), self._year, self._start
        assert year is not None and start is not None
        asked = [question.id for question in engine.relevant_questions()]
        answers = {qid: value for qid, value in engine.answers.items() if qid in asked}
        entered = realised_year(answers, engine.accepted_defaults)
        realised = kept_with(self._interview.realisatie.get(year), entered, asked)
        self._interview = with_realisation(self._interview, start, year, realised)
        self._store(start, self._interview.realisatie)

    def prepare_result(self) -> Callable[[], RealisationResult]:
        """Freeze the interview now; the returned function (for a worker thread) computes
        plan against actual of the stored year. It raises the domain's errors (Dutch)."""
        interview, flow, benchmarks, year = (
            self._interview,
            self._flow,
            self._benchmarks,
            self._year,
        )
        assert year is not None

        def compute() -> RealisationResult:
            from crm_roi.history import compute_actuals

            evaluation = evaluate(interview, flow=flow, benchmarks=benchmarks, uncertainty=False)
            actuals = compute_actuals(evaluation, benchmarks)
            assert actuals is not None  # the year was just stored
            return realisation_result(actuals, year, flow)

        return compute

    # -- helpers ----------------------------------------------------------------------------

    def _running(self) -> Engine:
        assert self._engine is not None, "choose_year first"
        return self._engine

    def _questions(self) -> Flow:
        """The nacalculatie flow (FlowError when the bundled file is broken)."""
        if self._realisation_flow is None:
            path = bundled_flow_path(FLOW_ID)
            assert path is not None
            self._realisation_flow = load_flow(path, self._benchmarks)
        return self._realisation_flow

    def _plan_case(self) -> BusinessCase:
        """The plan the realisation is held against (UserError when it cannot be computed)."""
        if self._plan is None:
            self._evaluation = evaluate(
                self._interview, flow=self._flow, benchmarks=self._benchmarks, uncertainty=False
            )
            self._plan = plan_case(self._evaluation, self._benchmarks)
        return self._plan

    def _horizon(self) -> int:
        plan = self._plan_case()
        assert self._evaluation is not None
        return min(plan.horizon, self._evaluation.case.horizon)

    def _view(self, asked: AskedQuestion) -> QuestionView:
        """A question of the year; an answer stored earlier is shown as the current one."""
        current: AnswerValue | None = asked.current_answer
        if current is None:
            stored = stored_answers(self._interview.realisatie.get(self._year or 0))
            current = stored.get(asked.question.id)
        return self._question_view(
            asked.question,
            section=asked.section,
            first_in_section=asked.first_in_section,
            default=asked.default,
            source=asked.default_source.text if asked.default_source else None,
            current=current,
        )

    def _question_view(
        self,
        question: Question,
        *,
        section: Section,
        first_in_section: bool,
        default: AnswerValue | None,
        source: str | None,
        current: AnswerValue | None,
    ) -> QuestionView:
        accepted = question.id in self._running().accepted_defaults
        return QuestionView(
            id=question.id,
            kind=question.type,
            text=question.text,
            help=question.help,
            section=section.title,
            section_intro=section.intro,
            first_in_section=first_in_section,
            default_text=None if default is None else format_answer(question, default),
            default_source=source,
            current_text=None if current is None else format_answer(question, current),
            current_is_default=current is not None and accepted,
        )
