"""Input mappings for the business-case tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from crm_roi.interview import load_interview
from crm_roi.pipeline import evaluate

FIXTURES = Path(__file__).parent.parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE_NAMES = (
    "zakelijke-dienstverlener-salesforce.yaml",
    "groothandel-dynamics.yaml",
    "installatiebedrijf-pipedrive.yaml",
)


def example_inputs(name: str) -> dict[str, Any]:
    """The resolved inputs of an example interview, as `crm-roi report` computes them."""
    return dict(evaluate(load_interview(EXAMPLES / name)).case.inputs)


def installateur() -> dict[str, Any]:
    """The full fixture: a 12-person installation company on Pipedrive."""
    data: dict[str, Any] = yaml.safe_load(
        (FIXTURES / "inputs_installateur.yaml").read_text(encoding="utf-8")
    )
    return data


def adviesbureau(**changes: Any) -> dict[str, Any]:
    """A small advisory firm (5 users, efficiency only, no risk adjustment).

    C0 = 500 + 1.200 + 800 + 5 × 4 × 50 + 20 × 50 = 4.500
    Ct = 5 × 20 × 12 × 1,05^(t-1) + 2 × 12 × 50 + 100: C1 = 2.500, C2 = 2.560, C3 = 2.623
    run-rate = 5 × 1 × 40 × 50 × 50% = 5.000; B = 0, 2.500 (50%), 5.000, 5.000
    """
    inputs: dict[str, Any] = {
        "organisatie": "Adviesbureau De Boer",
        "sector": "zakelijke_dienstverlening",
        "aantal_gebruikers": 5,
        "crm_pakket": "teamleader",
        "doelen": ["efficientie"],
        "methode": "gedetailleerd",
        "licentie_per_gebruiker_per_maand": 20,
        "eenmalige_setupkosten": 500,
        "implementatiekosten": 1_200,
        "datamigratiekosten": 800,
        "koppelingen": "nee",
        "opleiding_uren_per_gebruiker": 4,
        "opleiding_extern": 0,
        "interne_projecturen": 20,
        "loonkosten_per_uur": 50,
        "beheer_uren_per_maand": 2,
        "overige_kosten_per_jaar": 100,
        "prijsstijging": 5,
        "tijdwinst_uren_per_week": 1,
        "werkweken_per_jaar": 40,
        "benutting": 50,
        "vervangen_kosten_per_jaar": 0,
        "horizon_jaren": 3,
        "disconteringsvoet": 10,
        "zekerheid": "zeker",
        "risico_baten": 0,
        "risico_kosten": 0,
        "adoptie_jaar_1": 50,
        "adoptie_jaar_2": 100,
        "adoptie_daarna": 100,
    }
    inputs.update(changes)
    return inputs


def revenue_drivers() -> dict[str, Any]:
    """Drivers of the four revenue goals, margin 40%."""
    return {
        "extra_leads_per_maand": 2,
        "conversieratio": 25,
        "gemiddelde_orderwaarde": 4_000,
        "omzet_per_jaar": 1_000_000,
        "omzetgroei": 2,
        "aantal_klanten": 200,
        "omzet_per_klant_per_jaar": 2_500,
        "churn_daling": 3,
        "crosssell_aandeel": 10,
        "crosssell_orderwaarde": 1_500,
        "brutomarge": 40,
    }
