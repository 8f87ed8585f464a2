"""The report's house style in the interview metadata: read, check and change it.

A helper of ``interview_session.py`` (it talks to the interview model, like that module). A
logo is stored as typed and read relative to the interview file's folder.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from crm_roi.interview.model import Interview, InterviewMetadata
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


def found_logo(logo: str, folder: Path) -> Path | None:
    """The logo file, or None when there is none there. A path the system refuses (too
    long, a NUL, "~someone" without such a user) is no logo either, never a crash."""
    try:
        path = logo_path(logo, folder)
        return path if path.is_file() else None
    except (OSError, RuntimeError, ValueError):
        return None


def detail_problem(field: str, text: str, folder: Path) -> str | None:
    """The Dutch message when `text` is not a valid value of `field`, else None.

    Names may be anything; an empty field is always valid (not set).
    """
    text = text.strip()
    if not text:
        return None
    if field == "logo":
        if Path(text).suffix.lower() not in LOGO_SUFFIXES:
            return msg.DETAILS_LOGO_TYPE
        if found_logo(text, folder) is None:
            try:
                shown: Path | str = logo_path(text, folder)
            except (OSError, RuntimeError, ValueError):
                shown = text
            return msg.DETAILS_LOGO_MISSING.format(path=shown)
        return None
    if field == "accentkleur":
        try:
            InterviewMetadata(accentkleur=text)  # the interview file's own check
        except ValidationError:
            return msg.DETAILS_COLOUR
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
