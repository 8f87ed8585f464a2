"""The live business case while the interview is still going: provisional, and labelled so."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi import formatting
from crm_roi.tui.live_case import costs_known, provisional_inputs
from crm_roi.tui.opening import open_session
from crm_roi.tui.widgets.case_panel import note_text, provisional_text
from crm_roi.tui.widgets.cash_flow_chart import ZERO_LINE, chart_cells


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))


def test_without_goals_the_benefits_count_as_nothing_yet() -> None:
    provisional = provisional_inputs({"methode": "gedetailleerd", "aantal_gebruikers": 5})
    assert provisional.no_benefits_yet
    assert provisional.inputs["doelen"] == []


def test_an_open_driver_counts_as_zero_for_its_goal_only() -> None:
    inputs = {"doelen": ["efficientie", "leads"], "tijdwinst_uren_per_week": 2}
    provisional = provisional_inputs(inputs | {"werkweken_per_jaar": 46, "benutting": 50})
    assert provisional.open_goals == ("leads",)
    assert provisional.inputs["extra_leads_per_maand"] == 0
    assert provisional.inputs["tijdwinst_uren_per_week"] == 2


def test_a_shared_open_driver_marks_both_goals() -> None:
    provisional = provisional_inputs({"doelen": ["leads", "crossselling"]})
    assert provisional.open_goals == ("leads", "crossselling")


def test_global_method_without_amount_is_costs_only() -> None:
    provisional = provisional_inputs({"methode": "globaal", "doelen": []})
    assert provisional.no_benefits_yet
    assert provisional.inputs["verwachte_jaarlijkse_baten"] == 0


def test_costs_need_the_users_and_the_package() -> None:
    flow_ids = {"aantal_gebruikers", "crm_pakket"}
    assert not costs_known({"aantal_gebruikers": 5}, flow_ids)
    assert costs_known({"aantal_gebruikers": 5, "crm_pakket": "zoho"}, flow_ids)


def test_panel_shows_costs_once_users_and_package_are_given() -> None:
    session = open_session(None)
    for question_id, text in (
        ("organisatie", "Jansen"),
        ("sector", ""),
        ("aantal_gebruikers", "8"),
    ):
        assert session.answer(question_id, text).ok
    assert session.figures() is None
    assert session.answer("crm_pakket", ("pipedrive",)).ok
    figures = session.figures()
    assert figures is not None
    assert (figures.investment.value or 0) > 0 and (figures.yearly_costs.value or 0) > 0
    assert figures.yearly_benefit.value == 0
    assert figures.no_benefits_yet
    assert "Voorlopig" in provisional_text(figures)
    assert "standaardwaarden" in note_text(figures)


def test_panel_names_the_goal_whose_benefits_are_open() -> None:
    session = open_session(None)
    for question_id, text in (
        ("organisatie", "Jansen"),
        ("sector", ""),
        ("aantal_gebruikers", "8"),
    ):
        session.answer(question_id, text)
    session.answer("crm_pakket", ("pipedrive",))
    session.answer("doelen", ("efficientie", "leads"))
    figures = session.figures()
    assert figures is not None
    assert (figures.yearly_benefit.value or 0) > 0  # time saved has defaults
    assert figures.open_goals == ("Meer leads",)
    assert "Meer leads" in provisional_text(figures)


def test_only_the_named_goals_count_as_zero_beside_benefits_from_defaults() -> None:
    session = open_session(None)
    for question_id, text in (
        ("organisatie", "Jansen"),
        ("sector", ""),
        ("aantal_gebruikers", "8"),
    ):
        session.answer(question_id, text)
    session.answer("crm_pakket", ("pipedrive",))
    session.answer("doelen", ("efficientie", "leads"))
    figures = session.figures()
    assert figures is not None
    zero = formatting.euro(0)
    assert zero in provisional_text(figures)
    assert "Meer leads" in provisional_text(figures)
    assert zero not in note_text(figures)  # the benefit shown does not count as zero


def test_without_open_goals_nothing_is_said_to_count_as_zero() -> None:
    session = open_session(None)
    for question_id, text in (
        ("organisatie", "Jansen"),
        ("sector", ""),
        ("aantal_gebruikers", "8"),
    ):
        session.answer(question_id, text)
    session.answer("crm_pakket", ("pipedrive",))
    session.answer("doelen", ("efficientie",))
    figures = session.figures()
    assert figures is not None and not figures.provisional
    assert provisional_text(figures) == ""
    assert formatting.euro(0) not in note_text(figures)


def test_chart_hangs_the_investment_below_a_zero_line() -> None:
    values = (-1000.0, -800.0, -400.0, 0.0, 400.0, 1000.0)
    rows = chart_cells(values, width=6, height=4)
    assert len(rows) == 4
    kinds = [[cell.kind for cell in row] for row in rows]
    assert all(kind in ("positive", "empty") for kind in kinds[0])  # top row: above zero
    below = next(number for number, row in enumerate(kinds) if "negative" in row)
    assert kinds[below][0] == "negative"  # month 0 hangs below the line
    assert rows[below][5].char == ZERO_LINE  # a positive month shows the zero line below it
    assert kinds[below - 1][5] == "positive"


def test_chart_of_only_positive_values_has_no_negative_rows() -> None:
    rows = chart_cells((100.0, 200.0, 300.0), width=3, height=3)
    assert all(cell.kind in ("positive", "empty") for row in rows for cell in row)
    assert rows[0][2].char == "█"
