"""Every Dutch sentence of the interview layer (errors, notices, the file's header)."""

from __future__ import annotations

import datetime as dt

from crm_roi import formatting
from crm_roi.limits import MAX_PATH_LENGTH, clipped, shown_size

FILE_HEADER = (
    "# Interview van crm-roi. U mag dit bestand met de hand bewerken.\n"
    "# Bedragen in euro excl. btw; percentages in procenten (12.5 betekent 12,5%).\n"
)


def cannot_read(reason: str) -> str:
    return f"het bestand kan niet worden gelezen ({reason})."


def not_found() -> str:
    return "het bestand bestaat niet."


def cannot_write(reason: str) -> str:
    return f"het bestand kan niet worden opgeslagen ({reason})."


def not_utf8() -> str:
    return "het bestand is geen tekstbestand in UTF-8."


_NOT_REGULAR = {
    "folder": "dit is een map, geen bestand.",
    "pipe": "dit is een pipe (FIFO), geen gewoon bestand; geef een opgeslagen interview op.",
    "device": "dit is een apparaat, geen gewoon bestand; geef een opgeslagen interview op.",
}


def not_regular(kind: str) -> str:
    return _NOT_REGULAR.get(kind, "dit is geen gewoon bestand; geef een opgeslagen interview op.")


def too_large(size: int, limit: int) -> str:
    return (
        f"het bestand is te groot voor een interview ({shown_size(size)}; hoogstens "
        f"{shown_size(limit)}). Is dit wel een interview?"
    )


def yaml_syntax(detail: str) -> str:
    return (
        "dit is geen geldige YAML; controleer op en vlak voor deze regel de inspringing, "
        f"dubbele punten en aanhalingstekens (technische melding: {detail or 'onbekend'})."
    )


def yaml_problem(kind: str, detail: str) -> str:
    """A YamlProblem of `crm_roi.yaml_loading` (its `kind` and `detail`) in Dutch."""
    if kind == "character":
        what = "een ongeldige \\u-code" if detail == "escape" else detail
        return f"hier staat een teken dat niet in een tekstbestand hoort ({what}); haal het weg."
    if kind == "depth":
        return (
            "de lijsten en blokken zijn hier te diep in elkaar genest; "
            "een interview heeft er hoogstens vier niveaus."
        )
    if kind == "size":
        return "het bestand bevat veel te veel waarden voor een interview."
    if kind == "scalar_length":
        length = formatting.number(int(detail)) if detail.isdigit() else detail
        limit = formatting.number(MAX_PATH_LENGTH)
        return (
            f"deze waarde is te lang ({length} tekens); houd elke waarde korter dan {limit} tekens."
        )
    if kind == "alias":
        return (
            "ankers en verwijzingen (&naam en *naam) horen niet in een interview; "
            "schrijf de waarde voluit."
        )
    if kind == "tag":
        return f"de YAML-tag '{clipped(detail)}' hoort niet in een interview; haal hem weg."
    if kind == "number":
        return f"dit getal is veel te lang ({detail.replace(' digits', ' cijfers')})."
    if kind == "documents":
        return "het bestand bevat meer dan één YAML-document (---); een interview is er één."
    return yaml_syntax(detail)


_KEY_KINDS = {
    "null": "'leeg' (null)",
    "bool": "ja/nee (true/false)",
    "number": "een getal",
}


def key_read_as(text: str, kind: str, is_answer: bool) -> str:
    """A key such as `~`, `true` or `12` that YAML reads as something other than text."""
    what = "vraag-id" if is_answer else "sleutel"
    return (
        f"'{clipped(text)}' is hier geen {what}: YAML leest '{clipped(text)}' als "
        f"{_KEY_KINDS.get(kind, 'geen tekst')}. Controleer de naam, of zet hem tussen "
        "aanhalingstekens."
    )


def key_not_text() -> str:
    return "een sleutel moet een naam zijn, geen lijst of blok."


