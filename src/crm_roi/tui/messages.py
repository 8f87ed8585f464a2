"""Dutch texts of the app that are not flow text (those live in the flow YAML)."""

from __future__ import annotations

APP_TITLE = "CRM business case"

# Input hints per question type (placeholders).
PLACEHOLDERS: dict[str, str] = {
    "text": "Typ uw antwoord",
    "int": "Een geheel getal, bijv. 12",
    "euro": "Een bedrag, bijv. 1.250 of € 2.000,-",
    "percent": "Een percentage, bijv. 15%",
    "hours": "Aantal uren, bijv. 2,5",
}
PLACEHOLDER_WITH_DEFAULT = "{hint} · Enter = {default}"
LIST_HINT = "↑/↓ kiezen · Enter bevestigen"
MULTI_HINT = "↑/↓ kiezen · Spatie: aan- of uitvinken (meer mogelijk) · Enter: klaar"
DEFAULT_LINE = "Standaard: {default}"
DEFAULT_LINE_WITH_SOURCE = "Standaard: {default} — {source}"
EARLIER_ANSWER = "Eerder antwoord: {answer}"
DEFAULT_NOW = "Door uw wijziging is de standaardwaarde nu {default}."
DEFAULT_NOW_WITH_SOURCE = "Door uw wijziging is de standaardwaarde nu {default} — {source}."
DEFAULT_GONE = "Door uw wijziging heeft deze vraag geen standaardwaarde meer."
YES = "Ja"
NO = "Nee"
NOTHING_CHOSEN = "Kies ten minste één mogelijkheid."
HELP_NOT_AVAILABLE = "Voor deze vraag is geen extra uitleg."
KEEP_TYPED = "Enter om dit antwoord te houden, of typ een ander antwoord."
KEEP_CHOICE = "Enter om dit antwoord te houden, of kies een ander antwoord."

# Progress line.
PROGRESS = "{section} · vraag {number} van ca. {total}"
PROGRESS_DONE = "Alle vragen beantwoord"

# Live business-case panel.
PANEL_TITLE = "Business case (live)"
PANEL_NOT_ENOUGH = (
    "Nog niet genoeg gegevens.\nNa een paar vragen verschijnen hier de eerste cijfers."
)
PANEL_INVESTMENT = "Investering"
PANEL_YEARLY_COSTS = "Kosten per jaar"
PANEL_BENEFIT = "Baten per jaar"
PANEL_NPV = "NCW"
PANEL_ROI = "ROI"
PANEL_PAYBACK = "Terugverdiend"
PANEL_CASHFLOW = "Cumulatieve kasstroom"
PANEL_NOT_WITHIN = "niet binnen {years}"
PANEL_COMPACT = "NCW {npv} · ROI {roi} · terugverdiend: {payback}"
PANEL_COMPACT_PROVISIONAL = "Voorlopig · " + PANEL_COMPACT
PANEL_COMPACT_COSTS_ONLY = "Voorlopig, alleen kosten · investering {investment} · per jaar {yearly}"
PANEL_PROVISIONAL_NO_BENEFITS = (
    "Voorlopig: de baten zijn nog niet ingevuld; u ziet alleen de kosten."
)
PANEL_PROVISIONAL_GOALS = "Voorlopig: de baten van deze doelen tellen als {zero} tot u ze invult:"
PANEL_PROVISIONAL_GOAL = "• {goal}"
PANEL_NOTE = "Onbeantwoorde vragen rekenen met de standaardwaarden."
PANEL_NOTE_PROVISIONAL = "Andere onbeantwoorde vragen rekenen met de standaardwaarden."

# The live figures against the last recorded version (panel and one-line strip).
PANEL_SINCE = "Verschil met versie {number}"
PANEL_SAME = "gelijk"
PANEL_POINTS = "{change} procentpunt"
PANEL_EARLIER = "{months} eerder"
PANEL_LATER = "{months} later"
PANEL_COMPACT_SINCE = (
    "NCW {npv} ({change} t.o.v. versie {number}) · ROI {roi} · terugverdiend: {payback}"
)
PANEL_COMPACT_SINCE_SHORT = "NCW {npv} ({change} t.o.v. versie {number}) · ROI {roi}"

