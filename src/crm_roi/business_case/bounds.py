"""The valid range of each numeric input of the business case, in answer units.

One definition: the bounds are the `min` and `max` of the flow's questions, the very bounds
the flow's engine accepts answers within. The pipeline passes its flow's `number_bounds`; a
bare mapping (API use without a flow) is validated with the default flow's. An input the given
flow does not ask takes the default flow's bounds. MAX_MAGNITUDE is a technical limit against
overflow, not a user-facing bound: it applies where a flow leaves a side open (or goes beyond).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from crm_roi.flow import NumberBounds, load_default_flow

NumberKind = Literal["int", "euro", "hours", "percent"]
InputBounds = Mapping[str, NumberBounds]
"""Question id → the `min` and `max` of its question (a flow's `number_bounds`)."""

MAX_MAGNITUDE = 1e12
"""Technical limit on any number (against overflow), whatever a flow allows."""

# The unit each numeric input has in the formulas (docs/METHOD.md, inputs); percent units become
# fractions. The question of the same id in a flow has this type.
NUMBER_KINDS: dict[str, NumberKind] = {
    "aantal_gebruikers": "int",
    "licentie_per_gebruiker_per_maand": "euro",
    "eenmalige_setupkosten": "euro",
    "implementatiekosten": "euro",
    "datamigratiekosten": "euro",
    "integratiekosten": "euro",
    "opleiding_uren_per_gebruiker": "hours",
    "opleiding_extern": "euro",
    "interne_projecturen": "hours",
    "loonkosten_per_uur": "euro",
    "beheer_uren_per_maand": "hours",
    "overige_kosten_per_jaar": "euro",
    "prijsstijging": "percent",
    "tijdwinst_uren_per_week": "hours",
    "werkweken_per_jaar": "int",
    "benutting": "percent",
    "extra_leads_per_maand": "int",
    "conversieratio": "percent",
    "gemiddelde_orderwaarde": "euro",
    "omzet_per_jaar": "euro",
    "omzetgroei": "percent",
    "aantal_klanten": "int",
    "omzet_per_klant_per_jaar": "euro",
    "churn_daling": "percent",
    "crosssell_aandeel": "percent",
    "crosssell_orderwaarde": "euro",
    "brutomarge": "percent",
    "verwachte_jaarlijkse_baten": "euro",
    "vervangen_kosten_per_jaar": "euro",
    "horizon_jaren": "int",
    "disconteringsvoet": "percent",
    "risico_baten": "percent",
    "risico_kosten": "percent",
    "adoptie_jaar_1": "percent",
    "adoptie_jaar_2": "percent",
    "adoptie_daarna": "percent",
    "doel_terugverdientijd_jaren": "int",
}


@dataclass(frozen=True)
class NumberSpec:
    """What a numeric input may be: its kind and its valid range (both ends included)."""

    kind: NumberKind
    minimum: float
    maximum: float


OPEN = NumberBounds(None, None)
AMOUNT = NumberSpec("euro", 0, MAX_MAGNITUDE)
"""An amount that no question bounds (an own line item's yearly amount)."""


def number_specs(bounds: InputBounds | None = None) -> Mapping[str, NumberSpec]:
    """The valid range of every numeric input, by input id.

    `bounds` are a flow's (its `number_bounds`); None means the default flow's.
    """
    default = load_default_flow().number_bounds
    if bounds is not None:
        return _specs(bounds, default)
    # A bare mapping is the hot path (every live figure): the default flow's specs are made
    # once per version of the flow (load_default_flow gives the same Flow until it changes).
    if not _default_specs or _default_specs[0][0] is not default:
        _default_specs[:] = [(default, MappingProxyType(_specs(default, default)))]
    return _default_specs[0][1]


_default_specs: list[tuple[InputBounds, Mapping[str, NumberSpec]]] = []


def _specs(given: InputBounds, default: InputBounds) -> dict[str, NumberSpec]:
    specs: dict[str, NumberSpec] = {}
    for input_id, kind in NUMBER_KINDS.items():
        question = given.get(input_id) or default.get(input_id) or OPEN
        low = -MAX_MAGNITUDE if question.minimum is None else question.minimum
        high = MAX_MAGNITUDE if question.maximum is None else question.maximum
        specs[input_id] = NumberSpec(kind, max(low, -MAX_MAGNITUDE), min(high, MAX_MAGNITUDE))
    return specs
