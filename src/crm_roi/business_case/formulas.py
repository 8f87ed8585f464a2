"""The cost and benefit formulas of docs/METHOD.md (Costs, Benefits), each written once.

The formulas are generic in the number type: the same code computes one case with floats and
all Monte Carlo draws at once with numpy arrays (``Num``). Percentages are fractions here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Num = TypeVar("Num", float, "NDArray[np.float64]")

Method = Literal["gedetailleerd", "globaal"]
OwnKind = Literal["kosten", "baten"]

GOALS: tuple[str, ...] = ("efficientie", "leads", "conversie", "klantbehoud", "crossselling")
REVENUE_GOALS: frozenset[str] = frozenset({"leads", "conversie", "klantbehoud", "crossselling"})
MONTHS = 12


@dataclass(frozen=True)
class Drivers(Generic[Num]):
    """The numeric inputs of the formulas, named by question id; percentages as fractions.

    Inputs that do not apply to the case (a goal not chosen) are 0.
    """

    aantal_gebruikers: Num
    licentie_per_gebruiker_per_maand: Num
    eenmalige_setupkosten: Num
    implementatiekosten: Num
    datamigratiekosten: Num
    integratiekosten: Num
    opleiding_uren_per_gebruiker: Num
    opleiding_extern: Num
    interne_projecturen: Num
    loonkosten_per_uur: Num
    beheer_uren_per_maand: Num
    overige_kosten_per_jaar: Num
    prijsstijging: Num
    tijdwinst_uren_per_week: Num
    werkweken_per_jaar: Num
    benutting: Num
    extra_leads_per_maand: Num
    conversieratio: Num
    gemiddelde_orderwaarde: Num
    omzet_per_jaar: Num
    omzetgroei: Num
    aantal_klanten: Num
    omzet_per_klant_per_jaar: Num
    churn_daling: Num
    crosssell_aandeel: Num
    crosssell_orderwaarde: Num
    brutomarge: Num
    verwachte_jaarlijkse_baten: Num
    vervangen_kosten_per_jaar: Num
    risico_baten: Num
    risico_kosten: Num
    adoptie_jaar_1: Num
    adoptie_jaar_2: Num
    adoptie_daarna: Num


@dataclass(frozen=True)
class OwnItem:
    """An own line item (eigen post): added as given, no ramp-up, no risk adjustment."""

    name: str
    kind: OwnKind
    amounts: tuple[float, ...]  # year 0..N, padded with zeros


@dataclass(frozen=True)
class CaseShape:
    """The non-numeric facts of a case: which lines exist and over how many years."""

    horizon: int
    discount_rate: float  # fraction
    method: Method
    goals: tuple[str, ...]  # chosen goals in GOALS order
    integration: bool  # koppelingen = ja
    target_years: int  # method A's D
    own_items: tuple[OwnItem, ...]


def initial_costs(d: Drivers[Num], shape: CaseShape) -> dict[str, Num]:
    """Year-0 costs per line key, before risk (C0 of §3)."""
    lines: dict[str, Num] = {
        "eenmalige_setupkosten": d.eenmalige_setupkosten,
        "implementatie": d.implementatiekosten,
        "datamigratie": d.datamigratiekosten,
    }
    if shape.integration:
        lines["integratie"] = d.integratiekosten
    lines["opleiding_extern"] = d.opleiding_extern
    lines["opleiding_intern"] = (
        d.aantal_gebruikers * d.opleiding_uren_per_gebruiker * d.loonkosten_per_uur
    )
    lines["projecturen"] = d.interne_projecturen * d.loonkosten_per_uur
    return lines


def recurring_costs(d: Drivers[Num], year: int) -> dict[str, Num]:
    """Costs of year t >= 1 per line key, before risk (Ct of §3)."""
    return {
        "licenties": d.aantal_gebruikers
        * d.licentie_per_gebruiker_per_maand
        * MONTHS
        * (1 + d.prijsstijging) ** (year - 1),
        "beheer": d.beheer_uren_per_maand * MONTHS * d.loonkosten_per_uur,
        "overige_kosten": d.overige_kosten_per_jaar,
    }


def goal_run_rate(d: Drivers[Num], goal: str) -> Num:
    """Yearly run-rate of one goal at full adoption, before risk (§4 table)."""
    if goal == "efficientie":
        return (
            d.aantal_gebruikers
            * d.tijdwinst_uren_per_week
            * d.werkweken_per_jaar
            * d.loonkosten_per_uur
            * d.benutting
        )
    if goal == "leads":
        return (
            d.extra_leads_per_maand
            * MONTHS
            * d.conversieratio
            * d.gemiddelde_orderwaarde
            * d.brutomarge
        )
    if goal == "conversie":
        return d.omzet_per_jaar * d.omzetgroei * d.brutomarge
    if goal == "klantbehoud":
        return d.aantal_klanten * d.churn_daling * d.omzet_per_klant_per_jaar * d.brutomarge
    if goal == "crossselling":
        return d.aantal_klanten * d.crosssell_aandeel * d.crosssell_orderwaarde * d.brutomarge
    raise ValueError(f"unknown goal {goal!r}")


def run_rates(d: Drivers[Num], shape: CaseShape) -> dict[str, Num]:
    """Run-rate per benefit line key: one per chosen goal, or the global figure."""
    if shape.method == "globaal":
        return {"globaal": d.verwachte_jaarlijkse_baten}
    return {goal: goal_run_rate(d, goal) for goal in shape.goals}


def adoption(d: Drivers[Num], year: int) -> Num:
    """Share of the run-rate realised in year t >= 1 (ramp-up)."""
    if year == 1:
        return d.adoptie_jaar_1
    if year == 2:
        return d.adoptie_jaar_2
    return d.adoptie_daarna


def cost_after_risk(amount: Num | float, d: Drivers[Num]) -> Num | float:
    """C't = Ct * (1 + risico_kosten)."""
    return amount * (1 + d.risico_kosten)


