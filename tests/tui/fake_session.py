"""A tiny in-memory session, to test the screens without the flow engine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from crm_roi.figures.shown import value_text
from crm_roi.tui.session import MakePdf
from crm_roi.tui.view_models import (
    AdviceView,
    AnswerFeedback,
    CaseFigures,
    ChoiceView,
    FigureView,
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
    VersionDifference,
)

QUESTIONS = (
    QuestionView(
        "organisatie",
        "text",
        "Voor welke organisatie?",
        "De naam op het rapport.",
        "Uw organisatie",
        first_in_section=True,
    ),
    QuestionView(
        "aantal_gebruikers",
        "int",
        "Hoeveel gebruikers?",
        "Tel iedereen mee.",
        "Uw organisatie",
        default_text="10",
        default_source="aanname",
    ),
    QuestionView(
        "crm_pakket",
        "choice",
        "Welk pakket?",
        "Het pakket bepaalt de prijs.",
        "Uw organisatie",
        choices=(ChoiceView("pipedrive", "Pipedrive"), ChoiceView("zoho", "Zoho CRM")),
        default_text="Pipedrive",
        default_values=("pipedrive",),
    ),
    QuestionView(
        "licentie_per_gebruiker_per_maand",
        "euro",
        "Wat kost een licentie per maand?",
        "Kijk op de prijslijst.",
        "Kosten",
        first_in_section=True,
        default_text="€ 29",
        default_source="prijslijst Pipedrive, 2025",
    ),
    QuestionView(
        "koppelingen",
        "yesno",
        "Koppelingen nodig?",
        "",
        "Kosten",
        default_text="Nee",
        default_values=("nee",),
    ),
)
SECTIONS = ("Uw organisatie", "Kosten")


def _parse(question: QuestionView, given: Given) -> tuple[object, str] | str:
    """(value, formatted) or a Dutch message."""
    if isinstance(given, bool):
        return given, "Ja" if given else "Nee"
    if isinstance(given, tuple):
        labels = {c.value: c.label for c in question.choices}
        return given[0], labels[given[0]]
    if question.kind == "text":
        return (given, given) if given else "Vul een naam in."
    cleaned = given.replace("€", "").replace(".", "").strip()
    if not cleaned.isdigit():
        return "Vul een bedrag in, bijvoorbeeld 1.250."
    value = int(cleaned)
    return value, (f"€ {value}" if question.kind == "euro" else str(value))


class FakeSession:
    title = "CRM business case"
    intro = "Goedendag! Ik help u uitrekenen of een CRM zichzelf terugverdient."
    outro = "Dat waren alle vragen."

    def __init__(self, answers: dict[str, object] | None = None) -> None:
        self.answers: dict[str, object] = dict(answers or {})
        self.shown: dict[str, str] = {k: str(v) for k, v in self.answers.items()}
        self.saved_path: Path | None = None
        self.autosaves = 0
        self.pdf_path = Path("rapport.pdf")
        self.pdf_notices: tuple[str, ...] = ()
        self.accepted: set[str] = set()  # answered by taking the default ("")
        self._back_to: str | None = None
        self.details = ReportDetails()
        self.locked_by: LockView | None = None
        self.closed = False
        self.save_problem: str | None = None  # autosaves fail with this reason
        self.status = SaveStatus()
        self.versions: list[str] = []  # the report names of the recorded versions
        self.changes: VersionChanges | None = None  # what moved since the last version
        self.kept: list[tuple[str, int]] = []  # old values kept: question id, version
        self.since: VersionDifference | None = None

    def close(self) -> None:
        self.closed = True

    def _view(self, question: QuestionView) -> QuestionView:
        if (
            question.id == "licentie_per_gebruiker_per_maand"
            and self.answers.get("crm_pakket") == "zoho"
        ):
            question = replace(
                question, default_text="€ 14", default_source="prijslijst Zoho, 2025"
            )
        return replace(
            question,
            current_text=self.shown.get(question.id),
            current_is_default=question.id in self.accepted,
        )

    def current(self) -> QuestionView | None:
        if self._back_to is not None:
            return self.question(self._back_to)
        for question in QUESTIONS:
            if question.id not in self.answers:
                return self._view(question)
        return None

    def question(self, question_id: str) -> QuestionView:
        return self._view(next(q for q in QUESTIONS if q.id == question_id))

    def validate(self, question_id: str, text: str) -> str | None:
        parsed = _parse(self.question(question_id), text)
        return parsed if isinstance(parsed, str) else None

    def answer(self, question_id: str, given: Given) -> AnswerFeedback:
        question = self.question(question_id)
        accepted = given == "" and question.default_text is not None
        if accepted:
            given = question.default_text or ""
            if question.default_values:
                yesno = question.kind == "yesno"
                given = question.default_values == ("ja",) if yesno else question.default_values
        parsed = _parse(question, given)
        if isinstance(parsed, str):
            return AnswerFeedback(ok=False, message=parsed)
        (self.accepted.add if accepted else self.accepted.discard)(question_id)
        self.answers[question_id], self.shown[question_id] = parsed
        self._back_to = None
        warnings = ("Dat is veel gebruikers; klopt dat?",) if parsed[0] == 999 else ()
        return AnswerFeedback(ok=True, answer_text=parsed[1], warnings=warnings)

    def back(self) -> QuestionView | None:
        current = self.current()
        ids = [q.id for q in QUESTIONS]
        index = ids.index(current.id) if current else len(ids)
        if index == 0:
            return None
        self._back_to = ids[index - 1]
        return self.current()

    def progress(self) -> ProgressView:
        current = self.current()
        if current is None:
            return ProgressView("Klaar", 2, 2, 5, 5, complete=True)
        number = [q.id for q in QUESTIONS].index(current.id) + 1
        return ProgressView(current.section, SECTIONS.index(current.section) + 1, 2, number, 5)

    def figures(self) -> CaseFigures | None:
        users = self.answers.get("aantal_gebruikers")
        if not isinstance(users, int):
            return None
        price = self.answers.get("licentie_per_gebruiker_per_maand")
        assert price is None or isinstance(price, int)
        figures = fake_case_figures(users, price, complete=self.current() is None)
        return replace(figures, since=self.since)

    def overview(self) -> tuple[OverviewSection, ...]:
        return tuple(
            OverviewSection(
                section,
                tuple(
                    OverviewRow(
                        q.id,
                        q.text,
                        self.shown.get(q.id, q.default_text or "—"),
                        "user" if q.id in self.answers else "default",
                        asked=q.id in self.answers,
                    )
                    for q in QUESTIONS
                    if q.section == section
                ),
            )
            for section in SECTIONS
        )

    def transcript(self) -> tuple[TranscriptEntry, ...]:
        return tuple(
            TranscriptEntry(self._view(q), self.shown[q.id])
            for q in QUESTIONS
            if q.id in self.answers
        )

    def summary(self) -> SummaryView:
        figures = self.figures()
        assert figures is not None
        return SummaryView(
            figures,
            (figures.npv.value or 0) >= 0,
            (AdviceView("Opleiding", "Plan de training vóór de livegang."),),
        )

    def prepare_summary(self) -> Callable[[], SummaryView]:
        summary = self.summary()
        return lambda: summary

    def prepare_pdf(self, make_pdf: MakePdf, path: Path) -> Callable[[], MadeReport]:
        summary, notices = self.summary(), self.pdf_notices

        def write() -> MadeReport:
            make_pdf(summary, path)
            return MadeReport(path, notices, version=path.name)

        return write

    def record_version(self, made: MadeReport) -> RecordedVersion | None:
        if self.locked_by is not None or not isinstance(made.version, str):
            return None
        self.versions.append(made.version)
        return RecordedVersion(len(self.versions), made.version)

    def prepare_changes(self) -> Callable[[], VersionChanges] | None:
        changes = self.changes
        return None if changes is None else lambda: changes

    def keep_version_value(self, question_id: str, number: int) -> AnswerFeedback:
        self.kept.append((question_id, number))
        self.answers[question_id] = 25
        self.shown[question_id] = "€ 25"
        self.accepted.discard(question_id)
        return AnswerFeedback(ok=True, answer_text="€ 25")

    def report_details(self) -> ReportDetails:
        return self.details

    def report_detail_problem(self, field: str, text: str) -> str | None:
        if field == "accentkleur" and text and len(text) != 7:
            return "Geef een kleur als #RRGGBB."
        return None

    def set_report_details(self, details: ReportDetails) -> None:
        self.details = details

    def default_pdf_path(self) -> Path:
        return self.pdf_path

    def prepare_autosave(self) -> Callable[[], SaveStatus | None]:
        self.autosaves += 1
        problem = self.save_problem

        def write() -> SaveStatus:
            self.status = SaveStatus((problem,), safe=False) if problem else SaveStatus()
            return self.status

        return write

    def save_status(self) -> SaveStatus:
        return self.status

    def realisation(self) -> None:
        """No plan against actual without the domain."""
        return None

    def save_as(self, path: Path) -> Path:
        self.saved_path = path
        self.status = SaveStatus()
        return path


def _figure(
    figure_id: str,
    label: str,
    value: float,
    unit: str,
    formula: str,
    *inputs: str,
) -> FigureView:
    text = value_text(value, unit)  # type: ignore[arg-type]
    return FigureView(
        figure_id,
        label,
        value,
        text,
        formula.format(value=text),
        inputs,
        is_input=figure_id.startswith("invoer."),
    )


def fake_case_figures(users: int, price: int | None, *, complete: bool) -> CaseFigures:
    """Small but coherent figures: each rests on the figures and inputs its formula names."""
    licence = 29 if price is None else price
    investment = 1000.0 * users
    costs = licence * 12.0 * users
    benefit = 1200.0 * users - costs
    cumulative = tuple(-investment + benefit * month / 12 for month in range(37))
    users_f = _figure(
        "invoer.aantal_gebruikers", "Aantal gebruikers", users, "number", "eigen antwoord: {value}"
    )
    licence_f = _figure(
        "invoer.licentie_per_gebruiker_per_maand",
        "Licentie per gebruiker per maand",
        licence,
        "euro",
        "standaardwaarde: {value} (prijslijst Pipedrive, 2025)"
        if price is None
        else "eigen antwoord: {value}",
    )
    investment_f = _figure(
        "kosten.jaar_0",
        "Eenmalige kosten (investering)",
        investment,
        "euro",
        f"{users} gebruikers × € 1.000 = {{value}}",
        users_f.id,
    )
    costs_f = _figure(
        "kosten.jaar_1",
        "Kosten jaar 1",
        costs,
        "euro",
        f"{users} gebruikers × {licence_f.value_text} per maand × 12 maanden = {{value}}",
        users_f.id,
        licence_f.id,
    )
    benefit_f = _figure(
        "methode_b.baten_volledig",
        "Jaarlijkse baten bij volledig gebruik",
        benefit,
        "euro",
        f"{users} gebruikers × € 1.200 − {costs_f.value_text} = {{value}}",
        users_f.id,
        costs_f.id,
    )
    end_f = _figure(
        "cumulatief.jaar_3",
        "Cumulatieve kasstroom jaar 3",
        cumulative[-1],
        "euro",
        f"3 × {benefit_f.value_text} − {investment_f.value_text} = {{value}}",
        benefit_f.id,
        investment_f.id,
    )
    npv_f = _figure(
        "ncw",
        "Netto contante waarde (NCW)",
        cumulative[-1] * 0.8,
        "euro",
        f"{end_f.value_text} × 80% = {{value}}",
        end_f.id,
    )
    roi_f = _figure(
        "roi",
        "Rendement (ROI)",
        cumulative[-1] / investment,
        "fraction",
        f"{end_f.value_text} / {investment_f.value_text} = {{value}}",
        end_f.id,
        investment_f.id,
    )
    payback_f = _figure(
        "terugverdientijd",
        "Terugverdientijd",
        12.0 * investment / benefit,
        "months",
        f"12 × {investment_f.value_text} / {benefit_f.value_text} = {{value}}",
        investment_f.id,
        benefit_f.id,
    )
    return CaseFigures(
        investment=investment_f,
        yearly_costs=costs_f,
        yearly_benefit=benefit_f,
        npv=npv_f,
        roi=roi_f,
        payback=payback_f,
        horizon=3,
        cumulative_by_month=cumulative,
        trace=(users_f, licence_f, end_f),
        complete=complete,
    )