def ambiguous_number(text: str) -> str:
    whole = text.replace(".", "")
    return (
        f"'{clipped(text)}' is dubbelzinnig: in YAML is dat {text.rstrip('0').rstrip('.')} "
        f"met decimalen, maar bedoelt u {whole}? Schrijf getallen zonder punt als "
        f"scheidingsteken voor duizendtallen ({whole}), of zet '{clipped(text)}' tussen "
        "aanhalingstekens om het te lezen zoals u het typt."
    )


def control_character(field: str) -> str:
    return f"'{field}' bevat een stuurteken of een ongeldig teken; typ de tekst opnieuw."


def too_long(field: str, limit: int) -> str:
    return f"'{field}' is te lang; houd het korter dan {formatting.number(limit)} tekens."


def not_a_mapping() -> str:
    return "dit is geen interview: verwacht sleutels zoals 'flow:' en 'answers:'."


def duplicate_key(key: str) -> str:
    return f"de sleutel '{clipped(key)}' staat er twee keer in; laat er één staan."


def newer_format(found: int, supported: int) -> str:
    return (
        f"dit interview heeft bestandsformaat {found} en is gemaakt met een nieuwere versie "
        f"van crm-roi (deze versie leest tot en met formaat {supported}). Werk crm-roi bij."
    )


_FIELD_EXPECTATIONS = {
    "format_version": "een geheel getal, zoals 1",
    "id": "een korte code van letters, cijfers, '-' of '_'",
    "flow": "'id:' en 'version:' van de vragenlijst",
    "id_flow": "de naam van de vragenlijst, zoals crm_roi",
    "version": "het versienummer van de vragenlijst, zoals 1",
    "created": "een datum en tijd, zoals 2026-11-26T10:00:00+01:00",
    "updated": "een datum en tijd, zoals 2026-11-26T10:00:00+01:00",
    "metadata": "gegevens zoals 'organisatie:' en 'adviseur:'",
    "organisatie": "een tekst",
    "adviseur": "een tekst",
    "adviesbureau": "een tekst",
    "logo": "het pad naar een afbeelding",
    "accentkleur": "een kleur als #RRGGBB, zoals #1F6FEB",
    "answers": "per vraag-id één antwoord",
    "accepted_defaults": "een lijst met vraag-id's waarvan de standaardwaarde is gekozen",
    "eigen_posten": "een lijst met posten, elk met 'naam:', 'soort:' en 'bedragen:'",
    "naam": "een naam voor de post",
    "soort": "'kosten' of 'baten'",
    "bedragen": "een lijst met bedragen per jaar, te beginnen bij jaar 0",
    "startdatum": "de datum van de livegang, zoals 2026-03-01",
    "versies": "een lijst met versies, elk met 'nummer:', 'datum:', 'invoer:' en 'resultaten:'",
    "nummer": "een oplopend versienummer, zoals 1",
    "datum": "een datum en tijd, zoals 2026-11-26T10:00:00+01:00",
    "benchmarks": "de versie van de benchmarks, zoals 2026.11",
    "rapport": "de naam van het rapportbestand",
    "invoer": "per vraag-id 'waarde:' en 'bron:'",
    "waarde": "de waarde zoals gebruikt",
    "bron": "'eigen', 'standaard' of 'benchmark'",
    "toelichting": "de bron als tekst",
    "resultaten": "'ncw:', 'roi:', 'totale_kosten:' en 'totale_baten:'",
    "realisatie": "per jaar (0, 1, 2, ...) 'metingen:' en 'kosten:'",
    "metingen": "per vraag-id een gemeten getal, zoals tijdwinst_uren_per_week: 1.1",
    "kosten": "per kostenpost een bedrag in euro, zoals licenties: 31200",
}


def field_problem(field: str, error_type: str, shown: str | None = None) -> str:
    """A Dutch explanation of a schema error in one field (`shown` as the file names it)."""
    shown = clipped(shown or field)
    if error_type == "missing":
        return f"'{shown}' ontbreekt; verwacht {_FIELD_EXPECTATIONS.get(field, 'een waarde')}."
    if error_type == "extra_forbidden":
        return (
            f"onbekende sleutel '{clipped(field)}'. Toegestaan zijn: "
            "format_version, id, flow, created, updated, metadata, answers, accepted_defaults, "
            "eigen_posten, versies en realisatie."
        )
    expected = _FIELD_EXPECTATIONS.get(field, "een andere waarde")
    return f"ongeldige waarde bij '{shown}'; verwacht {expected}."


