"""'Hoe is dit berekend?' on the real domain: the figures, their sources, provisional marks."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import pytest

from crm_roi import formatting
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.interview_session import InterviewSession
from crm_roi.tui.opening import open_session
from crm_roi.tui.screens.trace import TraceScreen
from crm_roi.tui.view_models import CaseFigures, FigureView
from crm_roi.tui.widgets.case_panel import CasePanel, FigureList
from crm_roi.tui.widgets.chat_messages import SummaryMessage

from .trace_pages import rows, settle, text

EXAMPLE = Path(__file__).parents[2] / "examples" / "installatiebedrijf-pipedrive.yaml"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_ROI_DATA_DIR", str(tmp_path / "data"))


def started(goals: tuple[str, ...] = ()) -> InterviewSession:
    """A new interview with users and package given, and `goals` chosen when not empty."""
    session = open_session(None)
    given = (("organisatie", "Jansen"), ("sector", ""), ("aantal_gebruikers", "8"))
    for question_id, answer in given:
        assert session.answer(question_id, answer).ok
    assert session.answer("crm_pakket", ("pipedrive",)).ok
    if goals:
        assert session.answer("doelen", goals).ok
    return session


def live(session: InterviewSession) -> CaseFigures:
    figures = session.figures()
    assert figures is not None
    return figures


def figure(figures: CaseFigures, figure_id: str) -> FigureView:
    found = figures.figure(figure_id)
    assert found is not None, figure_id
    return found


def test_npv_leads_down_to_the_efficiency_formula() -> None:
    figures = live(started(("efficientie",)))
    steps = ["ncw", "cw.baten", "baten.jaar_1", "baten.efficientie.jaar_1"]
    for here, below in itertools.pairwise(steps):
        assert below in figure(figures, here).inputs
    full = figure(figures, "baten.efficientie.jaar_1").inputs[0]
    working = figure(figures, full).formula
    assert "8 gebruikers ×" in working and "benutting" in working
    assert "invoer.tijdwinst_uren_per_week" in figure(figures, full).inputs


def test_an_input_says_whether_it_is_an_own_answer_or_a_default_with_its_source() -> None:
    figures = live(started(("efficientie",)))
    users = figure(figures, "invoer.aantal_gebruikers")
    assert users.is_input and users.formula == "eigen antwoord: 8"
    wage = figure(figures, "invoer.loonkosten_per_uur")
    assert wage.formula.startswith(f"standaardwaarde: {formatting.euro(45)} (CBS")
    assert "2024" in wage.formula


def test_an_open_benefit_driver_counts_as_zero_and_marks_what_rests_on_it() -> None:
    figures = live(started(("efficientie", "leads")))
    leads = figure(figures, "invoer.extra_leads_per_maand")
    assert leads.open_input and leads.value == 0
    assert figure(figures, "baten.leads.volledig").provisional
    assert figures.npv.provisional and figures.payback.provisional
    assert not figure(figures, "baten.efficientie.volledig").provisional
    assert not figures.investment.provisional and not figures.yearly_costs.provisional


def test_without_goals_every_figure_resting_on_the_benefits_is_provisional() -> None:
    figures = live(started())
    assert figures.no_benefits_yet
    assert figures.yearly_benefit.provisional and figures.npv.provisional
    assert figures.roi.provisional and figures.payback.provisional
    assert not figures.investment.provisional


def test_a_payback_not_reached_says_within_what_in_panel_and_trace_alike() -> None:
    figures = live(started())
    assert figures.payback.value is None
    assert figures.payback.value_text == "niet binnen 3 jaar"


def test_the_trace_of_a_provisional_panel_figure_says_so() -> None:
    async def scenario() -> None:
        app = CrmRoiApp(lambda path: started(("efficientie", "leads")), warm_up=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            app.screen.query_one(CasePanel).query_one(FigureList).focus()
            await pilot.press(*["down"] * 2, "enter")  # the yearly benefit
            await settle(pilot)
            assert isinstance(app.screen, TraceScreen)
            note = text(app.screen, "#trace-note")
            assert "Voorlopig" in note and "Meer leads" in note
            assert formatting.euro(0).replace("\xa0", " ") in note
            await pilot.press("down", "enter")  # the leads line at full use
            await settle(pilot)
            open_text = "nog niet beantwoord: telt voorlopig als 0"
            assert any(open_text in row for row in rows(app.screen))

    asyncio.run(scenario())


def test_the_summary_of_the_example_traces_npv_to_its_inputs_and_their_source() -> None:
    async def scenario() -> None:
        session = open_session(EXAMPLE)
        app = CrmRoiApp(lambda path: session, session=session, warm_up=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await settle(pilot)
            summary = app.screen.query_one(SummaryMessage)
            summary.query_one(FigureList).focus()
            await pilot.press(*["down"] * 3, "enter")  # NCW
            await settle(pilot)
            assert isinstance(app.screen, TraceScreen)
            assert text(app.screen, "#trace-formula") == "€ 63.544 − € 37.740 = € 25.804"
            assert text(app.screen, "#trace-value") == "€ 25.804"
            assert "Contante waarde baten" in rows(app.screen)[0]
            await pilot.press("enter")  # Contante waarde baten
            await settle(pilot)
            assert "Disconteringsvoet | 10% | eigen antwoord: 10%" in rows(app.screen)[-1]

    asyncio.run(scenario())
