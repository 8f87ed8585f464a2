"""The session on the real domain: flow engine, live business case, interview file, pipeline.

This is the only module of the app that talks to the flow engine and the business case; the
screens see the view models it returns.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_roi.advice import flow_labels
from crm_roi.benchmarks import BenchmarkError, Benchmarks
from crm_roi.business_case import InputError, compute_business_case
from crm_roi.figures import InputSource, build_figures
from crm_roi.flow import (
    AnswerOutcome,
    AskedQuestion,
    Engine,
    Flow,
    format_answer,
    parse_answer,
)
from crm_roi.flow.schema import AnswerValue, Question
from crm_roi.interview import (
    Interview,
    InterviewError,
    autosave_path,
    save_interview,
)
from crm_roi.interview.migration import interview_with_engine
from crm_roi.tui import messages as msg
from crm_roi.tui.live_case import GOALS_ID, case_figures, costs_known, provisional_inputs
from crm_roi.tui.report_details import detail_problem, details_of, logo_path, with_details
from crm_roi.tui.session import MakePdf, SaveFailed
from crm_roi.tui.view_models import (
    AdviceView,
    AnswerFeedback,
    CaseFigures,
    ChoiceView,
    Given,
    OverviewRow,
    OverviewSection,
    ProgressView,
    QuestionView,
    ReportDetails,
    SummaryView,
    TranscriptEntry,
)

if TYPE_CHECKING:
    from crm_roi.pipeline import Evaluation

TOP_ADVICE = 3


def _values(value: AnswerValue | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, bool):
        return ("ja",) if value else ("nee",)
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    return (str(value),)


def _advices(result: Any) -> Sequence[Any]:
    """The advices of an AdviceResult, most important first; none without advice rules."""
    return () if result is None else tuple(result.advices)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def free_path(path: Path) -> Path:
    """`path` itself, or "name (2).pdf", "name (3).pdf", ... when it exists: never overwrite."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
    return candidate


