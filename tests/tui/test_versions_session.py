"""What the session says moved since the last version, and the texts of the difference."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from crm_roi.history import version_of
from crm_roi.interview import read_interview, save_interview
from crm_roi.interview.model import Version, VersionInput, VersionResults
from crm_roi.pipeline import evaluate
from crm_roi.tui import messages as msg
from crm_roi.tui.opening import open_session
from crm_roi.tui.version_texts import difference, npv_change_text
from crm_roi.tui.view_models import VersionDifference
from crm_roi.tui.widgets.case_panel import since_text, strip_text

from .fake_session import fake_case_figures
from .versions_fixture import LICENCE, SPRING, accepted_licence, with_spring_version

IMPLEMENTATION = "implementatiekosten"
MINUS = "\u2212"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))


def test_a_moved_benchmark_is_named_with_its_date_and_source_now(tmp_path: Path) -> None:
    path = with_spring_version(accepted_licence(tmp_path))
    job = open_session(path).prepare_changes()
    assert job is not None
    changes = job()
    [moved] = changes.moved_defaults
    assert moved.question_id == LICENCE
    assert moved.sentence.startswith(
        "De standaardwaarde van licentie per gebruiker per maand is sinds 12 maart 2026 "
        "gestegen van €\xa025 naar €\xa029. Bron nu: prijslijst Pipedrive"
    )
    assert changes.lines[-1] == msg.SINCE_NEXT_REPORT.format(next=2, number=1)


def test_an_interview_without_versions_has_nothing_to_compare(tmp_path: Path) -> None:
    assert open_session(accepted_licence(tmp_path)).prepare_changes() is None


def test_a_default_that_moved_by_the_users_own_edit_says_so(tmp_path: Path) -> None:
    """Ten users last spring, twelve now: the implementation default (a multiple of the
    licences) moved because of that answer, not because of a benchmark."""
    path = accepted_licence(tmp_path)
    interview = read_interview(path).interview
    answers = {k: v for k, v in interview.answers.items() if k != IMPLEMENTATION}
    interview = interview.with_answers(answers, (LICENCE, IMPLEMENTATION))
    then = evaluate(interview, overrides={"aantal_gebruikers": 10}, uncertainty=False)
    version = version_of(then, number=1, benchmarks_version="2026.03", report=None, when=SPRING)
    save_interview(interview.with_version(version), path)
    changes = open_session(path).prepare_changes()()  # type: ignore[misc]
    own_edit = "Uw antwoord bij aantal gebruikers is gestegen van 10 gebruikers naar 12 gebruikers."
    assert changes.lines[1] == msg.SINCE_ITEM.format(text=own_edit)
    [moved] = changes.moved_defaults
    assert moved.question_id == IMPLEMENTATION
    assert moved.sentence.startswith(
        "Door uw eigen wijzigingen is de standaardwaarde van implementatie (extern) sinds "
        "12 maart 2026 gestegen van €\xa03.480 naar €\xa04.176."
    )


def test_questions_a_newer_flow_added_or_dropped_are_named(tmp_path: Path) -> None:
    path = accepted_licence(tmp_path)
    interview = read_interview(path).interview
    then = evaluate(interview, uncertainty=False)
    version = version_of(then, number=1, benchmarks_version="2026.03", report=None, when=SPRING)
    invoer = {k: v for k, v in version.invoer.items() if k != "geavanceerd"}
    invoer["oude_vraag"] = VersionInput(waarde=5, bron="eigen")
    save_interview(interview.with_version(version.model_copy(update={"invoer": invoer})), path)
    changes = open_session(path).prepare_changes()()  # type: ignore[misc]
    assert "• Nieuwe vraag: Eigen risicocorrectie en ingroei (Nee)." in changes.lines
    assert "• Vervallen vraag: oude_vraag (was 5)." in changes.lines
    assert changes.moved_defaults == ()


def test_nothing_changed_is_said_in_one_line(tmp_path: Path) -> None:
    path = accepted_licence(tmp_path)
    interview = read_interview(path).interview
    version = version_of(
        evaluate(interview), number=1, benchmarks_version="x", report=None, when=SPRING
    )
    save_interview(interview.with_version(version), path)
    changes = open_session(path).prepare_changes()()  # type: ignore[misc]
    assert changes.lines == (msg.SINCE_NOTHING.format(number=1, date="12 maart 2026"),)


def test_the_live_figures_carry_the_difference_with_the_last_version(tmp_path: Path) -> None:
    path = with_spring_version(accepted_licence(tmp_path))
    figures = open_session(path).figures()
    assert figures is not None and figures.since is not None
    assert figures.since.number == 1
    assert figures.since.npv.startswith(MINUS + "\xa0€\xa0")  # the licence costs more now
    assert open_session(accepted_licence(tmp_path / "zonder")).figures().since is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "text"),
    [
        (3609.4, "+\xa0€\xa03.609"),
        (-1200.0, MINUS + "\xa0€\xa01.200"),
        (0.4, msg.PANEL_SAME),
        (-0.4, msg.PANEL_SAME),
    ],
)
def test_the_npv_change_is_signed_with_a_true_minus(change: float, text: str) -> None:
    assert npv_change_text(change) == text


def test_roi_and_payback_differences_read_in_points_and_months() -> None:
    figures = fake_case_figures(12, None, complete=True)
    assert figures.roi.value is not None and figures.payback.value is not None
    recorded = Version.model_validate(
        {
            "nummer": 3,
            "datum": SPRING,
            "flow": {"id": "crm_roi", "version": "1"},
            "benchmarks": "x",
            "invoer": {},
            "resultaten": VersionResults(
                ncw=(figures.npv.value or 0) - 1000,
                roi=figures.roi.value * 100 + 4.2,
                terugverdientijd_maanden=figures.payback.value + 2.5,
                totale_kosten=1,
                totale_baten=1,
            ),
        }
    )
    assert difference(figures, recorded) == VersionDifference(
        3, "+\xa0€\xa01.000", MINUS + "\xa04 procentpunt", "2,5 maanden eerder"
    )


def test_the_panel_lists_the_difference_under_its_labels() -> None:
    figures = fake_case_figures(12, None, complete=True)
    figures = replace(figures, since=VersionDifference(1, "+\xa0€\xa03.609", None, "gelijk"))
    assert since_text(figures).splitlines() == [
        "Verschil met versie 1",
        "NCW              +\xa0€\xa03.609",
        "Terugverdiend    gelijk",
    ]
    assert since_text(replace(figures, since=None)) == ""


def test_the_strip_names_the_difference_only_where_it_fits() -> None:
    figures = replace(
        fake_case_figures(12, None, complete=True),
        since=VersionDifference(1, "+\xa0€\xa03.609"),
    )
    wide, narrow = strip_text(figures, 120), strip_text(figures, 70)
    assert wide.startswith("NCW ") and "(+\xa0€\xa03.609 t.o.v. versie 1)" in wide
    assert "terugverdiend" in wide
    assert "(+\xa0€\xa03.609 t.o.v. versie 1)" in narrow and "terugverdiend" not in narrow
    assert "versie" not in strip_text(figures, 30)