# "Hoe is dit berekend?": the working of a figure and what it rests on.
TRACE_TITLE = "Hoe is dit berekend?"
TRACE_INDEX = "Kerncijfers"
TRACE_INDEX_INTRO = (
    "Kies een cijfer en druk op Enter: u ziet de berekening met de ingevulde getallen en "
    "waar elke invoer vandaan komt."
)
TRACE_RESTS_ON = "Berekend uit"
TRACE_NO_INPUTS = "Dit cijfer rust niet op andere cijfers."
TRACE_PATH_SEPARATOR = " › "
TRACE_BRANCH_FIGURE = "{label}: {value}"
TRACE_BRANCH_INPUT = "{label} — {source}"
TRACE_OPEN_INPUT = "nog niet beantwoord: telt voorlopig als {value}"
TRACE_IS_INPUT = "{label} is een invoer. Wijzigen kan in het overzicht (Ctrl+O)."
TRACE_NOT_YET = "Er zijn nog geen cijfers. Na een paar vragen ziet u hier hoe ze zijn berekend."
PANEL_TRACE_HINT = "Klik of F3: hoe is dit berekend?"
SUMMARY_TRACE_HINT = "Hoe is een cijfer berekend? Druk op F3, of klik op het cijfer."

# Conversation.
BACK_TO = "Terug naar de vorige vraag."
NO_EARLIER = "Dit is de eerste vraag; verder terug kan niet."
EDITED = "Aangepast: {question} → {answer}"
RESUMED = "Welkom terug. Hieronder ziet u het gesprek tot nu toe; we gaan verder waar u was."
ALL_ANSWERED = "Dat waren alle vragen. Ik reken de business case nu volledig door."
ALREADY_FINISHED = "Dit gesprek is al af. Hieronder staat de samenvatting."
SUMMARY_UPDATED = "Uw antwoorden zijn bijgewerkt. Hieronder staat de nieuwe samenvatting."
REPORT_HINT = (
    "Het rapport (PDF) maakt u met Ctrl+R (of Ctrl+P, Rapport maken). "
    "Antwoorden wijzigen kan met Ctrl+O."
)
SUMMARY_TITLE = "Samenvatting"
VERDICT_POSITIVE = (
    "De investering verdient zichzelf terug: de netto contante waarde is positief over {horizon}."
)
VERDICT_NEGATIVE = "Op deze aannames verdient de investering zichzelf niet terug binnen {horizon}."
TOP_ADVICE = "Belangrijkste advies"
SUMMARY_FAILED = "De business case kon niet worden doorgerekend: {reason}"
PDF_BUSY = "Het rapport (PDF) wordt gemaakt…"
PDF_DONE = "Het rapport staat klaar: {path}"
PDF_FAILED = "Het rapport kon niet worden gemaakt: {reason}"
PDF_UNAVAILABLE = "Het maken van een PDF is in deze omgeving niet beschikbaar."
PDF_ALREADY_BUSY = "Het rapport wordt al gemaakt; een ogenblik geduld."
REPORT_NOT_YET = "Het rapport kan pas worden gemaakt als alle vragen zijn beantwoord."
BACK_NOT_NOW = (
    "Alle vragen zijn beantwoord; een antwoord wijzigen doet u in het overzicht (Ctrl+O)."
)
EXPLAIN_NOT_NOW = "Er staat nu geen vraag open; uitleg is er bij een vraag."
LOGO_MISSING = (
    "Het logo {logo} is niet gevonden in de map van het interview; het rapport is zonder logo "
    "gemaakt."
)
SAVED = "Opgeslagen in {path}"
SAVE_FAILED = "Opslaan is niet gelukt: {reason}"