class InterviewSession:
    """One running interview (implements crm_roi.tui.session.Session)."""

    def __init__(
        self,
        flow: Flow,
        benchmarks: Benchmarks,
        engine: Engine,
        interview: Interview,
        *,
        saved_path: Path | None = None,
        pdf_dir: Path | None = None,
    ) -> None:
        self._flow = flow
        self._benchmarks = benchmarks
        self._engine = engine
        self._interview = interview
        self._saved_path = saved_path
        self._pdf_dir = pdf_dir
        self._evaluation: Evaluation | None = None
        self._report_notices: tuple[str, ...] = ()  # of the evaluation, e.g. a missing logo
        self._save_lock = threading.Lock()
        self._version = 0  # of the answers handed to a save
        self._written_version = 0  # of the answers on disk

    # -- Session protocol -----------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._flow.title

    @property
    def intro(self) -> str:
        return self._flow.intro

    @property
    def outro(self) -> str:
        return self._flow.outro

    @property
    def saved_path(self) -> Path | None:
        return self._saved_path

    @property
    def saved_interview(self) -> Interview:
        """The interview as it was opened or last saved (its `updated` time unchanged)."""
        return self._interview

    def current(self) -> QuestionView | None:
        asked = self._engine.current()
        return None if asked is None else self._asked_view(asked)

    def question(self, question_id: str) -> QuestionView:
        asked = self._engine.current()
        if asked is not None and asked.question.id == question_id:
            return self._asked_view(asked)
        question = self._flow.question(question_id)
        default, source = self._engine.default_of(question_id)
        return self._view(
            question,
            section=self._flow.section_of(question_id).title,
            first_in_section=False,
            default=default,
            default_text=None if default is None else format_answer(question, default),
            default_source=None if source is None else source.text,
            current=self._engine.answers.get(question_id),
            current_is_default=question_id in self._engine.accepted_defaults,
        )

    def validate(self, question_id: str, text: str) -> str | None:
        parsed = parse_answer(self._flow.question(question_id), text)
        return None if parsed.ok else parsed.message

    def answer(self, question_id: str, given: Given) -> AnswerFeedback:
        question = self._flow.question(question_id)
        outcome = self._give(question, given)
        if not outcome.ok:
            return AnswerFeedback(ok=False, message=outcome.message or "")
        self._evaluation = None
        shown = format_answer(question, outcome.value) if outcome.value is not None else ""
        return AnswerFeedback(ok=True, answer_text=shown, warnings=outcome.warnings)

    def back(self) -> QuestionView | None:
        asked = self._engine.back()
        return None if asked is None else self._asked_view(asked)

    def progress(self) -> ProgressView:
        progress = self._engine.progress()
        return ProgressView(
            section=progress.section_title,
            section_number=progress.section_index + 1,
            section_count=progress.section_count,
            question_number=progress.question_number,
            # an estimate, never below the question being asked
            question_total=max(progress.total, progress.question_number),
            complete=self._engine.is_complete(),
        )

    def figures(self) -> CaseFigures | None:
        if not costs_known(self._engine.answers, self._flow):
            return None
        provisional = provisional_inputs(self._inputs())
        try:
            case = compute_business_case(provisional.inputs, self._benchmarks, uncertainty=False)
        except (InputError, BenchmarkError):
            return None
        sources = {
            key: InputSource(answer.source, answer.source_text or "")
            for key, answer in self._engine.resolved().items()
        }
        figures = build_figures(case, labels=flow_labels(self._flow), sources=sources)
        return case_figures(
            case,
            figures,
            open_goals=tuple(self._goal_label(goal) for goal in provisional.open_goals),
            open_inputs=provisional.zeroed,
            no_benefits_yet=provisional.no_benefits_yet,
            complete=self._engine.is_complete(),
        )

    def overview(self) -> tuple[OverviewSection, ...]:
        resolved = self._engine.resolved()
        relevant = {question.id for question in self._engine.relevant_questions()}
        given = self._engine.answers  # the user's own answers and accepted defaults
        sections = []
        for section in self._flow.sections:
            rows = []
            for question in section.questions:
                if question.id not in relevant:
                    continue
                answer = resolved.get(question.id)
                rows.append(
                    OverviewRow(
                        question_id=question.id,
                        label=question.label or question.text,
                        answer_text=(format_answer(question, answer.value) if answer else "—"),
                        source=answer.source if answer else "open",
                        asked=question.id in given,
                    )
                )
            if rows:
                sections.append(OverviewSection(section.title, tuple(rows)))
        return tuple(sections)

    def transcript(self) -> tuple[TranscriptEntry, ...]:
        answers = self._engine.answers
        entries = []
        last_section: str | None = None
        for question in self._engine.relevant_questions():
            if question.id not in answers:
                continue
            section = self._flow.section_of(question.id).title
            view = self._view(
                question,
                section=section,
                first_in_section=section != last_section,
                default=None,
                default_text=None,
                default_source=None,
                current=None,
            )
            last_section = section
            entries.append(TranscriptEntry(view, format_answer(question, answers[question.id])))
        return tuple(entries)

    def summary(self) -> SummaryView:
        evaluation = self._evaluate()
        figures = case_figures(evaluation.case, evaluation.figures)
        advice = tuple(
            AdviceView(title=str(item.title), text=str(item.text))
            for item in _advices(evaluation.advice)[:TOP_ADVICE]
        )
        positive = figures.npv.value is not None and figures.npv.value >= 0
        return SummaryView(figures=figures, positive=positive, advice=advice)

    def write_pdf(self, make_pdf: MakePdf, path: Path) -> tuple[str, ...]:
        evaluation = self._evaluate()
        make_pdf(evaluation, path)
        return self._report_notices

    def report_details(self) -> ReportDetails:
        return details_of(self._interview.metadata)

    def report_detail_problem(self, field: str, text: str) -> str | None:
        return detail_problem(field, text, self._folder())

    def set_report_details(self, details: ReportDetails) -> None:
        metadata = with_details(self._interview.metadata, details)
        self._interview = self._interview.model_copy(update={"metadata": metadata})
        self._evaluation = None

    def default_pdf_path(self) -> Path:
        if self._saved_path is not None:
            return free_path(self._saved_path.with_suffix(".pdf"))
        name = self._interview_now().client_name()
        stem = "business-case" + (f"-{_slug(name)}" if name and _slug(name) else "")
        return free_path((self._pdf_dir or Path.cwd()) / f"{stem}.pdf")

    def prepare_autosave(self) -> Callable[[], Path]:
        self._interview = self._interview_now()
        self._version += 1
        interview, version, own_file = self._interview, self._version, self._saved_path

        def write() -> Path:
            with self._save_lock:
                path = autosave_path(interview)
                if version < self._written_version:
                    return path  # a newer state is already on disk
                try:
                    save_interview(interview, path)
                    if own_file is not None:
                        save_interview(interview, own_file)
                except InterviewError as exc:
                    raise SaveFailed(str(exc)) from exc
                self._written_version = version
                return path

        return write

    def save_as(self, path: Path) -> Path:
        self._interview = self._interview_now()
        with self._save_lock:
            try:
                self._saved_path = save_interview(self._interview, path)
            except InterviewError as exc:
                raise SaveFailed(str(exc)) from exc
        return self._saved_path

    # -- helpers ----------------------------------------------------------------------------

    def _give(self, question: Question, given: Given) -> AnswerOutcome:
        asked = self._engine.current()
        is_current = asked is not None and asked.question.id == question.id
        if isinstance(given, str):
            if is_current:
                return self._engine.answer(given)
            return self._engine.answer_question(question.id, given)
        value: AnswerValue
        if isinstance(given, bool):
            value = given
        elif question.type == "multichoice":
            value = list(given)
        else:
            value = given[0] if given else ""
        return self._engine.set_value(question.id, value)

    def _inputs(self) -> dict[str, Any]:
        inputs: dict[str, Any] = dict(self._engine.inputs())
        if self._interview.eigen_posten:
            inputs["eigen_posten"] = [post.model_dump() for post in self._interview.eigen_posten]
        return inputs

    def _goal_label(self, goal: str) -> str:
        if GOALS_ID not in self._flow:
            return goal
        labels = {c.value: c.label for c in self._flow.question(GOALS_ID).choices}
        return labels.get(goal, goal)

    def _interview_now(self) -> Interview:
        return interview_with_engine(self._interview, self._engine)

    def _evaluate(self) -> Evaluation:
        if self._evaluation is None:
            from crm_roi.pipeline import evaluate

            interview, self._report_notices = self._report_interview()
            self._evaluation = evaluate(interview, flow=self._flow, benchmarks=self._benchmarks)
        return self._evaluation

    def _report_interview(self) -> tuple[Interview, tuple[str, ...]]:
        """The interview for the report, its logo found beside the interview file.

        The metadata's logo is relative to the user's interview file (the current folder
        when there is none, e.g. a new interview); it is handed on as an absolute path. A
        logo that is not there is left out, with a notice: a report without logo beats none.
        """
        interview = self._interview_now()
        logo = interview.metadata.logo
        if not logo:
            return interview, ()
        found = logo_path(logo, self._folder())
        notices: tuple[str, ...] = ()
        if found is None or not found.is_file():
            notices = (msg.LOGO_MISSING.format(logo=logo),)
        metadata = interview.metadata.model_copy(
            update={"logo": str(found) if not notices else None}
        )
        return interview.model_copy(update={"metadata": metadata}), notices

    def _folder(self) -> Path:
        """Where a relative logo is: beside the user's file, else the current folder."""
        return self._saved_path.parent if self._saved_path is not None else Path.cwd()

    def _asked_view(self, asked: AskedQuestion) -> QuestionView:
        return self._view(
            asked.question,
            section=asked.section.title,
            section_intro=asked.section.intro,
            first_in_section=asked.first_in_section,
            default=asked.default,
            default_text=asked.default_text,
            default_source=asked.default_source.text if asked.default_source else None,
            current=asked.current_answer,
            current_is_default=asked.question.id in self._engine.accepted_defaults,
        )

    def _view(
        self,
        question: Question,
        *,
        section: str,
        section_intro: str | None = None,
        first_in_section: bool,
        default: AnswerValue | None,
        default_text: str | None,
        default_source: str | None,
        current: AnswerValue | None,
        current_is_default: bool = False,
    ) -> QuestionView:
        return QuestionView(
            id=question.id,
            kind=question.type,
            text=question.text,
            help=question.help,
            section=section,
            section_intro=section_intro,
            first_in_section=first_in_section,
            choices=tuple(ChoiceView(c.value, c.label) for c in question.choices),
            default_text=default_text,
            default_source=default_source,
            default_values=_values(default),
            current_text=None if current is None else format_answer(question, current),
            current_values=_values(current),
            current_is_default=current is not None and current_is_default,
        )
