"""`crm-roi lijst`: the interviews as a table for the terminal (imported by the command only).

One row per interview, the file's path on the line below it (paths are long; a row stays
within a terminal's width), and below that the problem of a file that cannot be read.
"""

from __future__ import annotations

from pathlib import Path

from crm_roi import formatting
from crm_roi.cli import messages
from crm_roi.history.messages import VERDICTS
from crm_roi.interview.library import MAX_ENTRIES, Library, LibraryEntry, load_folder, load_library
from crm_roi.interview.messages import LIBRARY_STATES
from crm_roi.limits import clipped

MAX_NAME = 34  # characters of the organisation's name in its column
INDENT = "  "


def library_for(folder: Path | None) -> Library:
    """The user's library, or the interview files in `folder` (OSError when unreadable)."""
    return load_library() if folder is None else load_folder(folder)


def table_lines(library: Library, folder: Path | None) -> list[str]:
    """The table with its heading and notes; only the Dutch sentence when it is empty."""
    if not library.entries:
        return [
            messages.LIST_EMPTY
            if folder is None
            else messages.list_empty_folder(str(folder.absolute()))
        ]
    heading = (
        messages.LIST_HEADING
        if folder is None
        else messages.list_heading_folder(str(folder.absolute()))
    )
    rows = [messages.LIST_HEADINGS, *(_cells(entry) for entry in library.entries)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = [heading, "", _row(rows[0], widths)]
    for entry, cells in zip(library.entries, rows[1:], strict=True):
        lines.append(_row(cells, widths))
        where = str(entry.path) + (f" {messages.LIST_AUTOSAVE}" if entry.autosave else "")
        lines.append(INDENT + where)
        if entry.problem:
            lines.append(INDENT + messages.LIST_PROBLEM.format(problem=entry.problem))
    notes = []
    if any(entry.npv is not None and not entry.npv_of_version for entry in library.entries):
        notes.append(messages.LIST_COMPUTED_NOTE)
    if library.more:
        notes.append(messages.list_more(MAX_ENTRIES))
    return lines + (["", *notes] if notes else [])


def _cells(entry: LibraryEntry) -> tuple[str, ...]:
    name = clipped(" ".join((entry.organisation or "").split()), MAX_NAME)
    if not entry.readable:
        changed = formatting.date(entry.changed.date())
        return (messages.LIST_NONE, changed, "", "", "", LIBRARY_STATES[entry.state])
    npv = messages.LIST_NONE
    if entry.npv is not None:
        mark = " " if entry.npv_of_version else messages.LIST_COMPUTED_MARK  # amounts aligned
        npv = formatting.euro(entry.npv) + mark
    return (
        name or messages.LIST_NO_NAME,
        formatting.date(entry.changed.date()),
        str(entry.versions),
        npv,
        VERDICTS.get(entry.advice or "", messages.LIST_NONE),
        LIBRARY_STATES[entry.state],
    )


def _row(cells: tuple[str, ...], widths: list[int]) -> str:
    """Text left, numbers (versions, NCW) right; two spaces between the columns."""
    numeric = (2, 3)
    parts = [
        cell.rjust(width) if column in numeric else cell.ljust(width)
        for column, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return "  ".join(parts).rstrip()