# Versions: a report records one; reopened, the chat says what moved since the last one.
VERSION_RECORDED = "Versie {number} vastgelegd (rapport {report})."
VERSION_SAVED_PARTLY = "Versie {number} is alleen bewaard in {path}. {problems}"
VERSION_NOT_SAVED = (
    "Versie {number} is niet bewaard. {problems} "
    "Bewaar het gesprek elders met Ctrl+S (Opslaan als)."
)
VERSION_NOT_RECORDED = "Er is geen versie vastgelegd: dit gesprek is elders geopend."
SINCE_HEADING = (
    "Dit gesprek is eerder vastgelegd als versie {number} ({date}). Sindsdien is er dit veranderd:"
)
SINCE_NOTHING = "Sinds versie {number} ({date}) is er niets veranderd aan de invoer."
SINCE_ITEM = "• {text}"
DEFAULT_MOVED = "De standaardwaarde van {label} is sinds {date} {moved}."
DEFAULT_MOVED_BY_EDITS = (
    "Door uw eigen wijzigingen is de standaardwaarde van {label} sinds {date} {moved}."
)
DEFAULT_SOURCE_NOW = "Bron nu: {source}."
MOVED_UP = "gestegen van {before} naar {after}"
MOVED_DOWN = "gedaald van {before} naar {after}"
MOVED_OTHER = "veranderd van {before} in {after}"
OWN_ANSWER_MOVED = "Uw antwoord bij {label} is {moved}."
QUESTION_NEW = "Nieuwe vraag: {label} ({after})."
QUESTION_GONE = "Vervallen vraag: {label} (was {before})."
SINCE_NPV = "De netto contante waarde was {before} bij versie {number} en is nu {after}."
SINCE_NEXT_REPORT = (
    "Een nieuw rapport (Ctrl+R) legt versie {next} vast en zegt wat er sinds versie "
    "{number} veranderd is en waarom."
)
SINCE_LATER = (
    "Wat er sinds de laatst vastgelegde versie veranderd is, laat ik zien zodra alle vragen "
    "beantwoord zijn."
)
SINCE_FAILED = (
    "Wat er sinds de laatst vastgelegde versie veranderd is, kon niet worden berekend: {reason}"
)
KEEP_TITLE = "Standaardwaarde veranderd"
KEEP_TITLE_OF = "Standaardwaarde veranderd ({index} van {count})"
KEEP_QUESTION = (
    "Wilt u de oude waarde {before} houden? Dan wordt die uw eigen antwoord en volgt deze "
    "vraag de standaardwaarde niet meer. Met de nieuwe waarde {after} rekent u verder met "
    "de standaardwaarde."
)
KEEP_OLD = "Oude waarde houden"
USE_NEW = "Nieuwe waarde gebruiken"
KEPT_OLD = "U houdt {before} voor {label}; dat is nu uw eigen antwoord."
USING_NEW = "U rekent verder met de nieuwe standaardwaarde {after} voor {label}."
KEEP_NOT_POSSIBLE = "De oude waarde van {label} kon niet worden teruggezet: {reason}"
KEEP_NO_LONGER = "de vraag telt niet meer mee of heeft al een eigen antwoord."

# Welcome: the saved interviews.
WELCOME_NEW = "Nieuw gesprek beginnen"
WELCOME_HEADING = "Uw gesprekken, het laatst gewijzigde eerst:"
WELCOME_HINT = "Enter opent: verder waar u was, of het overzicht als het af is."
WELCOME_MORE = (
    "Alleen de laatst gewijzigde gesprekken staan hier; 'crm-roi lijst MAP' toont de "
    "interviews in een map, en 'crm-roi open BESTAND' opent er een."
)
WELCOME_NPV = "NCW {npv}"
WELCOME_NPV_NOW = "NCW {npv} (van de antwoorden nu)"
WELCOME_ADVICE = "advies: {advice}"
WELCOME_AUTOSAVE = "{path} (automatisch bewaard)"
WELCOME_CANNOT_OPEN = "Dit bestand kan niet worden geopend: {problem}"
WELCOME_CHOOSE_FIRST = "Kies eerst het gesprek dat u als nieuw scenario wilt opslaan."
UNNAMED_ORGANISATION = "naamloze organisatie"
SCENARIO_TITLE = "Opslaan als nieuw scenario"
SCENARIO_PROMPT = (
    "Waar komt het nieuwe scenario? Het krijgt dezelfde antwoorden, eigen posten en "
    "rapportgegevens, maar nog geen versies; het origineel blijft zoals het is."
)
SCENARIO_SAVED = "Nieuw scenario opgeslagen in {path}"
SCENARIO_FAILED = "Het nieuwe scenario is niet opgeslagen: {reason}"


