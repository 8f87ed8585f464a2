"""Report views of real business cases, made by the domain, for layout and template tests.

`sample_view` evaluates the installer fixture (a 12-person company on Pipedrive) with a few
knobs, so every figure in the view is one the business case computed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml

from crm_roi.pipeline import evaluate
from crm_roi.report.adapter import build_report_view
from crm_roi.report.style import ReportStyle
from crm_roi.report.view import Advice, ReportView

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "inputs_installateur.yaml"

ADVICES = (
    Advice("Begroot opleiding.", "Zonder opleiding blijft het gebruik achter.", "warning"),
    Advice("Meet vooraf.", "Leg de beginwaarde van de KPI's vast.", "info"),
    Advice("Houd maatwerk beperkt.", "Elke aanpassing kost bij updates opnieuw geld.", "info"),
    Advice("Vierde advies.", "Dit advies staat niet in de samenvatting.", "info"),
)
BENEFIT_DRIVERS = ("tijdwinst_uren_per_week", "extra_leads_per_maand", "churn_daling")
EURO_INPUTS = (
    "licentie_per_gebruiker_per_maand",
    "implementatiekosten",
    "datamigratiekosten",
    "integratiekosten",
    "opleiding_extern",
    "overige_kosten_per_jaar",
    "gemiddelde_orderwaarde",
    "omzet_per_klant_per_jaar",
    "vervangen_kosten_per_jaar",
)


def sample_answers(
    *, organisation: str, horizon: int, users: int, scale: float, benefit_scale: float
) -> dict[str, Any]:
    answers: dict[str, Any] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    answers.update(
        organisatie=organisation,
        horizon_jaren=horizon,
        aantal_gebruikers=users,
        doel_terugverdientijd_jaren=min(2, horizon),
    )
    for key in EURO_INPUTS:
        answers[key] = round(answers[key] * scale, 2)
    for key in BENEFIT_DRIVERS:
        answers[key] = answers[key] * benefit_scale
    answers["extra_leads_per_maand"] = round(answers["extra_leads_per_maand"])
    own = answers.pop("eigen_posten")
    for item in own:
        item["bedragen"] = (item["bedragen"] + [item["bedragen"][-1]] * horizon)[: horizon + 1]
    answers["eigen_posten"] = own
    return answers


def sample_view(
    *,
    organisation: str = "Installatiebedrijf De Vries B.V.",
    horizon: int = 3,
    users: int = 12,
    scale: float = 1.0,
    benefit_scale: float = 1.0,
    style: ReportStyle | None = None,
    logo_url: str | None = None,
) -> ReportView:
    """A real case of the installer fixture; `scale` multiplies the euro inputs and
    `benefit_scale` the benefit drivers (0: no benefits from the goals)."""
    style = style or ReportStyle(consultant="Sanne Bakker", consultant_company="Adviesbureau Noord")
    answers = sample_answers(
        organisation=organisation,
        horizon=horizon,
        users=users,
        scale=scale,
        benefit_scale=benefit_scale,
    )
    own = answers.pop("eigen_posten")
    from crm_roi.interview import new_interview
    from crm_roi.interview.model import EigenPost

    interview = new_interview("crm_roi", "1").with_answers(answers)
    interview = interview.model_copy(
        update={"eigen_posten": tuple(EigenPost.model_validate(item) for item in own)}
    )
    view = build_report_view(evaluate(interview), style)
    meta = dataclasses.replace(view.meta, logo_url=logo_url)
    return dataclasses.replace(view, meta=meta, advices=ADVICES, top_advices=ADVICES[:3])
