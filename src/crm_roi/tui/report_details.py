"""The report's house style in the interview metadata: read, check and change it.

A helper of ``interview_session.py`` (it talks to the interview model, like that module). A
logo is stored as typed and read relative to the interview file's folder, never outside it.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from crm_roi.house_style import HouseStyleError, logo_in_folder, parse_accent, read_logo_in_folder
from crm_roi.interview.model import InterviewMetadata
from crm_roi.limits import MAX_TEXT_LENGTH
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import ReportDetails

# What the dialog says, shorter than the house style's own sentence, per kind of problem
_SHORT_PROBLEMS = {"type": msg.DETAILS_LOGO_TYPE, "accent": msg.DETAILS_COLOUR}


def details_of(metadata: InterviewMetadata) -> ReportDetails:
    """The metadata's house style as the dialog shows it (empty text: not set)."""
    return ReportDetails(
        adviseur=metadata.adviseur or "",
        adviesbureau=metadata.adviesbureau or "",
        logo=metadata.logo or "",
        accentkleur=metadata.accentkleur or "",
    )


def logo_path(logo: str, folder: Path) -> Path | None:
    """Where the logo is, relative to `folder`; None when it would lie outside `folder`."""
    try:
        return logo_in_folder(logo, folder)
    except HouseStyleError:
        return None


def detail_problem(field: str, text: str, folder: Path) -> str | None:
    """The Dutch message when `text` is not a valid value of `field`, else None.

    The checks are the house style's own (`crm_roi.house_style`), as for the interview file
    and the command line. Names may be anything the interview file can hold (a length limit,
    no control characters); an empty field is always valid (not set).
    """
    text = text.strip()
    if not text:
        return None
    try:
        if field == "logo":
            read_logo_in_folder(text, folder)
        elif field == "accentkleur":
            parse_accent(text)
        else:
            InterviewMetadata.model_validate({field: text})  # the interview file's own check
    except HouseStyleError as error:
        if error.problem == "missing":
            return msg.DETAILS_LOGO_MISSING.format(path=logo_in_folder(text, folder))
        return _SHORT_PROBLEMS.get(error.problem, error.message)
    except ValidationError:
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
