"""What the screens show, as plain frozen values: the app's side of the domain boundary.

The session (``session.py``) turns the flow engine and the business case into these; the
widgets only read them, so they can be tested and snapshotted without the domain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

QuestionKind = Literal["text", "int", "euro", "percent", "hours", "choice", "multichoice", "yesno"]
AnswerSource = Literal["user", "default", "benchmark", "open"]
# What the user gave: typed text, or the value(s) picked from a list, or yes/no.
Given = str | tuple[str, ...] | bool


@dataclass(frozen=True)
class ChoiceView:
    value: str
    label: str


@dataclass(frozen=True)
class ReportDetails:
    """The consultant's house style on the report's cover; empty text means not set."""

    adviseur: str = ""
    adviesbureau: str = ""
    logo: str = ""  # path to a PNG or SVG, relative to the interview file's folder
    accentkleur: str = ""  # "#RRGGBB"


@dataclass(frozen=True)
class QuestionView:
    """One question as the adviser asks it."""

    id: str
    kind: QuestionKind
    text: str
    help: str
    section: str
    section_intro: str | None = None  # said once, when the section starts
    first_in_section: bool = False
    choices: tuple[ChoiceView, ...] = ()
    default_text: str | None = None  # formatted Dutch, e.g. "€ 29"
    default_source: str | None = None  # e.g. "prijslijst Pipedrive, 2025"
    default_values: tuple[str, ...] = ()  # for lists: the value(s) selected by default
    current_text: str | None = None  # the earlier answer, formatted, when asked again
    current_values: tuple[str, ...] = ()
    current_is_default: bool = False  # the earlier answer is an accepted default


@dataclass(frozen=True)
class AnswerFeedback:
    """The engine's verdict on one answer, in Dutch."""

    ok: bool
    answer_text: str = ""  # the answer as the chat shows it
    message: str = ""  # why it was refused
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgressView:
    section: str
    section_number: int
    section_count: int
    question_number: int
    question_total: int
    complete: bool = False


@dataclass(frozen=True)
class FigureView:
    """One figure as the app shows it, taken from the domain's figure as it is.

    `value_text` is formatted once, when the view is made, so every place that shows the
    figure (panel, summary, trace) shows the same text.
    """

    id: str
    label: str  # Dutch, the domain's
    value: float | None
    value_text: str
    formula: str  # Dutch, with the numbers filled in; for an input: where its value came from
    inputs: tuple[str, ...] = ()  # ids of the figures it rests on (inputs: "invoer.<id>")
    is_input: bool = False  # an answer or a default, not computed
    open_input: bool = False  # a benefit driver still unanswered: counts as 0 for now
    provisional: bool = False  # rests on an open benefit driver (or on benefits not yet given)


@dataclass(frozen=True)
class VersionDifference:
    """The live figures against the results the last version recorded (Dutch, signed:
    "+ € 3.609", "− € 1.200", "gelijk"); None where one of the two has no value."""

    number: int
    npv: str
    roi: str | None = None  # in percentage points
    payback: str | None = None  # "2,5 maanden eerder"


@dataclass(frozen=True)
class CaseFigures:
    """The key figures of the live business case (defaults for the unanswered rest).

    While benefit drivers are still open the figures are provisional: those drivers count as 0.
    `trace` holds every figure the key figures rest on, for "Hoe is dit berekend?".
    """

    investment: FigureView  # risk-adjusted initial costs, year 0
    yearly_costs: FigureView  # risk-adjusted recurring costs, year 1
    yearly_benefit: FigureView  # risk-adjusted benefit at full adoption
    npv: FigureView
    roi: FigureView  # "–" when there are no costs
    payback: FigureView
    horizon: int
    cumulative_by_month: tuple[float, ...]  # cumulative undiscounted cash flow, month 0..12N
    trace: tuple[FigureView, ...] = ()
    open_goals: tuple[str, ...] = ()  # labels of the chosen goals whose benefits are still open
    no_benefits_yet: bool = False  # no goals (or global amount) given yet: costs only
    complete: bool = True  # every question answered
    since: VersionDifference | None = None  # against the last recorded version

    @property
    def provisional(self) -> bool:
        return self.no_benefits_yet or bool(self.open_goals)

    @property
    def key(self) -> tuple[FigureView, ...]:
        """The key figures in the panel's order."""
        return (
            self.investment,
            self.yearly_costs,
            self.yearly_benefit,
            self.npv,
            self.roi,
            self.payback,
        )

    def figure(self, figure_id: str) -> FigureView | None:
        """A key figure or a figure one of them rests on; None when it is not traced."""
        return self._by_id.get(figure_id)

    @cached_property
    def _by_id(self) -> dict[str, FigureView]:
        return {figure.id: figure for figure in (*self.key, *self.trace)}


