"""The house style's Dutch messages (the only Dutch prose in its Python code)."""

from __future__ import annotations


def invalid_accent(text: str) -> str:
    return (
        f"De accentkleur '{text}' is geen geldige kleur. Verwacht een hexadecimale kleurcode "
        "zoals #1F5F8B of #1F5."
    )


def logo_missing(path: str) -> str:
    return f"Het logo {path} bestaat niet of is geen bestand."


def logo_unreadable(path: str) -> str:
    return f"Het logo {path} kan niet worden gelezen (geen toestemming of een leesfout)."


def logo_not_a_file(path: str) -> str:
    return f"Het logo {path} is geen gewoon bestand (maar bijvoorbeeld een map of een pipe)."


def logo_wrong_type(path: str) -> str:
    return f"Het logo {path} moet een PNG- of SVG-bestand zijn (.png of .svg)."


def logo_outside_folder(path: str) -> str:
    return (
        f"Het logo {path} ligt buiten de map van het interview. Een logo in een interview moet "
        "in dezelfde map staan (of in een map daarbinnen); geef een ander logo op met --logo."
    )


def logo_too_big(path: str, megabytes: int) -> str:
    return f"Het logo {path} is groter dan {megabytes} MB; gebruik een kleinere afbeelding."


def logo_too_many_pixels(path: str, width: int, height: int) -> str:
    return (
        f"Het logo {path} is te groot ({width} bij {height} beeldpunten); gebruik een kleinere "
        "afbeelding."
    )


def logo_not_png(path: str) -> str:
    return (
        f"Het logo {path} is geen PNG-afbeelding, al eindigt de naam op .png. Verwacht een "
        "echt PNG-bestand, of een SVG-bestand met de extensie .svg."
    )


def logo_not_svg(path: str) -> str:
    return (
        f"Het logo {path} is geen geldig SVG-bestand. Verwacht een XML-bestand met <svg> als "
        "buitenste element, of een PNG-bestand met de extensie .png."
    )
