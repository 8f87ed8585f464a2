"""Every Dutch sentence of the command line: help texts, errors and notices."""

from __future__ import annotations

from collections.abc import Sequence

from crm_roi import messages as shared

# Help texts ---------------------------------------------------------------------------------

MAIN_HELP = (
    "Business case voor een CRM: verdient een CRM zichzelf terug, en wanneer?\n\n"
    "Zonder opdracht start een nieuw interview in de terminal."
)
OPEN_HELP = "Ga verder met een opgeslagen interview."
REPORT_HELP = (
    "Maak zonder interactie een rapport van een of meer opgeslagen interviews.\n\n"
    "Onbeantwoorde vragen krijgen hun standaardwaarde. Per interview komt er één uitvoer; "
    "zonder -o komt die in de huidige map (JSON: op het scherm)."
)
CHECK_HELP = "Controleer een vragenlijst (YAML) en meld alle problemen tegelijk."
HELP_OPTION = "Toon deze hulptekst en stop."
DEBUG_HELP = "Toon bij een interne fout de volledige technische foutmelding."
VERSION_HELP = "Toon het versienummer en stop."
OUTPUT_HELP = (
    "Uitvoerbestand, of een map voor de rapporten (bij meerdere interviews altijd een map). "
    "Een interview wordt nooit overschreven."
)
FORMAT_HELP = "Soort uitvoer: pdf (standaard), html of json."
SET_HELP = "Overschrijf een antwoord, bijvoorbeeld --set aantal_gebruikers=15. Mag vaker."
ORGANISATIE_HELP = "Naam van de klant op het rapport."
ADVISEUR_HELP = "Naam van de adviseur op het rapport."
ADVIESBUREAU_HELP = "Naam van het adviesbureau op het rapport."
LOGO_HELP = "Logo op het rapport (PNG of SVG)."
ACCENTKLEUR_HELP = "Accentkleur van het rapport, zoals #1F6FEB."
VERSIE_HELP = (
    "Leg na het rapport een versie vast in het interviewbestand: de invoer met bronnen, de "
    "uitkomsten en de naam van het rapport. Zonder deze optie blijft het interview ongewijzigd."
)
VERGELIJK_HELP = (
    "Vergelijk met een ander interviewbestand: het rapport zegt wat er veranderd is en wat "
    "elke wijziging met de NCW doet."
)
SINDS_VERSIE_HELP = "Vergelijk met versie N van hetzelfde interview (zie crm-roi lijst)."
LIJST_HELP = (
    "Toon de opgeslagen interviews: organisatie, laatst gewijzigd, aantal versies, de laatste "
    "NCW en het advies, nieuwste eerst. Zonder map: de interviews van de assistent."
)
LIJST_FOLDER = "[MAP]"

# `crm-roi lijst`: the table of interviews ---------------------------------------------------

LIST_HEADING = "Uw interviews, het laatst gewijzigde eerst:"
LIST_HEADINGS = ("Organisatie", "Laatst gewijzigd", "Versies", "Laatste NCW", "Advies", "Status")
LIST_NO_NAME = "(geen naam)"
LIST_NONE = "–"
LIST_AUTOSAVE = "(automatisch bewaard)"
LIST_PROBLEM = "Probleem: {problem}"
LIST_COMPUTED_MARK = "*"
LIST_COMPUTED_NOTE = (
    "* Nog geen versie: de NCW van de antwoorden zoals ze nu zijn. Een rapport met "
    "'crm-roi report BESTAND --versie' legt een versie vast, met het advies."
)
LIST_EMPTY = (
    "U heeft nog geen opgeslagen interviews. Begin een nieuw interview met 'crm-roi'; "
    "een interview dat u opent of opslaat, komt daarna in deze lijst."
)


def list_heading_folder(folder: str) -> str:
    return f"Interviews in {folder}, het laatst gewijzigde eerst:"


def list_empty_folder(folder: str) -> str:
    return (
        f"In {folder} staan geen interviews (bestanden op .yaml of .yml). Open er een met "
        "'crm-roi open BESTAND', of begin een nieuw interview met 'crm-roi'."
    )


def list_more(limit: int) -> str:
    return f"Alleen de {limit} laatst gewijzigde interviews staan hier."


def folder_not_found(path: str) -> str:
    return f"de map '{path}' bestaat niet."


def not_a_folder(path: str) -> str:
    return f"'{path}' is geen map; geef de map met de interviews op."


def folder_unreadable(path: str, reason: str) -> str:
    return f"de map '{path}' kan niet worden gelezen ({reason})."


