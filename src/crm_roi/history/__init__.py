"""Coming back to an interview: versions, what changed since, and plan against actual.

Pure domain (docs/METHOD.md §14): the app, the CLI and the report call into it.
"""

from crm_roi.history.actuals import (
    ActualLine,
    Actuals,
    KpiStatus,
    RealisationError,
    compute_actuals,
    plan_version,
)
from crm_roi.history.attach import with_history
from crm_roi.history.changes import (
    Attribution,
    ChangedInput,
    Changes,
    Headline,
    compare_with_file,
    compare_with_version,
)
from crm_roi.history.versions import record_version, version_of

__all__ = [
    "ActualLine",
    "Actuals",
    "Attribution",
    "ChangedInput",
    "Changes",
    "Headline",
    "KpiStatus",
    "RealisationError",
    "compare_with_file",
    "compare_with_version",
    "compute_actuals",
    "plan_version",
    "record_version",
    "version_of",
    "with_history",
]