def versions_text(count: int) -> str:
    if count == 0:
        return "nog geen versie"
    return "1 versie" if count == 1 else f"{count} versies"


# Overview.
OVERVIEW_TITLE = "Overzicht van uw antwoorden"
OVERVIEW_HINT = (
    "Kies een antwoord met ↑/↓ en Enter om het te wijzigen. Esc gaat terug. "
    "Bij vragen die nog niet gevraagd zijn staat de standaardwaarde."
)
OVERVIEW_COLUMNS = ("Vraag", "Antwoord", "Bron")
SOURCE_LABELS: dict[str, str] = {
    "user": "eigen antwoord",
    "default": "standaard",
    "benchmark": "richtwaarde",
    "open": "nog open",
}
NOT_ANSWERED = "—"
NOT_YET_ASKED = "nog niet gevraagd"
EDIT_TITLE = "Antwoord wijzigen"

# Save as.
SAVE_AS_TITLE = "Opslaan als"
SAVE_AS_PROMPT = "Waar wilt u het gesprek bewaren? (een .yaml-bestand)"
SAVE_AS_PLACEHOLDER = "bijvoorbeeld ~/Documenten/crm-business-case.yaml"
SAVE_AS_EMPTY = "Geef een bestandsnaam op."
OK = "Opslaan"
CANCEL = "Annuleren"
CHANGE = "Wijzigen"

# Report details (the house style on the report's cover).
DETAILS_TITLE = "Rapportgegevens"
DETAILS_PROMPT = (
    "Voor het voorblad van het rapport; laat leeg wat u niet wilt tonen. "
    "Een logo-pad geldt vanaf de map van het gespreksbestand."
)
DETAILS_LABELS: dict[str, str] = {
    "adviseur": "Adviseur",
    "adviesbureau": "Adviesbureau",
    "logo": "Logo",
    "accentkleur": "Accentkleur",
}
DETAILS_PLACEHOLDERS: dict[str, str] = {
    "adviseur": "uw naam, bijvoorbeeld Anna de Vries",
    "adviesbureau": "bijvoorbeeld De Vries Advies",
    "logo": "een PNG- of SVG-bestand, bijvoorbeeld logo.svg",
    "accentkleur": "#RRGGBB, bijvoorbeeld #1F6FEB",
}
DETAILS_LOGO_TYPE = "Het logo moet een PNG- of SVG-bestand zijn (eindigt op .png of .svg)."
DETAILS_LOGO_MISSING = "Het bestand {path} bestaat niet. Geef het pad naar uw logo."
DETAILS_COLOUR = "Geef een kleur als #RRGGBB, bijvoorbeeld #1F6FEB."
DETAILS_TEXT = "Dat is te lang of bevat een stuurteken; houd het korter dan {limit} tekens."
DETAILS_FIX_FIRST = "Verbeter eerst de velden met een melding."
DETAILS_SAVED = "De rapportgegevens zijn bewaard."
DETAILS_SAVED_REMAKE = (
    "De rapportgegevens zijn bewaard. Maak het rapport opnieuw met Ctrl+R om ze te gebruiken."
)
DETAILS_HINT = "Uw naam, logo en kleur op het rapport? Druk op F2 en daarna op Ctrl+R."

