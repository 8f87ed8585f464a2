"""The report layer's Dutch error messages (the only Dutch prose in its Python code)."""

from __future__ import annotations

from pathlib import Path


def invalid_accent(text: str) -> str:
    return (
        f"De accentkleur '{text}' is geen geldige kleur. Verwacht een hexadecimale kleurcode "
        "zoals #1F5F8B of #1F5."
    )


def logo_missing(path: Path) -> str:
    return f"Het logo {path} bestaat niet of is geen bestand."


def logo_wrong_type(path: Path) -> str:
    return f"Het logo {path} moet een PNG- of SVG-bestand zijn (.png of .svg)."


def logo_not_png(path: Path) -> str:
    return (
        f"Het logo {path} is geen PNG-afbeelding, al eindigt de naam op .png. Verwacht een "
        "echt PNG-bestand, of een SVG-bestand met de extensie .svg."
    )


def logo_not_svg(path: Path) -> str:
    return (
        f"Het logo {path} is geen geldig SVG-bestand. Verwacht een XML-bestand met <svg> als "
        "buitenste element, of een PNG-bestand met de extensie .png."
    )


def cannot_write(path: Path, reason: str) -> str:
    return f"Kan het rapport niet opslaan als {path}: {reason}."


def missing_template(name: str) -> str:
    return f"De rapportsjabloon '{name}' ontbreekt in de installatie."


def pdfua_failed(reason: str) -> str:
    return (
        f"Een PDF/UA-1-bestand maken is niet gelukt ({reason}); het rapport is zonder tags gemaakt."
    )
