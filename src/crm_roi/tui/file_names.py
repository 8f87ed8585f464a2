"""Names for the files the app makes: never over an existing file, always one the system takes."""

from __future__ import annotations

import re
from pathlib import Path

MAX_SLUG = 60  # a long organisation name still makes a file name the system accepts


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:MAX_SLUG].rstrip("-")


def pdf_name(organisation: str | None) -> str:
    """ "business-case-jansen-bv.pdf" (only "business-case.pdf" without a usable name)."""
    slug = _slug(organisation or "")
    return f"business-case-{slug}.pdf" if slug else "business-case.pdf"


def _taken(path: Path) -> bool:
    """Whether something is at `path`; a name the system refuses is free (writing there
    fails, and says why)."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return False


def free_path(path: Path) -> Path:
    """`path` itself, or "name (2).pdf", "name (3).pdf", ... when it exists: never overwrite."""
    candidate, number = path, 1
    while _taken(candidate):
        number += 1
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
    return candidate


def scenario_path(original: Path, organisation: str, *, autosave: bool) -> Path:
    """Where a new scenario of `original` is proposed: beside the user's own file as
    "<naam>-scenario.yaml", for an autosave in the current folder; never over a file."""
    if autosave:
        slug = _slug(organisation)
        name = f"business-case-{slug}-scenario.yaml" if slug else "business-case-scenario.yaml"
        return free_path(Path.cwd() / name)
    return free_path(original.with_name(f"{original.stem}-scenario{original.suffix or '.yaml'}"))