# Help screen.
HELP_TITLE = "Hulp"
HELP_QUESTION = "Over deze vraag"
HELP_KEYS = "Sneltoetsen"
HELP_CLOSE = "Esc of F1 sluit dit venster."
HELP_KEY_LINES: tuple[tuple[str, str], ...] = (
    ("Enter", "antwoord geven (leeg: de standaard overnemen)"),
    ("F1", "deze hulp"),
    ("Ctrl+B", "terug naar de vorige vraag"),
    ("Ctrl+O", "overzicht van alle antwoorden, om te wijzigen"),
    ("Ctrl+S", "opslaan als bestand naar keuze"),
    ("F2", "rapportgegevens: uw naam, bureau, logo en kleur op het rapport"),
    ("Ctrl+R", "rapport maken (PDF) en als versie vastleggen, als alle vragen beantwoord zijn"),
    ("Ctrl+L", "de cijfers naast het gesprek tonen of verbergen"),
    ("F3", "hoe is dit berekend? de berekening achter de cijfers, met de herkomst van de invoer"),
    ("Ctrl+E", "de uitleg bij de vraag in het gesprek zetten"),
    ("Ctrl+P", "alle opdrachten"),
    ("Ctrl+Q", "afsluiten (het gesprek is al bewaard)"),
)
HELP_CTRL = "In de balk onderaan staat ^ voor de Ctrl-toets: ^B is Ctrl+B."
HELP_ANSWERING = (
    "Typ uw antwoord en druk op Enter. Een lege regel neemt de standaardwaarde over. "
    "Typ ? als antwoord om de uitleg in het gesprek te zien."
)

# Key bindings and command palette.
KEY_HELP = "Hulp"
KEY_OPEN = "Openen"
KEY_SCENARIO = "Nieuw scenario"
KEY_NEW = "Nieuw gesprek"
KEY_BACK = "Terug"
KEY_OVERVIEW = "Overzicht"
KEY_SAVE_AS = "Opslaan als"
KEY_QUIT = "Afsluiten"
HOW_TO_QUIT = "Afsluiten doet u met Ctrl+Q; uw gesprek is al bewaard."
KEY_PALETTE = "Opdrachten"
KEY_CLOSE = "Sluiten"
KEY_EXPLAIN = "Uitleg in gesprek"
KEY_PANEL = "Cijfers aan/uit"
KEY_REPORT = "Rapport"
KEY_DETAILS = "Rapportgegevens"
KEY_TRACE = "Berekening"
KEY_TRACE_OPEN = "Bekijken"
KEY_TRACE_BACK = "Terug"
PALETTE_PLACEHOLDER = "Zoek een opdracht…"
PALETTE_NO_MATCH = "Geen opdracht gevonden"
PALETTE_NO_MATCH_HELP = "Wis de zoektekst om alle opdrachten te zien"
PALETTE_HELP: dict[str, str] = {
    "help": "Uitleg bij de huidige vraag en de sneltoetsen",
    "explain": "Zet de uitleg bij de huidige vraag in het gesprek",
    "back": "Ga terug naar de vorige vraag; uw antwoorden blijven bewaard",
    "overview": "Bekijk en wijzig al uw antwoorden per onderdeel",
    "save_as": "Bewaar het gesprek in een bestand naar keuze",
    "toggle_panel": "Toon of verberg de live business case",
    "quit": "Sluit af; het gesprek is al automatisch bewaard",
    "make_report": "Maak het rapport (PDF) en leg deze stand vast als versie",
    "report_details": "Uw naam, adviesbureau, logo en accentkleur op het voorblad",
    "trace": "Bekijk hoe de cijfers zijn berekend en waar elke invoer vandaan komt",
    "close": "Terug naar het gesprek",
    "change": "Wijzig het gekozen antwoord",
    "cancel": "Sluit dit venster zonder iets te wijzigen",
    "dismiss": "Sluit dit venster",
    "open": "Open het gekozen gesprek: verder waar u was, of het overzicht als het af is",
    "scenario": "Sla het gekozen gesprek op als nieuw scenario, met dezelfde antwoorden",
    "new": "Begin een nieuw gesprek",
}
# Palette titles where the footer's short description is not enough.
PALETTE_TITLES: dict[str, str] = {
    "make_report": "Rapport maken (PDF)",
    "report_details": "Rapportgegevens (adviseur, logo, kleur)",
    "explain": "Uitleg bij de vraag in het gesprek",
    "trace": TRACE_TITLE,
    "open": "Gesprek openen",
    "scenario": SCENARIO_TITLE,
    "new": WELCOME_NEW,
}

