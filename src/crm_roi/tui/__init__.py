"""The terminal app: a patient adviser that asks, explains and computes along.

Importing this package stays light: no WeasyPrint, no NumPy (they load after the first
paint, or when the summary and the PDF need them).
"""

from __future__ import annotations

from pathlib import Path

from crm_roi.tui.session import MakePdf

__all__ = ["MakePdf", "run_app"]


def run_app(path: Path | None = None, *, make_pdf: MakePdf | None = None) -> None:
    """Run the assistant: the saved interviews to choose from (or a new interview when
    there are none), or the interview file at `path`.

    `make_pdf(evaluation, path)` renders the report; the CLI passes crm_roi.report's.
    The file is opened before the app starts: a file that cannot be used raises
    crm_roi.interview.InterviewError (a Dutch message), so the caller reports it in one line.
    A file another program has open is shown read-only. The interview's locks are let go
    when the app ends, also when it ends by an error.
    """
    from crm_roi.tui.app import CrmRoiApp
    from crm_roi.tui.opening import copy_scenario, find_library, open_session, resume_session

    session = None if path is None else open_session(path, lock=True)
    app = CrmRoiApp(
        resume_session,
        session=session,
        make_pdf=make_pdf,
        find_library=find_library,
        copy_scenario=copy_scenario,
    )
    try:
        app.run()
    finally:
        app.close_session()
