"""The report layer's Dutch error messages (the only Dutch prose in its Python code)."""

from __future__ import annotations


def missing_template(name: str) -> str:
    return f"De rapportsjabloon '{name}' ontbreekt in de installatie."


def pdfua_failed(reason: str) -> str:
    return (
        f"Een PDF/UA-1-bestand maken is niet gelukt ({reason}); het rapport is zonder tags gemaakt."
    )
