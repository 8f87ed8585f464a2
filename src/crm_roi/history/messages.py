"""The Dutch texts of versions, changes and plan against actual (shown in app, report, JSON)."""

from __future__ import annotations

import datetime as dt

from crm_roi import formatting

OWN_ITEMS_LABEL = "Eigen posten"
OTHER_CHANGES_LABEL = "Overige wijzigingen"
OWN_ANSWER = "eigen antwoord"
DEFAULT = "standaardwaarde"
NOT_ASKED = "niet gevraagd"
NOT_MEASURED = "niet gemeten (plan)"

HEADLINE_LABELS = {
    "ncw": "Netto contante waarde (NCW)",
    "roi": "Rendement (ROI)",
    "irr": "Interne rentabiliteit (IRR)",
    "terugverdientijd_maanden": "Terugverdientijd",
    "totale_kosten": "Totale kosten",
    "totale_baten": "Totale baten",
    "advies": "Advies",
}

VERDICTS = {
    "doorgaan": "doorgaan",
    "doorgaan_onder_voorwaarden": "doorgaan onder voorwaarden",
    "niet_doorgaan": "niet doorgaan",
}


def source_text(own: bool, detail: str | None) -> str:
    """ "eigen antwoord", or "standaardwaarde (prijslijst Pipedrive, 2025)"."""
    if own:
        return OWN_ANSWER
    return f"{DEFAULT} ({detail})" if detail else DEFAULT


def since_version(number: int, when: dt.date) -> str:
    """ "versie 1 van 12 maart 2026"."""
    return f"versie {number} van {formatting.date(when)}"


def since_file(name: str) -> str:
    return f"het interview '{name}'"


def together(labels: list[str]) -> str:
    """A step of several inputs that only make a valid case together."""
    return " met ".join([labels[0], ", ".join(labels[1:])]) if len(labels) > 1 else labels[0]


def unknown_version(number: int, known: list[int]) -> str:
    if not known:
        return f"dit interview heeft geen versie {number}: er is nog geen versie vastgelegd."
    listed = ", ".join(str(n) for n in known)
    return f"dit interview heeft geen versie {number}; wel: {listed}."


def realised_year_beyond_horizon(year: int, horizon: int) -> str:
    return (
        f"realisatie: jaar {year} valt buiten de horizon van de business case "
        f"({formatting.number(horizon)} jaar); gebruik 0 tot en met {horizon}."
    )


def unknown_measurement(question_id: str, allowed: list[str]) -> str:
    return (
        f"realisatie: '{question_id}' is geen meetbare KPI van deze business case; "
        f"meetbaar zijn: {', '.join(allowed)}."
    )


def unknown_cost_line(year: int, key: str, allowed: list[str]) -> str:
    when = "jaar 0 (eenmalige kosten)" if year == 0 else f"jaar {year}"
    return (
        f"realisatie: '{key}' is geen kostenpost van {when}; gebruik een van: {', '.join(allowed)}."
    )


def measurements_in_year_zero() -> str:
    return "realisatie: jaar 0 heeft alleen kosten; metingen horen bij jaar 1 en later."


def measurement_out_of_range(question_id: str, problem: str) -> str:
    return f"realisatie: {question_id}: {problem}"
