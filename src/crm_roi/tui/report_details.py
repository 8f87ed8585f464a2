"""The report's house style in the interview metadata: read, check and change it.

A helper of ``interview_session.py`` (it talks to the interview model, like that module). A
logo is stored as typed and read relative to the interview file's folder, never outside it.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from crm_roi.house_style import HouseStyleError, logo_in_folder, parse_accent, read_logo_in_folder
from crm_roi.interview.model import Interview, InterviewMetadata
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


# What the system refuses in a path (too long, a NUL, a loop of links): no logo, never a crash
_REFUSED_PATH = (OSError, RuntimeError, ValueError)


def logo_path(logo: str, folder: Path) -> Path | None:
    """Where the logo is, relative to `folder`; None when it would lie outside `folder` or
    when the system refuses the path."""
    try:
        return logo_in_folder(logo, folder)
    except (HouseStyleError, *_REFUSED_PATH):
        return None


def found_logo(logo: str, folder: Path) -> Path | None:
    """The logo file inside `folder`, or None when there is none there (see `logo_path`)."""
    path = logo_path(logo, folder)
    try:
        return path if path is not None and path.is_file() else None
    except _REFUSED_PATH:
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
            return msg.DETAILS_LOGO_MISSING.format(path=logo_path(text, folder) or text)
        return _SHORT_PROBLEMS.get(error.problem, error.message)
    except ValidationError:  # before _REFUSED_PATH: a ValidationError is a ValueError
        return msg.DETAILS_TEXT.format(limit=MAX_TEXT_LENGTH)
    except _REFUSED_PATH:
        return msg.DETAILS_LOGO_MISSING.format(path=text)
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


def report_interview(interview: Interview, folder: Path) -> tuple[Interview, tuple[str, ...]]:
    """The interview for the report, its logo found in `folder` (beside the interview file).

    The metadata's logo is relative to the user's interview file (the current folder when
    there is none, e.g. a new interview); it is handed on as an absolute path. A logo that
    is not there is left out, with a notice: a report without logo beats none.
    """
    logo = interview.metadata.logo
    if not logo:
        return interview, ()
    found = found_logo(logo, folder)
    notices = () if found is not None else (msg.LOGO_MISSING.format(logo=logo),)
    metadata = interview.metadata.model_copy(update={"logo": None if found is None else str(found)})
    return interview.model_copy(update={"metadata": metadata}), notices