@dataclass(frozen=True)
class OverviewRow:
    question_id: str
    label: str
    answer_text: str
    source: AnswerSource
    asked: bool = True  # False: not reached yet, `answer_text` is only the default


@dataclass(frozen=True)
class OverviewSection:
    title: str
    rows: tuple[OverviewRow, ...]


@dataclass(frozen=True)
class TranscriptEntry:
    """An answered question, for showing the conversation so far."""

    question: QuestionView
    answer_text: str


@dataclass(frozen=True)
class AdviceView:
    title: str
    text: str


@dataclass(frozen=True)
class SummaryView:
    figures: CaseFigures
    positive: bool  # NPV >= 0
    advice: tuple[AdviceView, ...] = field(default=())


@dataclass(frozen=True)
class LibraryEntryView:
    """A saved interview on the welcome screen; texts formatted in Dutch."""

    path: Path
    organisation: str  # "" when the file does not say
    changed: str  # Dutch date of the last change
    status: str  # Dutch: afgerond, onderbroken, onleesbaar, ...
    versions: int = 0
    npv: str = ""  # "€ 40.834"; "" when there is none yet
    npv_of_version: bool = False  # the last version's; False: of the answers as they are
    advice: str = ""  # the last version's, Dutch ("doorgaan onder voorwaarden"); "" if none
    finished: bool = False
    problem: str = ""  # Dutch: why the file cannot be opened
    autosave: bool = False


@dataclass(frozen=True)
class LibraryView:
    """What the app offers on start: the saved interviews, the most recently changed first."""

    entries: tuple[LibraryEntryView, ...] = ()
    notices: tuple[str, ...] = ()  # Dutch: which damaged autosave went where, and the like
    more: bool = False  # there are more than the list shows (the oldest are left out)


@dataclass(frozen=True)
class LockView:
    """Who has this interview open elsewhere; this window then only shows it."""

    holder: str  # Dutch: "anna op laptop-anna (proces 4242, sinds 3 maart 2026 14:05)"
    lock_file: Path


@dataclass(frozen=True)
class SaveStatus:
    """How the newest save went."""

    problems: tuple[str, ...] = ()  # Dutch: each place that could not be written, and why
    safe: bool = True  # the newest answers are on disk somewhere (own file or autosave)
    saved_to: Path | None = None  # where they are, when another place failed


@dataclass(frozen=True)
class MadeReport:
    """A PDF a worker wrote: notices for the chat and the version it records.

    `version` is the session's own record of what the report was made from; the screens
    only hand it back (`Session.record_version`).
    """

    path: Path
    notices: tuple[str, ...] = ()
    version: object | None = None


@dataclass(frozen=True)
class RecordedVersion:
    number: int
    report: str  # the PDF's file name


@dataclass(frozen=True)
class MovedDefault:
    """An accepted default whose value moved since the last version (DOMAIN §9)."""

    question_id: str
    label: str  # as it reads inside a sentence
    sentence: str  # Dutch: "De standaardwaarde van ... is sinds 12 maart 2026 gestegen ..."
    before_text: str
    after_text: str


@dataclass(frozen=True)
class VersionChanges:
    """What moved since the last version, for the chat; the moved defaults to offer."""

    number: int  # the version compared with
    lines: tuple[str, ...]  # Dutch: the heading, one line per change, what a report does
    moved_defaults: tuple[MovedDefault, ...] = ()