def bad_answer_value() -> str:
    return "ongeldige waarde; verwacht tekst, een getal, true/false of een lijst met keuzes."


def unknown_metadata_key(key: str) -> str:
    return (
        f"onbekend gegeven '{clipped(key)}' bij metadata; toegestaan zijn organisatie, adviseur, "
        "adviesbureau, logo, accentkleur en startdatum."
    )


def unknown_eigen_post_key(key: str) -> str:
    return (
        f"onbekende sleutel '{clipped(key)}' bij een eigen post; gebruik naam, soort en bedragen."
    )


def wrong_flow(found: str, expected: str) -> str:
    return f"dit interview hoort bij vragenlijst '{clipped(found)}', niet bij '{expected}'."


def unknown_flow(flow_id: str) -> str:
    return f"de vragenlijst '{clipped(flow_id)}' van dit interview is niet gevonden."


def invalid_answer(message: str) -> str:
    return f"ongeldig antwoord: {message}"


def unknown_question(question_id: str) -> str:
    return (
        f"de vraag '{clipped(question_id)}' bestaat niet in deze vragenlijst; "
        "controleer de schrijfwijze van het vraag-id."
    )


def removed_question(question_id: str, old: str, new: str, value: str) -> str:
    return (
        f"De vraag '{question_id}' bestaat niet meer in versie {new} van de vragenlijst "
        f"(het interview is gemaakt met versie {old}); het antwoord {value} telt niet meer mee."
    )


def answer_no_longer_valid(question_id: str, new: str, message: str) -> str:
    return (
        f"Het antwoord op '{question_id}' past niet bij versie {new} van de vragenlijst "
        f"({message}); de standaardwaarde geldt nu."
    )


def missing_answers(labels: list[str]) -> str:
    """Questions that must be answered (no default) and have no answer."""
    if len(labels) == 1:
        return (
            f"het antwoord op {labels[0]} ontbreekt, en deze vraag heeft geen "
            "standaardwaarde. Vul het in het bestand in, of geef het mee met --set."
        )
    return (
        f"de antwoorden op {_and(labels)} ontbreken, en deze vragen hebben geen "
        "standaardwaarde. Vul ze in het bestand in, of geef ze mee met --set."
    )


def set_twice(question_id: str, first: str, second: str) -> str:
    return (
        f"--set {clipped(question_id)} staat er twee keer in ('{clipped(first)}' en "
        f"'{clipped(second)}'); geef elke vraag één waarde."
    )


def two_values(field: str, answer: str, option: str) -> str:
    return (
        f"twee verschillende waarden: --set {field}='{clipped(answer)}' en "
        f"--{field} '{clipped(option)}'; geef er één."
    )


# One interview open twice (the lock file beside it, `crm_roi.interview.lock`) ----------------


def lock_holder(user: str, host: str, pid: int, started: dt.datetime) -> str:
    since = f"{formatting.date(started.date())}, {started:%H:%M}"
    return f"{user} op {host} (proces {pid}, sinds {since})"


def locked(holder: str) -> str:
    return f"dit interview is al geopend door {holder}; sluit het daar eerst af."


def locked_by_unknown(lock: str) -> str:
    return f"dit interview is al geopend door een ander programma (zie {lock})."


# Files that are something else than an interview -------------------------------------------