# Damaged autosaves, set aside on start.
SET_ASIDE = (
    "Een automatisch bewaard gesprek kon niet worden gelezen en is apart gezet als {path} "
    "(er is niets verwijderd). Wat er mis was: {reason}"
)
SET_ASIDE_FAILED = (
    "Een automatisch bewaard gesprek ({path}) kon niet worden gelezen en wordt overgeslagen; "
    "apart zetten lukte niet ({error}). Wat er mis was: {reason}"
)
SET_ASIDE_BACKUP = "De versie van de keer daarvoor staat nog in {backup}."

# One interview open twice.
LOCKED_TITLE = "Dit gesprek is al geopend"
LOCKED_TEXT = (
    "Dit gesprek is op dit moment ook geopend door {holder}. Als u het hier ook wijzigt, "
    "overschrijft het ene venster de antwoorden van het andere.\n\n"
    "U kunt het hier alleen bekijken, of afsluiten en verder werken in het andere venster."
)
LOCKED_STALE_HINT = (
    "Draait dat programma niet meer? Verwijder dan {lock} en open het gesprek opnieuw."
)
LOCKED_VIEW = "Alleen bekijken"
LOCKED_QUIT = "Afsluiten"
LOCK_HOLDER = "{user} op {host} (proces {pid}, sinds {since})"
LOCK_HOLDER_UNKNOWN = "een ander programma"
LOCK_SINCE = "{date}, {time}"
READ_ONLY_BANNER = "Alleen bekijken: dit gesprek is geopend door {holder}. Hier wijzigt u niets."
READ_ONLY = "Dit gesprek is elders geopend; hier kunt u het alleen bekijken."
SAVE_AS_LOCKED = "Dat bestand is geopend door {holder}; kies een andere naam."

# Saving that fails.
UNSAVED_BANNER = (
    "Let op: uw laatste antwoorden zijn niet bewaard. {problems} "
    "Bewaar het gesprek elders met Ctrl+S (Opslaan als)."
)
PARTLY_SAVED_BANNER = "Let op: {problems} Uw antwoorden staan wel in {path}."
QUIT_TITLE = "Uw laatste antwoorden zijn niet bewaard"
QUIT_TEXT = (
    "{problems}\n\nBewaar het gesprek ergens anders (Opslaan als), of sluit af en "
    "raak de antwoorden sinds de laatste keer bewaren kwijt."
)
QUIT_SAVE_AS = "Opslaan als…"
QUIT_ANYWAY = "Toch afsluiten"

# Save as onto an existing file.
OVERWRITE_TITLE = "Dit bestand bestaat al"
OVERWRITE_TEXT = "{path} bestaat al. Wilt u het vervangen door dit gesprek?"
OVERWRITE = "Vervangen"
SAVE_AS_FOLDER = "{path} is een map; geef een bestandsnaam op."
INVALID_FILE_NAME = "deze bestandsnaam kan niet: er staat een stuurteken in."
SAVE_AS_CONTROL = "Er staat een stuurteken in deze naam; typ de bestandsnaam opnieuw."
SAVE_AS_NO_HOME = "{path}: die thuismap bestaat niet."
HOW_TO_QUIT_UNSAVED = (
    "Afsluiten doet u met Ctrl+Q. Let op: uw laatste antwoorden zijn niet bewaard."
)

