"""The one exception type of the report layer."""

from __future__ import annotations

from crm_roi.errors import UserError


class ReportError(UserError):
    """A user error while making a report; `message` is Dutch and shown as is."""
