"""Every Dutch sentence of the flow layer: answer errors and `crm-roi check` findings.

Questions, help and advice live in the YAML files; this module only says what went wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from crm_roi import formatting
from crm_roi.limits import (
    MAX_FLOW_FILE_BYTES,
    MAX_SCALAR_LENGTH,
    MAX_YAML_DEPTH,
    MAX_YAML_NODES,
    clipped,
    shown_size,
)

if TYPE_CHECKING:
    from crm_roi.flow.schema import Question

# --- answers --------------------------------------------------------------------------------

YES = "Ja"
NO = "Nee"
YES_WORDS = frozenset({"ja", "j", "jazeker", "zeker", "yes", "y", "wel", "klopt", "ok", "oke"})
NO_WORDS = frozenset({"nee", "n", "neen", "no", "niet", "geen", "nope"})
ALL_WORDS = frozenset({"alle", "alles", "allemaal", "alle doelen"})

_EXPECTED = {  # what to type, and an example
    "text": ("een korte tekst", ""),
    "int": ("een geheel getal", "bijvoorbeeld 12"),
    "euro": ("een bedrag in euro", "bijvoorbeeld 2.500 of € 1.250,50"),
    "percent": ("een percentage", "bijvoorbeeld 15 of 12,5%"),
    "hours": ("een aantal uren", "bijvoorbeeld 8 of 1,5"),
    "choice": ("het nummer of de naam van een van de keuzes", ""),
    "multichoice": ("een of meer keuzes", "bijvoorbeeld 1,3 of 'leads en cross-selling'"),
    "yesno": ("ja of nee", ""),
}

WHOLE_NUMBER = "Vul een geheel getal in, zonder komma; bijvoorbeeld 12."
ONE_NUMBER = "Ik lees meer dan één getal. Kies één getal, bijvoorbeeld het midden van uw schatting."
NOT_RELEVANT = "Deze vraag is nu niet van toepassing, door een eerder antwoord."
COMPLETE = "Alle vragen zijn beantwoord."


def expected(question_type: str) -> str:
    """What to fill in, as the end of "Vul ...": `een bedrag in euro in, bijvoorbeeld 2.500`."""
    what, example = _EXPECTED.get(question_type, _EXPECTED["text"])
    return f"{what} in, {example}" if example else f"{what} in"


def not_understood(question_type: str) -> str:
    return f"Dat kan ik niet lezen. Vul {expected(question_type)}."


def no_default(question_type: str) -> str:
    return f"Deze vraag heeft geen standaardwaarde; vul {expected(question_type)}."


def text_too_long(limit: int) -> str:
    return f"Dat is te lang; houd het korter dan {limit} tekens."


TEXT_CONTROL_CHARACTER = (
    "Deze tekst bevat een onzichtbaar stuurteken of een ongeldig teken; typ de tekst opnieuw."
)


def hours_as_number(typed: str, hours: str) -> str:
    """`4:30` for a number of hours: read as a clock time it would be misread."""
    return (
        f"Schrijf uren als één getal: {hours} voor {typed} (uren en minuten). "
        "Een dubbele punt lees ik niet."
    )


def join_labels(labels: Sequence[str]) -> str:
    """`A`, `A en B`, `A, B en C`."""
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " en " + labels[-1]


def _options(question: Question) -> str:
    return "; ".join(f"{n}. {c.label}" for n, c in enumerate(question.choices, start=1))


def choice_unknown(token: str, question: Question) -> str:
    return (
        f"'{clipped(token)}' staat niet tussen de keuzes. "
        f"Kies een nummer of naam: {_options(question)}."
    )


def stored_choice_unknown(value: object, ids: Sequence[str]) -> str:
    """A stored (not typed) choice that is not one of the choice ids."""
    shown = ("true" if value else "false") if isinstance(value, bool) else clipped(str(value))
    return f"'{shown}' staat niet tussen de keuzes. Kies uit: {', '.join(ids)}."


def percent_slip(typed: str, meant: str) -> str:
    """A percentage between 0 and 1: probably a fraction where percent units are expected."""
    return (
        f"U vulde {typed} in. Bedoelt u {meant}? "
        f"Percentages vult u in als {meant.rstrip('%')} voor {meant}."
    )


def choice_number_out_of_range(number: int, count: int) -> str:
    return f"Er is geen keuze {number}; kies een nummer van 1 tot en met {count}."


def choice_ambiguous(token: str, labels: Iterable[str]) -> str:
    return (
        f"'{clipped(token)}' past bij meer dan één keuze ({join_labels(list(labels))}); "
        "typ wat meer van de naam, of het nummer."
    )


def below_minimum(minimum: str) -> str:
    return f"Dat is te laag: vul minimaal {minimum} in."


def above_maximum(maximum: str) -> str:
    return f"Dat is te hoog: vul maximaal {maximum} in."


def unknown_question(question_id: str) -> str:
    return f"Er is geen vraag '{clipped(question_id)}' in deze vragenlijst."


def bad_saved_answer(question_id: str, problem: str) -> str:
    return f"Het opgeslagen antwoord op '{question_id}' klopt niet: {problem}"


# --- expressions ---------------------------------------------------------------------------

EXPRESSION_EMPTY = "de uitdrukking is leeg."
EXPRESSION_ATTRIBUTE = "een punt mag alleen na 'bm' staan, zoals bm.brutomarge."
EXPRESSION_BM_CALL = (
    "bm(...) verwacht één benchmark-id tussen aanhalingstekens, zoals bm('brutomarge')."
)


def expression_syntax(text: str, offset: int | None) -> str:
    where = f" bij teken {offset}" if offset else ""
    return f"de uitdrukking '{clipped(text)}' is niet te lezen{where}."


def expression_too_long(length: int, limit: int) -> str:
    return (
        f"de uitdrukking is te lang ({formatting.number(length)} tekens; "
        f"hoogstens {formatting.number(limit)}). Splits de berekening over meer vragen."
    )


def expression_too_deep(limit: int) -> str:
    return f"de uitdrukking is te diep genest (meer dan {limit} niveaus haakjes en bewerkingen)."


def expression_not_allowed(what: str) -> str:
    return f"'{what}' is niet toegestaan in een uitdrukking."


def expression_bare_name(name: str) -> str:
    return f"'{name}' is een functie; gebruik {name}(...) of bm.<benchmark>."


def expression_unknown_function(name: str) -> str:
    return f"onbekende functie '{name}'; toegestaan zijn min, max, round, abs, len en bm('...')."


# --- types and divisions in expressions (crm-roi check) ------------------------------------

_KIND_NAMES = {"number": "een getal", "text": "een tekst", "list": "een lijst", "bool": "ja/nee"}


def _kind(kind: str | None) -> str:
    return _KIND_NAMES.get(kind or "", "iets onbekends")


def operation_types(op: str, shown: str, left: str | None, right: str | None) -> str:
    return (
        f"'{clipped(shown)}': '{op}' kan niet met {_kind(left)} en {_kind(right)}; "
        "deze berekening mislukt altijd."
    )


def sign_needs_number(shown: str, kind: str | None) -> str:
    return (
        f"'{clipped(shown)}': een min- of plusteken kan alleen voor een getal, "
        f"niet voor {_kind(kind)}."
    )


def comparison_types(shown: str, left: str | None, right: str | None, problem: str) -> str:
    if problem == "never":
        return (
            f"'{clipped(shown)}' vergelijkt {_kind(left)} met {_kind(right)}; "
            "die zijn nooit gelijk."
        )
    if problem == "container":
        return (
            f"'{clipped(shown)}': 'in' zoekt {_kind(left)} in {_kind(right)}; "
            "rechts van 'in' hoort een lijst (of een tekst, bij een tekst links)."
        )
    return f"'{clipped(shown)}': {_kind(left)} en {_kind(right)} zijn niet te ordenen."


def argument_count(name: str, shown: str, low: int, high: int) -> str:
    wanted = f"{low}" if low == high else f"{low} tot {high}" if high < 99 else f"minstens {low}"
    return f"'{clipped(shown)}': {name}() verwacht {wanted} argument(en)."


def function_argument(name: str, shown: str, kind: str | None) -> str:
    wanted = {
        "len": "een tekst of lijst",
        "abs": "een getal",
        "round": "een getal",
        "min": "een lijst, of meer waarden",
        "max": "een lijst, of meer waarden",
    }.get(name, "iets anders")
    return f"'{clipped(shown)}': {name}() verwacht {wanted}, maar krijgt {_kind(kind)}."


def mixed_arguments(name: str, shown: str) -> str:
    return f"'{clipped(shown)}': {name}() kan getallen en teksten niet met elkaar vergelijken."


def division_by_zero(shown: str) -> str:
    return f"'{clipped(shown)}' deelt door 0."


def division_maybe_zero(shown: str, divisor: str) -> str:
    return (
        f"'{clipped(shown)}' deelt door '{clipped(divisor)}', en dat kan 0 zijn. Geef de vraag "
        f"een 'min' boven 0, deel door max({clipped(divisor)}, 1), of schrijf "
        f"'... if {clipped(divisor)} > 0 else ...'."
    )


def expression_types(where: str, problem: str) -> str:
    return f"In '{where}': {problem}"


# --- check findings ------------------------------------------------------------------------


def cannot_read_file(problem: str) -> str:
    return f"Kan het bestand niet lezen: {problem}."


def yaml_syntax(problem: str) -> str:
    return f"Geen geldige YAML: {problem}."


def yaml_problem(kind: str, detail: str) -> str:
    """A YamlProblem of `crm_roi.yaml_loading` (its `kind` and `detail`) in Dutch."""
    if kind == "character":
        what = "een ongeldige \\u-code" if detail == "escape" else detail
        return f"Hier staat een teken dat niet in een tekstbestand hoort ({what}); haal het weg."
    if kind == "depth":
        return (
            f"De lijsten en blokken zijn hier te diep in elkaar genest (meer dan "
            f"{MAX_YAML_DEPTH} niveaus)."
        )
    if kind == "size":
        return (
            f"Het bestand bevat te veel waarden (meer dan {formatting.number(MAX_YAML_NODES)}, "
            "verwijzingen (*naam) meegeteld)."
        )
    if kind == "scalar_length":
        length = formatting.number(int(detail)) if detail.isdigit() else detail
        return (
            f"Deze waarde is te lang ({length} tekens); "
            f"houd elke waarde korter dan {formatting.number(MAX_SCALAR_LENGTH)} tekens."
        )
    if kind == "alias":
        return "Ankers en verwijzingen (&naam en *naam) zijn hier niet toegestaan."
    if kind == "tag":
        return f"De YAML-tag '{clipped(detail)}' is in een vragenlijst niet toegestaan."
    if kind == "number":
        return f"Dit getal is veel te lang ({detail.replace(' digits', ' cijfers')})."
    if kind == "documents":
        return "Het bestand bevat meer dan één YAML-document (---); een vragenlijst is er één."
    return yaml_syntax(detail)


_NOT_REGULAR = {
    "folder": "Dit is een map, geen bestand.",
    "pipe": "Dit is een pipe (FIFO), geen gewoon bestand.",
    "device": "Dit is een apparaat, geen gewoon bestand.",
}


def file_problem(kind: str, detail: str) -> str:
    """A FileProblem of `crm_roi.yaml_loading` in Dutch."""
    if kind == "missing":
        return cannot_read_file("het bestaat niet")
    if kind == "not_regular":
        return _NOT_REGULAR.get(detail, "Dit is geen gewoon bestand.")
    if kind == "too_large":
        size = shown_size(int(detail)) if detail.isdigit() else "?"
        limit = shown_size(MAX_FLOW_FILE_BYTES)
        return f"Het bestand is te groot voor een vragenlijst ({size}; hoogstens {limit})."
    if kind == "not_utf8":
        return "Het bestand is geen tekstbestand in UTF-8."
    return cannot_read_file(detail)


NOT_A_FLOW = "Dit is geen vragenlijst: verwacht sleutels zoals 'id:', 'title:' en 'sections:'."


def duplicate_key(key: object) -> str:
    return (
        f"De sleutel '{clipped(str(key))}' staat hier twee keer; de tweede overschrijft de eerste."
    )


def unknown_key(key: object, suggestion: str | None) -> str:
    hint = f" Bedoelt u '{suggestion}'?" if suggestion else ""
    return f"Onbekende sleutel '{clipped(str(key))}'.{hint}"


def missing_key(key: object) -> str:
    return f"De verplichte sleutel '{key}' ontbreekt."


def bad_type(question_type: object, allowed: Iterable[str]) -> str:
    return f"Onbekend vraagtype '{clipped(str(question_type))}'; kies uit {', '.join(allowed)}."


def bad_id(value: object) -> str:
    return (
        f"Ongeldige id '{clipped(str(value))}': "
        "gebruik kleine letters, cijfers en _ (begin met een letter)."
    )


def bad_value(where: str, expected_text: str) -> str:
    return f"Ongeldige waarde bij '{where}': verwacht {expected_text}."


EMPTY_VALUE = "Deze waarde mag niet leeg zijn."


def too_long(key: str, limit: int) -> str:
    return f"De waarde bij '{clipped(key)}' is te lang; houd het korter dan {limit} tekens."


DEFAULT_ONE_KIND = "Een standaardwaarde heeft precies één van 'value', 'benchmark' of 'expr'."


def duplicate_question(question_id: str, first_line: int | None) -> str:
    where = f" (eerder op regel {first_line})" if first_line else ""
    return f"De vraag-id '{clipped(question_id)}' komt twee keer voor{where}."


def question_is_given(question_id: str, given_line: int | None) -> str:
    where = f" (regel {given_line})" if given_line else ""
    return (
        f"De vraag-id '{clipped(question_id)}' is ook een naam onder 'given'{where}; "
        "kies een andere id."
    )


def duplicate_given(name: str, first_line: int | None) -> str:
    where = f" (eerder op regel {first_line})" if first_line else ""
    return f"De naam '{clipped(name)}' staat twee keer onder 'given'{where}."


def missing_given(name: str) -> str:
    return (
        f"De vragenlijst verwacht de waarde '{name}' van het programma dat haar start "
        "(onder 'given'), maar die is niet meegegeven."
    )


def unknown_given(name: str, known: Iterable[str]) -> str:
    listed = ", ".join(known) or "geen"
    return (
        f"'{clipped(name)}' staat niet onder 'given' in de vragenlijst; "
        f"meegegeven kunnen worden: {listed}."
    )


def bad_given(name: str, problem: str) -> str:
    return f"De meegegeven waarde '{name}' past niet bij zijn type: {problem}"


def duplicate_choice(value: str) -> str:
    return f"De keuze '{clipped(value)}' staat twee keer in de lijst."


def too_few_choices(question_type: str) -> str:
    return f"Een vraag van het type {question_type} heeft minstens twee keuzes nodig."


def choices_not_allowed(question_type: str) -> str:
    return f"Een vraag van het type {question_type} heeft geen keuzes; verwijder 'choices'."


def bounds_not_allowed(question_type: str) -> str:
    return f"'min' en 'max' gelden alleen voor getallen, niet voor het type {question_type}."


def min_above_max(minimum: float, maximum: float) -> str:
    return f"'min' ({minimum:g}) is groter dan 'max' ({maximum:g}); geen antwoord is dan goed."


def default_wrong_type(problem: str) -> str:
    return f"De standaardwaarde past niet bij het vraagtype: {problem}"


def default_not_a_choice(value: object, allowed: Iterable[str]) -> str:
    return (
        f"De standaardwaarde '{clipped(str(value))}' staat niet tussen de keuzes "
        f"({', '.join(allowed)})."
    )


def default_out_of_bounds(value: object, bound: str) -> str:
    return f"De standaardwaarde {value} valt buiten het toegestane bereik ({bound})."


def unknown_benchmark(benchmark_id: str, suggestion: str | None) -> str:
    hint = f" Bedoelt u '{suggestion}'?" if suggestion else ""
    return f"Onbekende benchmark '{clipped(benchmark_id)}'.{hint}"


def benchmark_needs_earlier(benchmark_id: str, by: str) -> str:
    return (
        f"De benchmark '{benchmark_id}' hangt af van de vraag '{by}', "
        "maar die komt niet eerder in de vragenlijst."
    )


def expression_problem(where: str, problem: str) -> str:
    return f"In '{where}': {problem}"


def unknown_name(where: str, name: str, suggestion: str | None) -> str:
    hint = f" Bedoelt u '{suggestion}'?" if suggestion else ""
    return f"In '{where}': onbekende vraag '{clipped(name)}'.{hint}"


def later_name(where: str, name: str) -> str:
    return (
        f"In '{where}': de vraag '{name}' komt later in de vragenlijst; "
        "een uitdrukking kan alleen eerdere vragen gebruiken."
    )


def also_used_elsewhere(count: int) -> str:
    where = "één andere plaats" if count == 1 else f"{count} andere plaatsen"
    return f" Dezelfde naam staat nog op {where}."


def intro_needs_earlier(name: str) -> str:
    return (
        f"In 'intro_if': de vraag '{name}' wordt pas in of na deze sectie gesteld; "
        "een intro kan alleen eerdere antwoorden gebruiken."
    )


INTERVIEW_NOT_FLOW = (
    "Dit is een opgeslagen interview, geen vragenlijst. "
    "Gebruik 'crm-roi open BESTAND' of 'crm-roi report BESTAND'."
)


def self_reference(where: str) -> str:
    return f"In '{where}': een vraag kan niet naar zichzelf verwijzen; gebruik 'value' in regels."


def value_outside_rule(where: str) -> str:
    return f"In '{where}': 'value' bestaat alleen in 'rules' en 'warn'."


def unknown_placeholder(name: str) -> str:
    return f"De melding gebruikt {{{name}}}, maar dat is geen eerdere vraag, 'value' of 'default'."


def unreachable(condition: str) -> str:
    return (
        f"Deze vraag wordt nooit gesteld: geen combinatie van antwoorden maakt "
        f"'when: {condition}' waar."
    )


def impossible_comparison(name: str, value: object, allowed: Iterable[str]) -> str:
    return (
        f"'{name}' wordt vergeleken met '{clipped(str(value))}', maar dat is geen van de keuzes "
        f"({', '.join(allowed)})."
    )


# --- where a default comes from -------------------------------------------------------------

EXPRESSION_SOURCE = "berekend uit eerdere antwoorden"


def benchmark_source(source: str, date: str) -> str:
    """`prijslijst Pipedrive (...), 2025`; the date is left out when the source names it."""
    text = source.strip().rstrip(",;").strip()
    date = date.strip()
    if not date or date in text:
        return text
    return f"{text}, {date}"