# Plan against actual (nacalculatie). One block at the end, also for the entries it adds to
# the palette and help tables above, so that parallel changes to this file merge cleanly.
KEY_REALISATION = "Nacalculatie"
PALETTE_HELP["realisation"] = (
    "Vul na de livegang per afgerond jaar de gemeten KPI's en de werkelijke kosten in"
)
PALETTE_TITLES["realisation"] = "Nacalculatie invoeren"
HELP_KEY_LINES = (
    *HELP_KEY_LINES,
    ("Ctrl+N", "nacalculatie: na de livegang de gemeten KPI's en werkelijke kosten invoeren"),
)
REALISATION_OFFER = (
    "Uw CRM is op {date} live gegaan. Nog niet ingevuld: {years}. Met Ctrl+N (Nacalculatie "
    "invoeren) vult u de gemeten KPI's en de werkelijke kosten in; dan ziet u plan en "
    "realisatie naast elkaar."
)
REALISATION_YEAR_ZERO = "jaar 0 (de eenmalige kosten)"
REALISATION_YEAR = "jaar {year}"
REALISATION_AND = " en "
REALISATION_NOT_COMPLETE = (
    "De nacalculatie vergelijkt uw cijfers met de business case. Beantwoord eerst alle "
    "vragen van het gesprek."
)
REALISATION_FAILED = "De business case kon niet worden doorgerekend: {reason}"
REALISATION_PROGRESS = "Nacalculatie · jaar {year} · vraag {number} van {total}"
REALISATION_PROGRESS_START = "Nacalculatie"
REALISATION_PROGRESS_DONE = "Nacalculatie · jaar {year} bewaard"
KEY_BACK_TO_CHAT = "Terug naar gesprek"
GO_LIVE_QUESTION = "Op welke datum is het CRM live gegaan? Bijvoorbeeld 1 maart 2026 of 1-3-2026."
GO_LIVE_HELP = (
    "De livegang is de dag waarop het team met het CRM ging werken. Jaar 0 (de eenmalige "
    "kosten) loopt tot die dag; jaar 1 eindigt een jaar later, enzovoort. Een jaar kunt u "
    "invullen zodra het voorbij is. De datum wordt in het gespreksbestand bewaard."
)
GO_LIVE_SECTION = "Livegang"
GO_LIVE_PLACEHOLDER = "Een datum, bijv. 1 maart 2026 of 1-3-2026"
GO_LIVE_KNOWN = "Het CRM is live gegaan op {date}."
GO_LIVE_UNREADABLE = (
    "Dat is geen datum die ik kan lezen. Typ de datum van de livegang, bijvoorbeeld "
    "1 maart 2026 of 1-3-2026."
)
GO_LIVE_NO_SUCH_DAY = "{text} bestaat niet. Typ een datum die bestaat, bijvoorbeeld 1 maart 2026."
GO_LIVE_FUTURE = (
    "Die datum ligt na vandaag ({today}). De nacalculatie gaat over een livegang die al is "
    "geweest; typ de datum waarop het CRM live ging."
)
YEAR_QUESTION = "Welk jaar wilt u invullen?"
YEAR_HELP = (
    "Jaar 0 zijn de eenmalige kosten van de invoering, tot de livegang. Elk volgend jaar "
    "telt vanaf de livegang; u kunt het invullen zodra het voorbij is. Een jaar dat al is "
    "ingevuld, kunt u opnieuw invullen: u ziet dan uw eerdere antwoorden."
)
YEAR_SECTION = "Jaar kiezen"
YEAR_ZERO_CHOICE = "Jaar 0: de eenmalige kosten, tot de livegang op {date}"
YEAR_CHOICE = "Jaar {year}: {start} tot {end}"
YEAR_DONE = "{choice} (ingevuld)"
YEAR_STOP = "Klaar: terug naar het gesprek"
YEAR_CHOSEN = "Jaar {year}"
REALISATION_STORED_AT_END = (
    "Na de laatste vraag van dit jaar bewaar ik uw cijfers. Stopt u eerder (Esc), dan blijft "
    "het jaar zoals het was."
)
REALISATION_ANSWER_HINT = "Enter: het plan aanhouden · ?: hoe meet ik dit · Ctrl+B: vorige vraag"
REALISATION_ANSWER_HINT_OWN = (
    "Enter: dit antwoord houden · leeg maken en Enter: het plan aanhouden · ?: uitleg"
)
REALISATION_KEPT_PLAN = "Plan aangehouden: {answer}"
REALISATION_NO_EARLIER = "Dit is de eerste vraag van dit jaar."
REALISATION_NOT_STORED = (
    "De cijfers van jaar {year} zijn niet bewaard: u was nog niet bij de laatste vraag."
)
GO_LIVE_SAVE_FAILED = (
    "De datum van de livegang is nog niet in een bestand bewaard: {problems} Ga met Esc terug "
    "naar het gesprek en bewaar het daar met Ctrl+S (Opslaan als)."
)
REALISATION_NOT_STORED_AGAIN = (
    "Uw wijzigingen in jaar {year} zijn niet bewaard: u was nog niet bij de laatste vraag. "
    "De eerder bewaarde cijfers van dat jaar blijven staan."
)
UNSTORED_YEAR_TITLE = "De cijfers van jaar {year} zijn nog niet bewaard"
UNSTORED_YEAR_TEXT = (
    "Een jaar wordt pas bewaard na de laatste vraag. Sluit u nu af, dan raakt u de cijfers "
    "kwijt die u voor jaar {year} al heeft ingevuld."
)
UNSTORED_YEAR_TEXT_AGAIN = (
    "Een jaar wordt pas bewaard na de laatste vraag. Sluit u nu af, dan raakt u uw "
    "wijzigingen in jaar {year} kwijt; de eerder bewaarde cijfers van dat jaar blijven staan."
)
UNSTORED_YEAR_STAY = "Verder invullen"
REALISATION_SAVED = "De cijfers van jaar {year} staan in {path}."
REALISATION_AUTOSAVED = "De cijfers van jaar {year} zijn automatisch bewaard."
REALISATION_UNAVAILABLE = "De nacalculatie is hier niet beschikbaar."
REALISATION_SAVE_FAILED = (
    "De cijfers van jaar {year} zijn nog niet in een bestand bewaard: {problems} Ga met Esc "
    "terug naar het gesprek en bewaar het daar met Ctrl+S (Opslaan als)."
)
REALISATION_READ_ONLY = "Dit gesprek is elders geopend; hier kunt u geen nacalculatie invoeren."
REALISATION_COMPUTING = "Ik zet uw cijfers naast het plan…"
REALISATION_NEXT = "Nog een jaar invullen? Kies hieronder, of druk op Esc voor het gesprek."
RESULT_TITLE = "Plan en realisatie na jaar {year}"
RESULT_NPV = "NCW volgens plan: {plan} · volgens realisatie en prognose: {actual}"
RESULT_PAYBACK = "Terugverdientijd volgens plan: {plan} · volgens realisatie en prognose: {actual}"
RESULT_NOT_WITHIN = "niet binnen {years}"
RESULT_KPIS = "KPI's in jaar {year}"
RESULT_KPI_ON_TRACK = "{label}: gemeten {measured}, doel {target}: op koers"
RESULT_KPI_OFF_TRACK = "{label}: gemeten {measured}, doel {target}: niet op koers"
RESULT_KPI_NOT_MEASURED = "{label}: niet gemeten, het plan ({target}) blijft staan"
RESULT_COSTS = "Kosten in jaar {year}"
RESULT_COST = "{label}: werkelijk {actual}, plan {plan}"
RESULT_COST_PLAN = "Volgens plan (niet ingevuld): {labels}"
RESULT_REPORT_HINT = (
    "Het rapport (Ctrl+R in het gesprek) zet plan en realisatie per jaar en per post naast elkaar."
)