FLOW_FILE = (
    "dit is een vragenlijst, geen opgeslagen interview. Gebruik 'crm-roi check' om een "
    "vragenlijst te controleren."
)
BENCHMARKS_FILE = (
    "dit is het bestand met kengetallen (benchmarks), geen opgeslagen interview. "
    "Open een interview, zoals een van de voorbeelden in de map examples."
)
ADVICE_FILE = (
    "dit zijn de adviesregels, geen opgeslagen interview. "
    "Open een interview, zoals een van de voorbeelden in de map examples."
)
JSON_REPORT_FILE = (
    "dit is de JSON-uitvoer van 'crm-roi report', geen opgeslagen interview. "
    "Open het interview (YAML) waarvan dit rapport is gemaakt."
)
PDF_REPORT_FILE = (
    "dit is een PDF-bestand (een rapport), geen opgeslagen interview. "
    "Open het interview (YAML) waarvan dit rapport is gemaakt."
)
HTML_REPORT_FILE = (
    "dit is een HTML-bestand (een rapport), geen opgeslagen interview. "
    "Open het interview (YAML) waarvan dit rapport is gemaakt."
)


# Answers that do not count --------------------------------------------------------------


def answer_not_counted(label: str, question_id: str, value: str, reason: str) -> str:
    """A saved answer that is kept in the file but not used; `reason` says why."""
    return f"Het antwoord {value} bij '{label}' ({question_id}) telt niet mee: {reason}"


def counts_only_if(conditions: list[str]) -> str:
    """`conditions` are the parts of the question's condition that do not hold now."""
    return f"deze vraag telt alleen mee als {_and(conditions)}."


def counts_only_by(labels: list[str]) -> str:
    """The fallback: the questions the condition depends on."""
    return f"deze vraag telt nu niet mee door uw antwoord bij {_and(labels)}."


def chosen(label: str, question_id: str, choice: str) -> str:
    return f"u bij '{label}' ({question_id}) kiest voor '{choice}'"


def not_chosen(label: str, question_id: str, choice: str) -> str:
    return f"u bij '{label}' ({question_id}) niet kiest voor '{choice}'"


def either(conditions: list[str]) -> str:
    return " of ".join(conditions)


def together(conditions: list[str]) -> str:
    return _and(conditions)


def question_label(label: str, question_id: str) -> str:
    return f"'{label}' ({question_id})"


def _and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]


def realised_year_key(text: str) -> str:
    return (
        f"'{clipped(text)}' is geen jaar: schrijf bij realisatie het jaar als getal, 0 voor de "
        "eenmalige kosten en 1, 2, ... voor de jaren na de livegang."
    )


def realised_value(year: int, part: str, key: str) -> str:
    unit = "een bedrag in euro, 0 of meer" if part == "kosten" else "een getal, 0 of meer"
    return f"realisatie, jaar {year}, {part}: '{clipped(key)}' verwacht {unit}."


VERSION_NUMBERS = (
    "de versies moeten oplopend genummerd zijn, elk nummer één keer (1, 2, 3, ...), de oudste "
    "eerst."
)


# The library of interviews ----------------------------------------------------------------

LIBRARY_STATES = {
    "finished": "afgerond",
    "unfinished": "onderbroken",
    "unreadable": "onleesbaar",
    "newer": "nieuwere versie",
}
"""What the list of interviews says of each (`crm_roi.interview.library.LibraryEntry.state`)."""
UNREADABLE = "het bestand kan niet als interview worden gelezen."
SCENARIO_SAME_FILE = (
    "een nieuw scenario komt in een ander bestand dan het interview zelf; kies een andere naam."
)


def in_file(message: str, line: int | None, question_id: str | None) -> str:
    """`regel 12: vraag 'x': bericht`: where in a file that is named beside it."""
    parts = [] if line is None else [f"regel {line}"]
    if question_id is not None:
        parts.append(f"vraag '{clipped(question_id)}'")
    return ": ".join([*parts, message])


def library_unreadable(path: str) -> str:
    return (
        f"De lijst met uw interviews ({path}) is beschadigd of onleesbaar; "
        "de interviews zelf zijn niet aangeraakt. Een interview dat u opent of opslaat, "
        "komt weer in de lijst."
    )


def library_not_written(path: str, reason: str) -> str:
    return f"De lijst met uw interviews ({path}) kan niet worden bijgewerkt ({reason})."
