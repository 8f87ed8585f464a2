"""Dutch error messages of the business-case layer (the only Dutch prose in this package).

Numbers in messages go through crm_roi.formatting, like everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable

from crm_roi import formatting

# How a message names each input: a Dutch noun phrase, lower case.
INPUT_NAMES: dict[str, str] = {
    "aantal_gebruikers": "het aantal gebruikers",
    "licentie_per_gebruiker_per_maand": "de licentieprijs per gebruiker per maand",
    "eenmalige_setupkosten": "de eenmalige opstartkosten van de leverancier",
    "implementatiekosten": "de implementatiekosten",
    "datamigratiekosten": "de kosten van de datamigratie",
    "koppelingen": "de keuze voor koppelingen",
    "integratiekosten": "de kosten van de koppelingen",
    "opleiding_uren_per_gebruiker": "het aantal opleidingsuren per gebruiker",
    "opleiding_extern": "de kosten van externe training",
    "interne_projecturen": "het aantal interne projecturen",
    "loonkosten_per_uur": "de loonkosten per uur",
    "beheer_uren_per_maand": "het aantal beheeruren per maand",
    "overige_kosten_per_jaar": "de overige kosten per jaar",
    "prijsstijging": "de jaarlijkse prijsstijging",
    "tijdwinst_uren_per_week": "de tijdwinst per gebruiker per week",
    "werkweken_per_jaar": "het aantal werkweken per jaar",
    "benutting": "de benutting van de tijdwinst",
    "extra_leads_per_maand": "het aantal extra leads per maand",
    "conversieratio": "de conversieratio",
    "gemiddelde_orderwaarde": "de gemiddelde orderwaarde",
    "omzet_per_jaar": "de omzet per jaar",
    "omzetgroei": "de omzetgroei",
    "aantal_klanten": "het aantal klanten",
    "omzet_per_klant_per_jaar": "de omzet per klant per jaar",
    "churn_daling": "de daling van het klantverloop",
    "crosssell_aandeel": "het aandeel klanten dat extra afneemt",
    "crosssell_orderwaarde": "de orderwaarde bij cross-selling",
    "brutomarge": "de brutomarge",
    "verwachte_jaarlijkse_baten": "de verwachte jaarlijkse baten",
    "vervangen_kosten_per_jaar": "de besparing op vervangen tools per jaar",
    "horizon_jaren": "de horizon",
    "disconteringsvoet": "de disconteringsvoet",
    "zekerheid": "de zekerheid van de schattingen",
    "risico_baten": "de risicocorrectie op de baten",
    "risico_kosten": "de risicocorrectie op de kosten",
    "adoptie_jaar_1": "de adoptie in jaar 1",
    "adoptie_jaar_2": "de adoptie in jaar 2",
    "adoptie_daarna": "de adoptie vanaf jaar 3",
    "doel_terugverdientijd_jaren": "de gewenste terugverdientijd",
    "methode": "de rekenmethode",
    "doelen": "de doelen",
    "eigen_posten": "de eigen posten",
}


# Names that are plural take a plural verb ("De implementatiekosten moeten ...").
PLURAL_NAMES = frozenset(
    {
        "eenmalige_setupkosten",
        "implementatiekosten",
        "datamigratiekosten",
        "integratiekosten",
        "opleiding_extern",
        "overige_kosten_per_jaar",
        "verwachte_jaarlijkse_baten",
        "doelen",
        "eigen_posten",
    }
)


def _name(question_id: str) -> str:
    name = INPUT_NAMES.get(question_id, question_id)
    return name[:1].upper() + name[1:]


def _must(question_id: str) -> str:
    """`Het aantal gebruikers moet` / `De implementatiekosten moeten`."""
    verb = "moeten" if question_id in PLURAL_NAMES else "moet"
    return f"{_name(question_id)} {verb}"


def _choices(options: Iterable[str]) -> str:
    return ", ".join(options)


def not_a_mapping() -> str:
    return "De invoer moet per vraag een antwoord geven (vraag → waarde)."


def missing(question_id: str) -> str:
    verb = "ontbreken" if question_id in PLURAL_NAMES else "ontbreekt"
    return f"{_name(question_id)} {verb}; vul dit in om de business case te berekenen."


def whole_number(question_id: str, minimum: float, maximum: float) -> str:
    return (
        f"{_must(question_id)} een geheel getal van minimaal "
        f"{formatting.number(minimum)} en hoogstens {formatting.number(maximum)} zijn."
    )


def amount(question_id: str, minimum: float, maximum: float) -> str:
    return (
        f"{_must(question_id)} een bedrag tussen {formatting.euro(minimum)} "
        f"en {formatting.euro(maximum)} zijn."
    )


def hours(question_id: str, minimum: float, maximum: float) -> str:
    return (
        f"{_must(question_id)} een aantal uren tussen {formatting.number(minimum)} "
        f"en {formatting.number(maximum)} zijn."
    )


def percentage(question_id: str, minimum: float, maximum: float) -> str:
    return (
        f"{_must(question_id)} een percentage van minimaal {formatting.percent(minimum)} "
        f"en hoogstens {formatting.percent(maximum)} zijn."
    )


def target_years(horizon: int) -> str:
    return (
        f"{_must('doel_terugverdientijd_jaren')} een geheel aantal jaren van minimaal 1 "
        f"en hoogstens de horizon ({formatting.years(horizon, decimals=0)}) zijn."
    )


def choice(question_id: str, options: Iterable[str]) -> str:
    return f"{_must(question_id)} een van deze keuzes zijn: {_choices(options)}."


def goals_not_a_list(options: Iterable[str]) -> str:
    return f"De doelen moeten een lijst zijn met een of meer van: {_choices(options)}."


def unknown_goal(goal: object, options: Iterable[str]) -> str:
    return f"Onbekend doel '{goal}'. Kies uit: {_choices(options)}."


def own_items_not_a_list() -> str:
    return "De eigen posten moeten een lijst zijn met per post een naam, soort en bedragen."


def own_item_not_a_mapping(position: int) -> str:
    return f"Eigen post {position} moet een naam, een soort en bedragen per jaar hebben."


def own_item_name(position: int) -> str:
    return f"Eigen post {position} heeft geen naam; geef elke post een naam."


def own_item_duplicate(name: str) -> str:
    return f"Er zijn twee eigen posten met de naam '{name}'; geef elke post een eigen naam."


def own_item_kind(name: str) -> str:
    return f"De soort van eigen post '{name}' moet 'kosten' of 'baten' zijn."


def own_item_amounts(name: str, horizon: int) -> str:
    return (
        f"De bedragen van eigen post '{name}' moeten een lijst van hoogstens "
        f"{formatting.number(horizon + 1)} bedragen zijn (jaar 0 tot en met jaar "
        f"{formatting.number(horizon)}), elk {formatting.euro(0)} of meer."
    )
