"""The session on the real domain: flow engine, live business case, interview file, pipeline.

This is the only module of the app that talks to the flow engine and the business case; the
screens see the view models it returns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

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
from crm_roi.history.realisation_flow import with_go_live
from crm_roi.interview import Interview, InterviewError, autosave_path, save_interview
from crm_roi.interview.library import remember
from crm_roi.interview.migration import interview_with_engine
from crm_roi.interview.model import RealisedYear
from crm_roi.tui import messages as msg
from crm_roi.tui import version_texts, versions
from crm_roi.tui.evaluation_job import EvaluationJob
from crm_roi.tui.file_names import free_path, pdf_name
from crm_roi.tui.live_case import GOALS_ID, case_figures, costs_known, provisional_inputs
from crm_roi.tui.realisation_session import RealisationSession
from crm_roi.tui.report_details import (
    detail_problem,
    details_of,
    report_interview,
    with_details,
)
from crm_roi.tui.save_tracker import SaveTracker
from crm_roi.tui.session import MakePdf, SaveFailed
from crm_roi.tui.session_locks import SessionLocks
from crm_roi.tui.view_models import (
    AnswerFeedback,
    CaseFigures,
    ChoiceView,
    Given,
    LockView,
    MadeReport,
    OverviewRow,
    OverviewSection,
    ProgressView,
    QuestionView,
    RecordedVersion,
    ReportDetails,
    SaveStatus,
    SummaryView,
    TranscriptEntry,
    VersionChanges,
)


def _values(value: AnswerValue | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, bool):
        return ("ja",) if value else ("nee",)
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    return (str(value),)


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
        self._job: EvaluationJob | None = None  # of the current answers, once asked for
        self._saves = SaveTracker()
        self._locks = SessionLocks()
        self._locked_by: LockView | None = None

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
    def locked_by(self) -> LockView | None:
        return self._locked_by

    def lock(self) -> LockView | None:
        """Lock the autosave and the user's file; when another program holds one of them,
        this session becomes read-only and the holder is returned."""
        paths = [autosave_path(self._interview).resolve()]
        if self._saved_path is not None:  # first: the lock the user knows where to find
            paths.insert(0, self._saved_path.resolve())
        self._locked_by = self._locks.take(*paths)
        return self._locked_by

    def close(self) -> None:
        self._locks.release_all()

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
        if self._locked_by is not None:
            return AnswerFeedback(ok=False, message=msg.READ_ONLY)
        question = self._flow.question(question_id)
        return self._feedback(question, self._give(question, given))

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
        shown = case_figures(
            case,
            figures,
            open_goals=tuple(self._goal_label(goal) for goal in provisional.open_goals),
            open_inputs=provisional.zeroed,
            no_benefits_yet=provisional.no_benefits_yet,
            complete=self._engine.is_complete(),
        )
        last = versions.last_version(self._interview)
        since = None if last is None else version_texts.difference(shown, last)
        return dataclasses.replace(shown, since=since)

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

    def prepare_summary(self) -> Callable[[], SummaryView]:
        return self._evaluation_job().summary

    def prepare_pdf(self, make_pdf: MakePdf, path: Path) -> Callable[[], MadeReport]:
        job = self._evaluation_job()
        return versions.pdf_job(job, self._interview, self._benchmarks, make_pdf, path)

    def record_version(self, made: MadeReport) -> RecordedVersion | None:
        result = None if self._locked_by is not None else versions.recorded(self._interview, made)
        if result is None:
            return None
        self._interview, version = result
        self._job = None  # the next report compares with this version
        return version

    def prepare_changes(self) -> Callable[[], VersionChanges] | None:
        records = self._locked_by is None
        interview = self._interview_now()
        return versions.changes_job(interview, self._flow, self._benchmarks, records=records)

    def keep_version_value(self, question_id: str, number: int) -> AnswerFeedback:
        if self._locked_by is not None:
            return AnswerFeedback(ok=False, message=msg.READ_ONLY)
        value = versions.kept_value(self._interview, question_id, number)
        own = set(self._engine.answers) - self._engine.accepted_defaults
        if value is None or question_id in own or question_id not in self._flow:
            return AnswerFeedback(ok=False, message=msg.KEEP_NO_LONGER)
        question = self._flow.question(question_id)
        return self._feedback(question, self._engine.set_value(question_id, value))

    def report_details(self) -> ReportDetails:
        return details_of(self._interview.metadata)

    def report_detail_problem(self, field: str, text: str) -> str | None:
        return detail_problem(field, text, self._folder())

    def set_report_details(self, details: ReportDetails) -> None:
        metadata = with_details(self._interview.metadata, details)
        self._interview = self._interview.model_copy(update={"metadata": metadata})
        self._job = None

    def default_pdf_path(self) -> Path:
        if self._saved_path is not None:
            return free_path(self._saved_path.with_suffix(".pdf"))
        name = self._interview_now().client_name()
        return free_path((self._pdf_dir or Path.cwd()) / pdf_name(name))

    def prepare_autosave(self) -> Callable[[], SaveStatus | None]:
        if self._locked_by is not None:
            return lambda: None  # read-only: the other window saves
        self._interview = self._interview_now()
        version = self._saves.next_version()
        interview, own_file, saves = self._interview, self._saved_path, self._saves
        return lambda: saves.write(version, interview, autosave_path(interview), own_file)

    def save_status(self) -> SaveStatus:
        return self._saves.status()

    def save_as(self, path: Path) -> Path:
        if self._locked_by is not None:
            raise SaveFailed(msg.READ_ONLY)
        if "\0" in str(path):
            raise SaveFailed(str(InterviewError(msg.INVALID_FILE_NAME, path=path)))
        target = path.resolve()
        held_before = self._locks.holds(target)
        holder = self._locks.take(target)
        if holder is not None:
            raise SaveFailed(msg.SAVE_AS_LOCKED.format(holder=holder.holder))
        self._interview = self._interview_now()
        version = self._saves.next_version()
        try:
            save_interview(self._interview, path)
        except InterviewError as exc:
            if not held_before:
                self._locks.release(target)
            raise SaveFailed(str(exc)) from exc
        if self._saved_path is not None and self._saved_path.resolve() != target:
            self._locks.release(self._saved_path.resolve())
        self._saved_path = path
        remember(path)  # the welcome screen lists it (a registry problem loses nothing)
        self._saves.saved_by_hand(version)
        self._job = None  # a relative logo is now found beside the new file
        return path

    def realisation(self) -> RealisationSession:
        return RealisationSession(
            self._interview_now(),
            self._flow,
            self._benchmarks,
            self._store_realisation,
            complete=self._engine.is_complete(),
            read_only=self._locked_by is not None,
        )

    def _store_realisation(self, start: dt.date, realisatie: Mapping[int, RealisedYear]) -> None:
        self._interview = with_go_live(self._interview, start, realisatie)
        self._job = None

    # -- helpers ----------------------------------------------------------------------------

    def _feedback(self, question: Question, outcome: AnswerOutcome) -> AnswerFeedback:
        if not outcome.ok:
            return AnswerFeedback(ok=False, message=outcome.message or "")
        self._job = None
        shown = format_answer(question, outcome.value) if outcome.value is not None else ""
        return AnswerFeedback(ok=True, answer_text=shown, warnings=outcome.warnings)

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

    def _evaluation_job(self) -> EvaluationJob:
        """The evaluation of the answers as they are now, made on the UI thread."""
        if self._job is None:
            interview, notices = report_interview(self._interview_now(), self._folder())
            self._job = EvaluationJob(interview, self._flow, self._benchmarks, notices)
        return self._job

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
