"""The report's house style in the interview metadata: read, check and change it.

A helper of ``interview_session.py`` (it talks to the interview model, like that module). A
logo is stored as typed and read relative to the interview file's folder.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from crm_roi.interview.model import InterviewMetadata
from crm_roi.limits import MAX_TEXT_LENGTH
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import ReportDetails

LOGO_SUFFIXES = (".png", ".svg")


def details_of(metadata: InterviewMetadata) -> ReportDetails:
    """The metadata's house style as the dialog shows it (empty text: not set)."""
    return ReportDetails(
        adviseur=metadata.adviseur or "",
        adviesbureau=metadata.adviesbureau or "",
        logo=metadata.logo or "",
        accentkleur=metadata.accentkleur or "",
    )


def logo_path(logo: str, folder: Path) -> Path:
    """Where the logo is: `logo` itself when absolute, else relative to `folder`."""
    return (folder / Path(logo).expanduser()).resolve()


def detail_problem(field: str, text: str, folder: Path) -> str | None:
    """The Dutch message when `text` is not a valid value of `field`, else None.

    Names may be anything the interview file can hold (a length limit, no control
    characters); an empty field is always valid (not set).
    """
    text = text.strip()
    if not text:
        return None
    if field == "logo":
        if Path(text).suffix.lower() not in LOGO_SUFFIXES:
            return msg.DETAILS_LOGO_TYPE
        if not logo_path(text, folder).is_file():
            return msg.DETAILS_LOGO_MISSING.format(path=logo_path(text, folder))
        return None
    try:
        InterviewMetadata.model_validate({field: text})  # the interview file's own check
    except ValidationError:
        if field == "accentkleur":
            return msg.DETAILS_COLOUR
        return msg.DETAILS_TEXT.format(limit=MAX_TEXT_LENGTH)
    return None


def with_details(metadata: InterviewMetadata, details: ReportDetails) -> InterviewMetadata:
    """A copy of `metadata` with these details; an empty text clears a field."""
    update = {
        "adviseur": details.adviseur.strip() or None,
        "adviesbureau": details.adviesbureau.strip() or None,
        "logo": details.logo.strip() or None,
        "accentkleur": details.accentkleur.strip().upper() or None,
    }
    return InterviewMetadata.model_validate({**metadata.model_dump(), **update})
