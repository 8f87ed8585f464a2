"""Validation of the answers a business case is computed from (docs/METHOD.md, Inputs).

Only the inputs relevant to the case are read (a goal's drivers only when the goal is chosen);
anything else in the mapping is ignored. Every problem is an InputError with a Dutch message.

Decisions:
- required: every input the formulas need, except the optional overrides: ``risico_*`` (from
  ``zekerheid`` via the benchmarks), ``adoptie_*`` (benchmarks), ``doel_terugverdientijd_jaren``
  (the horizon), ``crosssell_orderwaarde`` (``gemiddelde_orderwaarde``) and ``eigen_posten``;
- any real number type is accepted (whole numbers also as 12.0); bool is never a number;
- ``koppelingen`` is ``ja``/``nee`` or a bool; ``doelen`` may be empty;
- every number lies within the bounds of its question in the flow (``bounds.py``: one
  definition, the default flow's when no flow is given); ``doel_terugverdientijd_jaren``
  moreover at most the horizon;
- ``eigen_posten``: ``bedragen`` holds at most horizon+1 amounts >= 0 for year 0..N; a shorter
  list is padded with zeros (later years without amount); names are unique.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace

from crm_roi.benchmarks import Benchmarks
from crm_roi.business_case import messages
from crm_roi.business_case.bounds import (
    AMOUNT,
    NUMBER_KINDS,
    InputBounds,
    NumberSpec,
    number_specs,
)
from crm_roi.business_case.errors import InputError
from crm_roi.business_case.formulas import (
    GOALS,
    REVENUE_GOALS,
    CaseShape,
    Drivers,
    Method,
    Num,
    OwnItem,
    OwnKind,
)

ALWAYS_NUMBERS = (
    "aantal_gebruikers",
    "licentie_per_gebruiker_per_maand",
    "eenmalige_setupkosten",
    "implementatiekosten",
    "datamigratiekosten",
    "opleiding_uren_per_gebruiker",
    "opleiding_extern",
    "interne_projecturen",
    "loonkosten_per_uur",
    "beheer_uren_per_maand",
    "overige_kosten_per_jaar",
    "prijsstijging",
    "vervangen_kosten_per_jaar",
    "disconteringsvoet",
)
GOAL_NUMBERS: dict[str, tuple[str, ...]] = {
    "efficientie": ("tijdwinst_uren_per_week", "werkweken_per_jaar", "benutting"),
    "leads": ("extra_leads_per_maand", "conversieratio", "gemiddelde_orderwaarde"),
    "conversie": ("omzet_per_jaar", "omzetgroei"),
    "klantbehoud": ("aantal_klanten", "omzet_per_klant_per_jaar", "churn_daling"),
    "crossselling": ("aantal_klanten", "crosssell_aandeel", "gemiddelde_orderwaarde"),
}
OVERRIDES_FROM_BENCHMARKS = ("adoptie_jaar_1", "adoptie_jaar_2", "adoptie_daarna")
RISK_OVERRIDES = ("risico_baten", "risico_kosten")
TEXT_INPUTS = ("organisatie", "sector", "crm_pakket")
METHODS: tuple[Method, ...] = ("gedetailleerd", "globaal")
CERTAINTIES = ("zeker", "redelijk", "onzeker")
YES_NO = ("ja", "nee")
DRIVER_FIELDS = frozenset(f.name for f in fields(Drivers))


@dataclass(frozen=True)
class ValidatedInputs:
    answers: dict[str, object]  # the inputs used, answer units, overrides resolved
    numbers: dict[str, float]  # the numeric inputs used, answer units
    drivers: Drivers[float]  # fractions for percentages
    shape: CaseShape
    specs: Mapping[str, NumberSpec]  # the valid range of every numeric input, as validated


def to_formula_units(question_id: str, value: Num) -> Num:
    """Answer units → formula units (percent units become fractions)."""
    return value / 100 if NUMBER_KINDS[question_id] == "percent" else value


def _range_message(question_id: str, spec: NumberSpec) -> str:
    if spec.kind == "int":
        return messages.whole_number(question_id, spec.minimum, spec.maximum)
    if spec.kind == "euro":
        return messages.amount(question_id, spec.minimum, spec.maximum)
    if spec.kind == "hours":
        return messages.hours(question_id, spec.minimum, spec.maximum)
    return messages.percentage(question_id, spec.minimum, spec.maximum)


def check_number(question_id: str, value: object, spec: NumberSpec) -> float:
    """A valid number for this spec, or InputError saying what is expected."""
    if value is None:
        raise InputError(question_id, messages.missing(question_id))
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InputError(question_id, _range_message(question_id, spec))
    try:
        number = float(value)
    except OverflowError:  # an int beyond any float: out of range anyway
        number = math.inf
    fractional = spec.kind == "int" and not number.is_integer()
    if not math.isfinite(number) or not spec.minimum <= number <= spec.maximum or fractional:
        raise InputError(question_id, _range_message(question_id, spec))
    return number


def _choice(raw: Mapping[object, object], question_id: str, options: Sequence[str]) -> str:
    value = raw.get(question_id)
    if value is None:
        raise InputError(question_id, messages.missing(question_id))
    if not isinstance(value, str) or value not in options:
        raise InputError(question_id, messages.choice(question_id, options))
    return value


def _yes_no(raw: Mapping[object, object], question_id: str) -> bool:
    value = raw.get(question_id)
    if isinstance(value, bool):
        return value
    return _choice(raw, question_id, YES_NO) == "ja"


def _goals(raw: Mapping[object, object], method: Method) -> tuple[str, ...]:
    value = raw.get("doelen")
    if value is None:
        if method == "globaal":
            return ()
        raise InputError("doelen", messages.missing("doelen"))
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | frozenset | set):
        raise InputError("doelen", messages.goals_not_a_list(GOALS))
    chosen: set[str] = set()
    for goal in value:
        if not isinstance(goal, str) or goal not in GOALS:
            raise InputError("doelen", messages.unknown_goal(goal, GOALS))
        chosen.add(goal)
    return tuple(goal for goal in GOALS if goal in chosen)


def _own_items(raw: Mapping[object, object], horizon: int) -> tuple[OwnItem, ...]:
    value = raw.get("eigen_posten")
    if value is None:
        return ()
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InputError("eigen_posten", messages.own_items_not_a_list())
    items: list[OwnItem] = []
    seen: set[str] = set()
    for position, entry in enumerate(value, start=1):
        if not isinstance(entry, Mapping):
            raise InputError("eigen_posten", messages.own_item_not_a_mapping(position))
        name = entry.get("naam")
        if not isinstance(name, str) or not name.strip():
            raise InputError("eigen_posten", messages.own_item_name(position))
        name = name.strip()
        if name.casefold() in seen:
            raise InputError("eigen_posten", messages.own_item_duplicate(name))
        seen.add(name.casefold())
        kind: OwnKind
        match entry.get("soort"):
            case "kosten":
                kind = "kosten"
            case "baten":
                kind = "baten"
            case _:
                raise InputError("eigen_posten", messages.own_item_kind(name))
        items.append(OwnItem(name, kind, _own_amounts(entry.get("bedragen"), name, horizon)))
    return tuple(items)


def _own_amounts(value: object, name: str, horizon: int) -> tuple[float, ...]:
    def problem() -> InputError:
        return InputError("eigen_posten", messages.own_item_amounts(name, horizon))

    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise problem()
    if not 1 <= len(value) <= horizon + 1:
        raise problem()
    amounts: list[float] = []
    for amount in value:
        try:
            amounts.append(check_number("eigen_posten", amount, AMOUNT))
        except InputError:
            raise problem() from None
    return tuple(amounts) + (0.0,) * (horizon + 1 - len(amounts))


def _relevant_numbers(method: Method, goals: tuple[str, ...], integration: bool) -> list[str]:
    ids = list(ALWAYS_NUMBERS)
    if integration:
        ids.append("integratiekosten")
    if method == "globaal":
        ids.append("verwachte_jaarlijkse_baten")
        return ids
    for goal in goals:
        ids.extend(i for i in GOAL_NUMBERS[goal] if i not in ids)
    if REVENUE_GOALS.intersection(goals):
        ids.append("brutomarge")
    return ids


def validate_inputs(
    raw: object, benchmarks: Benchmarks, bounds: InputBounds | None = None
) -> ValidatedInputs:
    """Check the answers and turn them into drivers (fractions) and the shape of the case.

    `bounds`: the flow's bounds of its numeric questions (the default flow's when None).
    """
    if not isinstance(raw, Mapping):
        raise InputError(None, messages.not_a_mapping())
    specs = number_specs(bounds)
    answers: dict[str, object] = {
        key: value for key in TEXT_INPUTS if isinstance(value := raw.get(key), str)
    }
    horizon = int(check_number("horizon_jaren", raw.get("horizon_jaren"), specs["horizon_jaren"]))
    method: Method = "globaal" if _choice(raw, "methode", METHODS) == "globaal" else "gedetailleerd"
    goals = _goals(raw, method)
    integration = _yes_no(raw, "koppelingen")
    answers.update(
        horizon_jaren=horizon,
        methode=method,
        doelen=list(goals),
        koppelingen="ja" if integration else "nee",
    )

    numbers: dict[str, float] = {}
    # Cross-selling with its own order value and no leads goal: no formula reads the average
    # order value, so it is neither required nor recorded as an input of the case.
    own_order_value = raw.get("crosssell_orderwaarde") is not None and "leads" not in goals
    for question_id in _relevant_numbers(method, goals, integration):
        if question_id == "gemiddelde_orderwaarde" and own_order_value:
            continue
        numbers[question_id] = check_number(question_id, raw.get(question_id), specs[question_id])
    if method == "gedetailleerd" and "crossselling" in goals:
        spec = specs["crosssell_orderwaarde"]
        value = raw.get("crosssell_orderwaarde")
        if value is None:
            value = numbers["gemiddelde_orderwaarde"]
        numbers["crosssell_orderwaarde"] = check_number("crosssell_orderwaarde", value, spec)

    if raw.get("zekerheid") is not None or any(raw.get(i) is None for i in RISK_OVERRIDES):
        answers["zekerheid"] = _choice(raw, "zekerheid", CERTAINTIES)
    for question_id in RISK_OVERRIDES + OVERRIDES_FROM_BENCHMARKS:
        value = raw.get(question_id)
        if value is None:
            value = benchmarks.value(question_id, answers)
        numbers[question_id] = check_number(question_id, value, specs[question_id])

    target = raw.get("doel_terugverdientijd_jaren")
    if target is None:
        target = horizon
    target_spec = specs["doel_terugverdientijd_jaren"]
    target_spec = replace(target_spec, maximum=min(target_spec.maximum, horizon))
    try:
        target_years = int(check_number("doel_terugverdientijd_jaren", target, target_spec))
    except InputError:
        raise InputError("doel_terugverdientijd_jaren", messages.target_years(horizon)) from None

    own_items = _own_items(raw, horizon)
    for question_id, value in numbers.items():
        answers[question_id] = int(value) if NUMBER_KINDS[question_id] == "int" else value
    answers["doel_terugverdientijd_jaren"] = target_years
    if own_items:
        answers["eigen_posten"] = [
            {"naam": item.name, "soort": item.kind, "bedragen": list(item.amounts)}
            for item in own_items
        ]

    drivers = Drivers[float](
        **{
            name: to_formula_units(name, numbers[name]) if name in numbers else 0.0
            for name in DRIVER_FIELDS
        }
    )
    shape = CaseShape(
        horizon=horizon,
        discount_rate=to_formula_units("disconteringsvoet", numbers["disconteringsvoet"]),
        method=method,
        goals=goals,
        integration=integration,
        target_years=target_years,
        own_items=own_items,
    )
    return ValidatedInputs(
        answers=answers, numbers=numbers, drivers=drivers, shape=shape, specs=specs
    )