COMPARE_TWO_WAYS = "gebruik --vergelijk of --sinds-versie, niet allebei."
COMPARE_ONE_FILE = "--vergelijk werkt met één interview tegelijk; geef één BESTAND."

USAGE_PREFIX = "Gebruik: "
OPTIONS_SECTION = "Opties"
ARGUMENTS_SECTION = "Argumenten"
COMMANDS_SECTION = "Opdrachten"
OPTIONS_METAVAR = "[OPTIES]"
SUBCOMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."
VERSION_TEXT = "%(prog)s, versie %(version)s"

# Usage errors (click's English ones, translated) -----------------------------------------


def error_line(message: str) -> str:
    return f"Fout: {message}"


def try_help(command_path: str) -> str:
    return f"Probeer '{command_path} --help' voor hulp."


def _suggestion(possibilities: Sequence[str] | None) -> str:
    if not possibilities:
        return ""
    names = ", ".join(f"'{name}'" for name in sorted(possibilities))
    return f" Bedoelt u {names}?"


def no_such_option(name: str, possibilities: Sequence[str] | None) -> str:
    return f"onbekende optie '{name}'.{_suggestion(possibilities)}"


def no_such_command(name: str, possibilities: Sequence[str] | None) -> str:
    return f"onbekende opdracht '{name}'.{_suggestion(possibilities)}"


def missing_argument(hint: str) -> str:
    return f"het argument {hint} ontbreekt."


def missing_option(hint: str) -> str:
    return f"de optie {hint} ontbreekt."


def option_needs_value(name: str) -> str:
    return f"de optie '{name}' verwacht een waarde."


def option_takes_no_value(name: str) -> str:
    return f"de optie '{name}' neemt geen waarde."


def invalid_value(hint: str, message: str) -> str:
    return f"ongeldige waarde voor {hint}: {message}"


def invalid_choice(value: str, choices: Sequence[str]) -> str:
    names = ", ".join(f"'{choice}'" for choice in choices)
    return f"'{value}' kan niet; kies uit {names}."


def extra_arguments(arguments: str) -> str:
    return f"onverwachte extra argumenten ({arguments})."


def is_a_folder(path: str) -> str:
    return f"'{path}' is een map, geen bestand."


def other_usage_error(message: str) -> str:
    """A usage error of click we have no translation for: said as a wrong call, in Dutch."""
    return f"de opdracht klopt niet zo ({message})."


MISSING_COMMAND = "geef een opdracht."
ABORTED = "Afgebroken."

# Reasons the operating system gives (errno), in Dutch --------------------------------------


def os_reason(error: OSError) -> str:
    """Why the operating system refused, in Dutch (one list for every layer)."""
    return shared.os_reason(error)


def not_utf8_reason(error: UnicodeDecodeError) -> str:
    """Python's codec message in Dutch: which byte cannot be read, and where."""
    byte = error.object[error.start : error.start + 1].hex().upper()
    return f"byte 0x{byte} op positie {error.start} is geen geldige UTF-8"


def not_utf8(path: str, error: UnicodeDecodeError) -> str:
    return f"{path}: het bestand is geen tekstbestand in UTF-8 ({not_utf8_reason(error)})."


def option_not_utf8(option: str) -> str:
    return (
        f"{option}: de tekst bevat tekens die geen geldige UTF-8 zijn; typ hem opnieuw of "
        "controleer de tekenset van de terminal."
    )


def cannot_read(path: str, reason: str) -> str:
    return f"{path}: het bestand kan niet worden gelezen ({reason})."


def not_a_regular_input(path: str, kind: str) -> str:
    if kind not in shared.TARGET_KINDS or kind == "other":
        return f"{path}: dit is geen gewoon bestand."
    return f"{path}: dit is {shared.TARGET_KINDS[kind]}, geen gewoon bestand."


# Where the output goes: never over an input, a folder, a pipe or a device ----------------


def output_not_a_file(path: str, kind: str) -> str:
    what = shared.TARGET_KINDS.get(kind, shared.TARGET_KINDS["other"])
    return (
        f"-o {path}: dat is {what}; een rapport wordt alleen als gewoon bestand opgeslagen. "
        "Kies een bestandsnaam, zoals rapport.pdf."
    )


def output_is_input(target: str, source: str) -> str:
    if target == source:
        return (
            f"{target}: het rapport zou dit invoerbestand overschrijven. Kies een andere naam "
            "voor de uitvoer."
        )
    return (
        f"{target}: het rapport zou het invoerbestand {source} overschrijven. Kies een andere "
        "naam voor de uitvoer."
    )