def benefit_after_risk(amount: Num | float, d: Drivers[Num]) -> Num | float:
    """B't = Bt * (1 - risico_baten)."""
    return amount * (1 - d.risico_baten)


def own_totals(shape: CaseShape, kind: OwnKind) -> list[float]:
    """Sum of the own items of one kind per year 0..N."""
    totals = [0.0] * (shape.horizon + 1)
    for item in shape.own_items:
        if item.kind == kind:
            totals = [t + a for t, a in zip(totals, item.amounts, strict=True)]
    return totals


def yearly_totals(d: Drivers[Num], shape: CaseShape) -> tuple[list[Num | float], list[Num | float]]:
    """Risk-adjusted total costs and benefits per year 0..N, own items included.

    The same sums as the yearly lines, without building them (tornado and Monte Carlo).
    """
    own_costs = own_totals(shape, "kosten")
    own_benefits = own_totals(shape, "baten")
    costs: list[Num | float] = [cost_after_risk(sum_of(initial_costs(d, shape)), d) + own_costs[0]]
    benefits: list[Num | float] = [own_benefits[0]]
    run_rate = sum_of(run_rates(d, shape))
    for year in range(1, shape.horizon + 1):
        cost = cost_after_risk(sum_of(recurring_costs(d, year)), d)
        costs.append(cost + own_costs[year])
        benefit = benefit_after_risk(adoption(d, year) * run_rate, d) + benefit_after_risk(
            d.vervangen_kosten_per_jaar, d
        )
        benefits.append(benefit + own_benefits[year])
    return costs, benefits


def sum_of(amounts: dict[str, Num]) -> Num | float:
    """Sum of a dict of amounts (0.0 when empty)."""
    total: Num | float = 0.0
    for value in amounts.values():
        total = total + value
    return total