def output_is_an_interview(target: str) -> str:
    return (
        f"{target}: het rapport zou dit YAML-bestand overschrijven (misschien een interview). "
        "Kies een naam die past bij het rapport, zoals rapport.pdf."
    )


def outputs_collide(target: str, sources: Sequence[str]) -> str:
    names = ", ".join(sources[:-1]) + " en " + sources[-1]
    together = "allebei" if len(sources) == 2 else "allemaal"
    return (
        f"{names} zouden {together} als {target} worden opgeslagen en elkaar overschrijven. "
        "Geef de interviews verschillende namen, of maak hun rapporten apart, elk met een "
        "eigen -o."
    )


def same_input_twice(path: str) -> str:
    return f"{path} staat meer dan eens in de opdracht; noem elk interview één keer."


# Errors and notices of the commands -------------------------------------------------------


def internal_error(detail: str) -> str:
    return (
        f"Interne fout in crm-roi: {detail}\n"
        "Dit is niet uw schuld. Draai de opdracht opnieuw met --debug voor de technische "
        "details en meld die bij de ontwikkelaars."
    )


def app_not_available() -> str:
    return (
        "De interviewapp in de terminal is in deze versie nog niet beschikbaar. "
        "Maak een rapport van een opgeslagen interview met 'crm-roi report BESTAND'."
    )


def file_not_found(path: str) -> str:
    return f"{path}: het bestand bestaat niet."


def stdout_failed(reason: str) -> str:
    return f"het rapport kan niet naar de standaarduitvoer worden geschreven ({reason})."


def bad_set_syntax(text: str) -> str:
    return f"--set '{text}': verwacht vraag-id=waarde, zoals --set aantal_gebruikers=15."


def unknown_set_id(question_id: str) -> str:
    return (
        f"--set: de vraag '{question_id}' bestaat niet in de vragenlijst; "
        "controleer de schrijfwijze van het vraag-id."
    )


def several_errors(problems: list[str]) -> str:
    """Several problems as one message: each after its own "Fout: " (see error_line)."""
    return "\nFout: ".join(problems)


def invalid_set_value(question_id: str, text: str, message: str) -> str:
    return f"--set {question_id}='{text}': {message}"


def cannot_write(path: str, reason: str) -> str:
    return f"{path}: het bestand kan niet worden opgeslagen ({reason})."


def output_must_be_folder(path: str) -> str:
    return f"-o {path}: bij meerdere interviews moet de uitvoer een map zijn, geen bestand."


def written(path: str) -> str:
    return f"Opgeslagen: {path}"


def notice(path: str, message: str) -> str:
    return f"Let op ({path}): {message}"


def failed_files(count: int) -> str:
    if count == 1:
        return "1 interview kon niet worden verwerkt."
    return f"{count} interviews konden niet worden verwerkt."


def flow_clean(path: str) -> str:
    return f"{path}: geen problemen gevonden."


def flow_findings(path: str, count: int) -> str:
    return (
        f"{path}: {count} probleem gevonden."
        if count == 1
        else (f"{path}: {count} problemen gevonden.")
    )


def set_not_counted(question_id: str, reason: str) -> str:
    return f"--set {question_id}: {reason}"


def in_file(path: str, line: int | None, message: str) -> str:
    where = f"{path}, regel {line}" if line is not None else path
    return f"{where}: {message}"


def logo_left_out(where: str, problem: str) -> str:
    """A logo named in the interview file that cannot be used: the report goes on without it."""
    return f"Let op ({where}): {problem} Het rapport wordt zonder logo gemaakt."


def option_problem(option: str, message: str) -> str:
    return f"{option}: {message}"


def answer_warning(question_id: str, text: str, path: str | None = None) -> str:
    """A remark on a kept answer; with the file's name in a batch of several files."""
    where = question_id if path is None else f"{path}, {question_id}"
    return f"Let op ({where}): {text}"


NEEDS_TERMINAL = (
    "de interviewassistent heeft een terminal nodig en werkt niet met invoer of uitvoer via "
    "een pipe of bestand. Maak zonder interactie een rapport met 'crm-roi report BESTAND'."
)


def version_recorded(number: int, path: str) -> str:
    return f"Versie {number} vastgelegd in {path}."


def compare_file_problem(path: str, problem: str) -> str:
    return f"het interview om mee te vergelijken ({path}) is niet te gebruiken: {problem}"
